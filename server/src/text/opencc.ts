// Lazy access to OpenCC (opencc-js): converters and the raw dictionaries behind them.
// Nothing is built at import time. A converter's tries take up to ~250 ms to build (the
// simplified→traditional phrase dictionary has ~49 k entries), so each piece is built on
// first use and kept for the life of the process.
// Its types by file: the project's module resolution (node10) does not read package.json's exports map.
import type * as OpenCCCore from 'opencc-js/types/core';

let openccCore: typeof OpenCCCore | undefined;
// The bundle's CommonJS require (esbuild resolves it at build time), declared here so that text/ builds
// without Node's types (tsconfig.core.json).
declare const require: (id: 'opencc-js/core') => typeof OpenCCCore;

/**
 * opencc-js's converter code without its dictionaries (those are in the dictionaries file, below),
 * required on first whole-text conversion. The bundles keep it in a file of its own, dist/opencc.js (esbuild.mjs).
 */
function openccJs(): typeof OpenCCCore {
  return (openccCore ??= require('opencc-js/core'));
}

type DictString = string;
type ConverterFn = (text: string) => string;

/** The OpenCC configurations we use, named as OpenCC names them. */
export type ConverterName = 's2t' | 's2tw' | 's2twp' | 's2hk' | 't2s' | 'tw2s' | 'hk2s' | 't2tw' | 't2hk' | 'tw2t' | 'hk2t';

const CONVERTER_OPTIONS: Record<ConverterName, { from: string; to: string }> = {
  s2t: { from: 'cn', to: 't' },
  s2tw: { from: 'cn', to: 'tw' },
  s2twp: { from: 'cn', to: 'twp' },
  s2hk: { from: 'cn', to: 'hk' },
  t2s: { from: 't', to: 'cn' },
  tw2s: { from: 'tw', to: 'cn' },
  hk2s: { from: 'hk', to: 'cn' },
  t2tw: { from: 't', to: 'tw' },
  t2hk: { from: 't', to: 'hk' },
  tw2t: { from: 'tw', to: 't' },
  hk2t: { from: 'hk', to: 't' },
};

const converters = new Map<ConverterName, ConverterFn>();

/** An OpenCC converter, built on first request: opencc-js's Converter, on the dictionaries of the file. */
export function converter(name: ConverterName): ConverterFn {
  let fn = converters.get(name);
  if (!fn) {
    const { from, to } = CONVERTER_OPTIONS[name];
    const configs = openccConfigs();
    // opencc-js builds a converter from the configuration of `from` and `to` (ConverterBuilder's name for
    // it is configName's); without one it would chain the from/to groups, which are left empty here.
    if (!configs[configName(from, to)]) throw new Error(`OpenCC: no configuration ${configName(from, to)} in ${DICTIONARIES_FILE}`);
    const anyRegion = { cn: [], tw: [], twp: [], hk: [] };
    fn = openccJs().ConverterBuilder({ from: anyRegion, to: anyRegion, configs: configs as OpenCCCore.LocalePreset['configs'] })({ from, to });
    converters.set(name, fn);
  }
  return fn;
}

/** The name of the OpenCC configuration that converts `from` to `to`, as opencc-js names it. */
function configName(from: string, to: string): string {
  return from === 'cn' ? `s2${to}` : to === 'cn' ? `${from}2s` : `${from}2${to}`;
}

/** Whether a converter has been built (for tests and benchmarks of the lazy path). */
export function converterLoaded(name: ConverterName): boolean {
  return converters.has(name);
}

const DICTIONARIES_MAGIC = 'GWOC1';
/** The file esbuild.mjs writes them to, beside the bundles; named in errors. */
const DICTIONARIES_FILE = 'opencc-dicts.bin';

let localeConfigs: Record<string, OpenCCConfig | undefined> | undefined;
let dictionaries: (() => string | undefined) | undefined;

/**
 * Give the rules the text of dist/opencc-dicts.bin (the platform reads it: node/openccDictionaries.ts).
 * Those are opencc-js's own dictionaries, written at build time as plain text (the configurations we
 * use): reading them costs about 2 ms where requiring opencc-js's 1.2 MB of JavaScript cost 15–20.
 */
export function registerOpenCCDictionaries(read: () => string | undefined): void {
  dictionaries = read;
  localeConfigs = undefined;
}

/**
 * OpenCC's configurations with their dictionaries (those of opencc-js's Locale.configs we use), from the
 * registered dictionaries file; an error that names the file when there is none or it is not whole.
 */
function openccConfigs(): Record<string, OpenCCConfig | undefined> {
  if (!localeConfigs) {
    const text = dictionaries?.();
    const configs = text !== undefined ? parseDictionaries(text) : undefined;
    if (!configs) {
      const [zh, en] = text === undefined ? ['缺失', 'missing'] : ['已损坏', 'damaged'];
      throw new Error(`OpenCC 词典（程序旁的 ${DICTIONARIES_FILE}）${zh}，请重新安装 gongwen-lint / OpenCC's dictionaries (${DICTIONARIES_FILE} beside the program) are ${en}: reinstall gongwen-lint`);
    }
    localeConfigs = configs;
  }
  return localeConfigs;
}

/**
 * The configurations in a dictionaries file's text, or undefined when it is not one or not whole.
 * Layout (esbuild.mjs writes it): parts separated by U+0000 — the magic, a JSON header, each dictionary.
 */
export function parseDictionaries(text: string): Record<string, OpenCCConfig> | undefined {
  try {
    const parts = text.split('\u0000');
    if (parts[0] !== DICTIONARIES_MAGIC || parts.length < 2) return undefined;
    const header = JSON.parse(parts[1] ?? '') as { count: number; configs: Record<string, IndexedConfig> };
    if (parts.length !== header.count + 2) return undefined;
    const dict = (i: number): string => {
      const d = parts[i + 2];
      if (d === undefined) throw new Error('no such dictionary');
      return d;
    };
    const configs: Record<string, OpenCCConfig> = {};
    for (const [name, c] of Object.entries(header.configs)) {
      configs[name] = {
        conversionChain: c.conversionChain.map((group) => group.map(dict)),
        ...(c.normalizationChain ? { normalizationChain: c.normalizationChain.map((group) => group.map(dict)) } : {}),
        ...(c.segmentation ? { segmentation: c.segmentation.map(dict) } : {}),
      };
    }
    return configs;
  } catch {
    return undefined; // damaged
  }
}

interface IndexedConfig {
  normalizationChain?: number[][];
  segmentation?: number[];
  conversionChain: number[][];
}

/**
 * The `count` dictionaries of step `index` of an OpenCC configuration, checked here so that a change in
 * opencc-js's data fails with its name rather than later in a parser.
 */
function configStep(config: string, index: number, count: 1 | 2 | 3): readonly [DictString, DictString, DictString] {
  const step = openccConfigs()[config]?.conversionChain[index];
  if (!step || step.length < count || !step.slice(0, count).every((d) => typeof d === 'string')) {
    throw new Error(`opencc-js: configuration ${config} has no step ${index} of ${count} dictionaries`);
  }
  return step as unknown as readonly [DictString, DictString, DictString]; // the first `count` checked above
}

/** OpenCC's serialized dictionaries, by role. Only references: parsing happens in the helpers below. */
function rawDicts() {
  const [stPhrases, stPhrasesGenerated, stCharacters] = configStep('s2t', 0, 3);
  const [tsPhrases, tsCharacters] = configStep('t2s', 0, 2);
  const [twVariantsPhrases, twVariants] = configStep('t2tw', 0, 2);
  const [hkVariantsPhrases, hkVariants] = configStep('t2hk', 0, 2);
  const [twPhrasesRev] = configStep('tw2sp', 0, 1);
  // Regional phrases: Taiwan vocabulary (simplified → Taiwan), and the phrases in which the
  // Taiwan and Hong Kong forms differ from OpenCC's standard (both directions).
  const [twPhrases] = configStep('s2twp', 1, 1);
  const [twVariantsRevPhrases] = configStep('tw2t', 0, 1);
  const [hkVariantsRevPhrases] = configStep('hk2t', 0, 1);
  return {
    stPhrases, stPhrasesGenerated, stCharacters, tsPhrases, tsCharacters, twVariants, hkVariants, twPhrasesRev,
    twPhrases, twVariantsPhrases, hkVariantsPhrases, twVariantsRevPhrases, hkVariantsRevPhrases,
  };
}

type DictName = keyof ReturnType<typeof rawDicts>;

const parsed = new Map<DictName, Map<string, string>>();

/** One OpenCC dictionary as a Map (first candidate only, as opencc-js keeps it). Parsed on first use. */
export function dict(name: DictName): Map<string, string> {
  let map = parsed.get(name);
  if (!map) {
    map = parseInto(new Map(), rawDicts()[name], true);
    parsed.set(name, map);
  }
  return map;
}

/**
 * Adds a serialized dictionary's entries ("key value|key value …") to `map`; without `overwrite`,
 * keys already there stay. Keys and values are cut straight from the text: no string per entry.
 */
function parseInto(map: Map<string, string>, text: string, overwrite: boolean): Map<string, string> {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('|', start);
    if (end === -1) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end) {
      const key = text.slice(start, space);
      if (overwrite || !map.has(key)) map.set(key, text.slice(space + 1, end));
    }
    start = end + 1;
  }
  return map;
}

let phraseMap: Map<string, string> | undefined;

/** Simplified → traditional phrases (OpenCC STPhrases + the regional ones), for phrase look-ups. */
export function stPhraseMap(): Map<string, string> {
  if (!phraseMap) {
    // Parsed straight into one map: the two dictionaries are not needed apart, and a copy of
    // 49 k entries costs time and memory.
    // The generated phrases first, STPhrases over them: STPhrases wins, and within each the later entry.
    const raw = rawDicts();
    phraseMap = parseInto(new Map(), raw.stPhrasesGenerated, true);
    parseInto(phraseMap, raw.stPhrases, true);
  }
  return phraseMap;
}

/**
 * The texts of the simplified→traditional phrase dictionaries stPhraseMap joins, for look-ups in the
 * text itself (sorted-phrases.ts): STPhrases, which wins, and the generated phrases under it.
 */
export function stPhraseTexts(): { phrases: string; generated: string } {
  const raw = rawDicts();
  return { phrases: raw.stPhrases, generated: raw.stPhrasesGenerated };
}

export function stPhrasesLoaded(): boolean {
  return phraseMap !== undefined;
}

/**
 * OpenCC's conversion (opencc-js's algorithm: normalization, segmentation, then each
 * dictionary group by longest match) on Maps instead of opencc-js's tries. For the short
 * windows that quick fixes convert this gives the same text, while building opencc-js's
 * simplified→traditional tries costs about 200 ms and 40 MB of memory.
 */
export function windowConverter(name: ConverterName): ConverterFn {
  let fn = windowConverters.get(name);
  if (!fn) {
    const { from, to } = CONVERTER_OPTIONS[name];
    const config = openccConfigs()[configName(from, to)];
    if (!config) return converter(name); // not a configuration opencc-js builds this way
    const normalize = (config.normalizationChain ?? []).map((group) => dictGroup(group));
    const segmentation = config.segmentation ? dictGroup(config.segmentation) : undefined;
    const chain = config.conversionChain.map((group) => dictGroup(group));
    fn = (text: string) => {
      for (const group of normalize) text = group.convert(text);
      const parts = segmentation ? segmentation.segment(text) : [text];
      return chain.reduce((ps, group) => ps.map((p) => group.convert(p)), parts).join('');
    };
    windowConverters.set(name, fn);
  }
  return fn;
}

export interface OpenCCConfig {
  normalizationChain?: DictString[][];
  segmentation?: DictString[];
  conversionChain: DictString[][];
}

const windowConverters = new Map<ConverterName, ConverterFn>();
const groups = new Map<string, DictGroup>();

function dictGroup(dicts: readonly DictString[]): DictGroup {
  // The simplified→traditional phrases are already in memory for misconversion (stPhraseMap,
  // same precedence: STPhrases before the generated ones): look them up there, not in a copy.
  const raw = rawDicts();
  const same = (names: DictName[]) => dicts.length === names.length && names.every((n, i) => dicts[i] === raw[n]);
  if (same(['stPhrases', 'stPhrasesGenerated', 'stCharacters'])) {
    const phrases = stPhraseMap();
    const characters = dict('stCharacters');
    const a = longestByFirst(phrases);
    const b = longestByFirst(characters);
    return new DictGroup((key) => phrases.get(key) ?? characters.get(key), (cp) => Math.max(a.get(cp) ?? 0, b.get(cp) ?? 0));
  }
  if (same(['stPhrases', 'stPhrasesGenerated'])) {
    const phrases = stPhraseMap();
    const a = longestByFirst(phrases);
    return new DictGroup((key) => phrases.get(key), (cp) => a.get(cp) ?? 0);
  }
  // Dictionaries are shared between configurations: key the group by their identity.
  const key = dicts.map((d) => `${d.length}:${d.slice(0, 32)}:${d.slice(-32)}`).join('\u0001');
  let group = groups.get(key);
  if (!group) {
    const map = groupMap(dicts);
    const a = longestByFirst(map);
    groups.set(key, (group = new DictGroup((k) => map.get(k), (cp) => a.get(cp) ?? 0)));
  }
  return group;
}

const longest = new WeakMap<Map<string, string>, Map<number, number>>();

/**
 * Length (UTF-16 units) of the longest key beginning with each code point: a match at a position
 * tries no key longer than that, and none at all where no key begins with the character there.
 */
function longestByFirst(map: Map<string, string>): Map<number, number> {
  let byFirst = longest.get(map);
  if (!byFirst) {
    byFirst = new Map();
    for (const key of map.keys()) {
      const cp = key.codePointAt(0)!;
      if (key.length > (byFirst.get(cp) ?? 0)) byFirst.set(cp, key.length);
    }
    longest.set(map, byFirst);
  }
  return byFirst;
}

/**
 * A dictionary group as one map: the first dictionary wins over later ones, a later entry over an
 * earlier one. Entries are cut from the text (no array per entry), and longestByFirst's table is
 * filled on the way (keys are only added, so the longest per first character is the same).
 */
function groupMap(dicts: readonly DictString[]): Map<string, string> {
  const map = new Map<string, string>();
  const byFirst = new Map<number, number>();
  for (const dict of [...dicts].reverse()) {
    for (let start = 0; start <= dict.length; ) {
      let end = dict.indexOf('|', start);
      if (end === -1) end = dict.length;
      const space = dict.indexOf(' ', start);
      if (space === -1 || space >= end) throw new TypeError('Invalid dictionary entry');
      // The value is the first candidate after the key, as "key value".split(' ')[1].
      let valueEnd = dict.indexOf(' ', space + 1);
      if (valueEnd === -1 || valueEnd > end) valueEnd = end;
      if (space > start) {
        // An empty key never matches in a trie.
        const key = dict.slice(start, space);
        map.set(key, dict.slice(space + 1, valueEnd));
        const cp = key.codePointAt(0)!;
        if (key.length > (byFirst.get(cp) ?? 0)) byFirst.set(cp, key.length);
      }
      start = end + 1;
    }
  }
  longest.set(map, byFirst);
  return map;
}

/** Width in UTF-16 units of the code point at `at`. */
function width(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** Arity of an ideographic description character (⿰ …), 0 for anything else. */
function idsArity(cp: number | undefined): number {
  if (cp === undefined) return 0;
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** End of the ideographic description sequence at `at`, or 0 when there is none (as opencc-js reads it). */
function idsEnd(text: string, at: number): number {
  const arity = idsArity(text.codePointAt(at));
  if (arity === 0) return 0;
  let i = at + width(text, at);
  for (let k = 0; k < arity; k++) {
    if (i >= text.length) return 0;
    i = idsEnd(text, i) || i + width(text, i);
  }
  return i;
}

/** How far an unmatched position advances: a whole description sequence, else one code point. */
function unmatchedStep(text: string, at: number): number {
  const end = idsEnd(text, at);
  return end > at ? end - at : width(text, at);
}

/** One dictionary group, matched by longest entry as opencc-js's trie does. */
class DictGroup {
  constructor(
    private readonly get: (key: string) => string | undefined,
    /** Length of the longest key beginning with a code point (0: none does). */
    private readonly longestFrom: (cp: number) => number,
  ) {}

  /** The longest entry at `at`: [end, value], or undefined. */
  private matchAt(text: string, at: number): [number, string] | undefined {
    const maxLength = this.longestFrom(text.codePointAt(at)!);
    if (maxLength === 0) return undefined;
    const ends: number[] = [];
    for (let end = at; end < text.length && end - at < maxLength; ) {
      end += width(text, end);
      ends.push(end);
    }
    for (const end of ends.reverse()) {
      const value = this.get(text.slice(at, end));
      if (value !== undefined) return [end, value];
    }
    return undefined;
  }

  convert(text: string): string {
    return this.walk(text, (_, value) => value).join('');
  }

  segment(text: string): string[] {
    return this.walk(text, (matched) => matched);
  }

  private walk(text: string, output: (matched: string, value: string) => string): string[] {
    const out: string[] = [];
    let raw = -1;
    for (let i = 0; i < text.length; ) {
      const match = this.matchAt(text, i);
      if (match) {
        if (raw !== -1) out.push(text.slice(raw, i));
        raw = -1;
        out.push(output(text.slice(i, match[0]), match[1]));
        i = match[0];
      } else {
        if (raw === -1) raw = i;
        i += unmatchedStep(text, i);
      }
    }
    if (raw !== -1) out.push(text.slice(raw));
    return out;
  }
}
