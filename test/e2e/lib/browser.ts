// Debian's Chromium driven by playwright-core, and named steps that leave a screenshot each and,
// on failure, say which step failed and what the page showed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './codeServer';
import './pageDom';


export const SCREENSHOTS = join(ROOT, 'test/e2e/screenshots');

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
  });
}

export class StepFailure extends Error {}

/** Runs the steps of one scenario; each step gets a numbered screenshot. */
export class Steps {
  private n = 0;
  readonly passed: string[] = [];

  constructor(private readonly page: Page, private readonly scenario: string) {
    mkdirSync(SCREENSHOTS, { recursive: true });
  }

  screenshotPath(label: string): string {
    return join(SCREENSHOTS, `${this.scenario}-${String(this.n).padStart(2, '0')}-${label}.png`);
  }

  async step<T>(label: string, run: () => Promise<T>): Promise<T> {
    this.n++;
    const started = Date.now();
    try {
      const result = await run();
      await this.page.screenshot({ path: this.screenshotPath(label) });
      this.passed.push(label);
      console.log(`  ✓ ${this.scenario}: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return result;
    } catch (err) {
      const shot = this.screenshotPath(`${label}-FAILED`);
      let visible = '';
      try {
        await this.page.screenshot({ path: shot });
        visible = await this.page.evaluate(() => document.body.innerText);
      } catch (shotErr) {
        visible = `(could not read the page: ${String(shotErr)})`;
      }
      const excerpt = visible.replace(/\s+/g, ' ').trim().slice(0, 1500);
      const reason = err instanceof Error ? err.message : String(err);
      throw new StepFailure(
        `step “${label}” of ${this.scenario} failed: ${reason}\n  screenshot: ${shot}\n  page text: ${excerpt}`,
      );
    }
  }
}
