// @vitest-environment jsdom
/**
 * The dataset (bundled today, from a feed later) is untrusted input to our extension pages and to the card in
 * every web page. Hostile URLs and oversized or disguised strings are rejected by the validator; HTML-looking
 * text that passes it is only ever rendered as text (Preact text nodes), and only https: links are made.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, validateDataset } from '../../src/data/validate';
import { cardSummary } from '../../src/data/queries';
import type { Dataset } from '../../src/data/types';
import { HoverCardView } from '../../src/ui/HoverCardView';
import { SourceLink } from '../../src/ui/SourceLink';
import { EntityView } from '../../src/popup/EntityView';
import { DS, PUBLISHED, renderUi } from './ui-fixtures';

const clone = (): Dataset => JSON.parse(JSON.stringify(DS)) as Dataset;

function errorsFor(mutate: (ds: Dataset) => void): string[] {
  const ds = clone();
  mutate(ds);
  const r = validateDataset(ds);
  return r.ok ? [] : r.errors;
}

describe('validateDataset rejects hostile values', () => {
  it('accepts the fixture dataset as it is (the cases below fail for their own reason)', () => {
    expect(validateDataset(clone()).ok).toBe(true);
  });

  const BAD_URLS = [
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    'javascript://https://news.example/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://news.example/plain-http',
    ' https://news.example/leading-space',
    'https://news.example/a b',
    'https:\\\\evil.example',
    'https://user:pass@news.example/',
    '//news.example/protocol-relative',
    'HTTPS://NEWS.EXAMPLE/',
    'https://',
    `https://news.example/${'a'.repeat(LIMITS.url)}`,
  ];
  for (const url of BAD_URLS) {
    it(`source url ${JSON.stringify(url.slice(0, 50))}`, () => {
      const errors = errorsFor((ds) => void (ds.events[0]!.sources[0]!.url = url));
      expect(errors.some((e) => e.startsWith('events[0].sources[0].url') || e.includes('.url'))).toBe(true);
    });
  }

  it('over-long strings, control and bidi-override characters, wrong types', () => {
    expect(errorsFor((ds) => void (ds.events[0]!.title.en = 'x'.repeat(LIMITS.title + 1))).join()).toMatch(/too long/);
    expect(errorsFor((ds) => void (ds.events[0]!.summary.en = 'x'.repeat(1_000_000))).join()).toMatch(/too long/);
    expect(errorsFor((ds) => void (ds.entities[0]!.name.en = 'Xiaomi \u202eevil\u202c')).join()).toMatch(/bidi/);
    expect(errorsFor((ds) => void (ds.events[0]!.title.fr = 'a\u0000b')).join()).toMatch(/control/);
    expect(errorsFor((ds) => void ((ds.events[0] as unknown as Record<string, unknown>).title = '<b>not an object</b>')).length).toBeGreaterThan(0);
    expect(errorsFor((ds) => void (ds.events = Array.from({ length: LIMITS.events + 1 }, () => ds.events[0]!))).join()).toMatch(/too many/);
  });

  it('drops unknown keys (nothing unexpected reaches the UI, e.g. a "__html" field)', () => {
    const ds = clone() as unknown as { events: Array<Record<string, unknown>> };
    ds.events[0]!.dangerouslySetInnerHTML = { __html: '<img src=x onerror=alert(1)>' };
    const r = validateDataset(ds);
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r.ok && r.dataset)).not.toContain('onerror');
  });
});

/** Markup in every text field; valid for the validator (it is just text), so it must render as text. */
const PAYLOAD = '<img src=x onerror="globalThis.__xss=1"><script>globalThis.__xss=1</script><a href="javascript:alert(1)">x</a>';

function hostileButValid(): Dataset {
  const ds = clone();
  const poison = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (k === 'en' || k === 'fr' || k === 'outlet') (o as Record<string, unknown>)[k] = `${PAYLOAD} ${String(v)}`.slice(0, 110);
      else poison(v);
    }
  };
  poison(ds.entities);
  poison(ds.events);
  poison(ds.facts);
  poison(ds.claims);
  return ds;
}

function expectInert(root: HTMLElement): void {
  expect(root.querySelectorAll('img, script, iframe, object, embed, style, [onerror], [onclick], [srcdoc]')).toHaveLength(0);
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    // https sources, in-page anchors, or our own pages (the full fact card) — never javascript:/data:.
    expect(href.startsWith('#') || href.startsWith('https://') || href.startsWith('chrome-extension://') || href.startsWith('popup.html'), href).toBe(true);
  }
  expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
}

describe('markup in the dataset is rendered as text', () => {
  const result = validateDataset(hostileButValid());
  it('the poisoned dataset still validates (markup is only text)', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
  const ds = result.ok ? result.dataset : DS;

  it('hover card', () => {
    const summary = cardSummary(ds, 'su7', PUBLISHED, ['price-300k'])!;
    const root = renderUi(<HoverCardView summary={summary} fullCardHref="chrome-extension://abc/popup.html?entity=su7" />);
    expectInert(root);
    expect(root.textContent).toContain('<img src=x onerror=');
  });

  it('popup entity view: fact card, timeline, claims, sources', () => {
    const entity = ds.entities.find((e) => e.id === 'su7')!;
    const root = renderUi(<EntityView ds={ds} entity={entity} published={PUBLISHED} claimIds={['price-300k']} />);
    expectInert(root);
    expect(root.textContent).toContain('<script>globalThis.__xss=1</script>');
    expect(root.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(0);
  });

  it('a source whose URL is not https (a feed bypassing the validator) is shown without a link', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'http://news.example/']) {
      const root = renderUi(<SourceLink source={{ url, outlet: 'Outlet', published: '2024-03-28' }} />);
      expect(root.querySelector('a')).toBeNull();
      expect(root.textContent).toContain('Outlet');
    }
  });
});
