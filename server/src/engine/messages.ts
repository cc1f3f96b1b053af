import type { Locale, Localized, MessageData } from './types';

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

export function localize(text: Localized, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** Pick the interface language from a locale tag such as "zh-cn", "en-US" or "zh". */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^en(?:[-_.@]|$)/i.test(tag) ? 'en' : 'zh';
}

/** Title of an automatic fix, derived from the edit itself so every rule's fixes read alike. */
const ONLY_SPACE = /^\s+$/;

/** Fix titles already made, by locale, original and replacement (short ones only), as filledMessages. */
const madeTitles = { zh: new Map<string, Map<string, string>>(), en: new Map<string, Map<string, string>>() };
const MAX_TITLE_TEXT = 16;

export function fixTitle(original: string, replacement: string, locale: Locale): string {
  const keep = original.length <= MAX_TITLE_TEXT && replacement.length <= MAX_TITLE_TEXT;
  const byOriginal = madeTitles[locale === 'en' ? 'en' : 'zh'];
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
  const show = (s: string) => (ONLY_SPACE.test(s) ? (locale === 'en' ? 'the space' : '空格') : `“${s}”`);
  if (replacement === '') return locale === 'en' ? `Delete ${show(original)}` : `删除${show(original)}`;
  if (original === '') return locale === 'en' ? `Insert “${replacement}”` : `插入“${replacement}”`;
  return locale === 'en' ? `Change ${show(original)} to “${replacement}”` : `将${show(original)}改为“${replacement}”`;
}
