import { cardSummary, eventsOf } from '../data/queries';
import type { Dataset, Entity } from '../data/types';
import { FactCard } from '../ui/FactCard';
import { formatMonth, plural } from '../ui/format';
import { useI18n } from '../ui/i18n';
import { Timeline } from '../ui/Timeline';

export interface EntityViewProps {
  ds: Dataset;
  entity: Entity;
  published: string | null;
  /** Claim ids found on the page; those about this entity are checked on the card. */
  claimIds: readonly string[];
}

const TIMELINE_ID = 'xev-timeline';

function SinceBanner({ count, published }: { count: number; published: string }) {
  const { t, lang } = useI18n();
  const month = formatMonth(published, lang);
  return (
    <p class="xev-since-banner" data-testid="since-banner">
      <strong>{count === 0 ? t('sinceNone', month) : plural(t, lang, 'sinceCount', count, [month])}</strong>{' '}
      <a href={`#${TIMELINE_ID}`}>{t('sinceJump')}</a>
    </p>
  );
}

/** One entity's fact card and timeline; the popup stacks them, the full page sets them side by side (CSS). */
export function EntityView({ ds, entity, published, claimIds }: EntityViewProps) {
  // cardSummary owns the rules (which claims concern the business, which date is readable): reuse them.
  const summary = cardSummary(ds, entity.id, published, [...claimIds]);
  const readable = summary?.published ?? null;
  const after = summary ? new Set(summary.since.map((e) => e.id)) : undefined;
  return (
    <div class="xev-columns">
      {/* The point of the extension, first: how much happened since the article, one click from the timeline. */}
      {readable && summary && <SinceBanner count={summary.since.length} published={readable} />}
      <FactCard
        entity={entity}
        facts={ds.facts.filter((f) => f.entity === entity.id)}
        published={readable}
        claims={summary?.claims ?? []}
      />
      <Timeline
        events={eventsOf(ds, entity.id)}
        published={readable}
        after={after}
        entities={ds.entities}
        entity={entity.id}
        id={TIMELINE_ID}
      />
    </div>
  );
}
