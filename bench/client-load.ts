// Extension activation cost proxy, run by bench.ts in a child: time to require dist/client.js with a stub
// `vscode` module (the module's top level only; activate() is not called), and whether the client
// bundle carries dictionary code (it must not: dictionaries belong to the server, loaded lazily).
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { ROOT } from './lib';

const CLIENT = join(ROOT, 'dist/client.js');

function main(): void {
  // Any property of the stub is another stub, so top-level `vscode.x.y` lookups work.
  const stub: unknown = new Proxy(function () {}, { get: (_t, key) => (key === 'then' ? undefined : stub), apply: () => stub, construct: () => stub as object });
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: unknown })._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : load.call(this, request, ...rest);
  };
  const start = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the time of this require is what is measured
  require(CLIENT);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const bundle = readFileSync(CLIENT, 'utf8');
  process.stdout.write(JSON.stringify({ ms, bytes: bundle.length, hasOpenCC: /opencc|STPhrases|TSCharacters/i.test(bundle) }) + '\n');
}

main();
