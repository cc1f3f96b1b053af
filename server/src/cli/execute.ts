// The CLI as a function: execute(argv, io) → exit code (0 clean, 1 lint errors, 2 usage,
// config, unreadable file or crash). Tests call it in-process; the bin sets process.exitCode.
import { dirname, resolve } from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Locale } from '../engine';
import { localeFromTag, localize, parseLocale } from '../engine/messages';
import { VERSION } from '../engine/version';
import { FORMATTERS } from '../formatters';
import { isWordFile } from '../docx/package';
import { decodeBytes, ioErrorClause } from '../node/textFile';
import { setTieringFlags } from '../node/tiering';
import { parseArgs, UsageError, type CliOptions } from './args';
import { ConfigResolver } from './configs';
import { engine, engineIfLoaded } from './engine';
import { discoverFiles } from './files';
import { helpText } from './help';
import { cannotRead, describeSkip, lintText, processFile, type FileOutcome, type FileTask, type RunSettings } from './lintFile';
import { runOnWorkers, workerScript } from './pool';
import { countMessages, displayPath, totalsOf, type FileResult, type SkippedFile } from './results';
import { CLI_TEXTS, say } from './texts';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: AsyncIterable<Uint8Array | string>;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** Workers pay off only for several files and enough text (unless --jobs asks for them). */
const WORKER_MIN_FILES = 5;
const WORKER_MIN_BYTES = 1024 * 1024;
/** Text from which an in-process run sets V8's tiering flags for its cold first lint (node/tiering.ts): a run
 * with less (an empty file, a line) neither loads node:v8 nor changes how V8 compiles. */
const TIERING_MIN_BYTES = 4096;

export async function execute(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const cwd = resolve(io.cwd ?? process.cwd());
  let locale = localeFromArgv(argv) ?? localeFromEnvironment(env);
  const fail = (line: string) => {
    io.stderr.write(`gongwen-lint: ${line}\n`);
    return 2;
  };
  try {
    const options = parseArgs(argv);
    locale = options.locale ?? locale;
    // The zh-TW lines (the CLI's own, the summary's) come from the table the engine hands over when it loads.
    if (locale === 'zh-TW') engine();
    if (options.help) return write(io.stdout, helpText(locale), 0);
    if (options.version) return write(io.stdout, `${VERSION}\n`, 0);
    if (options.stdio) {
      // A require, not import(): dist/cli.js runs this bundle as a vm.Script (its code cache), where
      // a dynamic import() has no loader to call.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (start-up time)
      const server = require('../server') as typeof import('../server');
      server.runLanguageServer();
      return 0;
    }
    if (options.convert) return await convert(options, io, cwd, locale);
    return await lintRun(options, io, cwd, locale, env);
  } catch (error) {
    if (error instanceof UsageError) {
      // zh-TW from the table the engine hands over (a usage error may come before the run loaded it).
      if (locale === 'zh-TW') engine();
      return fail(localize(error.text, locale));
    }
    // A configuration error comes from the engine's code (engine.ts), which is loaded then.
    const configError = engineIfLoaded()?.ConfigError;
    if (configError && error instanceof configError) {
      for (const line of error.text(locale).split('\n')) io.stderr.write(`gongwen-lint: ${say(locale, CLI_TEXTS.configError, { problem: line })}\n`);
      return 2;
    }
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    if (env.GONGWEN_DEBUG === '1' && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return fail(say(locale, CLI_TEXTS.internalError, { message }));
  }
}

/** POSIX locale names (en_US.UTF-8) as well as tags (en-US); anything not English is Chinese. */
function localeFromEnvironment(env: Record<string, string | undefined>): Locale {
  const name = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?:[_.@-]|$)/i.test(name) ? 'en' : localeFromTag(name.replace(/_/g, '-'));
}

function localeFromArgv(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice(9) : undefined;
    const locale = parseLocale(value);
    if (locale) return locale;
  }
  return undefined;
}

function write(stream: OutputStream, text: string, code: number): number {
  if (text) stream.write(text);
  return code;
}

async function readStdin(io: CliIo): Promise<Buffer> {
  if (!io.stdin) throw new UsageError(CLI_TEXTS.noStdin);
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** --convert TARGET FILE (or --stdin): print the converted text. */
async function convert(options: CliOptions, io: CliIo, cwd: string, locale: Locale): Promise<number> {
  const { convertText } = engine();
  const name = options.stdin ? '<stdin>' : options.patterns[0];
  let bytes: Buffer;
  try {
    bytes = options.stdin ? await readStdin(io) : readFileSync(resolve(cwd, name));
  } catch (error) {
    io.stderr.write(`gongwen-lint: ${name}: ${cannotRead((error as NodeJS.ErrnoException).code ?? String(error), locale)}\n`);
    return 2;
  }
  const decoded = decodeBytes(bytes);
  if ('kind' in decoded) {
    io.stderr.write(`gongwen-lint: ${name}: ${describeSkip(decoded, locale)}\n`);
    return 2;
  }
  return write(io.stdout, convertText(decoded.text, options.convert!), 0);
}

/** The text on stdin, named by --stdin-filename (its config looked up from there) or `<text>`. */
async function lintStdin(options: CliOptions, io: CliIo, cwd: string, locale: Locale, resolver: ConfigResolver, fixMode: RunSettings['fix']): Promise<FileOutcome> {
  const filePath = options.stdinFilename ? resolve(cwd, options.stdinFilename) : '<text>';
  const choice = resolver.forDirectory(options.stdinFilename ? dirname(filePath) : cwd);
  const bytes = await readStdin(io);
  if (bytes.length >= TIERING_MIN_BYTES) prepareColdLint();
  const decoded = decodeBytes(bytes);
  // As a file named on the command line (processFile): undecodable text fails the run, binary input is skipped.
  if ('kind' in decoded) return { kind: 'skipped', skipped: { filePath, reason: describeSkip(decoded, locale), failure: decoded.kind !== 'binary' } };
  return lintText(filePath, { ...decoded, bytes: new Uint8Array() }, choice.config, locale, fixMode);
}

/** Why a command-line argument gave no file: a path it may not look at, a folder with nothing to check, or no match. */
function unmatchedReason(pattern: string, cwd: string, locale: Locale): string {
  const path = resolve(cwd, pattern);
  const denied = accessProblem(path);
  if (denied) return say(locale, CLI_TEXTS.cannotReadPath, { path: pattern, why: ioErrorClause(denied, locale) });
  return say(locale, isDirectory(path) ? CLI_TEXTS.nothingInFolder : CLI_TEXTS.noMatch, { path: pattern });
}

async function lintRun(options: CliOptions, io: CliIo, cwd: string, locale: Locale, env: Record<string, string | undefined>): Promise<number> {
  const resolver = new ConfigResolver({
    configFile: options.config ? resolve(cwd, options.config) : undefined,
    lookup: options.configLookup,
    rules: options.rules,
    maxFileSize: options.maxFileSize,
  }, engine);
  const fixMode = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'off';
  let results: FileResult[] = [];
  const skipped: SkippedFile[] = [];
  const writeErrors: string[] = [];
  const notes: string[] = [];

  if (options.stdinFilename !== undefined && !options.stdin) {
    // ESLint ignores it in silence; a note, the exit code unchanged, tells a user who forgot --stdin.
    notes.push(say(locale, CLI_TEXTS.stdinFilenameIgnored));
  }
  if (options.stdin) {
    const outcome = await lintStdin(options, io, cwd, locale, resolver, fixMode);
    if (outcome.kind === 'skipped') skipped.push(outcome.skipped);
    else {
      results.push(outcome.result);
      for (const note of outcome.notes ?? []) notes.push(`${displayPath(outcome.result.filePath, cwd)}: ${note}`);
    }
  } else {
    const patterns = options.patterns.length ? options.patterns : ['.'];
    const discovery = discoverFiles(patterns, cwd, resolver.isIgnored);
    // Folders found while walking that could not be listed: said like a named file that cannot be read, without failing
    // the run (before “no files match”, which they may explain).
    const unreadableFolders = discovery.unreadable.map((folder): SkippedFile => {
      return { filePath: folder.path, reason: say(locale, CLI_TEXTS.cannotReadFolder, { why: ioErrorClause(folder.code, locale) }), failure: false, folder: true };
    });
    if (discovery.unmatched.length) {
      for (const s of unreadableFolders) io.stderr.write(`gongwen-lint: ${displayPath(s.filePath, cwd)}: ${s.reason}\n`);
      for (const pattern of discovery.unmatched) io.stderr.write(`gongwen-lint: ${unmatchedReason(pattern, cwd, locale)}\n`);
      return 2;
    }
    for (const file of discovery.ignored) {
      skipped.push({ filePath: file, reason: say(locale, CLI_TEXTS.ignored), failure: false });
    }
    skipped.push(...unreadableFolders);
    let files = discovery.files;
    if (options.shard) {
      const { index, count } = options.shard;
      files = files.filter((_, i) => i % count === index - 1);
    }
    const tasks: FileTask[] = files.map((f) => ({ path: f.path, explicit: f.explicit, configIndex: resolver.forFile(f.path).index }));
    if (options.annotate && files.length > 0 && !files.some((f) => isWordFile(f.path))) {
      notes.push(say(locale, CLI_TEXTS.annotateOnlyWord));
    }
    const settings: RunSettings = { configs: resolver.configs, locale, fix: fixMode, annotate: options.annotate };
    const outcomes = await runTasks(tasks, settings, options.jobs);
    for (const outcome of outcomes) {
      if (outcome.kind === 'skipped') skipped.push(outcome.skipped);
      else {
        results.push(outcome.result);
        for (const note of outcome.notes ?? []) notes.push(`${displayPath(outcome.result.filePath, cwd)}: ${note}`);
        if (outcome.writeError) writeErrors.push(`${displayPath(outcome.result.filePath, cwd)}: ${outcome.writeError}`);
      }
    }
  }

  for (const s of skipped) io.stderr.write(`gongwen-lint: ${displayPath(s.filePath, cwd)}: ${s.reason}\n`);
  for (const line of notes) io.stderr.write(`gongwen-lint: ${line}\n`);
  for (const line of writeErrors) io.stderr.write(`gongwen-lint: ${line}\n`);
  if (options.quiet) results = results.map((r) => ({ ...countMessages(r.filePath, r.messages.filter((m) => m.severity === 2)), ...(r.output !== undefined ? { output: r.output } : {}) }));

  const color = options.color ?? (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : env.NO_COLOR ? false : Boolean(io.stdout.isTTY));
  const output = FORMATTERS[options.format](results, {
    cwd, locale, color, skipped,
    // Read by SARIF's rule table only: the rules are the engine's (engine.ts), not loaded for the other formats.
    get rules() {
      return engine().RULES;
    },
  });
  write(io.stdout, output, 0);

  const totals = totalsOf(results);
  if (skipped.some((s) => s.failure) || writeErrors.length) return 2;
  if (totals.errorCount > 0) return 1;
  if (options.maxWarnings >= 0 && totals.warningCount > options.maxWarnings) {
    io.stderr.write(`gongwen-lint: ${say(locale, CLI_TEXTS.tooManyWarnings, { count: totals.warningCount, max: options.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/** In-process for small runs or --jobs 1; worker threads when they pay off or --jobs asks. */
async function runTasks(tasks: FileTask[], settings: RunSettings, jobsOption: number | undefined): Promise<FileOutcome[]> {
  const jobs = jobsOption ?? processorCount();
  let useWorkers = jobs > 1 && tasks.length > 1;
  if (useWorkers && jobsOption === undefined) {
    let bytes = 0;
    for (const task of tasks) {
      try {
        bytes += statSync(task.path).size;
      } catch {
        // reported when the file is read
      }
    }
    useWorkers = tasks.length >= WORKER_MIN_FILES && bytes > WORKER_MIN_BYTES;
  }
  const script = useWorkers ? workerScript() : undefined;
  if (script) return runOnWorkers(tasks, settings, jobs, script);
  if (atLeastBytes(tasks, TIERING_MIN_BYTES)) prepareColdLint();
  return tasks.map((task) => processFile(task, settings));
}

/**
 * Why a path that matched nothing could not be looked at (a folder it may not list or enter, EACCES), or undefined when it
 * simply is not there or holds nothing to check: “no files match” would hide a permission problem.
 */
function accessProblem(path: string): string | undefined {
  try {
    if (statSync(path).isDirectory()) readdirSync(path);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : (code ?? 'EIO');
  }
}

/**
 * Before a first lint of some size: the engine loaded (engine.ts), then V8's tiering flags set (node/tiering.ts). In
 * that order: V8 refuses a code cache read once the flags have changed, and the engine's is read when it loads.
 */
function prepareColdLint(): void {
  engine();
  setTieringFlags();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** How many processors this process may use: node:os is required only when --jobs does not say (start-up time). */
function processorCount(): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose
  const { availableParallelism, cpus } = require('node:os') as typeof import('node:os');
  return Math.max(1, typeof availableParallelism === 'function' ? availableParallelism() : cpus().length);
}

/** Whether the tasks' files hold at least `bytes` together (stat calls until they do). */
function atLeastBytes(tasks: readonly FileTask[], bytes: number): boolean {
  let total = 0;
  for (const task of tasks) {
    try {
      total += statSync(task.path).size;
    } catch {
      // reported when the file is read
    }
    if (total >= bytes) return true;
  }
  return false;
}
