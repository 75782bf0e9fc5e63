/**
 * Fuzzy dates: `2024-03-28` (day), `2024-03` (month), `2024-Q1` (quarter), `2024` (year).
 *
 * A fuzzy date stands for an interval of days, [start, end]. Comparisons are made on those intervals so that
 * "after" only means "certainly after": an event dated `2023-02` is NOT after an article of 2023-02-06,
 * because it may have happened before it. Days are compared as `YYYY-MM-DD` strings (lexical order is
 * chronological), so no time zone ever comes into play.
 */
import type { DatePrecision, FuzzyDate, Lang } from './types';

export interface DayInterval {
  /** First possible day, `YYYY-MM-DD`. */
  start: string;
  /** Last possible day, `YYYY-MM-DD`. */
  end: string;
  precision: DatePrecision;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;
/** An ISO date-time as pages publish it; only its date part, as the page states it, is used. */
const DATETIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

// Years outside this range are typos or hostile input, not Xiaomi history.
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function yearOk(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** The interval a fuzzy date stands for, or null when it is not a well-formed, real date. */
export function parseFuzzyDate(s: unknown): DayInterval | null {
  if (typeof s !== 'string' || s.length > 10) return null;
  let m = DAY.exec(s);
  if (m) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (!yearOk(y) || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    return { start: s, end: s, precision: 'day' };
  }
  m = MONTH.exec(s);
  if (m) {
    const y = Number(m[1]), mo = Number(m[2]);
    if (!yearOk(y) || mo < 1 || mo > 12) return null;
    return { start: `${s}-01`, end: `${s}-${pad2(daysInMonth(y, mo))}`, precision: 'month' };
  }
  m = QUARTER.exec(s);
  if (m) {
    const y = Number(m[1]), q = Number(m[2]);
    if (!yearOk(y)) return null;
    const first = (q - 1) * 3 + 1, last = first + 2;
    return {
      start: `${m[1]}-${pad2(first)}-01`,
      end: `${m[1]}-${pad2(last)}-${pad2(daysInMonth(y, last))}`,
      precision: 'quarter',
    };
  }
  m = YEAR.exec(s);
  if (m) {
    if (!yearOk(Number(m[1]))) return null;
    return { start: `${s}-01-01`, end: `${s}-12-31`, precision: 'year' };
  }
  return null;
}

/**
 * Like `parseFuzzyDate`, but also accepts an ISO date-time (`2023-02-06T09:30:00+01:00`), as a page's
 * publication date may be. The date part is kept as written: the day the publisher says it published.
 */
export function parseDateOrDateTime(s: unknown): DayInterval | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const m = DATETIME.exec(s);
  return parseFuzzyDate(m ? m[1] : s);
}

/** `a` certainly lies after `b`: a's first possible day is later than b's last possible day. */
export function isAfter(a: DayInterval, b: DayInterval): boolean {
  return a.start > b.end;
}

/** Chronological order for sorting: by first possible day, then by last (the more precise date first). */
export function compareIntervals(a: DayInterval, b: DayInterval): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}

/** Intl locale per UI language. English uses en-GB so a day reads "28 Mar 2024" (day before month). */
const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', de: 'de-DE', zh: 'zh-CN' };

function quarterLabel(year: string, q: number, lang: Lang): string {
  switch (lang) {
    case 'fr':
    case 'es':
      return `T${q} ${year}`; // trimestre
    case 'zh':
      return `${year}年第${q}季度`;
    default:
      return `Q${q} ${year}`;
  }
}

/**
 * A fuzzy date for people, at its own precision: "28 Mar 2024", "Feb 2023", "Q1 2024", "2025" (English);
 * "28 mars 2024", "févr. 2023", "T1 2024" (French). Returns the input unchanged if it is not a fuzzy date
 * (a display helper should never throw).
 */
export function formatFuzzyDate(date: FuzzyDate, lang: Lang = 'en'): string {
  const iv = parseDateOrDateTime(date);
  if (!iv) return String(date);
  const locale = LOCALE[lang] ?? LOCALE.en;
  const [y, mo, d] = iv.start.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  switch (iv.precision) {
    case 'day':
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc);
    case 'month':
      return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc);
    case 'quarter':
      return quarterLabel(String(y), Math.floor((mo - 1) / 3) + 1, lang);
    case 'year':
      return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(utc);
  }
}
