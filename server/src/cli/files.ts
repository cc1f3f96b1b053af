// Which files a run lints: named files as given, directories recursed for .txt, .md and Word files,
// globs (`*`, `**`, `?`, `{a,b}`, `[…]`) matched with picomatch. node_modules, .git, dist and out
// below a named directory are skipped, as are paths the applicable config's ignorePatterns
// match (gitignore semantics, via the `ignore` package). Order: sorted, deterministic.
import { type Dirent, type Stats, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative as relativePath, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type picomatchType from 'picomatch';
import { WORD_EXTENSIONS } from '../docx/package';
import { displayPath } from './results';

// Word files: .docx is read; .docm, .doc and .wps are picked up to be skipped with a reason.
const LINTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', ...WORD_EXTENSIONS];
/** Made on the first walk of a directory: a run on named files does not build it (start-up time). */
let defaultIgnores: Ignore | undefined;
const DEFAULT_IGNORED = ['node_modules/', '.git/', 'dist/', 'out/'];

export interface FoundFile {
  path: string;
  /** Named on the command line (not found by walking a directory or matching a glob). */
  explicit: boolean;
}

export interface Discovery {
  files: FoundFile[];
  /** Arguments that matched no file (exit 2, as ESLint does). */
  unmatched: string[];
  /** Files named explicitly but excluded by ignorePatterns. */
  ignored: string[];
  /**
   * Folders met while walking a named folder or a glob's base that could not be listed (EACCES …), with the error code:
   * reported as skipped entries, not failures. A named folder that cannot be listed is in `unmatched` instead.
   */
  unreadable: { path: string; code: string }[];
}

/** `isIgnored(absolutePath, isDirectory)`: the config's ignorePatterns for that path. */
export type IgnoreCheck = (absolutePath: string, isDirectory: boolean) => boolean;

export function discoverFiles(patterns: readonly string[], cwd: string, isIgnored: IgnoreCheck): Discovery {
  const found = new Map<string, FoundFile>();
  const unmatched: string[] = [];
  const ignored: string[] = [];
  const unreadable: { path: string; code: string }[] = [];
  const seenUnreadable = new Set<string>();
  const onUnreadable = (path: string, code: string) => {
    if (seenUnreadable.has(path)) return;
    seenUnreadable.add(path);
    unreadable.push({ path, code });
  };
  const add = (file: string, explicit: boolean) => {
    const existing = found.get(file);
    if (!existing || explicit) found.set(file, { path: file, explicit: explicit || Boolean(existing?.explicit) });
  };
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const stat = statOrUndefined(absolute);
    let count = 0;
    if (stat?.isDirectory()) {
      walk(absolute, absolute, isIgnored, (file) => {
        if (isLintable(file)) {
          add(file, false);
          count++;
        }
      }, onUnreadable);
    } else if (stat) {
      if (isIgnored(absolute, false)) ignored.push(absolute);
      else add(absolute, true);
      count++;
    } else if (isGlob(pattern)) {
      count = expandGlob(pattern, cwd, isIgnored, (file) => add(file, false), onUnreadable);
    }
    if (count === 0) unmatched.push(pattern);
  }
  const files = [...found.values()].sort((a, b) => compare(displayPath(a.path, cwd), displayPath(b.path, cwd)));
  unreadable.sort((a, b) => compare(displayPath(a.path, cwd), displayPath(b.path, cwd)));
  return { files, unmatched, ignored, unreadable };
}

function isLintable(file: string): boolean {
  // ~$name.docx is the lock file Word keeps beside an open document, not a document.
  if (basename(file).startsWith('~$')) return false;
  return LINTABLE_EXTENSIONS.includes(extname(file).toLowerCase());
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Told of a folder below the walk's root that could not be listed, with the error code (EACCES …). */
type UnreadableCheck = (dir: string, code: string) => void;

/**
 * Visit files under `dir`; default ignores apply below `root`, ignorePatterns everywhere. `maxDepth`: the deepest level
 * (1: the files of `dir`) a glob without `**` can match; directories below it are neither entered nor asked about, so a
 * configuration there (even a broken one) is not read. A folder below `root` that cannot be listed is told to
 * `unreadable` (the root itself is the caller's: a named folder that cannot be listed matched nothing).
 */
function walk(root: string, dir: string, isIgnored: IgnoreCheck, visit: (file: string) => void, unreadable: UnreadableCheck, depth = 1, maxDepth = Infinity): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (dir !== root) unreadable(dir, (error as NodeJS.ErrnoException).code ?? 'EIO');
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    // Symbolic links to files are followed; to directories not (no cycles).
    const isDirectory = entry.isDirectory();
    const isFile = entry.isFile() || (entry.isSymbolicLink() && Boolean(statOrUndefined(full)?.isFile()));
    if ((!isDirectory && !isFile) || (isDirectory && depth >= maxDepth)) continue;
    const relative = relativePath(root, full).split(sep).join('/');
    if ((defaultIgnores ??= ignore().add(DEFAULT_IGNORED)).ignores(isDirectory ? `${relative}/` : relative)) continue;
    if (isIgnored(full, isDirectory)) continue;
    if (isDirectory) walk(root, full, isIgnored, visit, unreadable, depth + 1, maxDepth);
    else visit(full);
  }
}

function isGlob(pattern: string): boolean {
  return /[*?{[]/.test(pattern);
}

/** Expand a glob relative to cwd; returns how many files matched. */
function expandGlob(pattern: string, cwd: string, isIgnored: IgnoreCheck, visit: (file: string) => void, unreadable: UnreadableCheck): number {
  const segments = pattern.split(/[\\/]/);
  const firstGlob = segments.findIndex(isGlob);
  const base = resolve(cwd, segments.slice(0, firstGlob).join('/') || '.');
  const rest = segments.slice(firstGlob);
  const matcher = globToRegExp(rest.join('/'));
  // Only `**` crosses a `/`: without it a match lies at most as many levels down as the glob has segments.
  const maxDepth = rest.some((segment) => segment.includes('**')) ? Infinity : rest.length;
  // `docs/**` means the lintable files; `docs/*.text` names its own extension.
  const explicitExtension = /\.[^*?/{}[\]]+$/.test(pattern);
  let count = 0;
  if (!statOrUndefined(base)?.isDirectory()) return 0;
  walk(base, base, isIgnored, (file) => {
    const relative = relativePath(base, file).split(sep).join('/');
    if (matcher.test(relative) && (explicitExtension || isLintable(file))) {
      visit(file);
      count++;
    }
  }, unreadable, 1, maxDepth);
  return count;
}

/** A glob as an anchored regular expression over `/`-separated relative paths (picomatch; dot files included, [!a] negates as in POSIX). */
export function globToRegExp(glob: string): RegExp {
  // Required here: only a glob needs picomatch, whose five modules' load costs ≈ 0.3 ms of every start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (start-up time)
  const picomatch = require('picomatch') as typeof picomatchType;
  return picomatch.makeRe(glob, { dot: true, posix: true });
}
