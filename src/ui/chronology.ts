/**
 * Timeline order and "after the article", on data/dates.ts's interval rule so the timeline, the hover card's
 * count and `eventsSince` always agree: an event is after the article only when it certainly is, so a
 * month-precision event in the article's own month is not flagged as news.
 */
import { compareIntervals, isAfter as intervalAfter, parseDateOrDateTime, parseFuzzyDate } from '../data/dates';
import type { TimelineEvent } from '../data/types';

/** Whether an event certainly happened after an article published on `published` (ISO, any precision). */
export function isAfter(event: TimelineEvent, published: string): boolean {
  const ev = parseFuzzyDate(event.date);
  const pub = parseDateOrDateTime(published);
  return ev !== null && pub !== null && intervalAfter(ev, pub);
}

/** Newest first; unreadable dates go last and equal dates keep the dataset's order. */
export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index, iv: parseFuzzyDate(event.date) }))
    .sort((a, b) => {
      if (!a.iv || !b.iv) return a.iv ? -1 : b.iv ? 1 : a.index - b.index;
      return compareIntervals(b.iv, a.iv) || a.index - b.index;
    })
    .map((x) => x.event);
}
