/**
 * Checks a value against the `Dataset` type. The same function guards the bundled file (build and tests) and a
 * remote update feed (run time), so the input is treated as hostile: every field is type-checked, strings and
 * arrays have length limits, URLs must be https, and the result is a fresh copy holding only known fields
 * (unknown keys are dropped, never passed on to the UI).
 */
import { compareIntervals, isAfter, parseFuzzyDate, type DayInterval } from './dates';
import type {
  Claim,
  Dataset,
  DatePrecision,
  Entity,
  Fact,
  FactPoint,
  Lang,
  LangText,
  Source,
  TimelineEvent,
  Verification,
} from './types';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** Limits: generous for real data, small enough that a hostile feed cannot bloat the UI or storage. */
export const LIMITS = {
  id: 80,
  short: 40,
  name: 120,
  tagline: 240,
  title: 160,
  summary: 600,
  figure: 100,
  url: 2048,
  outlet: 120,
  label: 120,
  factValue: 300,
  claim: 300,
  explanation: 800,
  matchPhrase: 80,
  entities: 100,
  events: 5000,
  facts: 1000,
  claims: 500,
  points: 200,
  sources: 12,
  figures: 12,
  matches: 50,
  /** Stop collecting after this many errors: a hostile feed should not produce megabytes of messages. */
  errors: 100,
} as const;

const LANGS: readonly Lang[] = ['en', 'fr', 'es', 'de', 'zh'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'quarter', 'year'];
const VERIFICATIONS: readonly Verification[] = ['verified', 'single-source'];
const VERDICTS: readonly Claim['verdict'][] = ['accurate', 'partly-accurate', 'inaccurate', 'unverified'];
/** C0/C1 controls and bidi overrides: never needed in our texts, and able to disguise what a card says. */
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

class TooManyErrors extends Error {}

class Checker {
  readonly errors: string[] = [];

  err(path: string, msg: string): void {
    this.errors.push(`${path}: ${msg}`);
    if (this.errors.length >= LIMITS.errors) throw new TooManyErrors();
  }

  obj(v: unknown, path: string): Record<string, unknown> | null {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.err(path, `must be an object, got ${kind(v)}`);
      return null;
    }
    return v as Record<string, unknown>;
  }

  arr(v: unknown, path: string, max: number, min = 0): unknown[] | null {
    if (!Array.isArray(v)) {
      this.err(path, `must be an array, got ${kind(v)}`);
      return null;
    }
    if (v.length > max) {
      this.err(path, `too many items (${v.length} > ${max})`);
      return null;
    }
    if (v.length < min) {
      this.err(path, min === 1 ? 'must not be empty' : `needs at least ${min} items`);
      return null;
    }
    return v;
  }

  str(v: unknown, path: string, max: number): string | null {
    if (typeof v !== 'string') {
      this.err(path, `must be a string, got ${kind(v)}`);
      return null;
    }
    if (v.trim() === '') {
      this.err(path, 'must not be empty');
      return null;
    }
    if (v.length > max) {
      this.err(path, `too long (${v.length} > ${max} characters)`);
      return null;
    }
    if (FORBIDDEN_CHARS.test(v)) {
      this.err(path, 'contains control or bidi-override characters');
      return null;
    }
    return v;
  }

  id(v: unknown, path: string): string | null {
    const s = this.str(v, path, LIMITS.id);
    if (s !== null && !ID.test(s)) {
      this.err(path, 'must be lower-case letters, digits and single hyphens');
      return null;
    }
    return s;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T | null {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.err(path, `must be one of ${allowed.join(', ')}`);
      return null;
    }
    return v as T;
  }

  /** en and fr required and non-empty; es, de, zh optional but non-empty when present. */
  langText(v: unknown, path: string, max: number): LangText | null {
    const o = this.obj(v, path);
    if (!o) return null;
    const out: Partial<Record<Lang, string>> = {};
    let ok = true;
    for (const lang of LANGS) {
      const required = lang === 'en' || lang === 'fr';
      if (!Object.prototype.hasOwnProperty.call(o, lang) || o[lang] === undefined) {
        if (required) {
          this.err(`${path}.${lang}`, 'is required');
          ok = false;
        }
        continue;
      }
      const s = this.str(o[lang], `${path}.${lang}`, max);
      if (s === null) ok = false;
      else out[lang] = s;
    }
    return ok ? (out as LangText) : null;
  }

  date(v: unknown, path: string): DayInterval | null {
    const iv = parseFuzzyDate(v);
    if (!iv) this.err(path, `must be a real date as YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY, got ${preview(v)}`);
    return iv;
  }

  url(v: unknown, path: string): string | null {
    const s = this.str(v, path, LIMITS.url);
    if (s === null) return null;
    // Check the raw text too: the URL parser forgives leading spaces, backslashes and odd casing.
    if (!s.startsWith('https://') || /\s/.test(s)) {
      this.err(path, 'must be https');
      return null;
    }
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      this.err(path, 'is not a valid URL');
      return null;
    }
    if (u.protocol !== 'https:' || u.hostname === '') {
      this.err(path, 'must be https');
      return null;
    }
    if (u.username || u.password) {
      this.err(path, 'must not contain credentials');
      return null;
    }
    return s;
  }
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function preview(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v);
  return kind(v);
}

export function validateDataset(x: unknown): ValidationResult {
  const c = new Checker();
  let dataset: Dataset | null = null;
  try {
    dataset = check(c, x);
  } catch (e) {
    if (!(e instanceof TooManyErrors)) throw e;
    c.errors.push(`(stopped after ${LIMITS.errors} errors)`);
  }
  if (c.errors.length > 0 || !dataset) {
    return { ok: false, errors: c.errors.length ? c.errors : ['dataset: invalid'] };
  }
  return { ok: true, dataset };
}

function check(c: Checker, x: unknown): Dataset | null {
  const root = c.obj(x, 'dataset');
  if (!root) return null;

  const version = root.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    c.err('version', 'must be a positive integer');
  }
  const asOf = c.date(root.asOf, 'asOf');
  if (asOf && asOf.precision !== 'day') c.err('asOf', 'must be a full date, YYYY-MM-DD');

  /** Not after the as-of date: a date is "after" only if its first possible day is later (see dates.ts). */
  const notFuture = (iv: DayInterval | null, path: string): void => {
    if (iv && asOf && isAfter(iv, asOf)) c.err(path, `is after the dataset's asOf (${asOf.start})`);
  };

  const sources = (v: unknown, path: string): Source[] => {
    const list = c.arr(v, path, LIMITS.sources, 1);
    const out: Source[] = [];
    list?.forEach((s, i) => {
      const p = `${path}[${i}]`;
      const o = c.obj(s, p);
      if (!o) return;
      const url = c.url(o.url, `${p}.url`);
      const outlet = c.str(o.outlet, `${p}.outlet`, LIMITS.outlet);
      const published = c.date(o.published, `${p}.published`);
      if (published && published.precision === 'quarter') {
        c.err(`${p}.published`, 'must be YYYY-MM-DD, YYYY-MM or YYYY');
      }
      notFuture(published, `${p}.published`);
      if (url && outlet && published) out.push({ url, outlet, published: o.published as string });
    });
    return out;
  };

  // Entities
  const entities: Entity[] = [];
  const entityIds = new Set<string>();
  c.arr(root.entities, 'entities', LIMITS.entities, 1)?.forEach((e, i) => {
    const p = `entities[${i}]`;
    const o = c.obj(e, p);
    if (!o) return;
    const id = c.id(o.id, `${p}.id`);
    if (id !== null) {
      if (entityIds.has(id)) c.err(`${p}.id`, `duplicate id "${id}"`);
      entityIds.add(id);
    }
    const name = c.langText(o.name, `${p}.name`, LIMITS.name);
    const tagline = c.langText(o.tagline, `${p}.tagline`, LIMITS.tagline);
    const short = c.str(o.short, `${p}.short`, LIMITS.short);
    if (id && name && tagline && short) entities.push({ id, name, tagline, short });
  });
  // The UI falls back to the business overview; a dataset without it cannot be shown.
  if (Array.isArray(root.entities) && !entityIds.has('xiaomi-ev')) c.err('entities', 'must include "xiaomi-ev"');

  const entityRef = (v: unknown, path: string): string | null => {
    const id = c.id(v, path);
    if (id !== null && !entityIds.has(id)) {
      c.err(path, `unknown entity "${id}"`);
      return null;
    }
    return id;
  };

  // Events
  const events: TimelineEvent[] = [];
  const eventIds = new Set<string>();
  c.arr(root.events, 'events', LIMITS.events, 1)?.forEach((e, i) => {
    const p = `events[${i}]`;
    const o = c.obj(e, p);
    if (!o) return;
    const id = c.id(o.id, `${p}.id`);
    if (id !== null) {
      if (eventIds.has(id)) c.err(`${p}.id`, `duplicate id "${id}"`);
      eventIds.add(id);
    }
    const date = c.date(o.date, `${p}.date`);
    const precision = c.oneOf(o.precision, `${p}.precision`, PRECISIONS);
    if (date && precision && date.precision !== precision) {
      c.err(`${p}.precision`, `"${precision}" does not match the date ${String(o.date)} (${date.precision})`);
    }
    notFuture(date, `${p}.date`);
    const entity = entityRef(o.entity, `${p}.entity`);
    const title = c.langText(o.title, `${p}.title`, LIMITS.title);
    const summary = c.langText(o.summary, `${p}.summary`, LIMITS.summary);
    let figures: string[] | undefined;
    if (o.figures !== undefined) {
      figures = [];
      c.arr(o.figures, `${p}.figures`, LIMITS.figures)?.forEach((f, j) => {
        const s = c.str(f, `${p}.figures[${j}]`, LIMITS.figure);
        if (s !== null) figures!.push(s);
      });
    }
    const verification = c.oneOf(o.verification, `${p}.verification`, VERIFICATIONS);
    const srcs = sources(o.sources, `${p}.sources`);
    if (id && date && precision && entity && title && summary && verification) {
      const ev: TimelineEvent = { id, date: o.date as string, precision, entity, title, summary, verification, sources: srcs };
      if (figures) ev.figures = figures;
      events.push(ev);
    }
  });

  // Facts
  const facts: Fact[] = [];
  const factIds = new Set<string>();
  c.arr(root.facts, 'facts', LIMITS.facts)?.forEach((f, i) => {
    const p = `facts[${i}]`;
    const o = c.obj(f, p);
    if (!o) return;
    const id = c.id(o.id, `${p}.id`);
    if (id !== null) {
      if (factIds.has(id)) c.err(`${p}.id`, `duplicate id "${id}"`);
      factIds.add(id);
    }
    const entity = entityRef(o.entity, `${p}.entity`);
    const label = c.langText(o.label, `${p}.label`, LIMITS.label);
    const points: FactPoint[] = [];
    let prev: DayInterval | null = null;
    c.arr(o.points, `${p}.points`, LIMITS.points, 1)?.forEach((pt, j) => {
      const pp = `${p}.points[${j}]`;
      const po = c.obj(pt, pp);
      if (!po) return;
      const date = c.date(po.date, `${pp}.date`);
      notFuture(date, `${pp}.date`);
      if (date && prev && compareIntervals(prev, date) > 0) c.err(`${pp}.date`, 'points must be sorted oldest first');
      if (date) prev = date;
      const value = c.langText(po.value, `${pp}.value`, LIMITS.factValue);
      const srcs = sources(po.sources, `${pp}.sources`);
      if (date && value) points.push({ date: po.date as string, value, sources: srcs });
    });
    if (id && entity && label) facts.push({ id, entity, label, points });
  });

  // Claims
  const claims: Claim[] = [];
  const claimIds = new Set<string>();
  c.arr(root.claims, 'claims', LIMITS.claims)?.forEach((cl, i) => {
    const p = `claims[${i}]`;
    const o = c.obj(cl, p);
    if (!o) return;
    const id = c.id(o.id, `${p}.id`);
    if (id !== null) {
      if (claimIds.has(id)) c.err(`${p}.id`, `duplicate id "${id}"`);
      claimIds.add(id);
    }
    const entity = entityRef(o.entity, `${p}.entity`);
    const match: string[] = [];
    c.arr(o.match, `${p}.match`, LIMITS.matches, 1)?.forEach((m, j) => {
      const mp = `${p}.match[${j}]`;
      const s = c.str(m, mp, LIMITS.matchPhrase);
      if (s === null) return;
      // Short phrases ("2024", "140") would fire on unrelated pages.
      if (s.trim().length < 4) c.err(mp, 'too short to be specific (at least 4 characters)');
      else if (s !== s.toLowerCase()) c.err(mp, 'must be lower-case');
      else match.push(s);
    });
    const claim = c.langText(o.claim, `${p}.claim`, LIMITS.claim);
    const verdict = c.oneOf(o.verdict, `${p}.verdict`, VERDICTS);
    const explanation = c.langText(o.explanation, `${p}.explanation`, LIMITS.explanation);
    const srcs = sources(o.sources, `${p}.sources`);
    if (id && entity && claim && verdict && explanation) {
      claims.push({ id, entity, match, claim, verdict, explanation, sources: srcs });
    }
  });

  if (c.errors.length > 0 || !asOf) return null;
  return { version: version as number, asOf: root.asOf as string, entities, events, facts, claims };
}
