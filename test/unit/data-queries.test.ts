// Queries on fixed inputs: the bundled dataset for real answers, tiny hand-made datasets for the date rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../src/data/dataset.json';
import { compareIntervals, formatFuzzyDate, isAfter, parseDateOrDateTime, parseFuzzyDate } from '../../src/data/dates';
import {
  cardSummary,
  claimsInText,
  eventsOf,
  eventsSince,
  factValueAt,
  latestEvent,
  normaliseForMatch,
} from '../../src/data/queries';
import type { Dataset, Fact, TimelineEvent } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';

const r = validateDataset(raw);
if (!r.ok) throw new Error(r.errors.join('\n'));
const ds: Dataset = r.dataset;

const src = [{ url: 'https://example.com/', outlet: 'X', published: '2024-01-01' }];
function ev(id: string, date: string, entity = 'su7'): TimelineEvent {
  const precision = parseFuzzyDate(date)!.precision;
  return { id, date, precision, entity, title: { en: id, fr: id }, summary: { en: id, fr: id }, verification: 'verified', sources: src };
}
function mini(events: TimelineEvent[]): Dataset {
  return { version: 1, asOf: '2030-01-01', entities: [], events, facts: [], claims: [] };
}

describe('fuzzy dates', () => {
  it('turns each precision into an interval of days', () => {
    expect(parseFuzzyDate('2024-03-28')).toEqual({ start: '2024-03-28', end: '2024-03-28', precision: 'day' });
    expect(parseFuzzyDate('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
    expect(parseFuzzyDate('2023-02')?.end).toBe('2023-02-28');
    expect(parseFuzzyDate('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31', precision: 'quarter' });
    expect(parseFuzzyDate('2025-Q3')).toEqual({ start: '2025-07-01', end: '2025-09-30', precision: 'quarter' });
    expect(parseFuzzyDate('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31', precision: 'year' });
    expect(parseFuzzyDate('2023-02-29')).toBeNull();
    expect(parseFuzzyDate('1850')).toBeNull();
  });

  it('reads a page date-time by its stated day', () => {
    expect(parseDateOrDateTime('2023-02-06T09:30:00+01:00')?.start).toBe('2023-02-06');
    expect(parseDateOrDateTime('2023-02-06T23:30:00Z')?.start).toBe('2023-02-06');
    expect(parseDateOrDateTime('Feb 6, 2023')).toBeNull();
  });

  it('counts as "after" only what is certainly after', () => {
    const d = (s: string) => parseFuzzyDate(s)!;
    expect(isAfter(d('2023-02'), d('2023-02-06'))).toBe(false); // may be before the 6th
    expect(isAfter(d('2023-03'), d('2023-02-06'))).toBe(true);
    expect(isAfter(d('2023-02-07'), d('2023-02'))).toBe(false); // the article may be from the 28th
    expect(isAfter(d('2023-03-01'), d('2023-02'))).toBe(true);
    expect(isAfter(d('2024-Q2'), d('2024-03-31'))).toBe(true);
    expect(isAfter(d('2024-Q1'), d('2024-01-01'))).toBe(false);
    expect(isAfter(d('2025'), d('2024-12-31'))).toBe(true);
    expect(compareIntervals(d('2024-04'), d('2024-04-03'))).toBeLessThan(0);
  });

  it('formats at the date’s own precision', () => {
    expect(formatFuzzyDate('2023-02', 'en')).toBe('Feb 2023');
    expect(formatFuzzyDate('2024-03-28', 'en')).toBe('28 Mar 2024');
    expect(formatFuzzyDate('2024-Q1', 'en')).toBe('Q1 2024');
    expect(formatFuzzyDate('2024-Q1', 'fr')).toBe('T1 2024');
    expect(formatFuzzyDate('2025', 'en')).toBe('2025');
    expect(formatFuzzyDate('2024-03-28', 'fr')).toBe('28 mars 2024');
    expect(formatFuzzyDate('2024-03-28', 'de')).toBe('28. März 2024');
    expect(formatFuzzyDate('2024-03-28', 'zh')).toBe('2024年3月28日');
    expect(formatFuzzyDate('2023-02-06T09:30:00+01:00', 'en')).toBe('6 Feb 2023');
    expect(formatFuzzyDate('not a date', 'en')).toBe('not a date');
  });
});

describe('eventsSince', () => {
  it('after a Feb 2023 article includes the SU7 launch and not the January 2023 leak', () => {
    const ids = eventsSince(ds, '2023-02-06').map((e) => e.id);
    expect(ids).toContain('2024-03-28-su7-launch');
    expect(ids).not.toContain('2023-01-22-ms11-design-leak');
    expect(ids).not.toContain('2023-02-supplier-fined'); // month-dated: maybe before the 6th
    expect(ids).toContain('2023-03-05-mass-production-h1-2024');
  });

  it('is oldest first and filters by entity', () => {
    const su7 = eventsSince(ds, '2023-02', 'su7');
    expect(su7.every((e) => e.entity === 'su7')).toBe(true);
    const dates = su7.map((e) => parseFuzzyDate(e.date)!.start);
    expect(dates).toEqual([...dates].sort());
    expect(su7[0]?.id).toBe('2023-03-05-mass-production-h1-2024');
  });

  it('treats xiaomi-ev as the whole business timeline', () => {
    expect(eventsSince(ds, '2023-02-06', 'xiaomi-ev')).toEqual(eventsSince(ds, '2023-02-06'));
    expect(eventsOf(ds, 'xiaomi-ev').length).toBe(ds.events.length);
  });

  it('compares fuzzy event dates conservatively', () => {
    const m = mini([ev('a', '2023-02'), ev('b', '2023-Q1'), ev('c', '2023-02-07'), ev('d', '2023'), ev('e', '2023-Q2')]);
    expect(eventsSince(m, '2023-02-06').map((e) => e.id)).toEqual(['c', 'e']);
    expect(eventsSince(m, '2023-02').map((e) => e.id)).toEqual(['e']);
    expect(eventsSince(m, '2022-12-31').map((e) => e.id)).toEqual(['b', 'd', 'a', 'c', 'e']); // same start: the more precise first
  });

  it('refuses a date it cannot read rather than answer "nothing happened"', () => {
    expect(() => eventsSince(ds, 'February 2023')).toThrow(RangeError);
  });

  it('is empty after the newest event', () => {
    expect(eventsSince(ds, ds.asOf)).toEqual([]);
  });
});

describe('latestEvent', () => {
  it('gives the newest event per entity', () => {
    expect(latestEvent(ds, 'xiaomi-ev')?.id).toBe('2026-02-27-new-su7-safety');
    expect(latestEvent(ds, 'su7')?.id).toBe('2026-02-27-new-su7-safety');
    expect(latestEvent(ds, 'yu7')?.id).toBe('2026-01-yu7-top-seller');
    expect(latestEvent(ds, 'su7-ultra')?.id).toBe('2025-04-su7-ultra-production-lap');
    expect(latestEvent(ds, 'nope')).toBeNull();
  });

  it('does not let a year-precision event pass for the newest', () => {
    const m = mini([ev('precise', '2025-06-01'), ev('year', '2025')]);
    expect(latestEvent(m, 'su7')?.id).toBe('precise');
  });
});

describe('factValueAt', () => {
  const fact: Fact = {
    id: 'f', entity: 'su7', label: { en: 'f', fr: 'f' },
    points: [
      { date: '2024-03-28', value: { en: 'one', fr: 'un' }, sources: src },
      { date: '2024-Q3', value: { en: 'two', fr: 'deux' }, sources: src },
    ],
  };
  it('gives the value in force on a date', () => {
    expect(factValueAt(fact, '2024-03-27')).toBeNull();
    expect(factValueAt(fact, '2024-03-28')?.value.en).toBe('one');
    expect(factValueAt(fact, '2024-06-30')?.value.en).toBe('one');
    expect(factValueAt(fact, '2024-08-01')?.value.en).toBe('two'); // Q3 not certainly after 1 Aug
    expect(factValueAt(fact, '2030')?.value.en).toBe('two');
    expect(factValueAt(fact, 'garbage')).toBeNull();
  });
});

describe('cardSummary', () => {
  it('compares then and now for the SU7 on a Feb 2023 article', () => {
    const card = cardSummary(ds, 'su7', '2023-02-06T09:30:00+01:00', ['ms11-price-40000-euros', 'rd-staff-2300'])!;
    expect(card.entity.name.en).toBe('Xiaomi SU7 — codename MS11');
    expect(card.published).toBe('2023-02-06T09:30:00+01:00');
    expect(card.asOf).toBe(ds.asOf);
    expect(card.latest?.id).toBe('2026-02-27-new-su7-safety');
    // Newest first, all SU7, all after the article.
    expect(card.since[0]?.id).toBe('2026-02-27-new-su7-safety');
    expect(card.since.at(-1)?.id).toBe('2023-03-05-mass-production-h1-2024');
    expect(card.since.map((e) => e.id)).toContain('2024-03-28-su7-launch');
    const byId = Object.fromEntries(card.thenNow.map((t) => [t.fact.id, t]));
    expect(byId['su7-status']?.then?.value.en).toMatch(/MS11/);
    expect(byId['su7-status']?.now.value.en).toMatch(/new generation/);
    expect(byId['su7-price']?.then).toBeNull(); // no price yet in Feb 2023
    expect(byId['su7-price']?.now.value.en).toMatch(/^229,900 yuan/);
    // Only the claims about this entity.
    expect(card.claims.map((c) => c.id)).toEqual(['ms11-price-40000-euros']);
  });

  it('gives the business card every claim found and its own facts', () => {
    const card = cardSummary(ds, 'xiaomi-ev', '2023-02', ['ms11-price-40000-euros', 'rd-staff-2300'])!;
    expect(card.claims.map((c) => c.id)).toEqual(['ms11-price-40000-euros', 'rd-staff-2300']);
    expect(card.thenNow.every((t) => t.fact.entity === 'xiaomi-ev')).toBe(true);
    const cap = card.thenNow.find((t) => t.fact.id === 'factory-capacity')!;
    expect(cap.then?.value.en).toMatch(/^Planned: 300,000/);
    expect(cap.now.value.en).toMatch(/300,000 a year/);
  });

  it('without a date: no "since" and no "then", but the latest event', () => {
    for (const published of [null, 'sometime in 2023']) {
      const card = cardSummary(ds, 'yu7', published, [])!;
      expect(card.published).toBeNull();
      expect(card.since).toEqual([]);
      expect(card.thenNow.every((t) => t.then === null)).toBe(true);
      expect(card.latest?.entity).toBe('yu7');
    }
  });

  it('is null for an unknown entity', () => {
    expect(cardSummary(ds, 'su9', '2023-02-06', [])).toBeNull();
  });
});

describe('claimsInText', () => {
  const seed = readFileSync(new URL('../fixtures/seed-article-fr.txt', import.meta.url), 'utf8');

  it('finds the claims of the seed article (Feb 2023, French)', () => {
    const found = claimsInText(ds, seed);
    expect(found).toContain('ms11-price-40000-euros');
    expect(found).toEqual(
      expect.arrayContaining(['production-early-2024', 'yizhuang-300000-a-year', 'test-fleet-140-vehicles', 'rd-staff-2300', 'lei-jun-half-his-time']),
    );
  });

  it('finds the price claim whatever space separates the thousands', () => {
    for (const space of [' ', '\u00a0', '\u202f', '\u2009']) {
      expect(claimsInText(ds, `un prix d'environ 40${space}000 euros`), JSON.stringify(space)).toEqual(['ms11-price-40000-euros']);
    }
    expect(claimsInText(ds, 'It should cost around €40,000 in Europe')).toEqual(['ms11-price-40000-euros']);
    expect(claimsInText(ds, 'PRIX : 40 000  EUROS')).toEqual(['ms11-price-40000-euros']);
  });

  it('does not fire on a bigger number or unrelated text', () => {
    expect(claimsInText(ds, 'un prix de 140 000 euros')).toEqual([]);
    expect(claimsInText(ds, 'plus de 12 300 employés')).toEqual([]);
    expect(claimsInText(ds, 'Xiaomi sold 1,140 vehicles')).toEqual([]);
    expect(claimsInText(ds, 'Xiaomi sells phones and 40 000 eurostars')).toEqual([]);
    expect(claimsInText(ds, 'a fleet of 2 140 vehicles')).toEqual([]);
    expect(claimsInText(ds, 'budget of €40,000,000')).toEqual([]);
    expect(claimsInText(ds, 'en 2022, 140 véhicules')).toEqual(['test-fleet-140-vehicles']);
    expect(claimsInText(ds, '')).toEqual([]);
  });

  it('normalises case, spaces and apostrophes', () => {
    expect(normaliseForMatch('A\u00a0\u202fB  C’d')).toBe("a b c'd");
  });
});
