import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../src/page/claims';

describe('claims in page text (content-script side)', () => {
  it('matches across no-break and narrow no-break spaces and any case', () => {
    expect(claimsIn('un prix d’environ 40\u202f000 Euros', { price: ['40 000 euros'], other: ['2 300 employés'] })).toEqual(['price']);
  });
  it('finds nothing in unrelated text or inside a bigger number', () => {
    expect(claimsIn('Le prix est de 30 000 euros', { price: ['40 000 euros'] })).toEqual([]);
    expect(claimsIn('plus de 12 300 employés', { staff: ['2 300 employés'] })).toEqual([]);
  });
});
