// `test/tools/data-check.mjs`: the maintainer's report passes on the bundled data and fails loudly on bad data.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = 'test/tools/data-check.mjs';

describe('data-check script', () => {
  it('prints the summary of the bundled dataset', () => {
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    expect(out).toMatch(/is valid/);
    expect(out).toMatch(/Events per year/);
    expect(out).toMatch(/Citations per outlet/);
    expect(out).toMatch(/Without a second source/);
    expect(out).toMatch(/fr {2}\d+\/\d+ {2}complete/);
  });

  it('exits non-zero and names the problem on a broken dataset', () => {
    const ds = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
    ds.events[0].sources[0].url = 'http://example.com/';
    const file = join(mkdtempSync(join(tmpdir(), 'xev-')), 'bad.json');
    writeFileSync(file, JSON.stringify(ds));
    const r = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('events[0].sources[0].url: must be https');
  });
});
