// Issue 2's acceptance: the seed article (French, machine-translated, garbled) yields exactly its 7 mentions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions, mayContain } from '../../src/lib/detect';

const text = readFileSync(new URL('../fixtures/seed-article-fr.txt', import.meta.url), 'utf8');

describe('seed article', () => {
  const mentions = findMentions(text);

  it('finds exactly the 7 labelled mentions, in order, with their entities', () => {
    expect(mentions.map((m) => [m.surface, m.entity])).toEqual([
      ['premier VE de Xiaomi', 'xiaomi-ev'],
      ['Xiaomi MS11', 'su7'],
      ['Xiaomi MS11', 'su7'],
      ['Xiaomi Automobile', 'xiaomi-ev'],
      ['xiaomi ms11', 'su7'],
      ['Xiaomi Automobile', 'xiaomi-ev'],
      ['la première voiture de Xiaomi', 'xiaomi-ev'],
    ]);
  });

  it('gives exact offsets into the original text', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    // The glued "Xiaomi Automobileet": the span stops before "et".
    const glued = text.indexOf('Xiaomi Automobileet');
    expect(mentions.some((m) => m.start === glued && m.end === glued + 'Xiaomi Automobile'.length)).toBe(true);
  });

  it('leaves out the phrases that do not name Xiaomi or its car', () => {
    const spans = mentions.map((m) => m.surface).join(' | ');
    expect(spans).not.toMatch(/sa première voiture/);
    expect(spans).not.toMatch(/géant de Haidian/);
    expect(spans).not.toMatch(/PDG/);
    expect(spans).not.toMatch(/investisseurs/);
    // Plain "Xiaomi" appears many times and is never a mention on its own.
    expect(mentions.filter((m) => m.surface === 'Xiaomi')).toEqual([]);
  });

  it('passes the pre-check', () => {
    expect(mayContain(text)).toBe(true);
  });
});
