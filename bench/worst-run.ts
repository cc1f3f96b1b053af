// Times worst-case inputs rule by rule in a child process the parent can kill on a budget:
//   node out/bench/worst-run.js LENGTH CASE_INDEX ID...
// ID is a rule id or "(document)" (the document model alone: every rule off). One JSON line per ID.
import { lintDocument, resolveConfig, RULES } from '../server/src/engine';
import { worstCases } from '../test/helpers/generate';
import { configWith, DOCUMENT_MODEL, time } from './lib';

function main(): void {
  const [lengthArg, indexArg, ...ids] = process.argv.slice(2);
  const { text, languageId } = worstCases(Number(lengthArg))[Number(indexArg)];
  for (const id of ids) {
    const config = id === DOCUMENT_MODEL ? resolveConfig({ rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'off'])) }) : configWith(id);
    let findings = 0;
    let errors: string[] = [];
    const ms = time(() => {
      const result = lintDocument(text, { config, languageId });
      findings = result.findings.length;
      errors = result.internalErrors.map((e) => e.message);
    });
    process.stdout.write(JSON.stringify({ id, ms, findings, error: errors[0] }) + '\n');
  }
}

if (require.main === module) main();
