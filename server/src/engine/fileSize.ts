// File sizes as people write and read them: "500K", "20M", "1G" (powers of 1024), the same forms for the
// --max-file-size flag and the maxFileSize key of .gongwenrc.json, and the same forms in the messages that name a
// size, so that a size shown in a message can be copied back into the flag or the config.
import { composeText } from './messages';
import type { Localized } from './types';

/** A positive whole number of bytes with an optional unit K, M or G in any letter case, alone or as KB or KiB, or B. */
export const FILE_SIZE_PATTERN = '^\\s*0*[1-9]\\d*\\s*(?:[KkMmGg](?:[Ii]?[Bb])?|[Bb])?\\s*$';
const FILE_SIZE = new RegExp(FILE_SIZE_PATTERN);
const UNITS = ['K', 'M', 'G'] as const;

/** Bytes of "20M" (20,971,520), of 1000 (1000); undefined when it is no positive whole number of bytes. */
export function parseFileSize(value: string | number): number | undefined {
  if (typeof value === 'number') return value > 0 ? value : undefined;
  if (!FILE_SIZE.test(value)) return undefined;
  const [, digits, unit] = /(\d+)\s*([kmg])?/i.exec(value)!;
  const bytes = Number(digits) * 1024 ** (unit ? UNITS.indexOf(unit.toUpperCase() as typeof UNITS[number]) + 1 : 0);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** The largest unit the size reaches: 20M, 70.4M, 3.5K; under 1 K in bytes (1000 字节 / 1000 bytes). */
export function formatFileSize(bytes: number): Localized {
  for (let power = UNITS.length; power >= 1; power--) {
    const value = bytes / 1024 ** power;
    if (value < 1) continue;
    const text = `${Number.isInteger(value) ? value : value.toFixed(1)}${UNITS[power - 1]}`;
    return { zh: text, en: text };
  }
  return composeText(BYTES_TEXT, { bytes });
}

/** A size under 1 K (a template, so zh-TW converts the word: `npm run generate`, messages.zh-tw.json). */
export const BYTES_TEXT: Localized = { zh: '{{bytes}} 字节', en: '{{bytes}} bytes' };

/** The smallest size in the unit formatFileSize shows that lets `bytes` through: 71M for 70.4M. */
export function fileSizeAtLeast(bytes: number): string {
  for (let power = UNITS.length; power >= 1; power--) {
    const value = bytes / 1024 ** power;
    if (value >= 1) return `${Math.ceil(value)}${UNITS[power - 1]}`;
  }
  return String(bytes);
}
