// The editor's side of Word documents: read a .docx as paragraph text (the client shows it in a
// read-only view that is linted like any text document), and write the commented copy with the
// same code and configuration lookup as `gongwen-lint --annotate`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigResolver } from '../cli/configs';
import { describeProblem, processDocx } from '../cli/lintDocx';
import { cannotRead } from '../cli/lintFile';
import { openPackage } from '../docx/package';
import { defaultConfig, resolveConfig } from '../engine';
import { loadConfigFile } from '../node/configFile';
import { readDocxText } from '../docx/text';
import type { AnnotateDocxResult, ReadDocxParams, ReadDocxResult } from './protocol';

export function readDocx(params: ReadDocxParams): ReadDocxResult {
  const locale = params.locale ?? 'zh';
  let bytes: Buffer;
  try {
    bytes = readFileSync(params.path);
  } catch (error) {
    return { error: cannotRead((error as NodeJS.ErrnoException).code ?? 'EIO', locale) };
  }
  const pkg = openPackage(bytes, params.path);
  if ('problem' in pkg) return { error: describeProblem(pkg.problem, locale) };
  return { text: readDocxText(pkg).text };
}

export function annotateDocxFile(params: ReadDocxParams): AnnotateDocxResult {
  const locale = params.locale ?? 'zh';
  const resolver = new ConfigResolver({ lookup: true, rules: {} }, () => ({ loadConfigFile, resolveConfig, defaultConfig }));
  const choice = resolver.forFile(resolve(params.path));
  const outcome = processDocx({ path: params.path, configIndex: choice.index, explicit: true }, { configs: resolver.configs, locale, fix: 'off', annotate: true });
  if (outcome.kind === 'skipped') return { error: outcome.skipped.reason };
  if (outcome.writeError) return { error: outcome.writeError };
  return outcome.annotated ?? { target: '', comments: 0 };
}
