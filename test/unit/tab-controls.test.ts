import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import type { SessionStore } from '../../src/background/tab-state';

// The background's only door to the browser, replaced by a recorder.
const calls: { fn: string; args: unknown[] }[] = [];
const openTabs: { id: number; url?: string }[] = [];
vi.mock('../../src/platform/browser', () => {
  const rec = (fn: string) => async (...args: unknown[]) => {
    calls.push({ fn, args });
    if (fn === 'sendMessage' && (args[0] as number) === 3) throw new Error('no content script');
  };
  return {
    browser: {
      action: { setIcon: rec('setIcon'), setBadgeText: rec('setBadgeText'), setBadgeBackgroundColor: rec('setBadgeBackgroundColor') },
      tabs: { query: async () => openTabs, sendMessage: rec('sendMessage') },
    },
  };
});

const { applyToOpenTabs, badgeCount, setTabIcon } = await import('../../src/background/tab-controls');
const { TabState } = await import('../../src/background/tab-state');

function memoryStore(): SessionStore {
  const data: Record<string, unknown> = {};
  return {
    async get(key) { return key in data ? { [key]: data[key] } : {}; },
    async set(items) { Object.assign(data, items); },
    async remove(key) { delete data[key]; },
  };
}

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });
const of = (fn: string) => calls.filter((c) => c.fn === fn).map((c) => c.args);

beforeEach(() => {
  calls.length = 0;
  openTabs.length = 0;
});

describe('toolbar icon', () => {
  it('shows the "off" icon on a web page where the extension is off, the normal one elsewhere', async () => {
    await setTabIcon(1, settings({ disabledSites: ['example.com'] }), 'https://news.example.com/a');
    await setTabIcon(2, settings({ disabledSites: ['example.com'] }), 'https://lemonde.fr/a');
    await setTabIcon(3, settings({ enabled: false }), 'https://lemonde.fr/a');
    await setTabIcon(4, settings({ enabled: false }), 'chrome://extensions');
    const icons = of('setIcon').map(([o]) => [(o as { tabId: number }).tabId, (o as { path: Record<number, string> }).path[16]]);
    expect(icons).toEqual([
      [1, 'icons/icon-16-off.png'],
      [2, 'icons/icon-16.png'],
      [3, 'icons/icon-16-off.png'],
      [4, 'icons/icon-16.png'],
    ]);
  });
});

describe('applying settings to open tabs', () => {
  it('pushes page settings only to tabs whose page settings changed, empties the badge of tabs turned off', async () => {
    openTabs.push({ id: 1, url: 'https://example.com/a' }, { id: 2, url: 'https://lemonde.fr/b' }, { id: 3, url: 'https://example.com/c' });
    const tabs = new TabState(memoryStore());
    await tabs.report(1, 0, { counts: { su7: 2 }, total: 2, published: null, claims: [] });
    await tabs.report(2, 0, { counts: { su7: 5 }, total: 5, published: null, claims: [] });
    await applyToOpenTabs(settings({ disabledSites: ['example.com'] }), settings(), tabs);

    const pushed = of('sendMessage').map(([id, msg]) => [id, (msg as { settings: { on: boolean } }).settings.on]);
    expect(pushed).toEqual([[1, false], [3, false]]); // tab 2's site is unaffected; tab 3 has no script (error swallowed)
    expect(await tabs.get(1)).toBeNull(); // counts of a tab switched off are forgotten
    const badges = Object.fromEntries(of('setBadgeText').map(([o]) => [(o as { tabId: number }).tabId, (o as { text: string }).text]));
    expect(badges).toEqual({ 1: '', 2: '5', 3: '' });
  });

  it('hides the badge when the user turns it off', async () => {
    openTabs.push({ id: 2, url: 'https://lemonde.fr/b' });
    const tabs = new TabState(memoryStore());
    await tabs.report(2, 0, { counts: { su7: 5 }, total: 5, published: null, claims: [] });
    await applyToOpenTabs(settings({ showBadge: false }), settings(), tabs);
    expect(of('sendMessage')).toEqual([]);
    expect(of('setBadgeText')).toEqual([[{ tabId: 2, text: '' }]]);
    expect(badgeCount(settings({ showBadge: false }), 9)).toBe(0);
    expect(badgeCount(settings(), 9)).toBe(9);
  });
});
