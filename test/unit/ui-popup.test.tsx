// @vitest-environment jsdom
import type { ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../src/messages';
import { App } from '../../src/popup/App';
import type { Loader } from '../../src/popup/load';
import { fullCardSearch, parseFullCardSearch } from '../../src/ui/fullCardLink';
import { allByTestId, byTestId, DS, PUBLISHED, renderUi } from './ui-fixtures';

const REPORT: PageReport = {
  counts: { su7: 3, 'xiaomi-ev': 4, 'not-in-dataset': 2 },
  total: 9,
  published: { date: PUBLISHED, source: 'meta' },
  claims: ['price-300k'],
};

const loader = (report: PageReport | null): Loader => () => Promise.resolve({ ds: DS, report });

/** Renders the app and lets the loader's promise settle. */
async function renderApp(node: ComponentChildren, lang: 'en' | 'fr' = 'en'): Promise<HTMLElement> {
  const root = renderUi(node, lang);
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return root;
}

describe('popup', () => {
  it('with data fetched before the first render, the first paint already holds the fact card', () => {
    let calls = 0;
    const load: Loader = () => {
      calls++;
      return Promise.resolve({ ds: DS, report: REPORT });
    };
    // No await: what the first synchronous render produced is what the first paint shows.
    const root = renderUi(<App route={null} load={load} initial={{ ds: DS, report: REPORT }} />, 'en');
    expect(byTestId(root, 'fact-card')).not.toBeNull();
    expect(root.textContent).not.toContain('Loading');
    expect(calls).toBe(0);
  });

  it('lists the mentions by entity with counts, most mentioned first and selected', async () => {
    const root = await renderApp(<App route={null} load={loader(REPORT)} />);
    const tabs = root.querySelectorAll<HTMLElement>('[role="tab"]');
    expect([...tabs].map((t) => t.dataset.testid)).toEqual(['entity-xiaomi-ev', 'entity-su7']);
    expect(byTestId(root, 'entity-su7')!.textContent).toContain('3');
    // The accessible name is the visible text plus a word for screen readers (WCAG 2.5.3: label in name).
    expect(byTestId(root, 'entity-su7')!.textContent).toBe('SU7 3 mentions');
    expect(byTestId(root, 'entity-xiaomi-ev')!.getAttribute('aria-selected')).toBe('true');
    expect(root.textContent).toContain('7 mentions on this page · Article published Feb 2023');
    expect(byTestId(root, 'as-of')!.textContent).toBe('Data as of 15 Jan 2026');
  });

  it('shows the selected entity’s card and timeline with the article marker', async () => {
    const root = await renderApp(<App route={null} load={loader(REPORT)} />);
    act(() => byTestId(root, 'entity-su7')!.click());
    expect(byTestId(root, 'fact-card')!.querySelector('h2')!.textContent).toBe('Xiaomi SU7 — codename MS11');
    expect(byTestId(root, 'claim-price-300k')).not.toBeNull();
    expect(byTestId(root, 'article-marker')!.textContent).toBe('This article — Feb 2023');
    expect(byTestId(root, 'event-launch')!.dataset.after).toBe('true');
    expect(byTestId(root, 'event-yu7-launch')).toBeNull(); // another model's event
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(byTestId(root, 'entity-su7')!.id);
    const open = byTestId(root, 'open-full-card') as HTMLAnchorElement;
    expect(parseFullCardSearch(new URL(open.getAttribute('href')!, 'https://x.example/').search)).toEqual({
      entity: 'su7',
      published: PUBLISHED,
      claims: ['price-300k'],
    });
  });

  it('moves between entities with the arrow keys, one Tab stop', async () => {
    const root = await renderApp(<App route={null} load={loader(REPORT)} />);
    const first = byTestId(root, 'entity-xiaomi-ev')!;
    expect(first.tabIndex).toBe(0);
    expect(byTestId(root, 'entity-su7')!.tabIndex).toBe(-1);
    act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(byTestId(root, 'entity-su7')!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(byTestId(root, 'entity-su7'));
    act(() => {
      byTestId(root, 'entity-su7')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(byTestId(root, 'entity-xiaomi-ev')!.getAttribute('aria-selected')).toBe('true'); // wraps around
  });

  it.each([null, { counts: {}, total: 0, published: null, claims: [] }])(
    'without mentions (%j) shows the Xiaomi EV overview and its whole timeline',
    async (report) => {
      const root = await renderApp(<App route={null} load={loader(report)} />);
      expect(root.querySelectorAll('[role="tab"]')).toHaveLength(0);
      expect(root.textContent).toContain('No Xiaomi EV mentions on this page');
      expect(byTestId(root, 'fact-card')!.querySelector('h2')!.textContent).toBe('Xiaomi EV');
      expect(allByTestId(root, 'timeline')).toHaveLength(1);
      expect(root.querySelectorAll('li[data-testid^="event-"]')).toHaveLength(DS.events.length);
      expect(byTestId(root, 'article-marker')).toBeNull();
    },
  );

  it('says so when the data cannot be loaded', async () => {
    const root = await renderApp(<App route={null} load={() => Promise.reject(new Error('no background'))} />);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Could not load the facts. Please try again.');
  });
});

describe('full fact card page', () => {
  it('shows the entity from the URL with its marker, without asking for a tab', async () => {
    const route = parseFullCardSearch('?entity=su7&published=2023-02-06T09:30:00+01:00&claims=price-300k,bogus')!;
    expect(route).toEqual({ entity: 'su7', published: PUBLISHED, claims: ['price-300k', 'bogus'] });
    const root = await renderApp(<App route={route} load={loader(null)} />);
    expect(root.querySelector('.xev-app--full')).not.toBeNull();
    expect(root.querySelectorAll('[role="tab"]')).toHaveLength(0);
    expect(byTestId(root, 'fact-card')!.textContent).toContain('Xiaomi SU7 — codename MS11');
    expect(byTestId(root, 'article-marker')!.textContent).toBe('This article — Feb 2023');
    expect(byTestId(root, 'claim-price-300k')).not.toBeNull();
    expect(byTestId(root, 'as-of')).not.toBeNull();
    expect(document.title).toBe('Xiaomi SU7 — codename MS11 — Xiaomi EV Context');
  });

  it('falls back to the overview for an unknown entity', async () => {
    const root = await renderApp(<App route={{ entity: 'su99', published: null, claims: [] }} load={loader(null)} />);
    expect(root.textContent).toContain('This car is not in our data yet');
    expect(byTestId(root, 'fact-card')!.querySelector('h2')!.textContent).toBe('Xiaomi EV');
  });

  it('round-trips its URL parameters and drops malformed ones', () => {
    const search = fullCardSearch({ entity: 'su7-ultra', published: PUBLISHED, claims: ['a', 'b'] });
    expect(parseFullCardSearch(search)).toEqual({ entity: 'su7-ultra', published: PUBLISHED, claims: ['a', 'b'] });
    expect(parseFullCardSearch('')).toBeNull();
    expect(parseFullCardSearch('?entity=<script>')).toBeNull();
    expect(parseFullCardSearch('?entity=su7&published=yesterday')).toEqual({ entity: 'su7', published: null, claims: [] });
  });
});
