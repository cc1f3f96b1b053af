// gongwen-lint benchmark: `npm run bench` (builds, then runs this file).
//   --quick          skip the 10 MB size and shorten the worst cases (for a fast look)
//   --only a,b       run only some sections: engine, cli, peer, lsp, worst
//   --budget MS      per-rule time budget for one worst-case input (default 5000)
//   --worst-length N UTF-16 code units per worst-case input (default about 1 MB of UTF-8)
// Prints progress, then a Markdown summary for the README "Performance" section.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/engine';
import { DEFAULT_DEBOUNCE_MS, SERVER_EXEC_ARGV } from '../server/src/lsp/protocol';
import { worstCases } from '../test/helpers/generate';
import { bareNodeMs, cliRun, pairRun, type CliRun, type PairRun } from './cli-run';
import type { EngineRun } from './engine-run';
import { benchDir, DOCUMENT_MODEL, fmt, KB, machine, mbps, mchars, MB, ROOT, sizeLabel, sourceTexts, textOfSize, WARM_UP_CHARS, warmUpRuns, writeCorpus, type ScriptKind } from './lib';
import { editRoundTrips, openDocument, QUIET_MS, SERVER, startServer, type OpenTimes, type Server } from './lsp-run';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : undefined;
const section = (name: string) => !onlyArg || onlyArg.includes(name);
const BUDGET_MS = argv.includes('--budget') ? Number(argv[argv.indexOf('--budget') + 1]) : 5000;
const SIZES = quick ? [100 * KB, MB] : [100 * KB, MB, 10 * MB];
const KINDS: ScriptKind[] = ['simplified', 'traditional'];
const runsFor = (bytes: number) => (bytes > 2 * MB ? 3 : 7); // medians: the bench machine may be shared
const SERVER_DEBOUNCE_MS = DEFAULT_DEBOUNCE_MS; // gongwen.debounceMs, left at its default here

interface Corpus {
  kind: ScriptKind;
  /** Nominal size (100 KB, 1 MB, 10 MB); the text is cut at a line end just under it. */
  label: string;
  bytes: number;
  chars: number;
  path: string;
  text: string;
}

const log = (line: string) => process.stderr.write(line + '\n');

function buildCorpus(): Corpus[] {
  const corpora: Corpus[] = [];
  for (const kind of KINDS) {
    const { texts, from } = sourceTexts(kind);
    log(`corpus ${kind}: ${texts.length} texts from ${from.join(' + ')}`);
    for (const bytes of SIZES) {
      const text = textOfSize(texts, bytes);
      const path = writeCorpus(`${kind}-${sizeLabel(bytes).replace(' ', '')}.txt`, text);
      corpora.push({ kind, label: sizeLabel(bytes), bytes: Buffer.byteLength(text), chars: text.length, path, text });
    }
  }
  return corpora;
}

/** wrong-character's speed is worked on apart: the engine is also timed without it. */
const WRONG_CHARACTER = 'wrong-character';

function engineRun(c: Corpus, withoutWrongCharacter = false): EngineRun {
  const flags = withoutWrongCharacter ? ['--off', WRONG_CHARACTER] : ['--autocorrect', ...(c.label === '1 MB' ? ['--per-rule'] : [])];
  const out = execFileSync(process.execPath, [join(__dirname, 'engine-run.js'), c.path, String(runsFor(c.bytes)), ...flags], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as EngineRun;
}

/** The issue's two kinds of text for the whole-process comparison with autocorrect-node, 1 MB each. */
interface PeerFigures {
  texts: { name: string; bytes: number; chars: number; all: PairRun; withoutWrongCharacter: PairRun }[];
  emptyMs: number;
  emptyRuns: number[];
  bareNodeMs: number;
}

function peerBench(): PeerFigures {
  const runs = 5;
  const kinds: { name: string; only: 'seeds' | 'shared' }[] = [
    { name: 'simplified seed drafts repeated (finding-heavy: half-width punctuation throughout)', only: 'seeds' },
    { name: 'clean published reports (simplified)', only: 'shared' },
  ];
  const texts: PeerFigures['texts'] = [];
  for (const kind of kinds) {
    const source = sourceTexts('simplified', kind.only).texts;
    if (!source.length) continue;
    const text = textOfSize(source, MB);
    const path = writeCorpus(`peer-${kind.only}-1MB.txt`, text);
    const all = pairRun(path, runs);
    const withoutWrongCharacter = pairRun(path, runs, ['--rule', `${WRONG_CHARACTER}:off`]);
    texts.push({ name: kind.name, bytes: Buffer.byteLength(text), chars: text.length, all, withoutWrongCharacter });
    log(`whole process ${kind.only} 1 MB: ours ${fmt(all.ours.ms, 0)} ms (${all.ours.messages} findings; without ${WRONG_CHARACTER} ${fmt(withoutWrongCharacter.ours.ms, 0)} ms), autocorrect-node ${fmt(all.peer.ms, 0)} ms${all.peer.error ? ` (${all.peer.error})` : ''}`);
  }
  // Started as a user starts it, like the bare node beside it: no RSS hook preloaded (its figure is not reported).
  const empty = cliRun(writeCorpus('empty.txt', ''), 9, [], false);
  const bare = bareNodeMs(9);
  log(`whole process, empty file: ${fmt(empty.ms, 0)} ms (bare node ${fmt(bare, 0)} ms)`);
  return { texts, emptyMs: empty.ms, emptyRuns: empty.runs, bareNodeMs: bare };
}

interface WorstResult {
  name: string;
  chars: number;
  times: { id: string; ms: number; findings?: number; error?: string; timedOut?: boolean }[];
}

/** Time one worst case rule by rule in children that are killed after BUDGET_MS without progress. */
async function worstCase(length: number, index: number, name: string, chars: number): Promise<WorstResult> {
  const result: WorstResult = { name, chars, times: [] };
  let pending = [DOCUMENT_MODEL, ...RULES.map((r) => r.meta.id)];
  while (pending.length) {
    const ids = pending;
    const got = await new Promise<{ done: WorstResult['times']; timedOut: boolean }>((resolve) => {
      const child = spawn(process.execPath, [join(__dirname, 'worst-run.js'), String(length), String(index), ...ids], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      const done: WorstResult['times'] = [];
      let buffer = '';
      let timer = setTimeout(() => child.kill('SIGKILL'), BUDGET_MS + 1000); // + start-up
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          done.push(JSON.parse(buffer.slice(0, nl)));
          buffer = buffer.slice(nl + 1);
          clearTimeout(timer);
          timer = setTimeout(() => child.kill('SIGKILL'), BUDGET_MS);
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        resolve({ done, timedOut: signal === 'SIGKILL' || (code !== 0 && done.length < ids.length) });
      });
    });
    result.times.push(...got.done);
    pending = ids.slice(got.done.length);
    if (got.timedOut && pending.length) {
      const stuck = pending.shift()!;
      result.times.push({ id: stuck, ms: BUDGET_MS, timedOut: true });
      // Every rule run pays for the document model: if that alone is over budget, the rules cannot be timed.
      if (stuck === DOCUMENT_MODEL) {
        for (const id of pending) result.times.push({ id, ms: NaN, error: 'not timed: the document model alone is over budget' });
        pending = [];
      }
    }
  }
  const documentMs = result.times.find((t) => t.id === DOCUMENT_MODEL)?.ms ?? 0;
  // Report rule time net of the document model (which every run includes).
  for (const t of result.times) if (t.id !== DOCUMENT_MODEL && !t.timedOut && Number.isFinite(t.ms)) t.ms = Math.max(0, t.ms - documentMs);
  return result;
}

function clientLoad(): { ms: number; bytes: number; hasOpenCC: boolean } | undefined {
  if (!existsSync(join(ROOT, 'dist/client.js'))) return undefined;
  const r = spawnSync(process.execPath, [join(__dirname, 'client-load.js')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    log(`client load failed: ${r.stderr.trim().split('\n').slice(-1)[0]}`);
    return undefined;
  }
  return JSON.parse(r.stdout.trim());
}

interface LspFigures {
  initializeMs: number[];
  /** didOpen → first publish (the fast rules' findings when the server publishes in two stages). */
  openMs: Record<ScriptKind, number[]>;
  openDiagnostics: Record<ScriptKind, number>;
  /** didOpen → the complete set (the last publish of the version; the first when there is one). */
  openCompleteMs: Record<ScriptKind, number[]>;
  openCompleteDiagnostics: Record<ScriptKind, number>;
  editSaveMs?: number[];
  editTypeMs?: number[];
  /** rss: when the complete diagnostics arrive; settled: a second later (what stays resident with the document open); openMs: to the complete set. */
  rss10: { kind: ScriptKind; rss: number; settled: number; hwm: number; openMs: number }[];
  /** The same as VS Code starts the server (node options SERVER_EXEC_ARGV). */
  rss10Client: { kind: ScriptKind; rss: number; settled: number; hwm: number; openMs: number }[];
  error?: string;
}

async function lspBench(corpora: Corpus[]): Promise<LspFigures> {
  const figures: LspFigures = {
    initializeMs: [], openMs: { simplified: [], traditional: [] }, openDiagnostics: { simplified: 0, traditional: 0 },
    openCompleteMs: { simplified: [], traditional: [] }, openCompleteDiagnostics: { simplified: 0, traditional: 0 }, rss10: [], rss10Client: [],
  };
  if (!existsSync(SERVER)) return { ...figures, error: 'dist/server.js not built' };
  const of = (kind: ScriptKind, bytes: number) => corpora.find((c) => c.kind === kind && c.label === sizeLabel(bytes))!;
  try {
    // Open → first diagnostics on a fresh server each time (lazy dictionaries included).
    for (let i = 0; i < 3; i++) {
      for (const kind of KINDS) {
        const server = await startServer({ run: 'onType' });
        figures.initializeMs.push(server.initializeMs);
        const c = of(kind, 100 * KB);
        const open = await openDocument(server, c.path, c.text);
        figures.openMs[kind].push(open.ms);
        figures.openDiagnostics[kind] = open.diagnostics;
        figures.openCompleteMs[kind].push(open.completeMs);
        figures.openCompleteDiagnostics[kind] = open.completeDiagnostics;
        await server.stop();
      }
    }
    log(`  open 100 KB, first/complete diagnostics: simplified ${figures.openMs.simplified.map((m, i) => `${fmt(m, 0)}/${fmt(figures.openCompleteMs.simplified[i], 0)}`).join(' ')} ms, traditional ${figures.openMs.traditional.map((m, i) => `${fmt(m, 0)}/${fmt(figures.openCompleteMs.traditional[i], 0)}`).join(' ')} ms`);

    // One-character edits in a 1 MB document. run "onSave" + didSave lints at once (no debounce).
    const c1 = of('simplified', MB);
    let server = await startServer({ run: 'onSave' });
    await openDocument(server, c1.path, c1.text);
    await editRoundTrips(server, c1.path, c1.text, 4, true); // warm-up
    figures.editSaveMs = (await editRoundTrips(server, c1.path, c1.text, 20, true)).runs;
    await server.stop();
    // The same through the debounced path (run "onType"), for the record.
    server = await startServer({ run: 'onType' });
    await openDocument(server, c1.path, c1.text);
    figures.editTypeMs = (await editRoundTrips(server, c1.path, c1.text, 6, false)).runs;
    await server.stop();
    log(`  edit 1 MB (no debounce): ${figures.editSaveMs.map((m) => fmt(m, 1)).join(' ')} ms`);

    // RSS with the largest document open.
    const largest = Math.max(...SIZES);
    for (const kind of KINDS) {
      const c = of(kind, largest);
      // RSS read as each publish arrives: the figure is the complete set's (openDocument returns after a quiet time).
      const rssAtComplete = (open: OpenTimes) => (open.publishes[open.publishes.length - 1].extra as { rss: number; hwm: number });
      server = await startServer({ run: 'onType' });
      server.onPublish = () => server.rssMB();
      const open = await openDocument(server, c.path, c.text);
      figures.rss10.push({ kind, ...rssAtComplete(open), ...(await settledRss(server)), openMs: open.completeMs });
      await server.stop();
      server = await startServer({ run: 'onType' }, SERVER_EXEC_ARGV);
      server.onPublish = () => server.rssMB();
      const openClient = await openDocument(server, c.path, c.text);
      figures.rss10Client.push({ kind, ...rssAtComplete(openClient), ...(await settledRss(server)), openMs: openClient.completeMs });
      await server.stop();
    }
  } catch (error) {
    figures.error = error instanceof Error ? error.message : String(error);
  }
  return figures;
}

/** The server's RSS a second after the diagnostics (work it does once they are out included), and its peak. */
/** A second after the complete diagnostics came (openDocument has waited QUIET_MS of it). */
async function settledRss(server: Server): Promise<{ settled: number; hwm: number }> {
  await new Promise((done) => setTimeout(done, 1000 - QUIET_MS));
  const { rss, hwm } = server.rssMB();
  return { settled: rss, hwm };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
const med = (values: number[]) => (values.length ? percentile(values, 0.5) : NaN);

async function main(): Promise<void> {
  const started = Date.now();
  log(`gongwen-lint bench — ${machine()}`);
  log(`temp dir: ${benchDir()}`);
  const corpora = buildCorpus();

  const engine = new Map<Corpus, EngineRun>();
  const engineWithoutWc = new Map<Corpus, EngineRun>();
  const cli = new Map<Corpus, CliRun>();
  if (section('engine')) {
    for (const c of corpora) {
      const r = engineRun(c);
      engine.set(c, r);
      log(`engine ${c.kind} ${c.label}: ${fmt(r.engineMs)} ms (${fmt(mchars(r.chars, r.engineMs), 2)} M chars/s), first ${fmt(r.firstMs)} ms, runs 2–${1 + runsFor(c.bytes)} ${fmt(r.earlyMs)} ms (warm: after ${r.warmUpRuns} runs), autocorrect ${fmt(r.autocorrect?.ms ?? NaN)} ms${r.autocorrect?.mode === 'chunked' ? ' (chunked)' : ''}, peak RSS ${fmt(r.maxRssMB, 0)} MB${r.internalErrors.length ? `, INTERNAL ERRORS: ${r.internalErrors.join('; ')}` : ''}`);
      const w = engineRun(c, true);
      engineWithoutWc.set(c, w);
      log(`  without ${WRONG_CHARACTER}: ${fmt(w.engineMs)} ms (${fmt(mchars(w.chars, w.engineMs), 2)} M chars/s), first ${fmt(w.firstMs)} ms, runs 2–${1 + runsFor(c.bytes)} ${fmt(w.earlyMs)} ms`);
    }
  }
  if (section('cli')) {
    for (const c of corpora) {
      const r = cliRun(c.path, runsFor(c.bytes));
      cli.set(c, r);
      log(`cli ${c.kind} ${c.label}: ${r.error ? `FAILED: ${r.error}` : `${fmt(r.ms)} ms, peak RSS ${fmt(r.maxRssMB, 0)} MB, ${r.messages} messages`}`);
    }
  }
  const peer = section('peer') ? peerBench() : undefined;
  let lsp: LspFigures | undefined;
  let client: ReturnType<typeof clientLoad>;
  if (section('lsp')) {
    log('language server…');
    lsp = await lspBench(corpora);
    if (lsp.error) log(`  LSP FAILED: ${lsp.error}`);
    client = clientLoad();
  }
  const worst: WorstResult[] = [];
  const lengthArg = argv.includes('--worst-length') ? Number(argv[argv.indexOf('--worst-length') + 1]) : undefined;
  const worstLength = lengthArg ?? (quick ? 200_000 : Math.round(MB / 3)); // ≈ 1 MB of UTF-8 for CJK lines
  if (section('worst')) {
    log(`worst cases (${worstLength} code units per input, budget ${BUDGET_MS} ms per rule)…`);
    const cases = worstCases(worstLength);
    for (let i = 0; i < cases.length; i++) {
      const r = await worstCase(worstLength, i, cases[i].name + (cases[i].languageId === 'markdown' ? ' (md)' : ''), cases[i].text.length);
      worst.push(r);
      const slow = [...r.times].filter((t) => Number.isFinite(t.ms)).sort((a, b) => b.ms - a.ms)[0];
      log(`  ${r.name}: slowest ${slow.id} ${slow.timedOut ? `> ${BUDGET_MS}` : fmt(slow.ms, 0)} ms`);
    }
  }

  const report = summary(corpora, engine, engineWithoutWc, cli, peer, lsp, client, worst, worstLength, (Date.now() - started) / 1000);
  const file = join(benchDir(), 'summary.md');
  writeFileSync(file, report);
  process.stdout.write('\n' + report);
  log(`\n(summary also written to ${file})`);
}

function summary(
  corpora: Corpus[], engine: Map<Corpus, EngineRun>, engineWithoutWc: Map<Corpus, EngineRun>, cli: Map<Corpus, CliRun>, peer: PeerFigures | undefined, lsp: LspFigures | undefined,
  client: ReturnType<typeof clientLoad>, worst: WorstResult[], worstLength: number, seconds: number,
): string {
  const out: string[] = [];
  const targets: { what: string; target: string; measured: string; met: boolean | undefined }[] = [];
  out.push('### Performance', '');
  out.push(`Machine: ${machine()}. Reproduce: \`npm run bench\` (about ${Math.ceil(seconds / 10) * 10} s here).`, '');
  const warmUps = [...new Set(corpora.map((c) => c.label))].map((label) => `${label} ${warmUpRuns(corpora.find((c) => c.label === label)!.chars)}`).join(', ');
  out.push(
    'Corpus: the seed drafts plus the published reports in the shared corpus, concatenated and repeated to size, every line of each further pass tagged （第2遍）, （第3遍）… so that no paragraph repeats (round 37: the engine and the language server cache share the work of a repeated paragraph, and the text must not help itself); every rule on (rules that are off by default run at "info"). ' +
      `Engine figures are in-process \`lintDocument\` on one core, median of 7 runs (3 at 10 MB) once warm: after warm-up runs over ${fmt(WARM_UP_CHARS / 1e6, 0)} M characters (at least 3; warm-up runs by size: ${warmUps}). ` +
      'V8 optimises the rules\' functions only after many calls, so the runs right after the first are slower (at 1 MB, runs 2–8 take 2–3× the later ones); they are shown apart as "runs 2–8" (before this round the engine column was that figure: median of 7 runs after one warm-up run). ' +
      'CLI figures are whole processes, median of as many (`node dist/cli.js --format json --jobs 1 FILE`, start-up included). autocorrect-node runs `lintFor(text, "file.txt")` on the same text in the same process.',
    '',
  );

  if (engine.size) {
    out.push(`| Text | Size | Characters | Engine (warm) | Engine M chars/s | Without ${WRONG_CHARACTER}: engine, M chars/s | First run (lazy loading) | Runs 2–8 (2–4 at 10 MB; JIT still warming up): all rules, without ${WRONG_CHARACTER} | CLI (whole process) | CLI MB/s | autocorrect-node | Ratio | Peak RSS engine / CLI | Findings |`);
    out.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const c of corpora) {
      const e = engine.get(c);
      const k = cli.get(c);
      if (!e) continue;
      const ratio = e.autocorrect ? e.autocorrect.ms / e.engineMs : NaN;
      const ac = e.autocorrect ? `${fmt(e.autocorrect.ms)} ms${e.autocorrect.mode === 'chunked' ? '¹' : ''}` : '—';
      const w = engineWithoutWc.get(c);
      out.push(
        `| ${c.kind} | ${c.label} | ${c.chars.toLocaleString('en-US')} | ${fmt(e.engineMs)} ms | ${fmt(mchars(e.chars, e.engineMs), 2)} | ${w ? `${fmt(w.engineMs)} ms, ${fmt(mchars(w.chars, w.engineMs), 2)}` : '—'} | ${fmt(e.firstMs)} ms | ${fmt(e.earlyMs)} ms, ${w ? `${fmt(w.earlyMs)} ms` : '—'} | ${k && !k.error ? `${fmt(k.ms)} ms` : k?.error ? 'failed' : '—'} | ${k && !k.error ? fmt(mbps(c.bytes, k.ms), 2) : '—'} | ${ac} | ${fmt(ratio, 1)}× | ${fmt(e.maxRssMB, 0)} / ${k && !k.error ? fmt(k.maxRssMB, 0) : '—'} MB | ${e.findings} |`,
      );
    }
    if ([...engine.values()].some((e) => e.autocorrect?.mode === 'chunked')) {
      const err = [...engine.values()].find((e) => e.autocorrect?.error)?.autocorrect?.error;
      out.push('', `¹ autocorrect-node's \`lintFor\` on the whole text failed after its first call ("${err}"), so it was timed on 64 KB line-aligned chunks of the same text.`);
    }
    out.push('');
    for (const kind of KINDS) {
      const goal = kind === 'simplified' ? 10 : 5;
      const sized = corpora.filter((c) => c.kind === kind && engine.has(c));
      // The issue frames the engine target at 1 MB: 100 KB is reported beside it, since seven runs of it
      // leave the JIT still warming up.
      const small = sized.filter((c) => c.bytes < 1e6);
      const rows = sized.length > small.length ? sized.filter((c) => c.bytes >= 1e6) : sized;
      const smallNote = rows === sized ? '' : `; at ${small.map((c) => `${c.label} ${fmt(mchars(c.chars, engine.get(c)!.engineMs), 2)}`).join(', ')}`;
      const worstRate = Math.min(...rows.map((c) => mchars(c.chars, engine.get(c)!.engineMs)));
      const withoutRows = rows.filter((c) => engineWithoutWc.has(c));
      const withoutRate = Math.min(...withoutRows.map((c) => mchars(c.chars, engineWithoutWc.get(c)!.engineMs)));
      targets.push({
        what: `Engine, warm, one core, all default rules (${kind})`,
        target: `≥ ${goal} M chars/s`,
        measured: `${fmt(worstRate, 2)} M chars/s (lowest over ${rows.map((c) => c.label).join(', ')}); without ${WRONG_CHARACTER} ${fmt(withoutRate, 2)} M chars/s${smallNote}`,
        met: worstRate >= goal,
      });
    }

    const perRule = corpora.filter((c) => engine.get(c)?.perRuleMs);
    if (perRule.length) {
      out.push('Time per rule on 1 MB (each rule alone, minus the document model every run pays):', '');
      out.push(`| Rule | ${perRule.map((c) => c.kind).join(' | ')} |`);
      out.push(`|---|${perRule.map(() => '---').join('|')}|`);
      out.push(`| (document model: lines, masking, paragraphs) | ${perRule.map((c) => `${fmt(engine.get(c)!.documentMs)} ms`).join(' | ')} |`);
      const ids = RULES.map((r) => r.meta.id).sort((a, b) => (engine.get(perRule[0])!.perRuleMs![b] ?? 0) - (engine.get(perRule[0])!.perRuleMs![a] ?? 0));
      for (const id of ids) out.push(`| ${id} | ${perRule.map((c) => `${fmt(engine.get(c)!.perRuleMs![id])} ms`).join(' | ')} |`);
      out.push('');
    }
  }

  if (peer) {
    out.push(`Whole process against the peer, 1 MB of UTF-8, in turns, median of ${peer.texts[0]?.all.ours.runs.length ?? 0}: \`node dist/cli.js --format json --jobs 1 FILE\` (all default rules, output to a file) against \`node out/bench/peer-run.js FILE\` (autocorrect-node \`lintFor\` on the whole text, its result as JSON).`, '');
    out.push(`| Text | Characters | gongwen-lint | Findings | Without ${WRONG_CHARACTER} | autocorrect-node | Throughput ratio (ours / peer) | Without ${WRONG_CHARACTER} |`, '|---|---|---|---|---|---|---|---|');
    for (const t of peer.texts) {
      const ratio = t.all.peer.ms / t.all.ours.ms;
      const ratioWithout = t.withoutWrongCharacter.peer.ms / t.withoutWrongCharacter.ours.ms;
      out.push(`| ${t.name} | ${t.chars.toLocaleString('en-US')} | ${fmt(t.all.ours.ms, 0)} ms | ${t.all.ours.messages} | ${fmt(t.withoutWrongCharacter.ours.ms, 0)} ms | ${fmt(t.all.peer.ms, 0)} ms (${fmt(t.withoutWrongCharacter.peer.ms, 0)} ms in the other series) | ${fmt(ratio, 2)}× | ${fmt(ratioWithout, 2)}× |`);
      targets.push({
        what: `Whole process, 1 MB, JSON, all default rules, against autocorrect-node: ${t.name}`,
        target: '≥ 2× its throughput',
        measured: `${fmt(ratio, 2)}× (${fmt(t.all.ours.ms, 0)} ms against ${fmt(t.all.peer.ms, 0)} ms); without ${WRONG_CHARACTER} ${fmt(ratioWithout, 2)}×`,
        met: ratio >= 2,
      });
    }
    out.push('', `Empty file, whole process: ${fmt(peer.emptyMs, 0)} ms median (${peer.emptyRuns.map((m) => fmt(m, 0)).join(', ')}); a bare \`node -e ""\` takes ${fmt(peer.bareNodeMs, 0)} ms here.`, '');
    targets.push({ what: 'Empty file, whole process', target: '< 60 ms', measured: `${fmt(peer.emptyMs, 0)} ms (bare node ${fmt(peer.bareNodeMs, 0)} ms)`, met: peer.emptyMs < 60 });
  }

  if (lsp) {
    out.push('Language server over stdio (`node dist/server.js --stdio`, vscode-languageserver-protocol client, timed in the client):', '');
    if (lsp.error) out.push(`- **failed**: ${lsp.error}`);
    out.push(`- Start-up to \`initialize\` response (process spawn included; the activation cost proxy): ${fmt(med(lsp.initializeMs), 0)} ms median of ${lsp.initializeMs.length}.`);
    if (client) out.push(`- \`require('dist/client.js')\` with a stub \`vscode\` (module load only): ${fmt(client.ms, 1)} ms; client bundle ${fmt(client.bytes / KB, 0)} KB, ${client.hasOpenCC ? '**contains OpenCC/dictionary code**' : 'no OpenCC or dictionary code'}.`);
    for (const kind of KINDS) {
      if (lsp.openMs[kind].length) out.push(`- \`didOpen\` → first \`publishDiagnostics\`, 100 KB ${kind}, fresh server: ${fmt(med(lsp.openMs[kind]), 0)} ms median (${lsp.openMs[kind].map((m) => fmt(m, 0)).join(', ')}; ${lsp.openDiagnostics[kind]} diagnostics); the complete set: ${fmt(med(lsp.openCompleteMs[kind]), 0)} ms median (${lsp.openCompleteMs[kind].map((m) => fmt(m, 0)).join(', ')}; ${lsp.openCompleteDiagnostics[kind]} diagnostics${lsp.openCompleteDiagnostics[kind] !== lsp.openDiagnostics[kind] ? ', wrong-character\'s published second (`gongwen.progressiveDiagnostics`)' : ', one publish'}).`);
    }
    if (lsp.editSaveMs) {
      out.push(`- One-character \`didChange\` in a 1 MB document → \`publishDiagnostics\` for that version, with \`gongwen.run: "onSave"\` and a \`didSave\` so no debounce applies: ${fmt(med(lsp.editSaveMs), 1)} ms median, p90 ${fmt(percentile(lsp.editSaveMs, 0.9), 1)} ms (${lsp.editSaveMs.length} edits). This is the client-side round trip (transport and JSON of all diagnostics included), an upper bound on the server-side time.`);
    }
    if (lsp.editTypeMs) out.push(`- The same while typing (\`run: "onType"\`): ${fmt(med(lsp.editTypeMs), 1)} ms median, of which ${SERVER_DEBOUNCE_MS} ms is the server's debounce (\`gongwen.debounceMs\`, default) → ${fmt(med(lsp.editTypeMs) - SERVER_DEBOUNCE_MS, 1)} ms excluding it.`);
    for (const r of lsp.rss10) out.push(`- Server RSS with a ${sizeLabel(Math.max(...SIZES))} ${r.kind} document open and linted: ${fmt(r.settled, 0)} MB a second after the diagnostics, ${fmt(r.rss, 0)} MB when they arrive (peak ${fmt(r.hwm, 0)} MB; open → diagnostics ${fmt(r.openMs, 0)} ms).`);
    for (const r of lsp.rss10Client) out.push(`- The same as VS Code starts the server (\`${SERVER_EXEC_ARGV.join(' ')}\`), ${r.kind}: ${fmt(r.settled, 0)} MB a second after the diagnostics, ${fmt(r.rss, 0)} MB when they arrive (peak ${fmt(r.hwm, 0)} MB; open → diagnostics ${fmt(r.openMs, 0)} ms).`);
    out.push('');
    if (lsp.editSaveMs) targets.push({ what: 'Edit → diagnostics, 1 MB document, excluding debounce', target: '< 20 ms', measured: `${fmt(med(lsp.editSaveMs), 1)} ms`, met: med(lsp.editSaveMs) < 20 });
    if (lsp.openMs.traditional.length) {
      // The target is the first diagnostics (issue 15): what the writer waits for before squiggles appear; the complete set beside it.
      const open = Math.max(med(lsp.openMs.traditional), med(lsp.openMs.simplified));
      const complete = Math.max(med(lsp.openCompleteMs.traditional), med(lsp.openCompleteMs.simplified));
      targets.push({ what: 'Open → first diagnostics, 100 KB, fresh server (lazy dictionaries included)', target: '< 100 ms', measured: `${fmt(open, 0)} ms (slower of simplified/traditional; the complete set, wrong-character's included: ${fmt(complete, 0)} ms)`, met: open < 100 });
    }
    if (lsp.rss10.length) {
      const peak = Math.max(...lsp.rss10.map((r) => r.settled));
      targets.push({ what: `Server RSS with a ${sizeLabel(Math.max(...SIZES))} document open`, target: '< 150 MB', measured: `${fmt(peak, 0)} MB (VmRSS a second after the diagnostics; ${fmt(Math.max(...lsp.rss10.map((r) => r.rss)), 0)} MB when they arrive; peak VmHWM ${fmt(Math.max(...lsp.rss10.map((r) => r.hwm)), 0)} MB)`, met: peak < 150 && Math.max(...SIZES) >= 10 * MB ? true : peak < 150 ? undefined : false });
    }
    if (lsp.rss10Client.length) {
      const peak = Math.max(...lsp.rss10Client.map((r) => r.settled));
      targets.push({ what: `Server RSS with a ${sizeLabel(Math.max(...SIZES))} document open, started as VS Code starts it (\`${SERVER_EXEC_ARGV.join(' ')}\`)`, target: '< 150 MB', measured: `${fmt(peak, 0)} MB (VmRSS a second after the diagnostics; ${fmt(Math.max(...lsp.rss10Client.map((r) => r.rss)), 0)} MB when they arrive; peak VmHWM ${fmt(Math.max(...lsp.rss10Client.map((r) => r.hwm)), 0)} MB)`, met: peak < 150 && Math.max(...SIZES) >= 10 * MB ? true : peak < 150 ? undefined : false });
    }
  }

  if (worst.length) {
    const all = worst.flatMap((w) => w.times.map((t) => ({ ...t, input: w.name })));
    const slowest = all.filter((t) => Number.isFinite(t.ms)).sort((a, b) => b.ms - a.ms).slice(0, 8);
    const inputs = worst.length;
    out.push(`Worst-case inputs (${inputs} single lines of ${worstLength.toLocaleString('en-US')} UTF-16 code units — one repeated character, alternating pieces, 30 000-item enumerations, Markdown code/comment runs), each rule alone, budget ${BUDGET_MS} ms per rule; slowest:`, '');
    out.push('| Input | Rule | Time | Findings |', '|---|---|---|---|');
    for (const t of slowest) out.push(`| ${t.input.replace(/\|/g, '\\|')} | ${t.id} | ${t.timedOut ? `**> ${BUDGET_MS} ms (killed)**` : `${fmt(t.ms, 0)} ms`} | ${t.findings ?? '—'} |`);
    const errors = all.filter((t) => t.error && !t.error.startsWith('not timed'));
    for (const t of errors.slice(0, 5)) out.push(`- internal error: ${t.id} on ${t.input}: ${t.error}`);
    out.push('');
    const timedOut = all.filter((t) => t.timedOut);
    targets.push({ what: 'Worst-case inputs (~1 MB lines) per rule', target: `each < ${BUDGET_MS} ms`, measured: timedOut.length ? `${timedOut.length} over budget: ${[...new Set(timedOut.map((t) => `${t.id} on ${t.input}`))].slice(0, 6).join('; ')}` : `slowest ${fmt(slowest[0]?.ms ?? NaN, 0)} ms (${slowest[0]?.id} on ${slowest[0]?.input})`, met: timedOut.length === 0 });
  }

  out.push('Targets:', '', '| Target | Goal | Measured | |', '|---|---|---|---|');
  for (const t of targets) out.push(`| ${t.what} | ${t.target} | ${t.measured} | ${t.met === undefined ? 'n/a' : t.met ? 'met' : '**not met**'} |`);
  out.push('');
  return out.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
