// Command-line parsing: `--name value`, `--name=value`, `--no-x` flags, positional files, and `--` to end
// options, split as node:util's parseArgs splits them (non-strict, with tokens). Errors are UsageErrors (exit 2).
import type { Locale, Localized, Severity } from '../engine';
import { composeText, parseLocale } from '../engine/messages';
import { CLI_TEXTS as T } from './texts';
import { engine } from './engine';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../formatters';
import type { ConvertTarget } from '../text/convert';
import { CHINESE_SCRIPTS } from '../text/script-names';
import { parseFileSize } from '../engine/fileSize';

export const CONVERT_TARGETS: readonly ConvertTarget[] = CHINESE_SCRIPTS;

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  /** Word documents: write NAME.annotated.docx with one comment per finding. */
  annotate: boolean;
  stdin: boolean;
  stdinFilename?: string;
  config?: string;
  configLookup: boolean;
  /** `--rule id:severity`, in order; later ones win. */
  rules: Record<string, Severity>;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  locale?: Locale;
  stdio: boolean;
  convert?: ConvertTarget;
  jobs?: number;
  shard?: { index: number; count: number };
  maxFileSize?: number;
  color?: boolean;
  version: boolean;
  help: boolean;
}

export class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = 'UsageError';
  }
}

const FLAGS = ['fix', 'fix-dry-run', 'annotate', 'stdin', 'config-lookup', 'quiet', 'stdio', 'version', 'help', 'color'] as const;
const VALUED = ['format', 'stdin-filename', 'config', 'rule', 'max-warnings', 'locale', 'convert', 'jobs', 'shard', 'max-file-size'] as const;
const SHORT: Record<string, string> = { help: 'h', version: 'v', format: 'f', config: 'c', jobs: 'j' };
const isFlag = (name: string) => (FLAGS as readonly string[]).includes(name);

const isValued = (name: string) => (VALUED as readonly string[]).includes(name);
const LONG_OF_SHORT: Record<string, string> = Object.fromEntries(Object.entries(SHORT).map(([long, short]) => [short, long]));

/** One argument as node:util's parseArgs (non-strict, positionals allowed) gives it in its tokens. */
export type ArgToken =
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number }
  | { kind: 'option'; index: number; name: string; rawName: string; value: string | undefined; inlineValue: boolean | undefined };

/**
 * The arguments split into tokens as node:util's parseArgs splits them with our options (non-strict,
 * tokens on): `--name=value`; `--name value` and `-f value` for an option that takes a value, whatever
 * the value looks like; everything after `--` positional; a short group (`-hv`) or a short option with
 * its value attached (`-fjson`) as a token whose rawName is not the whole argument (refused below).
 * Written out rather than required: node:util's parseArgs is compiled on first use, ≈ 0.5 ms of every start.
 */
export function argTokens(argv: readonly string[]): ArgToken[] {
  const tokens: ArgToken[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (let rest = index + 1; rest < argv.length; rest++) tokens.push({ kind: 'positional', index: rest, value: argv[rest] });
      break;
    }
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=', 3); // as parseArgs: `--=x` is an option named "=x"
      if (equals >= 0) tokens.push({ kind: 'option', index, name: arg.slice(2, equals), rawName: arg.slice(0, equals), value: arg.slice(equals + 1), inlineValue: true });
      else {
        const name = arg.slice(2);
        const takesValue = isValued(name) && index + 1 < argv.length;
        tokens.push({ kind: 'option', index, name, rawName: arg, value: takesValue ? argv[index + 1] : undefined, inlineValue: takesValue ? false : undefined });
        if (takesValue) index++;
      }
      continue;
    }
    if (arg.length < 2 || arg[0] !== '-') {
      tokens.push({ kind: 'positional', index, value: arg });
      continue;
    }
    const short = arg[1];
    const name = LONG_OF_SHORT[short] ?? short;
    if (arg.length === 2) {
      const takesValue = isValued(name) && index + 1 < argv.length;
      tokens.push({ kind: 'option', index, name, rawName: arg, value: takesValue ? argv[index + 1] : undefined, inlineValue: takesValue ? false : undefined });
      if (takesValue) index++;
    } else if (isValued(name)) {
      tokens.push({ kind: 'option', index, name, rawName: `-${short}`, value: arg.slice(2), inlineValue: true });
    } else {
      // A group of short options: each is a token of its own (the first is enough to refuse the argument).
      for (let at = 1; at < arg.length; at++) {
        const groupName = LONG_OF_SHORT[arg[at]] ?? arg[at];
        if (isValued(groupName)) {
          const rest = arg.slice(at + 1);
          const takesNext = rest === '' && index + 1 < argv.length;
          tokens.push({ kind: 'option', index, name: groupName, rawName: `-${arg[at]}`, value: rest !== '' ? rest : takesNext ? argv[index + 1] : undefined, inlineValue: rest !== '' ? true : takesNext ? false : undefined });
          if (takesNext) index++;
          break;
        }
        tokens.push({ kind: 'option', index, name: groupName, rawName: `-${arg[at]}`, value: undefined, inlineValue: undefined });
      }
    }
  }
  return tokens;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    patterns: [], format: 'stylish', fix: false, fixDryRun: false, annotate: false, stdin: false, configLookup: true,
    rules: {}, maxWarnings: -1, quiet: false, stdio: false, version: false, help: false,
  };
  // Not strict: a value may start with "-" (--max-warnings -1), and unknown options get our own message.
  for (const token of argTokens(argv)) {
    if (token.kind === 'positional') {
      options.patterns.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const arg = argv[token.index];
    // One short option per argument, as before: "-hv" and "-fjson" are not options.
    if (!arg.startsWith('--') && arg !== token.rawName) throw unknownOption(arg);
    const name = token.name;
    const negated = name.startsWith('no-') && isFlag(name.slice(3));
    if (isFlag(name) || negated) {
      if (token.value !== undefined) throw new UsageError(composeText(T.takesNoValue, { name }));
      setFlag(options, negated ? name.slice(3) : name, !negated);
      continue;
    }
    if (!isValued(name)) throw unknownOption(arg);
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
      throw new UsageError(composeText(T.needsValue, { name }));
    }
    setValue(options, name, value);
  }
  check(options);
  return options;
}

function setFlag(options: CliOptions, name: string, on: boolean): void {
  switch (name) {
    case 'fix': options.fix = on; break;
    case 'fix-dry-run': options.fixDryRun = on; break;
    case 'annotate': options.annotate = on; break;
    case 'stdin': options.stdin = on; break;
    case 'config-lookup': options.configLookup = on; break;
    case 'quiet': options.quiet = on; break;
    case 'stdio': options.stdio = on; break;
    case 'version': options.version = on; break;
    case 'help': options.help = on; break;
    case 'color': options.color = on; break;
  }
}

function setValue(options: CliOptions, name: string, value: string): void {
  switch (name) {
    case 'format':
      if (!isFormatName(value)) throw new UsageError(composeText(T.unknownFormat, { value, formats: listOf(FORMAT_NAMES) }));
      options.format = value;
      break;
    case 'stdin-filename': options.stdinFilename = value; break;
    case 'config': options.config = value; break;
    case 'rule': {
      const [id, severity] = parseRuleOption(value);
      options.rules[id] = severity;
      break;
    }
    case 'max-warnings': options.maxWarnings = integer(name, value, -1); break;
    case 'locale':
    {
      const locale = parseLocale(value);
      if (!locale) throw new UsageError(composeText(T.badLocale, { value }));
      options.locale = locale;
      break;
    }
    case 'convert':
      if (!(CONVERT_TARGETS as readonly string[]).includes(value)) {
        throw new UsageError(composeText(T.badConvert, { value, targets: listOf(CONVERT_TARGETS) }));
      }
      options.convert = value as ConvertTarget;
      break;
    case 'jobs': options.jobs = integer(name, value, 1); break;
    case 'shard': options.shard = parseShard(value); break;
    case 'max-file-size': options.maxFileSize = parseSize(value); break;
  }
}

/** `repeated-word:off` → ['repeated-word', 'off']; unknown ids and severities are usage errors. */
function parseRuleOption(value: string): [string, Severity] {
  const colon = value.lastIndexOf(':');
  const id = colon === -1 ? value : value.slice(0, colon).trim();
  // The rules are the engine's (engine.ts): loaded for a --rule only.
  const { parseSeverity, ruleById, unknownRule, RULES } = engine();
  const severity = colon === -1 ? undefined : parseSeverity(value.slice(colon + 1).trim());
  if (!ruleById(id)) {
    throw new UsageError(composeText(T.ruleProblem, { problem: unknownRule(id, RULES) }));
  }
  if (!severity) {
    throw new UsageError(composeText(T.badRuleSeverity, { value }));
  }
  return [id, severity];
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(index >= 1 && count >= 1 && index <= count)) {
    throw new UsageError(composeText(T.badShard, { value }));
  }
  return { index, count };
}

/**
 * A whole number of bytes, optionally with a unit K, M or G in any letter case, alone or as KB or KiB (each a power of
 * 1024: 500K, 20M, 1GiB), or B; a space may come between. As in the help text and the error below.
 */
export function parseSize(value: string): number {
  const bytes = parseFileSize(value);
  if (bytes === undefined) {
    throw new UsageError(composeText(T.badFileSize, { value }));
  }
  return bytes;
}

function integer(name: string, value: string, min: number): number {
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min)) throw new UsageError(composeText(T.badInteger, { name, min, value }));
  return n;
}

/** A list of names as each language writes one: a、b、c / a, b, c. */
const listOf = (names: readonly string[]): Localized => ({ zh: names.join('、'), en: names.join(', ') });

function unknownOption(arg: string): UsageError {
  return new UsageError(composeText(T.unknownOption, { arg }));
}

function check(o: CliOptions): void {
  if (o.fix && o.fixDryRun) {
    throw new UsageError(T.fixAndDryRun);
  }
  if (o.stdin && o.fix) {
    throw new UsageError(T.fixWithStdin);
  }
  if (o.stdin && o.annotate) {
    throw new UsageError(T.annotateWithStdin);
  }
  if (o.stdin && o.patterns.length) {
    throw new UsageError(T.filesWithStdin);
  }
  if (o.convert && (o.fix || o.fixDryRun || o.annotate)) {
    const flag = o.fix ? '--fix' : o.fixDryRun ? '--fix-dry-run' : '--annotate';
    throw new UsageError(composeText(T.convertWith, { flag }));
  }
  if (o.convert && !o.stdin && o.patterns.length !== 1) {
    throw new UsageError(T.convertOneFile);
  }
}
