/**
 * The bundled demo article (test/fixtures/pages/demo-article.html): its date, and the promises the
 * rest of the project relies on — the seed text kept verbatim, exactly 7 mentions, all in that text,
 * one of them straddling an inline element.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { publishedDate } from '../../src/lib/published';

const html = readFileSync(new URL('../fixtures/pages/demo-article.html', import.meta.url), 'utf8');
const seed = readFileSync(new URL('../fixtures/seed-article-fr.txt', import.meta.url), 'utf8');
const DATE = '2023-02-06T09:30:00+01:00';

const load = (): Document => new JSDOM(html, { url: 'http://127.0.0.1:8080/demo-article.html' }).window.document;
/** Visible text of an element: what a reader (and the mention engine) sees. */
function visibleText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('script, style, template, noscript').forEach((e) => e.remove());
  return copy.textContent ?? '';
}
const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

describe('demo article', () => {
  it('is dated 6 February 2023 by its JSON-LD, and every other source agrees', () => {
    const doc = load();
    expect(publishedDate(doc)).toEqual({ date: DATE, source: 'json-ld' });
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe(DATE);
    expect(doc.querySelector('article time')?.getAttribute('datetime')).toBe(DATE);
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
    expect(publishedDate(doc)).toEqual({ date: DATE, source: 'meta' });
    doc.querySelectorAll('meta').forEach((m) => m.remove());
    expect(publishedDate(doc)).toEqual({ date: DATE, source: 'time' });
  });

  it('keeps every paragraph of the seed text verbatim, in order (the scraping artefact "date 2023-02 in" left out)', () => {
    const doc = load();
    const lines = seed.split('\n').slice(1).filter((l) => l.trim());
    const blocks = [...doc.querySelectorAll('.article-body > p, .article-body > h2')].map((e) => e.textContent);
    expect(blocks).toEqual(lines);
    expect(lines).toHaveLength(14);
    expect(blocks.join('\n')).toContain('Automobileet');
    expect(blocks.join('\n')).toContain('électriqueun');
    expect(blocks.join('\n')).toContain('initialesles');
  });

  it('has the 7 mention surfaces, all inside the verbatim text', () => {
    const doc = load();
    const page = visibleText(doc.body);
    const body = visibleText(doc.querySelector('.article-body')!);
    for (const text of [page, body]) {
      expect(count(text, /premier VE de Xiaomi/g)).toBe(1);
      expect(count(text, /Xiaomi MS11/g)).toBe(2);
      expect(count(text, /xiaomi ms11/g)).toBe(1);
      expect(count(text, /Xiaomi Automobile/g)).toBe(2);
      expect(count(text, /Xiaomi Automobileet/g)).toBe(1);
      expect(count(text, /la première voiture de Xiaomi/g)).toBe(1);
    }
  });

  it('names no car outside the article text: headline, byline, sidebar, footer', () => {
    const doc = load();
    const body = doc.querySelector('.article-body')!;
    const outside = visibleText(doc.body).replace(visibleText(body), '');
    expect(outside).not.toMatch(/MS11|SU7|YU7|Xiaomi Auto|voiture|\bVE\b|automobile de Xiaomi/i);
    // The sidebar's hard negative: Xiaomi phone news, which is not a mention.
    const sidebar = visibleText(doc.querySelector('aside')!);
    expect(sidebar).toContain('Xiaomi 13 Pro');
    expect(doc.querySelectorAll('aside li')).toHaveLength(3);
    expect(count(sidebar, /Xiaomi/g)).toBe(1);
  });

  it('splits one mention across an inline element: "Xiaomi <b>MS11</b>"', () => {
    const doc = load();
    const split = [...doc.querySelectorAll('.article-body b')].find((b) => b.textContent === 'MS11');
    expect(split?.previousSibling?.textContent?.endsWith('Xiaomi ')).toBe(true);
  });

  it('looks like a news page: headline, byline, inline links and bold, sidebar, footer, no external resources', () => {
    const doc = load();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('.byline')?.textContent).toContain('Camille Laurent');
    expect(doc.querySelectorAll('.article-body a').length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelectorAll('.article-body b').length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelector('footer')).not.toBeNull();
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.querySelectorAll('link[rel="stylesheet"], img, iframe, script[src]')).toHaveLength(0);
  });
});
