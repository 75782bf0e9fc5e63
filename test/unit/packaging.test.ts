/**
 * Store-ready packages (issue 6): two builds of the same tree give byte-identical zips, the zips hold exactly
 * the build, and `web-ext lint` finds no error in the Firefox build and no warning we have not explained.
 * Builds into temporary directories; `npm run package` writes the same zips under dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error -- a plain .mjs script without types
import { sourceFiles, zipDirectory, zipFiles } from '../tools/package.mjs';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'xev-package-'));
const A = path.join(tmp, 'a');
const B = path.join(tmp, 'b');

function build(dist: string, cwd = process.cwd()): void {
  try {
    execFileSync(process.execPath, ['build.mjs', '--dist', dist], { stdio: 'pipe', cwd });
  } catch (e) {
    // The size budget is checked after everything is written; it has its own failure, not packaging's.
    if (!String((e as { stderr?: Buffer }).stderr).includes('over its size budget')) throw e;
  }
}

/**
 * Every warning `web-ext lint` may report, with why it is acceptable (README "Firefox review notes").
 * UNSAFE_VAR_ASSIGNMENT: Preact's renderer assigns `innerHTML` to support `dangerouslySetInnerHTML`; our code
 * never uses that prop (security-dist.test.ts checks the sources), so every string reaches the DOM as text.
 */
const EXPLAINED: Record<string, (w: LintMessage) => boolean> = {
  UNSAFE_VAR_ASSIGNMENT: (w) => /innerHTML/.test(w.message) && ['card.js', 'popup.js', 'options.js'].includes(w.file ?? ''),
};

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

beforeAll(() => {
  build(A);
  build(B);
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('source archive for AMO review', () => {
  it('holds the sources git tracks, nothing built or installed, and rebuilds byte-identical bundles', async () => {
    const names: string[] = sourceFiles(process.cwd());
    for (const needed of ['build.mjs', 'package.json', 'package-lock.json', 'manifest.json', 'tsconfig.json', 'README.md', 'src/page/main.ts']) {
      expect(names).toContain(needed);
    }
    expect(names.some((n) => /^(node_modules|dist|\.e2e-dist)\//.test(n))).toBe(false);
    const zip: string = await zipFiles(process.cwd(), names, path.join(tmp, 'source.zip'));
    const again: string = await zipFiles(process.cwd(), names, path.join(tmp, 'source-again.zip'));
    expect(readFileSync(zip).equals(readFileSync(again))).toBe(true);

    // A reviewer unpacks it, installs the locked packages (linked here) and builds.
    const src = path.join(tmp, 'unpacked');
    mkdirSync(src);
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zip, src]);
    symlinkSync(path.resolve('node_modules'), path.join(src, 'node_modules'), 'dir');
    build(path.join(tmp, 'rebuilt'), src);
    for (const file of ['content.js', 'card.js', 'background.js', 'popup.js', 'manifest.json']) {
      const mine = readFileSync(path.join(A, 'firefox', file));
      expect(readFileSync(path.join(tmp, 'rebuilt', 'firefox', file)).equals(mine), file).toBe(true);
    }
  }, 120_000);
});

describe.each(['chrome', 'firefox'])('%s package', (browser) => {
  it('is reproducible: two builds, byte-identical zips', async () => {
    const za: string = await zipDirectory(path.join(A, browser), path.join(tmp, `a-${browser}.zip`));
    const zb: string = await zipDirectory(path.join(B, browser), path.join(tmp, `b-${browser}.zip`));
    expect(readFileSync(za).equals(readFileSync(zb))).toBe(true);
  });

  it('is a valid zip holding exactly the build (checked by an independent reader)', async () => {
    const zip: string = await zipDirectory(path.join(A, browser), path.join(tmp, `check-${browser}.zip`));
    const listing = execFileSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(sorted(z.namelist())))', zip], { encoding: 'utf8' });
    const files = (readdirSync(path.join(A, browser), { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => path.relative(path.join(A, browser), path.join(d.parentPath, d.name)).split(path.sep).join('/'))
      .sort();
    expect(listing.trim().split('\n')).toEqual(files);
    expect(files).toContain('manifest.json');
  });
});

describe('web-ext lint on the Firefox build', () => {
  it('reports no error, and only explained warnings', () => {
    const bin = path.resolve('node_modules/.bin/web-ext');
    let out: string;
    try {
      out = execFileSync(bin, ['lint', '--source-dir', path.join(A, 'firefox'), '--output', 'json', '--no-input'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout); // exits non-zero when it finds errors
    }
    const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    for (const w of report.warnings) console.log(`web-ext lint warning ${w.code} in ${w.file}: ${w.message}`);
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => !EXPLAINED[w.code]?.(w))).toEqual([]);
  }, 120_000);
});
