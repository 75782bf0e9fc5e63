// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/data/types';
import { FactCard } from '../../src/ui/FactCard';
import { allByTestId, byTestId, DS, PUBLISHED, renderUi } from './ui-fixtures';

const su7 = DS.entities.find((e) => e.id === 'su7') as Entity;
const facts = DS.facts.filter((f) => f.entity === 'su7');

describe('FactCard', () => {
  it('shows the entity name and tagline', () => {
    const root = renderUi(<FactCard entity={su7} facts={facts} published={null} />);
    const card = byTestId(root, 'fact-card')!;
    expect(card.querySelector('h2')?.textContent).toBe('Xiaomi SU7 — codename MS11');
    expect(card.getAttribute('aria-labelledby')).toBe(card.querySelector('h2')?.id);
    expect(card.textContent).toContain("Xiaomi's first electric sedan.");
  });

  it("shows every fact's latest value with its as-of date and a link to each of its sources", () => {
    const root = renderUi(<FactCard entity={su7} facts={facts} published={null} />);
    for (const fact of facts) {
      const item = byTestId(root, `fact-${fact.id}`);
      expect(item, fact.id).not.toBeNull();
      const now = fact.points.at(-1)!;
      expect(item!.textContent).toContain(now.value.en);
      expect(byTestId(item!, 'fact-as-of')?.textContent).toMatch(/^as of \S/);
      const hrefs = allByTestId(item!, 'source-link').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(now.sources.map((s) => s.url));
    }
    expect(byTestId(byTestId(root, 'fact-su7-price')!, 'fact-as-of')?.textContent).toBe('as of 28 Mar 2024');
    expect(byTestId(byTestId(root, 'fact-su7-codename')!, 'fact-as-of')?.textContent).toBe('as of 2022');
  });

  it('without an article date, shows no "then" lines', () => {
    const root = renderUi(<FactCard entity={su7} facts={facts} published={null} />);
    expect(root.querySelector('.xev-then')).toBeNull();
  });

  it('with an article date, compares each fact then and now', () => {
    const root = renderUi(<FactCard entity={su7} facts={facts} published={PUBLISHED} />);
    expect(byTestId(root, 'fact-su7-status')!.textContent).toContain('At the article’s date (Feb 2023): In development');
    // The older value's own source is linked too.
    expect(allByTestId(byTestId(root, 'fact-su7-status')!, 'source-link').map((a) => a.getAttribute('href'))).toContain(
      'https://news.example/1',
    );
    expect(byTestId(root, 'fact-su7-price')!.textContent).toContain('At the article’s date (Feb 2023): not yet known');
    expect(byTestId(root, 'fact-su7-codename')!.textContent).toContain('Same at the article’s date (Feb 2023)');
  });

  it('lists the checked claims with their verdicts and sources', () => {
    const root = renderUi(<FactCard entity={su7} facts={facts} published={PUBLISHED} claims={DS.claims} />);
    const claim = byTestId(root, 'claim-price-300k')!;
    expect(claim.textContent).toContain('It will cost over 300,000 yuan');
    expect(claim.querySelector('.xev-verdict--inaccurate')?.textContent).toBe('Inaccurate');
    expect(claim.textContent).toContain('It launched at 215,900 yuan.');
    expect(allByTestId(claim, 'source-link')).toHaveLength(1);
  });

  it('speaks French with French dates', () => {
    const root = renderUi(<FactCard entity={su7} facts={facts} published={PUBLISHED} claims={DS.claims} />, 'fr');
    expect(root.textContent).toContain('Xiaomi SU7 — nom de code MS11');
    expect(byTestId(root, 'fact-su7-status')!.textContent).toContain('À la date de l’article (févr. 2023) : En développement');
    expect(byTestId(byTestId(root, 'fact-su7-price')!, 'fact-as-of')?.textContent).toBe('état au 28 mars 2024');
    expect(root.textContent).toContain('Inexact');
  });
});
