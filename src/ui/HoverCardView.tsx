import { useId } from 'preact/hooks';
import type { CardSummary, TimelineEvent } from '../data/types';
import { formatFuzzyDate } from '../data/dates';
import { formatMonth, plural } from './format';
import { useI18n } from './i18n';
import { pick } from './text';
import { Verdict } from './Verdict';

export interface HoverCardViewProps {
  summary: CardSummary;
  /** URL of the full fact card (the extension page), built by the caller with `runtime.getURL`. */
  fullCardHref: string;
  /** Shows a close button when given (the card also closes on Escape, handled by its host). */
  onClose?: () => void;
}

/** Then-vs-now lines and claims are capped so the card stays a glance; the full card has the rest. */
const MAX_FACTS = 2;
const MAX_CLAIMS = 2;

/**
 * The compact card shown over a mention: what it is, the newest event, how much happened since the article,
 * what changed, and the article's checked claims. It holds links, so it is a non-modal dialog, not a tooltip.
 */
export function HoverCardView({ summary, fullCardHref, onClose }: HoverCardViewProps) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const { entity, latest, published, since } = summary;
  const month = published ? formatMonth(published, lang) : '';
  const changed = summary.thenNow.filter((row) => !row.then || row.then.value.en !== row.now.value.en).slice(0, MAX_FACTS);
  const claims = summary.claims.slice(0, MAX_CLAIMS);

  return (
    <div class="xev-root xev-card" role="dialog" aria-labelledby={titleId} data-testid="hover-card">
      <div class="xev-card-head">
        <h2 id={titleId} class="xev-card-title">
          {pick(entity.name, lang)}
        </h2>
        {onClose && (
          <button type="button" class="xev-close" onClick={onClose} aria-label={t('close')}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <p class="xev-card-tagline">{pick(entity.tagline, lang)}</p>

      <p class={published ? 'xev-card-since' : 'xev-card-since xev-card-since--unknown'} data-testid="since-count">
        {!published
          ? t('publishedUnknownLatest')
          : since.length === 0
            ? t('sinceNone', month)
            : plural(t, lang, 'sinceCount', since.length, [month])}
      </p>
      {latest ? <LatestEvent event={latest} /> : <p class="xev-card-muted">{t('timelineEmpty')}</p>}

      {published && changed.length > 0 && (
        <section class="xev-card-section">
          <h3 class="xev-section-title">{t('thenNowHeading', month)}</h3>
          <ul class="xev-card-list">
            {changed.map(({ fact, then, now }) => (
              <li key={fact.id} class="xev-card-thennow" data-testid={`thennow-${fact.id}`}>
                <span class="xev-card-label">{pick(fact.label, lang)}</span>
                <dl class="xev-tn">
                  <dt>{t('thenLabel')}</dt>
                  <dd class="xev-tn-then">{then ? pick(then.value, lang) : t('notYetKnown')}</dd>
                  <dt>{t('nowLabel')}</dt>
                  <dd class="xev-tn-now">{pick(now.value, lang)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}

      {claims.length > 0 && (
        <section class="xev-card-section">
          <h3 class="xev-section-title">{t('claimsHeading')}</h3>
          <ul class="xev-card-list">
            {claims.map((claim) => (
              <li key={claim.id} data-testid={`claim-${claim.id}`}>
                <q>{pick(claim.claim, lang)}</q> <Verdict verdict={claim.verdict} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <div class="xev-card-foot">
        <a class="xev-card-more" href={fullCardHref} target="_blank" rel="noopener" data-testid="full-card-link">
          {t('openFullCard')}
        </a>
        <span class="xev-card-asof">{t('dataAsOf', formatFuzzyDate(summary.asOf, lang))}</span>
      </div>
    </div>
  );
}

function LatestEvent({ event }: { event: TimelineEvent }) {
  const { t, lang } = useI18n();
  return (
    <p class="xev-card-latest" data-testid="latest-event">
      <span class="xev-card-label">{t('latestLabel')}</span>{' '}
      <time dateTime={event.date}>{formatFuzzyDate(event.date, lang)}</time>
      {' — '}
      {pick(event.title, lang)}
    </p>
  );
}
