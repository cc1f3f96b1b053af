import type { Locale, Localized, MessageData } from './types';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fill `{{name}}` placeholders. An unfilled placeholder is a bug in the rule, so it throws. */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!(name in data)) throw new Error(`message placeholder {{${name}}} has no value`);
    return String(data[name]);
  });
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
