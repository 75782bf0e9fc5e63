import { useId } from 'preact/hooks';
import type { Entity, EntityId, TimelineEvent } from '../data/types';
import { formatFuzzyDate } from '../data/dates';
import { isAfter, newestFirst } from './chronology';
import { formatMonth, plural } from './format';
import { useI18n } from './i18n';
import { SourceList } from './SourceLink';
import { pick } from './text';

export interface TimelineProps {
  events: readonly TimelineEvent[];
  /** The article's publication date (ISO). Places the "This article" marker; null hides it. */
  published: string | null;
  /**
   * Ids of the events that count as after the article, when the caller already has them (e.g. a CardSummary's
   * `since`), so the card's count and the timeline agree. Otherwise computed from the dates.
   */
  after?: ReadonlySet<string>;
  /** Entities of the dataset: events of another entity than `entity` get its short name as a tag. */
  entities?: readonly Entity[];
  /** The entity the timeline is about. */
  entity?: EntityId;
  /** Element id of the section, for in-page links to it. */
  id?: string;
}

/**
 * What happened, newest first. With an article date, the events after it come first and stand out, and the
 * marker "This article — Feb 2023" sits between them and what the article could already know.
 */
export function Timeline({ events, published, after, entities = [], entity, id }: TimelineProps) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const sorted = newestFirst(events);
  const later = (e: TimelineEvent) => (published ? (after ? after.has(e.id) : isAfter(e, published)) : false);
  const laterCount = sorted.filter(later).length;
  // Newest first, so the marker goes before the first event the article could already know about.
  const markerAt = published ? indexOrEnd(sorted.findIndex((e) => !later(e)), sorted.length) : -1;
  const month = published ? formatMonth(published, lang) : '';
  const shortNames = new Map(entities.map((e) => [e.id, e.short]));

  const items = sorted.map((event) => (
    <EventItem
      key={event.id}
      event={event}
      isLater={later(event)}
      tag={event.entity !== entity ? shortNames.get(event.entity) : undefined}
    />
  ));
  if (markerAt >= 0) items.splice(markerAt, 0, <ArticleMarker key="article-marker" published={published!} month={month} />);

  return (
    <section class="xev-timeline" id={id} data-testid="timeline" aria-labelledby={titleId}>
      <h2 id={titleId} class="xev-heading">
        {t('timelineHeading')}
      </h2>
      {published && (
        <p class="xev-timeline-summary" data-testid="timeline-since">
          {laterCount === 0 ? t('sinceNone', month) : plural(t, lang, 'sinceCount', laterCount, [month])}
        </p>
      )}
      {sorted.length === 0 ? <p class="xev-empty">{t('timelineEmpty')}</p> : <ol class="xev-tl">{items}</ol>}
    </section>
  );
}

function indexOrEnd(index: number, length: number): number {
  return index === -1 ? length : index;
}

function ArticleMarker({ published, month }: { published: string; month: string }) {
  const { t } = useI18n();
  return (
    <li class="xev-tl-marker" data-testid="article-marker">
      <time dateTime={published} class="xev-tl-marker-label">
        {t('articleMarker', month)}
      </time>
    </li>
  );
}

function EventItem({ event, isLater, tag }: { event: TimelineEvent; isLater: boolean; tag: string | undefined }) {
  const { t, lang } = useI18n();
  return (
    <li class={isLater ? 'xev-ev xev-ev--after' : 'xev-ev'} data-testid={`event-${event.id}`} data-after={String(isLater)}>
      <p class="xev-ev-date">
        <time dateTime={event.date}>{formatFuzzyDate(event.date, lang)}</time>
      </p>
      <h3 class="xev-ev-title">
        {/* The highlight is visual; screen readers hear it as words. */}
        {isLater && <span class="xev-sr">{t('afterArticleSr')} </span>}
        {pick(event.title, lang)}
      </h3>
      <p class="xev-ev-summary">{pick(event.summary, lang)}</p>
      {event.figures && event.figures.length > 0 && (
        <ul class="xev-figures" aria-label={t('figuresLabel')}>
          {event.figures.map((figure) => (
            <li key={figure}>{figure}</li>
          ))}
        </ul>
      )}
      <div class="xev-ev-meta">
        {tag && <span class="xev-tag">{tag}</span>}
        {event.verification === 'single-source' && (
          <span class="xev-tag xev-tag--single" data-testid="single-source">
            {t('singleSource')}
          </span>
        )}
        <SourceList sources={event.sources} />
      </div>
    </li>
  );
}
