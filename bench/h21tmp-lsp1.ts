import { readFileSync } from 'node:fs';
import { openDocument, startServer } from './lsp-run';
const F = '/tmp/h21p-files/';
async function main() {
  const kind = process.argv[2];
  const server = await startServer({ run: 'onType' });
  const open = await openDocument(server, F + `${kind}-100KB.txt`, readFileSync(F + `${kind}-100KB.txt`, 'utf8'));
  console.log(kind, Math.round(open.ms));
  await server.stop();
}
void main();
