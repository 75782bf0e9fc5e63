// The validator also guards remote update feeds, so each rule is tested on a broken copy of a good dataset.
import { describe, expect, it } from 'vitest';
import { LIMITS, validateDataset } from '../../src/data/validate';

/** A small valid dataset; each test breaks one thing in a fresh copy. */
function good(): any {
  const src = { url: 'https://example.com/a', outlet: 'Example', published: '2024-03-29' };
  return {
    version: 1,
    asOf: '2025-01-01',
    entities: [
      { id: 'xiaomi-ev', name: { en: 'Xiaomi EV', fr: 'Xiaomi EV' }, tagline: { en: 'The business', fr: "L'activité" }, short: 'Xiaomi EV' },
      { id: 'su7', name: { en: 'SU7', fr: 'SU7' }, tagline: { en: 'A car', fr: 'Une voiture' }, short: 'SU7' },
    ],
    events: [
      {
        id: '2024-03-28-launch', date: '2024-03-28', precision: 'day', entity: 'su7',
        title: { en: 'Launch', fr: 'Lancement', zh: '上市' }, summary: { en: 'It went on sale.', fr: 'Mise en vente.' },
        figures: ['215,900 yuan'], verification: 'verified', sources: [{ ...src }],
      },
      {
        id: '2024-q2-thing', date: '2024-Q2', precision: 'quarter', entity: 'xiaomi-ev',
        title: { en: 'Thing', fr: 'Chose' }, summary: { en: 'Something.', fr: 'Quelque chose.' },
        verification: 'single-source', sources: [{ ...src, published: '2024-07' }],
      },
    ],
    facts: [
      {
        id: 'su7-price', entity: 'su7', label: { en: 'Price', fr: 'Prix' },
        points: [
          { date: '2024-03', value: { en: 'a', fr: 'a' }, sources: [{ ...src }] },
          { date: '2024-03-28', value: { en: 'b', fr: 'b' }, sources: [{ ...src }] },
        ],
      },
    ],
    claims: [
      {
        id: 'price', entity: 'su7', match: ['40 000 euros'], claim: { en: 'c', fr: 'c' }, verdict: 'partly-accurate',
        explanation: { en: 'e', fr: 'e' }, sources: [{ ...src }],
      },
    ],
  };
}

function errorsOf(x: unknown): string[] {
  const r = validateDataset(x);
  return r.ok ? [] : r.errors;
}

describe('validateDataset', () => {
  it('accepts a good dataset and returns it', () => {
    const r = validateDataset(good());
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok && r.dataset.events[0]?.title.zh).toBe('上市');
  });

  it('drops unknown keys instead of passing them on', () => {
    const ds = good();
    ds.events[0].onclick = 'alert(1)';
    ds.extra = { big: true };
    const r = validateDataset(ds);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dataset.events[0]).not.toHaveProperty('onclick');
      expect(r.dataset).not.toHaveProperty('extra');
    }
  });

  it('rejects an event without a source', () => {
    const ds = good();
    ds.events[0].sources = [];
    expect(errorsOf(ds)).toContain('events[0].sources: must not be empty');
    delete ds.events[0].sources;
    expect(errorsOf(ds)).toContain('events[0].sources: must be an array, got undefined');
  });

  it('rejects a fact point and a claim without a source', () => {
    const ds = good();
    ds.facts[0].points[1].sources = [];
    ds.claims[0].sources = [];
    expect(errorsOf(ds)).toEqual(['facts[0].points[1].sources: must not be empty', 'claims[0].sources: must not be empty']);
  });

  it.each([
    ['2024-02-30', 'no such day'],
    ['2024-13', 'no such month'],
    ['2024-Q5', 'no such quarter'],
    ['28/03/2024', 'not ISO'],
    ['2024-3-28', 'not zero-padded'],
    ['2024-03-28T10:00:00Z', 'a time'],
    ['', 'empty'],
  ])('rejects a bad date %s (%s)', (date) => {
    const ds = good();
    ds.events[0].date = date;
    expect(errorsOf(ds).some((e) => e.startsWith('events[0].date: must be a real date'))).toBe(true);
  });

  it('rejects a precision that does not match the date', () => {
    const ds = good();
    ds.events[0].precision = 'month';
    expect(errorsOf(ds)).toEqual(['events[0].precision: "month" does not match the date 2024-03-28 (day)']);
  });

  it('rejects dates after asOf, in events, fact points and sources', () => {
    const ds = good();
    ds.events[0].date = '2025-01-02';
    ds.events[0].sources[0].published = '2025-02';
    ds.facts[0].points[1].date = '2026';
    const errs = errorsOf(ds);
    expect(errs).toContain("events[0].date: is after the dataset's asOf (2025-01-01)");
    expect(errs).toContain("events[0].sources[0].published: is after the dataset's asOf (2025-01-01)");
    expect(errs).toContain("facts[0].points[1].date: is after the dataset's asOf (2025-01-01)");
  });

  it('accepts a fuzzy date that starts by asOf (it may have happened before)', () => {
    const ds = good();
    ds.events[1].date = '2025-Q1';
    expect(errorsOf(ds)).toEqual([]);
  });

  it('rejects duplicate ids', () => {
    const ds = good();
    ds.events[1].id = ds.events[0].id;
    ds.entities.push({ ...ds.entities[1] });
    const errs = errorsOf(ds);
    expect(errs).toContain('events[1].id: duplicate id "2024-03-28-launch"');
    expect(errs).toContain('entities[2].id: duplicate id "su7"');
  });

  it('rejects references to unknown entities', () => {
    const ds = good();
    ds.events[0].entity = 'su8';
    expect(errorsOf(ds)).toEqual(['events[0].entity: unknown entity "su8"']);
  });

  it.each([
    'http://example.com/a',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' https://example.com/a',
    'data:text/html,hi',
    'https://user:pw@example.com/',
    'https:/example.com',
    '//example.com/a',
  ])('rejects the source URL %s', (url) => {
    const ds = good();
    ds.events[0].sources[0].url = url;
    const errs = errorsOf(ds);
    expect(errs.length).toBe(1);
    expect(errs[0]).toMatch(/^events\[0\]\.sources\[0\]\.url: /);
  });

  it('names the path of a non-https URL', () => {
    const ds = good();
    ds.claims[0].sources[0].url = 'http://example.com/';
    expect(errorsOf(ds)).toEqual(['claims[0].sources[0].url: must be https']);
  });

  it('rejects over-long strings', () => {
    const ds = good();
    ds.events[0].summary.fr = 'x'.repeat(LIMITS.summary + 1);
    ds.events[0].sources[0].url = `https://example.com/${'a'.repeat(LIMITS.url)}`;
    const errs = errorsOf(ds);
    expect(errs).toContain(`events[0].summary.fr: too long (${LIMITS.summary + 1} > ${LIMITS.summary} characters)`);
    expect(errs.some((e) => e.startsWith('events[0].sources[0].url: too long'))).toBe(true);
  });

  it('rejects control and bidi-override characters', () => {
    const ds = good();
    ds.events[0].title.en = 'Launch\u202Egnp.exe';
    expect(errorsOf(ds)).toEqual(['events[0].title.en: contains control or bidi-override characters']);
  });

  it('requires en and fr, and non-empty optional languages', () => {
    const ds = good();
    delete ds.events[0].title.fr;
    ds.events[0].summary.de = '  ';
    expect(errorsOf(ds)).toEqual(['events[0].title.fr: is required', 'events[0].summary.de: must not be empty']);
  });

  it('rejects wrong types with the path and the type found', () => {
    const ds = good();
    ds.version = '1';
    ds.events[0].figures = 'many';
    ds.events[0].title = ['Launch'];
    ds.entities[1].short = 7;
    const errs = errorsOf(ds);
    expect(errs).toContain('version: must be a positive integer');
    expect(errs).toContain('events[0].figures: must be an array, got string');
    expect(errs).toContain('events[0].title: must be an object, got array');
    expect(errs).toContain('entities[1].short: must be a string, got number');
  });

  it.each([null, 42, 'dataset', [], undefined])('rejects a non-object root (%s)', (x) => {
    expect(errorsOf(x)[0]).toMatch(/^dataset: must be an object/);
  });

  it('rejects fact points out of order', () => {
    const ds = good();
    ds.facts[0].points.reverse();
    expect(errorsOf(ds)).toEqual(['facts[0].points[1].date: points must be sorted oldest first']);
  });

  it('rejects unsafe claim match phrases', () => {
    const ds = good();
    ds.claims[0].match = ['140', '40 000 Euros'];
    expect(errorsOf(ds)).toEqual([
      'claims[0].match[0]: too short to be specific (at least 4 characters)',
      'claims[0].match[1]: must be lower-case',
    ]);
  });

  it('rejects unknown enum values', () => {
    const ds = good();
    ds.events[0].verification = 'trust me';
    ds.claims[0].verdict = 'true';
    const errs = errorsOf(ds);
    expect(errs).toContain('events[0].verification: must be one of verified, single-source');
    expect(errs).toContain('claims[0].verdict: must be one of accurate, partly-accurate, inaccurate, unverified');
  });

  it('requires the xiaomi-ev entity (the UI falls back to it)', () => {
    const ds = good();
    ds.entities.shift();
    ds.events.pop();
    expect(errorsOf(ds)).toEqual(['entities: must include "xiaomi-ev"']);
  });

  it('caps the error list and array sizes for hostile input', () => {
    const ds = good();
    ds.events = Array.from({ length: 300 }, () => ({}));
    const errs = errorsOf(ds);
    expect(errs.length).toBe(LIMITS.errors + 1);
    expect(errs.at(-1)).toMatch(/stopped after/);
    const big = good();
    big.events = Array.from({ length: LIMITS.events + 1 }, () => big.events[0]);
    expect(errorsOf(big)).toEqual([`events: too many items (${LIMITS.events + 1} > ${LIMITS.events})`]);
  });

  it('is not fooled by a __proto__ key from JSON', () => {
    const ds = JSON.parse(JSON.stringify(good()).replace('"version":1', '"version":1,"__proto__":{"polluted":true}'));
    const r = validateDataset(ds);
    expect(r.ok).toBe(true);
    expect(({} as any).polluted).toBeUndefined();
  });
});
