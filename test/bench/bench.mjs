// Entry of `npm run bench`: compiles the TypeScript runner (test/bench/run.ts, which reuses the e2e harness)
// with esbuild next to node_modules, then runs it. Options: --quick (CI: 1 run per page, 2 s mutation runs),
// --runs N, --browsers chromium,firefox, --mutation-ms MS, --paragraphs N, --out DIR, --keep (temp files).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const outfile = path.join(root, 'bench-out', '.runner.mjs');
mkdirSync(path.dirname(outfile), { recursive: true });
await build({
  entryPoints: [path.join(root, 'test/bench/run.ts')], outfile, bundle: true, platform: 'node', format: 'esm',
  target: 'node20', packages: 'external', logLevel: 'error',
});
try {
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error('bench harness failed:', err);
  process.exitCode = 1;
}
