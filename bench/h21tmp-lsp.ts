import { readFileSync } from 'node:fs';
import { openDocument, startServer } from './lsp-run';
const F = '/tmp/h21p-files/';
async function main() {
  const what = process.argv[2] ?? 'open';
  if (what === 'open') {
    const res: Record<string, number[]> = { simplified: [], traditional: [] };
    for (let i = 0; i < Number(process.argv[3] ?? 3); i++) for (const kind of ['simplified', 'traditional']) {
      const server = await startServer({ run: 'onType' });
      const open = await openDocument(server, F + `${kind}-100KB.txt`, readFileSync(F + `${kind}-100KB.txt`, 'utf8'));
      res[kind].push(Math.round(open.ms));
      await server.stop();
    }
    console.log(JSON.stringify(res));
  } else {
    for (const kind of ['simplified', 'traditional']) {
      const server = await startServer({ run: 'onType' });
      const open = await openDocument(server, F + `${kind}-10MB.txt`, readFileSync(F + `${kind}-10MB.txt`, 'utf8'));
      console.log(kind, Math.round(open.ms), JSON.stringify(server.rssMB()));
      await server.stop();
    }
  }
}
void main();
