// The contracts outside tests rely on (DESIGN.md): dist/lib/detect.js and dist/lib/published.js as ES modules
// importable from Node with no DOM of their own. `npm test` builds before the unit tests.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';

const lib = (name: string) => path.resolve('dist/lib', name);
describe('dist/lib contracts', () => {
  it('are built (run `npm run build` first)', () => {
    expect(existsSync(lib('detect.js')) && existsSync(lib('published.js'))).toBe(true);
  });

  it('detect.js: findMentions on the seed article gives the seven mentions, sorted, exact UTF-16 offsets', async () => {
    const { findMentions } = await import(pathToFileURL(lib('detect.js')).href);
    const text = readFileSync('test/fixtures/seed-article-fr.txt', 'utf8');
    const found = findMentions(text) as Array<{ start: number; end: number; entity: string; surface: string }>;
    expect(found.map((m) => [m.surface, m.entity])).toEqual([
      ['premier VE de Xiaomi', 'xiaomi-ev'], ['Xiaomi MS11', 'su7'], ['Xiaomi MS11', 'su7'], ['Xiaomi Automobile', 'xiaomi-ev'],
      ['xiaomi ms11', 'su7'], ['Xiaomi Automobile', 'xiaomi-ev'], ['la première voiture de Xiaomi', 'xiaomi-ev'],
    ]);
    for (const [i, m] of found.entries()) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });

  it('published.js: publishedDate reads the demo article on jsdom', async () => {
    const { publishedDate } = await import(pathToFileURL(lib('published.js')).href);
    const html = readFileSync('test/fixtures/pages/demo-article.html', 'utf8');
    const doc = new JSDOM(html, { url: 'https://example.test/2023/02/06/article' }).window.document;
    expect(publishedDate(doc, doc.URL)).toEqual({ date: '2023-02-06T09:30:00+01:00', source: 'json-ld' });
    expect(publishedDate(new JSDOM('<p>nothing</p>').window.document)).toBeNull();
  });
});
