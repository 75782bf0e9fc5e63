// The bundled dataset: valid, complete enough for the UI, and honest about its sources.
import { describe, expect, it } from 'vitest';
import raw from '../../src/data/dataset.json';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/types';

function bundled(): Dataset {
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(`bundled dataset is invalid:\n${r.errors.join('\n')}`);
  return r.dataset;
}

describe('bundled dataset', () => {
  it('passes the validator', () => {
    const r = validateDataset(raw);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('has at least 25 events, each with en and fr title and summary', () => {
    const ds = bundled();
    expect(ds.events.length).toBeGreaterThanOrEqual(25);
    for (const e of ds.events) {
      for (const t of [e.title, e.summary]) {
        expect(t.en.trim(), e.id).not.toBe('');
        expect(t.fr.trim(), e.id).not.toBe('');
      }
    }
  });

  it('has the entities the detector and the UI rely on, with the agreed display name', () => {
    const ds = bundled();
    const ids = ds.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['xiaomi-ev', 'su7', 'su7-ultra', 'yu7']));
    expect(ds.entities.find((e) => e.id === 'su7')?.name.en).toBe('Xiaomi SU7 — codename MS11');
  });

  it('says the YU9 name is unconfirmed, and has no YU9 event (the research marks it uncertain)', () => {
    const ds = bundled();
    const yu9 = ds.entities.find((e) => e.id === 'yu9');
    if (yu9) {
      expect(yu9.tagline.en.toLowerCase()).toContain('not confirmed');
      expect(ds.events.filter((e) => e.entity === 'yu9')).toEqual([]);
    }
  });

  it('holds the 2024-03-28 SU7 launch with its https source (end-to-end tests look for it)', () => {
    const ds = bundled();
    const launch = ds.events.find((e) => e.id === '2024-03-28-su7-launch');
    expect(launch?.date).toBe('2024-03-28');
    expect(launch?.entity).toBe('su7');
    expect(launch?.sources[0]?.url).toMatch(/^https:\/\//);
    expect(launch?.figures).toContain('215,900 yuan (SU7)');
  });

  it('keeps the key prices of the research file', () => {
    const ds = bundled();
    const fact = (id: string) => ds.facts.find((f) => f.id === id)!;
    expect(fact('su7-price').points.map((p) => p.value.en)).toEqual([
      '215,900 yuan',
      '229,900 yuan (new generation, pre-sale price)',
    ]);
    expect(fact('su7-ultra-price').points[0]!.value.en).toContain('814,900');
    expect(fact('su7-ultra-price').points[1]!.value.en).toMatch(/^529,900 yuan/);
    expect(fact('yu7-price').points[0]!.value.en).toBe('253,500 yuan');
  });

  it('has the Feb 2023 claims table with a verdict and sources each', () => {
    const ds = bundled();
    expect(ds.claims.map((c) => c.id)).toEqual(
      expect.arrayContaining(['ms11-price-40000-euros', 'production-early-2024', 'yizhuang-300000-a-year', 'test-fleet-140-vehicles', 'rd-staff-2300']),
    );
  });

  it('uses ids that are stable and dated (event ids start with their year)', () => {
    for (const e of bundled().events) expect(e.id.slice(0, 4), e.id).toBe(e.date.slice(0, 4));
  });

  it('has every text in es, de and zh too (the UI languages)', () => {
    const ds = bundled();
    const texts = [
      ...ds.entities.flatMap((e) => [e.name, e.tagline]),
      ...ds.events.flatMap((e) => [e.title, e.summary]),
      ...ds.facts.flatMap((f) => [f.label, ...f.points.map((p) => p.value)]),
      ...ds.claims.flatMap((c) => [c.claim, c.explanation]),
    ];
    for (const lang of ['es', 'de', 'zh'] as const) {
      const missing = texts.filter((t) => !t[lang]).map((t) => t.en);
      expect(missing, lang).toEqual([]);
    }
  });
});
