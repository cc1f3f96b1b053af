import type { Locale, Localized, MessageData, TextValue } from './types';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;

/**
 * Templates split once into literal text and placeholder names (text, name, text, …, text): a
 * finding-heavy file fills the same few templates tens of thousands of times.
 */
const splitTemplates = new Map<string, string[]>();
const MAX_SPLIT_TEMPLATES = 2000; // templates come from rule metadata; the bound is only a guard

function splitTemplate(template: string): string[] {
  let parts = splitTemplates.get(template);
  if (!parts) {
    // split() with a capturing group keeps each placeholder's name between the literal parts.
    parts = template.split(PLACEHOLDER);
    if (splitTemplates.size >= MAX_SPLIT_TEMPLATES) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  return parts;
}

/**
 * Messages already filled, by template and then by their values, one map level per placeholder (no key
 * string to build): a finding-heavy file reports the same few messages (半角“,”→“，”) tens of thousands of
 * times, and one shared string each, instead of a new string (and its concatenation pieces) per finding,
 * keeps them from the garbage collector's copying.
 */
type FilledLevel = Map<string | number | undefined, FilledLevel | string>;
const filledMessages = new Map<string, FilledLevel>();
/** Messages with a longer value (a list of items: mostly unique) are not kept. */
const MAX_FILLED_VALUE = 24;
const MAX_FILLED_PER_LEVEL = 512;

function newLevel(): FilledLevel {
  return new Map<string | number | undefined, FilledLevel | string>();
}

/**
 * Fill `{{name}}` placeholders of a text built once (a fix title, a notice, a disable-comment note), without
 * interpolate()'s memo of filled messages, which long document text would only churn; a name not in `data` is empty.
 */
export function fillTemplate(template: string, data: MessageData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(data[name] ?? ''));
}

/** Fill `{{name}}` placeholders. An unfilled placeholder is a bug in the rule, so it throws. */
export function interpolate(template: string, data: MessageData = {}): string {
  const parts = splitTemplate(template);
  // split() with one capturing group: an odd number of parts, names at the odd indices.
  if (parts.length === 1) return parts[0] ?? '';
  let memo = filledMessages.get(template);
  if (!memo) filledMessages.set(template, (memo = newLevel()));
  // Down the levels by the values; at the last placeholder `memo` is the level that holds messages.
  let value: string | number | undefined;
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const name = parts[i] ?? '';
    if (!(name in data)) throw new Error(`message placeholder {{${name}}} has no value`);
    value = data[name];
    if (!memo) continue;
    if (typeof value === 'string' && value.length > MAX_FILLED_VALUE) {
      memo = undefined;
      continue;
    }
    if (i + 3 >= parts.length) break; // the last placeholder
    let next = memo.get(value);
    if (next === undefined) {
      if (memo.size >= MAX_FILLED_PER_LEVEL) memo.clear();
      memo.set(value, (next = newLevel()));
    }
    memo = typeof next === 'string' ? undefined : next;
  }
  const known = memo?.get(value);
  if (typeof known === 'string') return known;
  let out = parts[0] ?? '';
  for (let i = 1; i + 1 < parts.length; i += 2) out += String(data[parts[i] ?? '']) + (parts[i + 1] ?? '');
  if (memo) {
    if (memo.size >= MAX_FILLED_PER_LEVEL) memo.clear();
    memo.set(value, out);
  }
  return out;
}

/**
 * The zh-TW strings: every simplified message template of the rules and the server's own texts, converted by
 * `npm run generate` into messages.zh-tw.json (tools/taiwan-text.ts, as package.nls.zh-tw.json and the client's texts),
 * never written by hand. Given by engine/index.ts when the engine loads (useTaiwanTable): the CLI's start-up bundle
 * uses this module for its own lines and would parse the table (35 KB as ASCII-escaped source) on every run.
 */
let TAIWAN: Readonly<Record<string, string>> = {};

export function useTaiwanTable(table: Readonly<Record<string, string>>): void {
  TAIWAN = table;
}

/**
 * The text in `locale`. zh-TW reads the generated table by the simplified string; a text that is not in it (one built
 * from the document's own words, such as a detail listing its items) stays simplified.
 */
export function localize(text: Localized, locale: Locale): string {
  if (locale === 'en') return text.en;
  if (locale !== 'zh-TW') return text.zh;
  const parts = text.parts;
  return parts ? fillTemplate(localize(parts.text, locale), valuesIn(parts.data, locale)) : (TAIWAN[text.zh] ?? text.zh);
}

function valuesIn(data: Readonly<Record<string, TextValue>>, locale: Locale): MessageData {
  const values: MessageData = {};
  for (const [name, value] of Object.entries(data)) values[name] = typeof value === 'object' ? localize(value, locale) : value;
  return values;
}

/**
 * A text of a table (its `{{name}}` placeholders) filled with values: the simplified and English strings at once, and
 * the template and values kept (not enumerable) so localize() gives zh-TW from the table's converted template, the
 * values as written (a value that is itself a text, in zh-TW too). How the configuration's and the command line's
 * errors are built around the user's words (engine/validate.ts, node/configFile.ts, cli/args.ts).
 */
export function composeText(text: Localized, data: Readonly<Record<string, TextValue>>): Localized {
  const composed: Localized = { zh: fillTemplate(text.zh, valuesIn(data, 'zh')), en: fillTemplate(text.en, valuesIn(data, 'en')) };
  Object.defineProperty(composed, 'parts', { value: { text, data }, enumerable: false });
  return composed;
}

/** The zh-TW form of a simplified string of the table, or the string itself. */
export function taiwanText(zh: string): string {
  return TAIWAN[zh] ?? zh;
}

/**
 * Pick the interface language from a locale tag such as "zh-cn", "en-US" or "zh". `traditional`: a Traditional
 * Chinese tag (zh-tw, zh-hk, zh-mo, zh-hant: VS Code's display language) gives zh-TW; the CLI's environment
 * (LANG) does not ask for it, so a CI job's JSON and SARIF stay as they were (only `--locale zh-TW` gives them).
 */
export function localeFromTag(tag: string | undefined, traditional = false): Locale {
  if (tag && /^en(?:[-_.@]|$)/i.test(tag)) return 'en';
  return traditional && tag && /^zh[-_](?:tw|hk|mo|hant)\b/i.test(tag) ? 'zh-TW' : 'zh';
}

/** A locale as settings, options and config files spell it: zh, zh-TW (any case, zh_TW too), en; else undefined. */
export function parseLocale(value: unknown): Locale | undefined {
  if (value === 'zh' || value === 'en') return value;
  return typeof value === 'string' && /^zh[-_]tw$/i.test(value) ? 'zh-TW' : undefined;
}

/** Title of an automatic fix, derived from the edit itself so every rule's fixes read alike. */
const ONLY_SPACE = /^\s+$/;

/** The fix titles' templates (quotes in the templates, so zh-TW's table gives 「」). */
export const FIX_TITLE_TEXTS = {
  change: { zh: '将“{{from}}”改为“{{to}}”', en: 'Change “{{from}}” to “{{to}}”' },
  changeSpace: { zh: '将空格改为“{{to}}”', en: 'Change the space to “{{to}}”' },
  delete: { zh: '删除“{{from}}”', en: 'Delete “{{from}}”' },
  deleteSpace: { zh: '删除空格', en: 'Delete the space' },
  insert: { zh: '插入“{{to}}”', en: 'Insert “{{to}}”' },
} satisfies Record<string, Localized>;

/** Fix titles already made, by locale, original and replacement (short ones only), as filledMessages. */
const madeTitles: Record<Locale, Map<string, Map<string, string>>> = { zh: new Map(), 'zh-TW': new Map(), en: new Map() };
const MAX_TITLE_TEXT = 16;

export function fixTitle(original: string, replacement: string, locale: Locale): string {
  const keep = original.length <= MAX_TITLE_TEXT && replacement.length <= MAX_TITLE_TEXT;
  const byOriginal = madeTitles[locale];
  let made = keep ? byOriginal.get(original) : undefined;
  const known = made?.get(replacement);
  if (known !== undefined) return known;
  const title = makeFixTitle(original, replacement, locale);
  if (keep) {
    if (!made) {
      if (byOriginal.size >= MAX_FILLED_PER_LEVEL) byOriginal.clear();
      byOriginal.set(original, (made = new Map<string, string>()));
    }
    if (made.size >= MAX_FILLED_PER_LEVEL) made.clear();
    made.set(replacement, title);
  }
  return title;
}

function makeFixTitle(original: string, replacement: string, locale: Locale): string {
  const space = ONLY_SPACE.test(original);
  const text = replacement === '' ? (space ? FIX_TITLE_TEXTS.deleteSpace : FIX_TITLE_TEXTS.delete)
    : original === '' ? FIX_TITLE_TEXTS.insert
      : space ? FIX_TITLE_TEXTS.changeSpace : FIX_TITLE_TEXTS.change;
  return fillTemplate(localize(text, locale), { from: original, to: replacement });
}
