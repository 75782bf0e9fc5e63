/**
 * Claim spotting runs synchronously in the page: on a huge page it must not become a long task (the hostile
 * suite's 200,000-node page measured 70 ms before the cap). Claims near the top are still found.
 */
import { describe, expect, it } from 'vitest';
import { CLAIM_TEXT_LIMIT, claimsIn } from '../../src/page/claims';

describe('claimsIn on a huge page', () => {
  const filler = 'Paragraph with bold words and more text. '.repeat(Math.ceil(5_000_000 / 41));
  const phrases = { price: ['40 000 euros'], staff: ['2 300 employés'] };

  it('finds a claim in the article part of 5 MB of text, reading only its first CLAIM_TEXT_LIMIT characters', () => {
    const text = `Le prix: 40 000 euros. ${filler} 2 300 employés`;
    expect(claimsIn(text, phrases)).toEqual(['price']);
    // The answer is the prefix's: the work is bounded by the limit, whatever the page's size (the bench's "claims"
    // phase times it on the 5 MB news page; uncapped, this input took hundreds of ms).
    expect(claimsIn(text.slice(0, CLAIM_TEXT_LIMIT), phrases)).toEqual(claimsIn(text, phrases));
    expect(CLAIM_TEXT_LIMIT).toBeLessThanOrEqual(200_000);
    expect(text.length).toBeGreaterThan(20 * CLAIM_TEXT_LIMIT);
  });

  it('ignores text past the limit (documented trade-off)', () => {
    expect(claimsIn(`${'x'.repeat(CLAIM_TEXT_LIMIT)} 2 300 employés`, phrases)).toEqual([]);
  });
});

describe('textPrefix', () => {
  it('reads the page text node by node up to the limit, in document order', async () => {
    const { JSDOM } = await import('jsdom');
    const { textPrefix } = await import('../../src/page/claims');
    const dom = new JSDOM('<body><p>abc<b>def</b></p><p>ghi</p></body>');
    (globalThis as Record<string, unknown>).NodeFilter = dom.window.NodeFilter;
    const body = dom.window.document.body;
    expect(textPrefix(body, 100)).toBe(body.textContent);
    expect(textPrefix(body, 5)).toBe('abcde');
  });
});
