import { describe, expect, it } from 'vitest';
import { TabState, mergeFrames, type SessionStore } from '../../src/background/tab-state';
import { fullCardUrl } from '../../src/background/full-card-url';
import type { PageReport } from '../../src/messages';

const report = (counts: Record<string, number>, published: PageReport['published'] = null, claims: string[] = []): PageReport => ({
  counts, total: Object.values(counts).reduce((a, b) => a + b, 0), published, claims,
});

/** storage.session stand-in with an await between read and write, like the real one. */
function memoryStore(): SessionStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  const tick = () => new Promise((r) => setTimeout(r, 1));
  return {
    data,
    async get(key) { await tick(); return key in data ? { [key]: structuredClone(data[key]) } : {}; },
    async set(items) { await tick(); Object.assign(data, structuredClone(items)); },
    async remove(key) { await tick(); delete data[key]; },
  };
}

describe('tab state', () => {
  it('sums frames and takes the date from the top frame', () => {
    const merged = mergeFrames({
      '0': report({ su7: 2 }, { date: '2023-02-06', source: 'meta' }, ['c1']),
      '7': report({ su7: 1, yu7: 1 }, { date: '2020-01-01', source: 'url' }, ['c2']),
    })!;
    expect(merged).toEqual({ counts: { su7: 3, yu7: 1 }, total: 4, published: { date: '2023-02-06', source: 'meta' }, claims: ['c1', 'c2'] });
    expect(mergeFrames({})).toBeNull();
  });

  it('a tab is throttled when any of its frames is', () => {
    expect(mergeFrames({ '0': report({ su7: 1 }) })!.throttled).toBeUndefined();
    expect(mergeFrames({ '0': report({ su7: 1 }), '3': { ...report({}), throttled: true } })!.throttled).toBe(true);
  });

  it('loses no frame when frames report at the same time', async () => {
    const store = memoryStore();
    const tabs = new TabState(store);
    await Promise.all([1, 2, 3, 4, 5].map((f) => tabs.report(9, f, report({ su7: 1 }))));
    expect((await tabs.get(9))!.total).toBe(5);
    await tabs.forget(9);
    expect(await tabs.get(9)).toBeNull();
  });
});

describe('fullCardUrl', () => {
  const base = 'chrome-extension://abc/popup.html';
  it('keeps known parameters in their shapes', () => {
    expect(fullCardUrl(base, 'entity=su7&published=2023-02-06T09%3A30%3A00%2B01%3A00&claims=a-1,b-2')).toBe(
      `${base}?entity=su7&published=2023-02-06T09%3A30%3A00%2B01%3A00&claims=a-1%2Cb-2`);
  });
  it('drops anything else and refuses a bad entity', () => {
    expect(fullCardUrl(base, 'entity=su7&published=<script>&x=1')).toBe(`${base}?entity=su7`);
    expect(fullCardUrl(base, 'entity=../../evil')).toBeNull();
    expect(fullCardUrl(base, '')).toBeNull();
  });
});
