/**
 * Questions the UI asks of the dataset. Pure functions: no DOM, no browser API.
 *
 * Fuzzy dates are compared as intervals (see dates.ts): something is "after" a date only if it certainly
 * happened later. So for an article of 2023-02-06, an event dated `2023-02` is not counted as "since", and a
 * fact value dated `2023-02` already counts as "then". An article dated only by month (`2023-02`) is taken to
 * end on its last day.
 *
 * `xiaomi-ev` is the business: its timeline is every event (all models included); other entities have their
 * own events only. Claims follow the same rule; facts stay per entity (the business card should not list every
 * model's price).
 */
import { compareIntervals, isAfter, parseDateOrDateTime, parseFuzzyDate, type DayInterval } from './dates';
import type { CardSummary, Claim, Dataset, EntityId, Fact, FactPoint, FactThenNow, TimelineEvent } from './types';

export const BUSINESS: EntityId = 'xiaomi-ev';

/** Interval of a date already validated; an unparseable one sorts first and is never "after" anything. */
function interval(date: string): DayInterval {
  return parseFuzzyDate(date) ?? { start: '0000-00-00', end: '0000-00-00', precision: 'day' };
}

/** Oldest first; equal dates keep the dataset's order (Array#sort is stable). */
function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => compareIntervals(interval(a.date), interval(b.date)));
}

/** The entity's timeline, oldest first. For `xiaomi-ev` (the business) that is every event. */
export function eventsOf(ds: Dataset, entity: EntityId): TimelineEvent[] {
  return chronological(entity === BUSINESS ? ds.events : ds.events.filter((e) => e.entity === entity));
}

/**
 * Events that certainly happened after `date` (an ISO date, fuzzy date or date-time), oldest first. With an
 * `entity`, only that entity's timeline (see `eventsOf`). Throws on a date it cannot read, since silently
 * answering "nothing happened" would be wrong.
 */
export function eventsSince(ds: Dataset, date: string, entity?: EntityId): TimelineEvent[] {
  const since = parseDateOrDateTime(date);
  if (!since) throw new RangeError(`eventsSince: not a date: ${JSON.stringify(date)}`);
  const pool = entity === undefined ? chronological(ds.events) : eventsOf(ds, entity);
  return pool.filter((e) => isAfter(interval(e.date), since));
}

/** The newest event of the entity's timeline, or null when it has none. */
export function latestEvent(ds: Dataset, entity: EntityId): TimelineEvent | null {
  return eventsOf(ds, entity).at(-1) ?? null;
}

/**
 * The value of a fact in force on `date`: its newest point not after that date. Null when the fact had no
 * value yet or the date cannot be read.
 */
export function factValueAt(fact: Fact, date: string): FactPoint | null {
  const at = parseDateOrDateTime(date);
  if (!at) return null;
  let found: FactPoint | null = null;
  for (const p of fact.points) {
    if (!isAfter(interval(p.date), at)) found = p; // points are sorted oldest first (validator checks)
  }
  return found;
}

/** Claims that concern the entity; the business card takes them all, like its timeline. */
function claimConcerns(claim: Claim, entity: EntityId): boolean {
  return entity === BUSINESS || claim.entity === entity;
}

/**
 * Everything the hover card shows for `entity` on a page published on `published` (null or unreadable: the
 * date is unknown, so no "since" list and no "then" values). `claimIds` are the claims found on the page
 * (`claimsInText`). Null for an entity the dataset does not know.
 */
export function cardSummary(
  ds: Dataset,
  entity: EntityId,
  published: string | null,
  claimIds: string[],
): CardSummary | null {
  const ent = ds.entities.find((e) => e.id === entity);
  if (!ent) return null;
  const pub = published !== null && parseDateOrDateTime(published) ? published : null;

  const since = pub ? eventsSince(ds, pub, entity).reverse() : [];
  const thenNow: FactThenNow[] = [];
  for (const fact of ds.facts) {
    if (fact.entity !== entity) continue;
    const now = fact.points.at(-1);
    if (!now) continue;
    thenNow.push({ fact, then: pub ? factValueAt(fact, pub) : null, now });
  }
  const wanted = new Set(claimIds);
  const claims = ds.claims.filter((c) => wanted.has(c.id) && claimConcerns(c, entity));

  return { entity: ent, latest: latestEvent(ds, entity), published: pub, since, thenNow, claims, asOf: ds.asOf };
}

/**
 * Text normalised for phrase matching: NFKC (full-width digits, ligatures), lower case, every kind of space
 * (NBSP and narrow NBSP are common thousands separators in French) as one plain space, curly apostrophes as
 * straight ones.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    // JS \s already covers NBSP, narrow NBSP and thin space; zero-width space is added by hand.
    .replace(/[\s\u200b]+/g, ' ');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const CJK = /[\u3400-\u9fff]/;
/** Characters that group thousands: "1,140", "1.140", "1 140" (spaces are already normalised to " "). */
const GROUP_SEP = /[,.' ]/;

/** True if `c` may sit next to a phrase edge `edge` without gluing two words or numbers together. */
function separate(edge: string, c: string, beyond: string): boolean {
  if (c === '') return true;
  // Scripts without spaces (Chinese) have no word boundaries to check.
  if (CJK.test(edge) || CJK.test(c)) return true;
  if (WORD_CHAR.test(edge) && WORD_CHAR.test(c)) return false;
  // A number edge next to a thousands separator and another digit is part of a bigger number.
  if (DIGIT.test(edge) && GROUP_SEP.test(c) && DIGIT.test(beyond)) return false;
  return true;
}

/**
 * Whether `phrase` occurs in `text` as a whole: "2 300" does not fire on "12 300", "140 vehicles" not on
 * "1,140 vehicles", "40 000 euro" not on "40 000 euros".
 */
function occurs(text: string, phrase: string): boolean {
  const first = phrase[0] ?? '';
  const last = phrase[phrase.length - 1] ?? '';
  for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + 1)) {
    const end = i + phrase.length;
    if (separate(first, text[i - 1] ?? '', text[i - 2] ?? '') && separate(last, text[end] ?? '', text[end + 1] ?? '')) {
      return true;
    }
  }
  return false;
}

/** Ids of the claims whose match phrases occur in `text`, in dataset order. */
export function claimsInText(ds: Dataset, text: string): string[] {
  return claimIdsIn(ds.claims, text);
}

/** The same over bare `{id, match}` pairs: the content script gets only these, never the whole dataset. */
export function claimIdsIn(claims: readonly Pick<Claim, 'id' | 'match'>[], text: string): string[] {
  const norm = normaliseForMatch(text);
  return claims
    .filter((c) => c.match.some((m) => {
      const phrase = normaliseForMatch(m).trim();
      return phrase !== '' && occurs(norm, phrase);
    }))
    .map((c) => c.id);
}
