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

/** Fill `{{name}}` placeholders. An unfilled placeholder is a bug in the rule, so it throws. */
export function interpolate(template: string, data: MessageData = {}): string {
  const parts = splitTemplate(template);
  // split() with one capturing group: an odd number of parts, names at the odd indices.
  let out = parts[0] ?? '';
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const name = parts[i] ?? '';
    if (!(name in data)) throw new Error(`message placeholder {{${name}}} has no value`);
    out += String(data[name]) + (parts[i + 1] ?? '');
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

export function fixTitle(original: string, replacement: string, locale: Locale): string {
  const show = (s: string) => (ONLY_SPACE.test(s) ? (locale === 'en' ? 'the space' : '空格') : `“${s}”`);
  if (replacement === '') return locale === 'en' ? `Delete ${show(original)}` : `删除${show(original)}`;
  if (original === '') return locale === 'en' ? `Insert “${replacement}”` : `插入“${replacement}”`;
  return locale === 'en' ? `Change ${show(original)} to “${replacement}”` : `将${show(original)}改为“${replacement}”`;
}
