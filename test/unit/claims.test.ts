import { describe, expect, it } from 'vitest';
import { claimsIn, foldForClaims } from '../../src/page/claims';

describe('claims in page text', () => {
  it('folds case and every kind of space, so "40 000" with a narrow no-break space matches', () => {
    expect(foldForClaims('Environ 40\u202f000\u00a0Euros')).toBe('environ 40 000 euros');
    expect(claimsIn('un prix d’environ 40\u202f000 euros', { price: ['40 000 euros'], other: ['2 300 employés'] })).toEqual(['price']);
  });
  it('finds nothing in unrelated text', () => {
    expect(claimsIn('Le prix est de 30 000 euros', { price: ['40 000 euros'] })).toEqual([]);
  });
});
