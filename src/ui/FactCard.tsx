import { useId } from 'preact/hooks';
import type { Claim, Entity, Fact } from '../data/types';
import { formatFuzzyDate } from '../data/dates';
import { ClaimList } from './ClaimList';
import { factRows, type FactRow } from './factRows';
import { formatMonth } from './format';
import { useI18n } from './i18n';
import { SourceList } from './SourceLink';
import { pick } from './text';

export interface FactCardProps {
  entity: Entity;
  /** The entity's facts (time series); each shows its latest value, as-of date and sources. */
  facts: readonly Fact[];
  /** The article's publication date (ISO); enables "then vs now". Null when unknown. */
  published: string | null;
  /** Claims found in the article about this entity. */
  claims?: readonly Claim[];
}

/** The sourced fact card: who/what the entity is, its key facts with sources, and the article's claims checked. */
export function FactCard({ entity, facts, published, claims = [] }: FactCardProps) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const rows = factRows(facts, published);
  return (
    <article class="xev-factcard" data-testid="fact-card" aria-labelledby={titleId}>
      <header class="xev-factcard-head">
        <h2 id={titleId} class="xev-entity-name">
          {pick(entity.name, lang)}
        </h2>
        <p class="xev-tagline">{pick(entity.tagline, lang)}</p>
      </header>
      {rows.length > 0 && (
        <section class="xev-facts">
          <h3 class="xev-section-title">{t('keyFactsHeading')}</h3>
          <dl class="xev-fact-list">
            {rows.map((row) => (
              <FactItem key={row.fact.id} row={row} published={published} />
            ))}
          </dl>
        </section>
      )}
      <ClaimList claims={claims} />
    </article>
  );
}

function FactItem({ row, published }: { row: FactRow; published: string | null }) {
  const { t, lang } = useI18n();
  const { fact, now } = row;
  return (
    <div class="xev-fact" data-testid={`fact-${fact.id}`}>
      <dt class="xev-fact-label">{pick(fact.label, lang)}</dt>
      <dd class="xev-fact-body">
        <span class="xev-fact-value">{pick(now.value, lang)}</span>{' '}
        <span class="xev-fact-asof" data-testid="fact-as-of">
          {t('factAsOf', formatFuzzyDate(now.date, lang))}
        </span>
        <SourceList sources={now.sources} />
        {published && <ThenLine row={row} month={formatMonth(published, lang)} />}
      </dd>
    </div>
  );
}

function sameSources(a: { sources: { url: string }[] }, b: { sources: { url: string }[] }): boolean {
  return a.sources.map((s) => s.url).join() === b.sources.map((s) => s.url).join();
}

/** "On the article's date" line: the older value, "not known yet", or "unchanged". */
function ThenLine({ row, month }: { row: FactRow; month: string }) {
  const { t, lang } = useI18n();
  if (!row.changed) return <p class="xev-then xev-then--same">{t('thenSame', month)}</p>;
  if (!row.then) return <p class="xev-then">{t('thenUnknown', month)}</p>;
  return (
    <div class="xev-then" data-testid="then-value">
      <p>{t('thenValue', [month, pick(row.then.value, lang)])}</p>
      {/* The older value has its own sources; repeat them only when they differ from today's. */}
      {!sameSources(row.then, row.now) && <SourceList sources={row.then.sources} />}
    </div>
  );
}
