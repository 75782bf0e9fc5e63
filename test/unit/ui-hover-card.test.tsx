// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cardSummary } from '../../src/data/queries';
import type { CardSummary } from '../../src/data/types';
import { HoverCardView } from '../../src/ui/HoverCardView';
import { byTestId, DS, PUBLISHED, renderUi } from './ui-fixtures';

const HREF = 'chrome-extension://abc/popup.html?entity=su7';
const summary = (published: string | null, claims: string[] = []): CardSummary => cardSummary(DS, 'su7', published, claims)!;

describe('HoverCardView', () => {
  it('shows name, tagline, latest event and the count of events since the article', () => {
    const root = renderUi(<HoverCardView summary={summary(PUBLISHED)} fullCardHref={HREF} />);
    const card = byTestId(root, 'hover-card')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector('h2')?.textContent).toBe('Xiaomi SU7 — codename MS11');
    expect(card.textContent).toContain("Xiaomi's first electric sedan.");
    expect(byTestId(root, 'since-count')!.textContent).toBe('3 events since this article (Feb 2023)');
    expect(byTestId(root, 'latest-event')!.textContent).toBe('Latest: Q2 2024 — Deliveries ramp up');
  });

  it('falls back to "Publication date unknown — latest events" without a date', () => {
    const root = renderUi(<HoverCardView summary={summary(null)} fullCardHref={HREF} />);
    expect(byTestId(root, 'since-count')!.textContent).toBe('Publication date unknown — latest events');
    expect(byTestId(root, 'latest-event')!.textContent).toContain('Deliveries ramp up');
    expect(root.textContent).not.toMatch(/since this article/);
    expect(root.querySelector('.xev-card-thennow')).toBeNull();
  });

  it('uses the singular for one event and says so when nothing happened since', () => {
    const one = renderUi(<HoverCardView summary={summary('2024-03-30')} fullCardHref={HREF} />);
    expect(byTestId(one, 'since-count')!.textContent).toBe('1 event since this article (Mar 2024)');
    const none = renderUi(<HoverCardView summary={summary('2025-01-01')} fullCardHref={HREF} />);
    expect(byTestId(none, 'since-count')!.textContent).toBe('No new events since this article (Jan 2025)');
  });

  it('shows what changed since the article and the claims with verdicts', () => {
    const root = renderUi(<HoverCardView summary={summary(PUBLISHED, ['price-300k'])} fullCardHref={HREF} />);
    const status = byTestId(root, 'thennow-su7-status')!;
    expect(status.querySelector('.xev-card-label')!.textContent).toBe('Status');
    expect([...status.querySelectorAll('dt, dd')].map((e) => e.textContent)).toEqual(['Then', 'In development', 'Now', 'On sale']);
    const price = byTestId(root, 'thennow-su7-price')!;
    expect(price.querySelector('.xev-tn-then')!.textContent).toBe('not yet known');
    expect(price.querySelector('.xev-tn-now')!.textContent).toBe('215,900 yuan');
    expect(byTestId(root, 'thennow-su7-codename')).toBeNull(); // unchanged: not worth a line in a glance
    expect(byTestId(root, 'claim-price-300k')!.textContent).toContain('Inaccurate');
  });

  it('links to the full fact card with the given href', () => {
    const root = renderUi(<HoverCardView summary={summary(PUBLISHED)} fullCardHref={HREF} />);
    const link = byTestId(root, 'full-card-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(HREF);
    expect(link.textContent).toBe('Open the full fact card');
    expect(root.textContent).toContain('Data as of 15 Jan 2026');
  });

  it('offers a close button only when it can close', () => {
    expect(renderUi(<HoverCardView summary={summary(null)} fullCardHref={HREF} />).querySelector('button')).toBeNull();
    let closed = 0;
    const root = renderUi(<HoverCardView summary={summary(null)} fullCardHref={HREF} onClose={() => closed++} />);
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Close');
    button.click();
    expect(closed).toBe(1);
  });

  it('speaks French', () => {
    const root = renderUi(<HoverCardView summary={summary(PUBLISHED)} fullCardHref={HREF} />, 'fr');
    expect(byTestId(root, 'since-count')!.textContent).toBe('3 événements depuis cet article (févr. 2023)');
    expect(byTestId(root, 'full-card-link')!.textContent).toBe('Ouvrir la fiche complète');
    expect(byTestId(root, 'latest-event')!.textContent).toBe('Dernier événement : T2 2024 — Les livraisons montent en cadence');
  });
});
