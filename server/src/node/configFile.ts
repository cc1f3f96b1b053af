// `.gongwenrc.json` on disk: find it, load it (JSON with comments), and add an `allow`
// phrase while keeping the user's formatting. Shared by the CLI and the language server.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import {
  applyEdits, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode,
  type Edit, type Node, type ParseError,
} from 'jsonc-parser';
import { composeText, ConfigError, CONFIG_NOT_AN_OBJECT, problemAt, validateConfig, type GongwenConfig, type Localized } from '../engine';
import { ioErrorText, writeFileAtomic } from './textFile';
import { CONFIG_FILE_TEXTS, PARSE_ERROR_TEXT } from './configFile-texts';

export { CONFIG_FILE_NAME, findConfigFile } from './configLookup';
export { CONFIG_FILE_TEXTS, PARSE_ERROR_TEXT } from './configFile-texts';

const T = CONFIG_FILE_TEXTS;

/**
 * Read and validate a config file. Throws ConfigError with one line per problem,
 * each `file:line:col: problem` (1-based), so editors and terminals can jump to it.
 */
export function loadConfigFile(file: string): GongwenConfig {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const why = ioErrorText((error as NodeJS.ErrnoException).code ?? String(error));
    throw new ConfigError(composeText(T.cannotRead, { file, why }));
  }
  let text = configText(file, bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors do not show the BOM: columns count without it
  const { root, errors } = parseConfigText(text);
  // allowEmptyContent is off, so an empty file is a syntax error (“此处应为值”): say what it is instead.
  if (text.trim() === '') {
    throw new ConfigError(composeText(T.empty, { file }));
  }
  if (errors.length || !root) {
    // jsonc-parser reports one missing brace once per open object: keep each line once.
    const lines = new Map<string, Localized>();
    for (const e of errors) {
      const where = `${file}:${lineCol(text, e.offset)}: `;
      const problem = describeParseError(e);
      lines.set(where + problem.en, problemAt(where, problem));
    }
    throw new ConfigError([...lines.values()]);
  }
  // A plain copy: getNodeValue builds objects without a prototype.
  const value = JSON.parse(JSON.stringify(getNodeValue(root))) as unknown;
  const problems = validateConfig(value);
  if (problems.length) {
    throw new ConfigError(problems.map((p) => {
      const where = `${file}:${lineCol(text, nodeForPath(root, p.path)?.offset ?? root.offset)}: `;
      return problemAt(where, p.message);
    }));
  }
  return value as GongwenConfig;
}

/**
 * Append `phrase` to the config's `allow` list, keeping comments, order and indentation.
 * Creates the file when it does not exist; does nothing when the phrase is already there.
 */
export function addAllowPhrase(configPath: string, phrase: string): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(configPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    writeFileAtomic(configPath, `${JSON.stringify({ allow: [phrase] }, null, 2)}\n`);
    return;
  }
  let text = configText(configPath, bytes, true);
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  if (bom) text = text.slice(1);
  if (text.trim() === '') text = '{}';
  const { root, errors } = parseConfigText(text);
  if (errors.length || !root || root.type !== 'object') {
    const where = errors.length ? `${configPath}:${lineCol(text, errors[0].offset)}: ` : `${configPath}: `;
    const problem = errors.length ? describeParseError(errors[0]) : CONFIG_NOT_AN_OBJECT;
    throw new ConfigError(composeText(T.notChanged, { problem: problemAt(where, problem) }));
  }
  const allowNode = findNodeAtLocation(root, ['allow']);
  const current = allowNode ? (getNodeValue(allowNode) as unknown) : undefined;
  if (current !== undefined && !Array.isArray(current)) {
    const where = `${configPath}:${lineCol(text, allowNode!.offset)}: `;
    throw new ConfigError(composeText(T.notChanged, { problem: problemAt(where, T.allowArray) }));
  }
  if (Array.isArray(current) && current.includes(phrase)) return;
  const edit = Array.isArray(current) ? appendToArray(text, allowNode!, phrase) : addAllowProperty(text, root, phrase);
  writeFileAtomic(configPath, bom + applyEdits(text, [edit]));
}

// The edits are computed by hand rather than with jsonc-parser's `modify`, because `modify`
// re-formats the whole lines it touches (e.g. a one-line "rules" object becomes several lines);
// here every byte outside the insertion stays as the user wrote it.

/** Insert after the array's last element (before any trailing comma), on a new line if the array spans lines. */
function appendToArray(text: string, array: Node, phrase: string): Edit {
  const value = JSON.stringify(phrase);
  const items = array.children ?? [];
  const closing = array.offset + array.length - 1;
  if (items.length === 0) return { offset: array.offset + 1, length: closing - array.offset - 1, content: value };
  const last = items[items.length - 1];
  const end = last.offset + last.length;
  const multiline = /[\r\n]/.test(text.slice(array.offset, last.offset));
  return { offset: end, length: 0, content: multiline ? `,${eolOf(text)}${indentOfLine(text, last.offset)}${value}` : `, ${value}` };
}

/** Add `"allow": [phrase]` after the root's last property, indented like it. */
function addAllowProperty(text: string, root: Node, phrase: string): Edit {
  const property = `"allow": [${JSON.stringify(phrase)}]`;
  const properties = root.children ?? [];
  if (properties.length === 0) {
    const closing = root.offset + root.length - 1;
    return { offset: root.offset + 1, length: closing - root.offset - 1, content: `${eolOf(text)}  ${property}${eolOf(text)}` };
  }
  const last = properties[properties.length - 1];
  const end = last.offset + last.length;
  const multiline = /[\r\n]/.test(text.slice(root.offset, last.offset));
  return { offset: end, length: 0, content: multiline ? `,${eolOf(text)}${indentOfLine(text, last.offset)}${property}` : `, ${property}` };
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function indentOfLine(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/**
 * The config's bytes as text. JSON is UTF-8 (RFC 8259), and so is what VS Code shows and its quick fix writes. A file
 * saved in another encoding — Notepad's “ANSI” (GBK on a Chinese Windows), PowerShell 5's `>` (UTF-16) — is said in one
 * line: read as UTF-8, its allowed phrases and terms would be garbled and silently never match, and UTF-16 gave a
 * syntax error for every other character.
 */
function configText(file: string, bytes: Buffer, notChanged = false): string {
  // UTF-16 by its BOM, or without one (Set-Content -Encoding Unicode on some systems, an editor's “UTF-16 LE” without
  // BOM) by a zero byte: ASCII text in UTF-16 is every other byte zero, and JSON has none (valid UTF-8 may, so
  // isUtf8 alone passed it and the parser gave a syntax error per character).
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0));
  if (!utf16 && validUtf8(bytes)) return bytes.toString('utf8');
  const problem = composeText(T.notUtf8, { file, was: utf16 ? T.wasUtf16 : T.wasOther });
  throw new ConfigError(notChanged ? composeText(T.notChanged, { problem }) : problem);
}

/** node:buffer's isUtf8 (Node ≥ 18.14), else a fatal TextDecoder. */
function validUtf8(bytes: Buffer): boolean {
  if (typeof isUtf8 === 'function') return isUtf8(bytes);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function parseConfigText(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  return { root, errors };
}


function describeParseError(error: ParseError): Localized {
  const code = printParseErrorCode(error.error);
  const text = PARSE_ERROR_TEXT[code] ?? { zh: code, en: code };
  return composeText(T.syntax, { what: text });
}

/** 1-based `line:column` of an offset; columns in UTF-16 code units like the editor's. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/**
 * The node a validation problem is about: the property key for `rules.repeated-word`.
 * Keys may contain dots (`terms.截止.目前`), so at each level the longest matching key wins.
 */
function nodeForPath(root: Node, dottedPath: string): Node | undefined {
  if (!dottedPath) return root;
  let node: Node | undefined = root;
  let rest = dottedPath;
  let keyNode: Node | undefined;
  while (node && rest) {
    // A rule's options sit in [severity, { … }]: look into the object inside the array.
    if (node.type === 'array') node = node.children?.find((child) => child.type === 'object');
    if (!node || node.type !== 'object') break;
    let best: Node | undefined;
    for (const property of node.children ?? []) {
      const key: unknown = property.children?.[0]?.value;
      if (typeof key !== 'string') continue;
      if ((rest === key || rest.startsWith(`${key}.`)) && (!best || key.length > (best.children![0].value as string).length)) best = property;
    }
    if (!best) break;
    keyNode = best.children![0];
    rest = rest.slice((keyNode.value as string).length + 1);
    node = best.children![1];
  }
  return keyNode;
}
