// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { FeedStatus, SaveResult } from '../../src/messages';
import type { OptionsApi } from '../../src/options/api';
import { OptionsApp } from '../../src/options/OptionsApp';
import { REASON_KEYS } from '../../src/options/FeedSection';
import { exportText, readImport } from '../../src/options/transfer';
import { defaultSettings, parseSettings, type Settings } from '../../src/settings/schema';
import { byTestId, readLocale, renderUi } from './ui-fixtures';

const settle = () => act(async () => {
  await new Promise((r) => setTimeout(r, 0));
});

/** The background as the options page sees it: validation by the real parser, storage in memory. */
function fakeApi(feed: Partial<FeedStatus> = {}) {
  let stored: Settings = defaultSettings();
  const status: FeedStatus = {
    checkedAt: null, url: '', reason: null, detail: '', current: { version: 1, asOf: '2026-02-28', from: 'bundled' }, ...feed,
  };
  let changed: ((s: Settings) => void) | null = null;
  const api = {
    get: vi.fn(async () => stored),
    onChanged: (listener: (s: Settings) => void) => {
      changed = listener;
      return () => (changed = null);
    },
    /** A change made elsewhere (the popup, another machine). */
    changeElsewhere: (s: Settings) => {
      stored = s;
      changed?.(s);
    },
    save: vi.fn(async (input: unknown): Promise<SaveResult> => {
      const r = parseSettings(input);
      if (r.ok) stored = r.settings;
      return r;
    }),
    feedStatus: vi.fn(async () => status),
    checkFeed: vi.fn(async (): Promise<FeedStatus> => ({ ...status, checkedAt: '2026-07-01T10:00:00Z', url: stored.feedUrl, reason: 'timeout', detail: '10000 ms' })),
    stored: () => stored,
  };
  return api satisfies OptionsApi & { stored(): Settings };
}

async function render(api: OptionsApi, lang: 'en' | 'fr' = 'en') {
  const root = renderUi(<OptionsApp api={api} />, lang);
  await settle();
  await settle();
  return root;
}

function setInput(el: HTMLInputElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Picks a file in the import input. */
async function importFile(root: HTMLElement, text: string) {
  const input = byTestId(root, 'opt-import') as HTMLInputElement;
  const file = new File([text], 'settings.json', { type: 'application/json' });
  // jsdom's File has no text(); the browsers' has.
  Object.defineProperty(file, 'text', { value: async () => text });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('options page', () => {
  it('renders every setting with the stored values', async () => {
    const root = await render(fakeApi());
    expect(root.querySelector('h1')!.textContent).toBe('Xiaomi EV Context settings');
    expect((byTestId(root, 'opt-enabled') as HTMLInputElement).checked).toBe(true);
    expect((byTestId(root, 'opt-mode-all') as HTMLInputElement).checked).toBe(true);
    expect((byTestId(root, 'opt-style-underline') as HTMLInputElement).checked).toBe(true);
    expect((byTestId(root, 'opt-delay') as HTMLInputElement).value).toBe('400');
    expect((byTestId(root, 'opt-alt') as HTMLInputElement).checked).toBe(false);
    expect((byTestId(root, 'opt-badge') as HTMLInputElement).checked).toBe(true);
    expect(byTestId(root, 'disabled-sites')).not.toBeNull();
    expect(byTestId(root, 'feed-current')!.textContent).toBe('Data in use: version 1, as of 28 Feb 2026 (built in).');
    expect(byTestId(root, 'feed-result')!.textContent).toBe('Not checked yet.');
    expect((byTestId(root, 'feed-check') as HTMLButtonElement).disabled).toBe(true); // no feed set
    // Every control has a name.
    for (const input of root.querySelectorAll('input')) {
      const labelled = input.closest('label') || root.querySelector(`label[for="${input.id}"]`);
      expect(labelled, input.outerHTML).not.toBeNull();
    }
  });

  it('saves each change at once', async () => {
    const api = fakeApi();
    const root = await render(api);
    await act(async () => byTestId(root, 'opt-style-background')!.click());
    await settle();
    expect(api.stored().highlightStyle).toBe('background');
    await act(async () => byTestId(root, 'opt-badge')!.click());
    await settle();
    expect(api.stored().showBadge).toBe(false);
    await act(async () => byTestId(root, 'opt-mode-allow-list')!.click());
    await settle();
    expect(api.stored().siteMode).toBe('allow-list');
    expect(byTestId(root, 'allowed-sites')).not.toBeNull();
    expect(byTestId(root, 'notice')!.textContent).toBe('Saved.');
  });

  it('adds and removes sites, refusing what is not a site name', async () => {
    const api = fakeApi();
    const root = await render(api);
    setInput(byTestId(root, 'disabled-sites-input') as HTMLInputElement, 'https://www.example.com/a/b');
    await act(async () => byTestId(root, 'disabled-sites-add')!.click());
    await settle();
    expect(api.stored().disabledSites).toEqual(['example.com']);
    setInput(byTestId(root, 'disabled-sites-input') as HTMLInputElement, 'no such site');
    await act(async () => byTestId(root, 'disabled-sites-add')!.click());
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('“no such site” is not a site name. Enter one like example.com.');
    expect(api.stored().disabledSites).toEqual(['example.com']);
    await act(async () => (root.querySelector('[aria-label="Remove example.com"]') as HTMLElement).click());
    await settle();
    expect(api.stored().disabledSites).toEqual([]);
  });

  it('imports a good file, refuses a bad one with clear errors and changes nothing', async () => {
    const api = fakeApi();
    const root = await render(api);
    await importFile(root, 'definitely { not json');
    expect(byTestId(root, 'notice')!.textContent).toBe('This file is not a settings file (it is not valid JSON). Nothing was changed.');
    await importFile(root, JSON.stringify({ enabled: 'sometimes', hoverDelayMs: 50 }));
    const notice = byTestId(root, 'notice')!;
    expect(notice.querySelector('[role="alert"]')).not.toBeNull();
    expect(notice.textContent).toContain('This settings file has errors. Nothing was changed:');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '"enabled" must be true or false.',
      '"hoverDelayMs" must be a whole number of milliseconds from 200 to 1000.',
    ]);
    expect(api.stored()).toEqual(defaultSettings());

    await importFile(root, exportText({ ...defaultSettings(), hoverDelayMs: 800, disabledSites: ['a.com'] }));
    expect(byTestId(root, 'notice')!.textContent).toBe('Settings imported.');
    expect(api.stored()).toMatchObject({ hoverDelayMs: 800, disabledSites: ['a.com'] });
    expect((byTestId(root, 'opt-delay') as HTMLInputElement).value).toBe('800');

    await act(async () => byTestId(root, 'opt-reset')!.click());
    await settle();
    expect(api.stored()).toEqual(defaultSettings());
    expect(byTestId(root, 'notice')!.textContent).toBe('Settings reset to their defaults.');
  });

  it('saves a feed URL, checks it at once and shows the result; refuses plain http elsewhere', async () => {
    const api = fakeApi();
    const root = await render(api);
    setInput(byTestId(root, 'feed-url') as HTMLInputElement, 'http://feeds.example/data.json');
    await act(async () => byTestId(root, 'feed-save')!.click());
    expect(root.querySelector('#feed-url-error')!.textContent).toMatch(/https:\/\//);
    expect(api.save).not.toHaveBeenCalled();

    setInput(byTestId(root, 'feed-url') as HTMLInputElement, 'https://feeds.example/data.json');
    await act(async () => byTestId(root, 'feed-save')!.click());
    await settle();
    await settle();
    expect(api.stored().feedUrl).toBe('https://feeds.example/data.json');
    expect(api.checkFeed).toHaveBeenCalledTimes(1);
    expect(byTestId(root, 'feed-result')!.getAttribute('data-reason')).toBe('timeout');
    expect(byTestId(root, 'feed-result')!.textContent).toMatch(/^Last check .*2026.*: the server took too long to answer; the current data is kept\. \(10000 ms\)$/);
  });

  it('shows data from the feed', async () => {
    const root = await render(fakeApi({ current: { version: 2, asOf: '2026-06-30', from: 'feed' }, checkedAt: '2026-07-01T08:00:00Z', reason: 'accepted', detail: 'v2, 2026-06-30' }));
    expect(byTestId(root, 'feed-current')!.textContent).toBe('Data in use: version 2, as of 30 Jun 2026 (from the update feed).');
    expect(byTestId(root, 'feed-result')!.textContent).toMatch(/newer data accepted\. \(v2, 2026-06-30\)$/);
  });

  it('follows changes made elsewhere while open, and saves the hover delay slider', async () => {
    const api = fakeApi();
    const root = await render(api);
    act(() => api.changeElsewhere({ ...defaultSettings(), disabledSites: ['from-popup.example'], showBadge: false }));
    expect(byTestId(root, 'disabled-sites')!.textContent).toContain('from-popup.example');
    expect((byTestId(root, 'opt-badge') as HTMLInputElement).checked).toBe(false);
    const slider = byTestId(root, 'opt-delay') as HTMLInputElement;
    await act(async () => {
      slider.value = '650';
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(api.stored()).toMatchObject({ hoverDelayMs: 650, disabledSites: ['from-popup.example'] });
    expect(root.querySelector('output')!.textContent).toBe('650 ms');
  });

  it('is translated (French)', async () => {
    const root = await render(fakeApi(), 'fr');
    expect(root.querySelector('h1')!.textContent).toBe('Paramètres de Xiaomi EV Context');
    expect(byTestId(root, 'opt-reset')!.textContent).toBe('Rétablir les valeurs par défaut');
  });

  it('has a string for every feed result in every locale', () => {
    for (const locale of ['en', 'fr', 'es', 'de', 'zh_CN']) {
      const messages = readLocale(locale);
      for (const key of Object.values(REASON_KEYS)) expect(messages[key]?.message, `${locale}:${key}`).toBeTruthy();
    }
  });
});

describe('settings file', () => {
  it('exports pretty JSON that imports back to the same settings', () => {
    const s = { ...defaultSettings(), disabledSites: ['a.com'], feedUrl: 'https://x.example/f.json' };
    const text = exportText(s);
    expect(text).toContain('\n  "enabled": true');
    const read = readImport(text);
    expect(read.ok && parseSettings(read.value)).toEqual({ ok: true, settings: s });
  });
  it('reads a file with a byte-order mark, refuses non-JSON and oversized files', () => {
    expect(readImport('\uFEFF{"enabled":false}')).toEqual({ ok: true, value: { enabled: false } });
    expect(readImport('nope').ok).toBe(false);
    expect(readImport(' '.repeat(300_000) + '{}').ok).toBe(false);
  });
});
