// The packaged extension (VSIX) in code-server, driven through Chromium as a person would:
// squiggle, Problems entry, Ctrl+. quick fix, save; "Fix all" from the command palette; status bar.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { lint } from '../../server/src/engine';
import { launchChromium, Steps } from './lib/browser';
import { firstDifference } from './lib/textDiff';
import { copySeeds, installVsix, ROOT, startCodeServer, writeUserSettings } from './lib/codeServer';
import './lib/pageDom';


const SLIP = '广泛动员动员加强';
/** A wrong character (局 for 据) for the statistical rule's squiggle and quick fix. */
const TYPO_FILE = 'typo.txt';
const TYPO_TEXT = '全面推进数字政府建设。\n内蒙古自治区乌兰察布市大力培育发展大数局产业。\n';
const TYPO_FIXED = TYPO_TEXT.replace('大数局', '大数据');
const FIXED = '广泛动员加强';
/** The seed for "Fix all": it has automatic fixes of several rules (checked below, not assumed). */
const FIX_ALL_SEED = process.env.GONGWEN_FIX_ALL_SEED || '002';
const SQUIGGLES = '.squiggly-error, .squiggly-warning, .squiggly-info';

function seedFile(dir: string, prefix: string): string {
  const name = readdirSync(dir).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix}*.txt not found in ${dir}`);
  return join(dir, name);
}

/** What `gongwen-lint --fix` makes of `file` (run on a temporary copy). */
function cliFixed(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-fix-'));
  try {
    const copy = join(dir, basename(file));
    copyFileSync(file, copy);
    chmodSync(copy, 0o644);
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--fix', copy], { encoding: 'utf8' });
    if (run.status === 2) throw new Error(`gongwen-lint --fix failed: ${run.stderr}`);
    return readFileSync(copy, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The number of problems the CLI reports for `file`. */
function cliTotal(file: string): number {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'json', file], { encoding: 'utf8' });
  if (run.status === 2) throw new Error(`gongwen-lint --format json failed: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as Array<{ messages: unknown[] }>;
  return result.messages.length;
}

/** The command-palette title of a contributed command, resolved through package.nls.json. */
function commandTitle(command: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const resolve = (s: string) => s.replace(/^%(.+)%$/, (_m, key: string) => nls[key] ?? key);
  const entry = (manifest.contributes?.commands ?? []).find((c: { command: string }) => c.command === command);
  if (!entry) throw new Error(`package.json contributes no command ${command}`);
  return entry.category ? `${resolve(entry.category)}: ${resolve(entry.title)}` : resolve(entry.title);
}

async function openFromExplorer(page: Page, name: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
  await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor({ timeout: 20_000 });
  await page.locator('.editor-instance .monaco-editor').first().waitFor({ timeout: 20_000 });
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** True when a diagnostic squiggle is drawn under the text cursor. */
async function waitForSquiggleAtCursor(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const cursor = document.querySelector('.editor-instance .monaco-editor .cursors-layer .cursor');
      if (!cursor) return false;
      const c = cursor.getBoundingClientRect();
      return [...document.querySelectorAll(`.editor-instance .monaco-editor ${selector.split(', ').join(', .editor-instance .monaco-editor ')}`)]
        .map((e) => e.getBoundingClientRect())
        .some((r) => r.left <= c.left + 1 && c.left <= r.right && r.top < c.bottom && c.top < r.bottom);
    },
    SQUIGGLES,
    { timeout },
  );
}

/** The count in the gongwen status-bar item: “gongwen 113⚠ · Simplified”, or 0 for “gongwen ✓ …”. */
async function expectStatusBarCount(page: Page, expected: number): Promise<void> {
  const item = page.locator('.statusbar-item', { hasText: /^\s*(gongwen|公文校对) / }).first();
  const shown = async () => {
    const text = await item.innerText().catch(() => '');
    const count = /(\d+)⚠/.exec(text);
    return { text, count: count ? Number(count[1]) : text.includes('✓') ? 0 : -1 };
  };
  await page.waitForFunction(
    (total) => [...document.querySelectorAll('.statusbar-item')]
      .map((e) => (e.textContent ?? '').trim())
      .some((t) => /^(gongwen|公文校对) /.test(t) && (total === 0 ? t.includes('✓') : t.includes(`${total}⚠`))),
    expected,
    { timeout: 20_000 },
  ).catch(() => undefined);
  const { text, count } = await shown();
  assert.equal(count, expected, `the status bar shows “${text}”; the CLI counts ${expected} problems`);
}

async function waitSaved(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.dirty', { hasText: name }).waitFor({ state: 'detached', timeout: 20_000 });
}

export interface UiOptions {
  vsix: string;
  /** Copy the quick-fix screenshot to docs/screenshot-quickfix.png. */
  updateDocsScreenshot?: boolean;
}

export async function runUiScenario(options: UiOptions): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'gongwen-e2e-ui-'));
  const workspace = join(scratch, 'workspace');
  copySeeds(workspace);
  writeFileSync(join(workspace, TYPO_FILE), TYPO_TEXT);
  const dirs = { userDataDir: join(scratch, 'user-data'), extensionsDir: join(scratch, 'extensions') };
  writeUserSettings(dirs, {
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'gongwen.locale': 'zh',
  });
  installVsix(dirs, options.vsix);

  const server = await startCodeServer(dirs, workspace);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const steps = new Steps(page, 'ui');

    // Expectations from the engine and the CLI, on the very files the editor opens.
    const seed004 = seedFile(workspace, '004');
    const name004 = basename(seed004);
    const original004 = readFileSync(seed004);
    const text004 = original004.toString('utf8');
    const slipAt = text004.indexOf(SLIP);
    assert.ok(slipAt >= 0 && text004.indexOf(SLIP, slipAt + 1) < 0, `${SLIP} must occur once in ${name004}`);
    const finding = lint(text004, { locale: 'zh' }).find(
      (f) => f.ruleId === 'repeated-word' && f.start >= slipAt && f.end <= slipAt + SLIP.length,
    );
    assert.ok(finding?.fix, `the engine reports no fixable repeated-word inside ${SLIP}`);
    const lineStart = text004.lastIndexOf('\n', finding.start - 1) + 1;
    const line = text004.slice(0, finding.start).split('\n').length;
    const column = finding.start - lineStart + 2; // 1-based, one character inside the finding

    await steps.step('workbench-ready', async () => {
      await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name004 }).waitFor({ timeout: 60_000 });
    });

    await steps.step('open-seed-004', () => openFromExplorer(page, name004));

    await steps.step('squiggle-under-动员动员', async () => {
      await goTo(page, line, column);
      await waitForSquiggleAtCursor(page, 45_000);
    });

    await steps.step('problems-entry', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'repeated-word' }).first();
      await row.waitFor({ timeout: 20_000 });
      const text = await row.innerText();
      assert.match(text, /gongwen/, `the Problems row names no source: ${text}`);
      assert.ok(text.includes(`${line}`), `the Problems row does not point at line ${line}: ${text}`);
    });

    await steps.step('quick-fix-menu', async () => {
      await page.keyboard.press('Control+1'); // back to the editor, cursor where it was
      await waitForSquiggleAtCursor(page, 10_000);
      await openQuickFixMenu(page, finding.fix!.title);
    });
    if (options.updateDocsScreenshot) {
      copyFileSync(steps.screenshotPath('quick-fix-menu'), join(ROOT, 'docs/screenshot-quickfix.png'));
    }

    await steps.step('apply-quick-fix-and-save', async () => {
      const rows = page.locator('.action-widget .monaco-list-row');
      // Keyboard only: clicking a row times out under the widget's overlay.
      for (let i = 0; i < 30; i++) {
        const focused = await rows.evaluateAll((els) => els.find((e) => e.classList.contains('focused'))?.textContent ?? '');
        if (focused.includes(finding.fix!.title)) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.dirty', { hasText: name004 }).waitFor({ timeout: 10_000 });
      await waitSaved(page, name004);
      const expected = Buffer.from(text004.replace(SLIP, FIXED), 'utf8');
      const onDisk = readFileSync(seed004);
      assert.ok(onDisk.includes(Buffer.from(FIXED)), `${FIXED} is not in the saved file`);
      assert.ok(onDisk.equals(expected), `the saved file differs from the original in more than the fix: ${firstDifference(onDisk.toString('utf8'), expected.toString('utf8'))}`);
    });

    const typo = lint(TYPO_TEXT, { locale: 'zh' }).find((f) => f.ruleId === 'wrong-character');
    assert.ok(typo?.fix, 'the engine reports no fixable wrong-character in the typo file');
    const typoLine = TYPO_TEXT.slice(0, typo.start).split('\n').length;
    const typoColumn = typo.start - (TYPO_TEXT.lastIndexOf('\n', typo.start - 1) + 1) + 1;

    await steps.step('open-typo-file', () => openFromExplorer(page, TYPO_FILE));

    await steps.step('wrong-character-squiggle-and-quick-fix', async () => {
      await goTo(page, typoLine, typoColumn);
      await waitForSquiggleAtCursor(page, 45_000);
      await openQuickFixMenu(page, typo.fix!.title);
      const rows = page.locator('.action-widget .monaco-list-row');
      for (let i = 0; i < 30; i++) {
        const focused = await rows.evaluateAll((els) => els.find((e) => e.classList.contains('focused'))?.textContent ?? '');
        if (focused.includes(typo.fix!.title)) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.dirty', { hasText: TYPO_FILE }).waitFor({ timeout: 10_000 });
      await waitSaved(page, TYPO_FILE);
      const onDisk = readFileSync(join(workspace, TYPO_FILE), 'utf8');
      assert.ok(onDisk === TYPO_FIXED, `the typo file after the quick fix: ${firstDifference(onDisk, TYPO_FIXED)}`);
    });

    const seedFixAll = seedFile(workspace, FIX_ALL_SEED);
    const nameFixAll = basename(seedFixAll);
    const expectedFixAll = cliFixed(seedFixAll);
    assert.notEqual(expectedFixAll, readFileSync(seedFixAll, 'utf8'), `gongwen-lint --fix changes nothing in ${nameFixAll}`);

    await steps.step('open-fix-all-seed', () => openFromExplorer(page, nameFixAll));

    await steps.step('fix-all-from-command-palette', async () => {
      const title = commandTitle('gongwen.fixAll');
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type(title);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.dirty', { hasText: nameFixAll }).waitFor({ timeout: 20_000 });
      await waitSaved(page, nameFixAll);
      const onDisk = readFileSync(seedFixAll, 'utf8');
      assert.ok(onDisk === expectedFixAll, `the file after “Fix all” differs from what gongwen-lint --fix gives: ${firstDifference(onDisk, expectedFixAll)}`);
    });

    await steps.step('status-bar-count-after-fix-all', () => expectStatusBarCount(page, cliTotal(seedFixAll)));

    await steps.step('status-bar-count-seed-004', async () => {
      await page.locator('.tabs-container .tab', { hasText: name004 }).first().click();
      await expectStatusBarCount(page, cliTotal(seed004));
    });

    return steps.passed;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Ctrl+. until the quick-fix menu offers `title` (three tries). VS Code answers “No code actions
 * available” when a code action provider registers while it asks (built-in extensions activate in
 * the first seconds, later on a loaded machine); a person simply presses Ctrl+. again.
 */
async function openQuickFixMenu(page: Page, title: string): Promise<void> {
  const row = page.locator('.action-widget .monaco-list-row', { hasText: title });
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await row.waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
