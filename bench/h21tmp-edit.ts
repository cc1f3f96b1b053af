import { readFileSync } from 'node:fs';
import { editRoundTrips, openDocument, startServer } from './lsp-run';
async function main() {
  const path = '/tmp/h21p-files/simplified-1MB.txt';
  const text = readFileSync(path, 'utf8');
  const server = await startServer({ run: 'onSave' });
  await openDocument(server, path, text);
  await editRoundTrips(server, path, text, 4, true);
  const r = await editRoundTrips(server, path, text, 40, true);
  console.log(r.ms.toFixed(1), r.runs.map((x) => x.toFixed(0)).join(' '));
  await server.stop();
}
void main();
