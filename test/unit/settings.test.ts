import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, HOVER_DELAY, MAX_SITES, SETTINGS_VERSION, defaultSettings, migrate, parseSettings, readStoredSettings,
  type Settings,
} from '../../src/settings/schema';
import { coveredBy, normalizeSite, pageSettings, siteEnabled, siteOf, withSite } from '../../src/settings/sites';
import { isFeedUrlAllowed, isLoopback } from '../../src/settings/feed-url';
import { SettingsStore, SETTINGS_KEY, type SyncArea } from '../../src/background/settings-store';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });

describe('settings schema', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION, enabled: true, siteMode: 'all', disabledSites: [], allowedSites: [],
      highlightStyle: 'underline', hoverDelayMs: 400, hoverRequiresAlt: false, showBadge: true, feedUrl: '',
    });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(defaultSettings().disabledSites).not.toBe(defaultSettings().disabledSites); // fresh arrays
  });

  it('accepts a full valid object and normalises site names and the feed URL', () => {
    const r = parseSettings({
      ...DEFAULT_SETTINGS, enabled: false, siteMode: 'allow-list', disabledSites: ['https://www.Example.com/x', 'example.com'],
      allowedSites: ['*.lemonde.fr'], highlightStyle: 'none', hoverDelayMs: 1000, hoverRequiresAlt: true, showBadge: false,
      feedUrl: ' https://data.example/feed.json ',
    });
    expect(r).toEqual({
      ok: true,
      settings: {
        version: 1, enabled: false, siteMode: 'allow-list', disabledSites: ['example.com'], allowedSites: ['lemonde.fr'],
        highlightStyle: 'none', hoverDelayMs: 1000, hoverRequiresAlt: true, showBadge: false, feedUrl: 'https://data.example/feed.json',
      },
    });
  });

  it('fills missing fields with defaults (a file from an older version need not list everything)', () => {
    expect(parseSettings({ enabled: false })).toEqual({ ok: true, settings: settings({ enabled: false }) });
    expect(parseSettings({})).toEqual({ ok: true, settings: defaultSettings() });
  });

  it.each([
    [null, /not a settings object/],
    [[], /not a settings object/],
    ['{"enabled":true}', /not a settings object/],
    [{ enabled: 'yes' }, /"enabled" must be true or false/],
    [{ siteMode: 'some' }, /"siteMode" must be one of "all", "allow-list"/],
    [{ highlightStyle: 'blink' }, /"highlightStyle" must be one of/],
    [{ hoverDelayMs: 199 }, /"hoverDelayMs" must be a whole number of milliseconds from 200 to 1000/],
    [{ hoverDelayMs: 1001 }, /"hoverDelayMs"/],
    [{ hoverDelayMs: 400.5 }, /"hoverDelayMs"/],
    [{ hoverDelayMs: '400' }, /"hoverDelayMs"/],
    [{ disabledSites: 'example.com' }, /"disabledSites" must be a list/],
    [{ disabledSites: ['ok.com', 'not a host'] }, /"disabledSites" item 2 is not a site name/],
    [{ allowedSites: [42] }, /"allowedSites" item 1/],
    [{ disabledSites: Array.from({ length: MAX_SITES + 1 }, (_, i) => `s${i}.com`) }, /more than 200 sites/],
    [{ feedUrl: 'http://example.com/feed.json' }, /"feedUrl" must be an https:\/\/ URL/],
    [{ feedUrl: 'ftp://example.com/feed.json' }, /"feedUrl"/],
    [{ feedUrl: 'https://user:pw@example.com/feed.json' }, /"feedUrl"/],
    [{ feedUrl: 5 }, /"feedUrl" must be a URL or empty/],
    [{ colour: 'red' }, /"colour" is not a setting/],
    [{ version: 99 }, /"version" must be a whole number from 0 to 1/],
    [{ version: -1 }, /"version"/],
  ])('refuses %j with a clear error', (input, error) => {
    const r = parseSettings(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(error);
  });

  it('lists every error at once, and caps the list', () => {
    const r = parseSettings({ enabled: 1, showBadge: 2, hoverRequiresAlt: 3 });
    expect(r.ok === false && r.errors).toHaveLength(3);
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    const r2 = parseSettings(many);
    expect(r2.ok === false && r2.errors.length).toBe(20);
  });

  it('migrates version 0 (no version, "blockedSites") to version 1', () => {
    expect(migrate({ blockedSites: ['a.com'], enabled: false })).toEqual({ version: 1, disabledSites: ['a.com'], enabled: false });
    expect(parseSettings({ blockedSites: ['a.com'] })).toEqual({ ok: true, settings: settings({ disabledSites: ['a.com'] }) });
    expect(migrate({ version: 1, disabledSites: ['b.com'] })).toEqual({ version: 1, disabledSites: ['b.com'] });
    expect(migrate({ version: 2 })).toBeNull();
  });

  it('repairs stored settings field by field (a bad field falls back to its default, never turns things off)', () => {
    expect(readStoredSettings(undefined)).toEqual(defaultSettings());
    expect(readStoredSettings('garbage')).toEqual(defaultSettings());
    expect(readStoredSettings({ version: 1, enabled: 'no', hoverDelayMs: 5000, disabledSites: ['x.com'], showBadge: false }))
      .toEqual(settings({ disabledSites: ['x.com'], showBadge: false }));
    // A newer version synced from another machine: the fields this version knows are kept.
    expect(readStoredSettings({ version: 7, enabled: false, futureThing: 1 })).toEqual(settings({ enabled: false }));
    expect(readStoredSettings({ blockedSites: ['old.com'] })).toEqual(settings({ disabledSites: ['old.com'] }));
  });

  it('exposes the hover delay range of the issue', () => {
    expect(HOVER_DELAY).toEqual({ min: 200, max: 1000, default: 400 });
  });
});

describe('feed URL rule', () => {
  it('allows https anywhere, http only on loopback, nothing else', () => {
    expect(isFeedUrlAllowed('https://example.com/feed.json')).toBe(true);
    expect(isFeedUrlAllowed('http://127.0.0.1:8080/feed.json')).toBe(true);
    expect(isFeedUrlAllowed('http://localhost/feed.json')).toBe(true);
    expect(isFeedUrlAllowed('http://[::1]:3000/f')).toBe(true);
    expect(isFeedUrlAllowed('http://example.com/feed.json')).toBe(false);
    expect(isFeedUrlAllowed('http://127.0.0.1.example.com/feed.json')).toBe(false);
    expect(isFeedUrlAllowed('http://localhost.example.com/')).toBe(false);
    expect(isFeedUrlAllowed('file:///etc/passwd')).toBe(false);
    expect(isFeedUrlAllowed('data:application/json,{}')).toBe(false);
    expect(isFeedUrlAllowed('https://u:p@example.com/')).toBe(false);
    expect(isFeedUrlAllowed('not a url')).toBe(false);
    expect(isLoopback('127.255.0.1')).toBe(true);
    expect(isLoopback('128.0.0.1')).toBe(false);
  });
});

describe('sites', () => {
  it('reduces what users type or paste to a site name', () => {
    expect(normalizeSite('Example.COM')).toBe('example.com');
    expect(normalizeSite('https://www.example.com/news/1?x#y')).toBe('example.com');
    expect(normalizeSite('www.example.com')).toBe('example.com');
    expect(normalizeSite('news.example.co.uk')).toBe('news.example.co.uk');
    expect(normalizeSite('*.example.com')).toBe('example.com');
    expect(normalizeSite('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(normalizeSite('localhost')).toBe('localhost');
    expect(normalizeSite('bücher.de')).toBe('xn--bcher-kva.de');
    expect(normalizeSite('www.com')).toBe('www.com'); // not stripped to "com"
    for (const bad of ['', '  ', 'not a site', 'ftp://x.com', 'javascript:alert(1)', 'a..b', '-x.com', 'x'.repeat(301)]) {
      expect(normalizeSite(bad), bad).toBeNull();
    }
  });

  it('knows the site of a page URL, only for http(s)', () => {
    expect(siteOf('https://www.lemonde.fr/article')).toBe('lemonde.fr');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('an entry covers its subdomains, not look-alikes', () => {
    expect(coveredBy('news.example.com', 'example.com')).toBe(true);
    expect(coveredBy('example.com', 'example.com')).toBe(true);
    expect(coveredBy('badexample.com', 'example.com')).toBe(false);
  });

  it('decides per site in both modes', () => {
    const all = settings({ disabledSites: ['example.com'] });
    expect(siteEnabled(all, 'news.example.com')).toBe(false);
    expect(siteEnabled(all, 'lemonde.fr')).toBe(true);
    expect(siteEnabled(all, null)).toBe(false);
    const allow = settings({ siteMode: 'allow-list', allowedSites: ['lemonde.fr'], disabledSites: ['lemonde.fr'] });
    expect(siteEnabled(allow, 'www.lemonde.fr'.replace('www.', ''))).toBe(true);
    expect(siteEnabled(allow, 'example.com')).toBe(false);
  });

  it('turns one site off and on in the list of the current mode', () => {
    const s = settings({ disabledSites: ['example.com'] });
    const off = withSite(s, 'lemonde.fr', false);
    expect(off.disabledSites).toEqual(['example.com', 'lemonde.fr']);
    expect(s.disabledSites).toEqual(['example.com']); // not mutated
    // Turning a subdomain on removes the parent entry that covered it.
    expect(withSite(s, 'news.example.com', true).disabledSites).toEqual([]);
    const allow = settings({ siteMode: 'allow-list', allowedSites: ['a.com'] });
    expect(withSite(allow, 'b.com', true).allowedSites).toEqual(['a.com', 'b.com']);
    expect(withSite(allow, 'x.a.com', false).allowedSites).toEqual([]);
    expect(withSite(withSite(s, 'lemonde.fr', false), 'lemonde.fr', false).disabledSites).toEqual(['example.com', 'lemonde.fr']);
  });

  it('computes what the content script needs', () => {
    expect(pageSettings(settings(), 'example.com')).toEqual({ on: true, highlight: 'xev-mention', showDelayMs: 400, requireAlt: false });
    expect(pageSettings(settings({ enabled: false }), 'example.com').on).toBe(false);
    expect(pageSettings(settings({ highlightStyle: 'background' }), 'a.com').highlight).toBe('xev-mention-bg');
    expect(pageSettings(settings({ highlightStyle: 'none', hoverDelayMs: 800, hoverRequiresAlt: true }), 'a.com'))
      .toEqual({ on: true, highlight: '', showDelayMs: 800, requireAlt: true });
  });
});

describe('settings store (storage.sync)', () => {
  function area(fail = false): SyncArea & { data: Record<string, unknown>; writes: number } {
    const data: Record<string, unknown> = {};
    return {
      data, writes: 0,
      async get(key) { return key in data ? { [key]: structuredClone(data[key]) } : {}; },
      async set(items) {
        this.writes++;
        if (fail) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        Object.assign(data, structuredClone(items));
      },
    };
  }

  it('reads defaults when nothing is stored, and saves valid settings', async () => {
    const a = area();
    const store = new SettingsStore(a);
    expect(await store.get()).toEqual(defaultSettings());
    const r = await store.save({ ...defaultSettings(), showBadge: false });
    expect(r.ok).toBe(true);
    expect(a.data[SETTINGS_KEY]).toEqual(settings({ showBadge: false }));
    expect(await store.get()).toEqual(settings({ showBadge: false }));
  });

  it('writes nothing for invalid input', async () => {
    const a = area();
    const store = new SettingsStore(a);
    const r = await store.save({ enabled: 'maybe' });
    expect(r).toEqual({ ok: false, errors: ['"enabled" must be true or false.'] });
    expect(a.writes).toBe(0);
  });

  it('reports a storage failure (quota) as an error', async () => {
    const store = new SettingsStore(area(true));
    const r = await store.save(defaultSettings());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/could not be stored: QUOTA_BYTES_PER_ITEM/);
  });

  it('follows changes made elsewhere (another machine, the options page)', async () => {
    const store = new SettingsStore(area());
    expect(store.changed({ version: 1, enabled: false }).enabled).toBe(false);
    expect((await store.get()).enabled).toBe(false);
  });
});
