// Bundles TypeScript modules of src/ for a Node script and imports them, so dev tools run the same code as
// the extension without a separate compile step.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `source` is a TypeScript module body whose imports are resolved from the repository root. */
export async function importTs(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error',
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xev-ts-'));
  const file = path.join(dir, 'bundle.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
