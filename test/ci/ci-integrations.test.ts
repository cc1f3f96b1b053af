// The CI integrations, run the way CI runs them: the pre-commit hook of .pre-commit-hooks.yaml through the
// real `pre-commit try-repo` on a temporary repository, and the lint step of action.yml executed as written
// (its `run:` script and `env:`, with the inputs filled in as GitHub fills them).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { buildDocx, p, r } from '../helpers/docx';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
/** Seed 000: errors that --fix removes entirely. */
const SEED = path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('000_'))!);
/** Seed 002: no errors. */
const CLEAN_SEED = path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('002_'))!);

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ci-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

interface Run { code: number | null; out: string }

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Run {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** action.yml as data: PyYAML comes with Debian's pre-commit, so no YAML library is added for this. */
function readYaml(file: string): any {
  const parsed = run('python3', ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding="utf-8"))))', file], ROOT);
  assert.equal(parsed.code, 0, parsed.out);
  return JSON.parse(parsed.out);
}

describe('pre-commit hook (.pre-commit-hooks.yaml, pre-commit try-repo)', () => {
  const repo = path.join(temp, 'repo');
  const bin = path.join(temp, 'bin');
  // `language: system` runs the gongwen-lint on PATH: here, this checkout's build.
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'gongwen-lint'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    PRE_COMMIT_HOME: path.join(temp, 'pre-commit-cache'),
    GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
  };
  const git = (...args: string[]) => {
    const result = run('git', args, repo, env);
    assert.equal(result.code, 0, result.out);
  };
  const tryRepo = () => run('pre-commit', ['try-repo', ROOT, 'gongwen-lint', '--all-files'], repo, env);

  it('fails on a seed with errors and names the problem', () => {
    fs.mkdirSync(repo, { recursive: true });
    git('init', '-q');
    fs.copyFileSync(SEED, path.join(repo, 'draft.txt'));
    fs.copyFileSync(CLEAN_SEED, path.join(repo, 'clean.md'));
    // A Word draft with a repeated word that --fix removes.
    fs.writeFileSync(path.join(repo, 'report.docx'), buildDocx({ body: p(r('广泛动员动员'), r('加强抢险救灾工作。')) }));
    // Not a document: the hook's `files` pattern must keep it away from gongwen-lint.
    fs.writeFileSync(path.join(repo, 'script.py'), 'print("广泛动员动员加强")\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'seed');
    const result = tryRepo();
    assert.equal(result.code, 1, result.out);
    assert.match(result.out, /gongwen-lint 公文校对\.+Failed/);
    assert.match(result.out, /draft\.txt/);
    assert.match(result.out, /report\.docx/);
    assert.match(result.out, /repeated-word/);
    assert.doesNotMatch(result.out, /script\.py/);
  });

  it('passes after gongwen-lint --fix', () => {
    const fixed = run('gongwen-lint', ['--fix', 'draft.txt', 'report.docx'], repo, env);
    assert.equal(fixed.code, 0, fixed.out);
    git('add', '-A');
    const result = tryRepo();
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /gongwen-lint 公文校对\.+Passed/);
  });
});

describe('GitHub Action (action.yml): the lint step as written', () => {
  const action = readYaml(path.join(ROOT, 'action.yml'));
  const steps: any[] = action.runs.steps;
  const lint = steps.find((s) => s.id === 'lint');
  const workspace = path.join(temp, 'workspace');
  fs.mkdirSync(path.join(workspace, 'docs'), { recursive: true });
  fs.copyFileSync(SEED, path.join(workspace, 'docs', 'a.txt'));
  fs.copyFileSync(CLEAN_SEED, path.join(workspace, 'docs', 'b.txt'));
  fs.copyFileSync(SEED, path.join(workspace, 'c.md'));

  /** Run the step's script with `inputs` (defaults from action.yml), as a runner would. */
  function runStep(inputs: Record<string, string>): { code: number | null; out: string; outputs: Record<string, string> } {
    const runnerTemp = fs.mkdtempSync(path.join(temp, 'runner-'));
    const values: Record<string, string> = { 'github.action_path': ROOT, 'runner.temp': runnerTemp };
    for (const [name, spec] of Object.entries<{ default?: string }>(action.inputs)) values[`inputs.${name}`] = inputs[name] ?? spec.default ?? '';
    const expand = (text: string) => text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
      assert.ok(name in values, `unknown expression ${name} in the lint step`);
      return values[name];
    });
    const outputFile = path.join(runnerTemp, 'github-output');
    fs.writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: ROOT };
    for (const [name, value] of Object.entries<string>(lint.env)) env[name] = expand(value);
    const script = path.join(runnerTemp, 'step.sh');
    fs.writeFileSync(script, expand(lint.run));
    // GitHub's `shell: bash`.
    const result = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], workspace, env);
    const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
    return { ...result, outputs };
  }

  /** [file, rule, line, column] of every result, relative to the workspace. */
  function sarifResults(file: string): string[] {
    const sarif = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    return sarif.runs[0].results.map((r: any) => {
      const location = r.locations[0].physicalLocation;
      return `${decodeURIComponent(location.artifactLocation.uri).replace(/^file:\/\//, '').replace(`${workspace}/`, '')} ${r.ruleId} ${location.region.startLine}:${location.region.startColumn}`;
    }).sort();
  }

  /** The same findings from the CLI's JSON output. */
  function cliFindings(args: string[]): string[] {
    const result = run(process.execPath, [CLI, '--format', 'json', ...args], workspace);
    return JSON.parse(result.out).flatMap((f: any) => f.messages.map((m: any) => `${path.relative(workspace, f.filePath)} ${m.ruleId} ${m.line}:${m.column}`)).sort();
  }

  it('writes SARIF with the findings of the given paths and reports exit code 1 without failing the step', () => {
    const step = runStep({ paths: 'docs\nc.md' });
    assert.equal(step.code, 0, step.out);
    assert.equal(step.outputs['exit-code'], '1');
    const results = sarifResults(step.outputs['sarif-file']);
    assert.deepEqual(results, cliFindings(['docs', 'c.md']));
    assert.ok(results.some((r) => r.startsWith('docs/a.txt repeated-word ')), results.join('\n'));
  });

  it('passes args through: a rule turned off is not reported', () => {
    const step = runStep({ paths: 'docs', args: '--rule repeated-word:off' });
    const results = sarifResults(step.outputs['sarif-file']);
    assert.ok(results.length > 0);
    assert.ok(!results.some((r) => r.includes(' repeated-word ')));
  });

  it('shards: the matrix jobs 1/2 and 2/2 together check every file once', () => {
    const parts = ['1/2', '2/2'].map((shard) => runStep({ paths: '.', shard }));
    const files = parts.map((p) => new Set(sarifResults(p.outputs['sarif-file']).map((r) => r.split(' ')[0])));
    assert.deepEqual([...files[0]].filter((f) => files[1].has(f)), [], 'no file in both shards');
    assert.deepEqual([...files[0], ...files[1]].sort(), ['c.md', 'docs/a.txt', 'docs/b.txt']);
    assert.ok(files[0].size > 0 && files[1].size > 0, 'each shard has work');
  });

  it('prints github annotations to the log with format github', () => {
    const step = runStep({ paths: 'c.md', format: 'github' });
    assert.equal(step.outputs['exit-code'], '1');
    assert.match(step.out, /^::error file=c\.md,line=\d+,col=\d+.*title=repeated-word::/m);
    assert.equal(step.outputs['sarif-file'], undefined);
  });

  it('fails the step on bad usage (exit code 2)', () => {
    const step = runStep({ paths: 'docs', shard: '3/2' });
    assert.equal(step.code, 2, step.out);
    assert.equal(step.outputs['exit-code'], '2');
  });

  it('uploads the SARIF file with codeql-action, one category per shard, then fails on findings', () => {
    const upload = steps.find((s) => typeof s.uses === 'string' && s.uses.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.equal(upload.with.sarif_file, '${{ steps.lint.outputs.sarif-file }}');
    assert.match(upload.with.category, /inputs\.shard/);
    assert.ok(steps.indexOf(upload) < steps.findIndex((s) => s.name === 'Fail on findings'));
  });
});
