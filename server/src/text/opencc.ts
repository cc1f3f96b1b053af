// Lazy access to OpenCC (opencc-js): converters and the raw dictionaries behind them.
// Nothing is built at import time. A converter's tries take up to ~250 ms to build (the
// simplified→traditional phrase dictionary has ~49 k entries), so each piece is built on
// first use and kept for the life of the process.
import * as OpenCC from 'opencc-js';

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

/** An OpenCC converter, built on first request. */
export function converter(name: ConverterName): ConverterFn {
  let fn = converters.get(name);
  if (!fn) {
    fn = OpenCC.Converter(CONVERTER_OPTIONS[name]);
    converters.set(name, fn);
  }
  return fn;
}

/** Whether a converter has been built (for tests and benchmarks of the lazy path). */
export function converterLoaded(name: ConverterName): boolean {
  return converters.has(name);
}

function configChain(config: string): readonly (readonly DictString[])[] {
  const configs = (OpenCC.Locale as unknown as { configs: Record<string, { conversionChain: DictString[][] }> }).configs;
  return configs[config].conversionChain;
}

/** OpenCC's serialized dictionaries, by role. Only references: parsing happens in the helpers below. */
function rawDicts() {
  const [stPhrases, stPhrasesGenerated, stCharacters] = configChain('s2t')[0];
  const [tsPhrases, tsCharacters] = configChain('t2s')[0];
  const [twVariantsPhrases, twVariants] = configChain('t2tw')[0];
  const [hkVariantsPhrases, hkVariants] = configChain('t2hk')[0];
  const [twPhrasesRev] = configChain('tw2sp')[0];
  void twVariantsPhrases;
  void hkVariantsPhrases;
  return { stPhrases, stPhrasesGenerated, stCharacters, tsPhrases, tsCharacters, twVariants, hkVariants, twPhrasesRev };
}

type DictName = keyof ReturnType<typeof rawDicts>;

const parsed = new Map<DictName, Map<string, string>>();

/** One OpenCC dictionary as a Map (first candidate only, as opencc-js keeps it). Parsed on first use. */
export function dict(name: DictName): Map<string, string> {
  let map = parsed.get(name);
  if (!map) {
    map = new Map();
    const text = rawDicts()[name];
    for (const entry of text.split('|')) {
      const space = entry.indexOf(' ');
      if (space > 0) map.set(entry.slice(0, space), entry.slice(space + 1));
    }
    parsed.set(name, map);
  }
  return map;
}

let phraseMap: Map<string, string> | undefined;

/** Simplified → traditional phrases (OpenCC STPhrases + the regional ones), for phrase look-ups. */
export function stPhraseMap(): Map<string, string> {
  if (!phraseMap) {
    phraseMap = new Map(dict('stPhrases'));
    for (const [k, v] of dict('stPhrasesGenerated')) if (!phraseMap.has(k)) phraseMap.set(k, v);
  }
  return phraseMap;
}

export function stPhrasesLoaded(): boolean {
  return phraseMap !== undefined;
}
