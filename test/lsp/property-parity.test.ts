// CLI ↔ language server parity on generated documents, through the real `--stdio` server: a
// sample of the property test's documents (same fast-check arbitrary and seed). The full 10 000
// go through the server's code path in-process (test/unit/property-scale.test.ts); starting the
// real server is the expensive part, so one server takes the whole sample, document after document.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { resolveConfig } from '../../server/src/engine';
import { allRulesOn, documentArb } from '../helpers/arbitraries';
import { cliRows, diagnosticRows } from '../helpers/parity';
import { TestClient } from './harness';

const SEED = Number(process.env.GONGWEN_PROPERTY_SEED ?? 17_2026);
const SAMPLE = Number(process.env.GONGWEN_PARITY_SAMPLE ?? 1000);
const RULES_ON = allRulesOn();
const CONFIG = resolveConfig({ rules: RULES_ON });

describe(`CLI = --stdio server on ${SAMPLE} generated documents (seed ${SEED})`, () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ locale: 'zh-cn', settings: { rules: RULES_ON } });
    await client.initialize();
  });
  after(() => client.close());

  it('every document: the published diagnostics are the CLI findings (rule, range, message)', async () => {
    const documents = fc.sample(documentArb, { seed: SEED, numRuns: SAMPLE });
    let findings = 0;
    for (const [i, { text, languageId }] of documents.entries()) {
      const uri = `file:///parity/doc-${i}.${languageId === 'markdown' ? 'md' : 'txt'}`;
      const published = await client.open(uri, text, languageId);
      const expected = cliRows(text, languageId, CONFIG, 'zh');
      assert.deepEqual(diagnosticRows(published.diagnostics), expected, `document ${i} (seed ${SEED}): ${JSON.stringify(text)}`);
      findings += expected.length;
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    console.log(`parity through --stdio: ${documents.length} documents, ${findings} findings, fast-check seed ${SEED}`);
    assert.ok(findings > documents.length, 'the sample gives the rules too little to say');
  });
});
