// The output formats, one file each (ESLint's layout). `--help` lists FORMAT_NAMES.
import type { Formatter } from './types';
import github from './github';
import json from './json';
import sarif from './sarif';
import stylish from './stylish';

export const FORMATTERS = { stylish, json, sarif, github } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name);
}
