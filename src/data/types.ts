/**
 * The shape of the sourced dataset. Everything the popup and the hover card say comes from a value of this
 * type; `validate.ts` checks a value against it (the bundled file at build time, a feed at run time).
 */

/** Languages the UI and the dataset's texts come in. `en` and `fr` are required, the rest optional. */
export type Lang = 'en' | 'fr' | 'es' | 'de' | 'zh';
export type LangText = { en: string; fr: string } & Partial<Record<Lang, string>>;

export type EntityId = string;

/**
 * A date as precise as it is known: `2024-03-28` (day), `2024-03` (month), `2024-Q1` (quarter), `2024` (year).
 */
export type FuzzyDate = string;
export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

export interface Source {
  /** https only. */
  url: string;
  /** The outlet's name as readers know it ("Reuters", "CnEVPost"). */
  outlet: string;
  /** When the source was published, ISO `YYYY-MM-DD` or `YYYY-MM`. */
  published: string;
}

/** `verified`: two independent sources or one authoritative one. `single-source`: the card says so. */
export type Verification = 'verified' | 'single-source';

export interface Entity {
  id: EntityId;
  /** Display name, e.g. "Xiaomi SU7 — codename MS11". */
  name: LangText;
  /** One line on what it is. */
  tagline: LangText;
  /** Short name for lists ("SU7"). */
  short: string;
}

export interface TimelineEvent {
  id: string;
  date: FuzzyDate;
  precision: DatePrecision;
  entity: EntityId;
  title: LangText;
  summary: LangText;
  /** Key figures, already phrased ("215,900 yuan"), language-neutral where possible. */
  figures?: string[];
  verification: Verification;
  sources: Source[];
}

/** One dated value of a fact that changes over time. */
export interface FactPoint {
  date: FuzzyDate;
  value: LangText;
  sources: Source[];
}

/** A fact that changes over time (status, starting price, deliveries, capacity…): a time series. */
export interface Fact {
  id: string;
  entity: EntityId;
  label: LangText;
  /** Sorted by date, oldest first. */
  points: FactPoint[];
}

/** A claim common in old coverage, checked against what happened. */
export interface Claim {
  id: string;
  entity: EntityId;
  /** Lower-case phrases whose presence in a page's text means the page makes this claim. */
  match: string[];
  claim: LangText;
  verdict: 'accurate' | 'partly-accurate' | 'inaccurate' | 'unverified';
  explanation: LangText;
  sources: Source[];
}

export interface Dataset {
  /** Increases with every published change; a feed is accepted only if newer. */
  version: number;
  /** ISO date of the newest information checked. */
  asOf: string;
  entities: Entity[];
  events: TimelineEvent[];
  facts: Fact[];
  claims: Claim[];
}

/** "Then vs now" for one fact: its value on the article's date and its latest value. */
export interface FactThenNow {
  fact: Fact;
  /** The value in force on the article's date; null when the fact had no value yet (or no date is known). */
  then: FactPoint | null;
  now: FactPoint;
}

/** Everything the hover card shows for one entity on one page; computed by `data/queries.ts#cardSummary`. */
export interface CardSummary {
  entity: Entity;
  /** Newest event of this entity (or of the business, for `xiaomi-ev`). */
  latest: TimelineEvent | null;
  /** Publication date used for the comparison (ISO), or null when the page's date is unknown. */
  published: string | null;
  /** Events of this entity strictly after the publication date, newest first; empty when no date is known. */
  since: TimelineEvent[];
  thenNow: FactThenNow[];
  /** Claims found on the page that concern this entity. */
  claims: Claim[];
  asOf: string;
}
