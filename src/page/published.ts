/**
 * When was this article published? Read from what news sites emit, most trusted first:
 * JSON-LD → meta tags → `<time>` in the article → a date in the URL path → a visible dateline.
 *
 * A publication date found by a less trusted source beats a mere modification date found by a more
 * trusted one: "since this article" must count from when the reader's article appeared, and a
 * `dateModified` of 2024 on a 2023 story would hide a year of events. So each source yields candidates
 * tagged published / created / modified, and the sources are searched once per kind, in that order.
 *
 * Standard DOM only (no globals such as `Node` or `NodeFilter`, which Node.js lacks next to jsdom),
 * bounded reads everywhere, and no exception escapes.
 */
import type { PublishedDate } from '../messages';
import { normalizeDate } from './published-date';
import { cueBefore, findTextDates, isDayFirst } from './published-words';

type Source = PublishedDate['source'];
type Kind = 'published' | 'created' | 'modified';
interface Candidate {
  date: string;
  kind: Kind;
}

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT, spelt out because `NodeFilter` is not a Node.js global
const MAX_JSONLD_SCRIPTS = 20;
const MAX_JSONLD_CHARS = 1_000_000;
const MAX_ELEMENTS = 1000; // meta / time elements looked at
const DATELINE_BUDGET = 3000; // characters of article text read for a visible dateline: "near the top"
const SHORT_BLOCK = 200; // a byline or dateline is short; a date inside prose is some other date
const CUED_BLOCK = 400; // "Publié le …" may sit in a slightly longer header block
const BYLINE = 120; // an unlabelled date must sit in a block about this short (author · date · reading time)

export function publishedDate(doc: Document, url?: string): PublishedDate | null {
  try {
    return extract(new Page(doc, url));
  } catch {
    return null; // a hostile or half-built document must never break the content script
  }
}

function extract(page: Page): PublishedDate | null {
  const sources: [Source, () => Candidate[]][] = [
    ['json-ld', () => fromJsonLd(page)],
    ['meta', () => fromMeta(page)],
    ['time', () => fromTime(page)],
    ['url', () => fromUrl(page.url)],
    ['text', () => fromText(page)],
  ];
  const found = new Map<Source, Candidate[]>(); // each source is read at most once, and only if needed
  for (const kind of ['published', 'created', 'modified'] as const) {
    for (const [source, read] of sources) {
      let list = found.get(source);
      if (!list) {
        try {
          list = read();
        } catch {
          list = [];
        }
        found.set(source, list);
      }
      const hit = list.find((c) => c.kind === kind);
      if (hit) return { date: hit.date, source };
    }
  }
  return null;
}

// ————————————————————————————————————————— the page —————————————————————————————————————————

const NOISE_TAGS = new Set(['ASIDE', 'NAV', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA']);
// Boxes of other articles, each with its own date.
const NOISE_NAMES = /(?:^|[\s_-])(?:related|sidebar|comments?|recommend\w*|teasers?|trending|popular|most-read|newsletter|promo|outbrain|taboola|widget)(?:$|[\s_-])/i;
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'SECTION',
  'ARTICLE', 'MAIN', 'TABLE', 'TR', 'TD', 'TH', 'ADDRESS', 'BLOCKQUOTE', 'FIGURE', 'FORM', 'BODY',
]);
const ARTICLE_SELECTOR = 'article, [itemtype*="Article"], [itemtype*="BlogPosting"]';

/** Is `el` inside navigation, a sidebar, a related-articles box…? Looks at ancestors up to `stop`. */
function inNoise(el: Element | null, stop?: Element | null): boolean {
  for (let e = el, depth = 0; e && e !== stop && depth < 64; e = e.parentElement, depth++) {
    if (NOISE_TAGS.has(e.tagName.toUpperCase())) return true;
    if (NOISE_NAMES.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function blockOf(el: Element, stop: Element): Element {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (BLOCK_TAGS.has(e.tagName.toUpperCase())) return e;
  }
  return stop;
}

function firstOutsideNoise(doc: Document, selector: string): Element | null {
  const all = doc.querySelectorAll(selector);
  for (let i = 0; i < all.length && i < 50; i++) if (!inNoise(all[i] ?? null)) return all[i] ?? null;
  return null;
}

/** `<html lang>`, else the Content-Language or og:locale meta tag ("fr_FR" → "fr-FR"). */
function pageLang(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) return lang;
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < MAX_ELEMENTS; i++) {
    const m = metas[i];
    const key = `${m?.getAttribute('http-equiv') ?? ''}|${m?.getAttribute('property') ?? ''}`.toLowerCase();
    if (/content-language|og:locale/.test(key)) return (m?.getAttribute('content') ?? '').replace('_', '-');
  }
  return '';
}

/** What every source needs: the URL, the language, the headline and the article's container. */
class Page {
  readonly url: string;
  readonly dayFirst: boolean;
  readonly headline: Element | null;
  readonly main: Element | null;

  constructor(readonly doc: Document, url?: string) {
    this.url = url ?? doc.URL ?? '';
    this.dayFirst = isDayFirst(pageLang(doc));
    // Sites without an <h1> (Spiegel, Naver…) title the article with an <h2> or an itemprop.
    this.headline =
      firstOutsideNoise(doc, 'h1') ?? firstOutsideNoise(doc, '[itemprop~="headline"]') ?? firstOutsideNoise(doc, 'h2');
    // The article is what holds the headline; else the first article-like element; else <main>.
    this.main =
      this.headline?.closest(`${ARTICLE_SELECTOR}, main, [role="main"]`) ??
      firstOutsideNoise(doc, ARTICLE_SELECTOR) ??
      doc.querySelector('main, [role="main"]');
  }

  /** In the article, or next to its headline (many sites put headline and date above <article>). */
  inArticle(el: Element): boolean {
    if (!this.main && !this.headline) return true;
    return !!(this.main?.contains(el) || this.headline?.parentElement?.contains(el));
  }

  /** A date from a value meant for machines, or failing that a short human-written one. */
  dateOf(value: string | null | undefined): string | null {
    if (!value) return null;
    return normalizeDate(value) ?? (value.length <= 80 ? (findTextDates(value, this.dayFirst)[0]?.date ?? null) : null);
  }
}

// ————————————————————————————————————————— JSON-LD —————————————————————————————————————————

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(text: string): unknown {
  // Some CMSs wrap the block in HTML comments or CDATA markers.
  const body = text
    .replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
    .replace(/(?:-->|(?:\/\/\s*)?\]\]>)\s*$/, '');
  const attempts = [
    (s: string) => s,
    // Raw line breaks inside strings are the commonest breakage (article text pasted unescaped);
    // outside strings they are whitespace anyway, so spaces are safe everywhere.
    (s: string) => s.replace(/[\u0000-\u001f]+/g, ' '),
    (s: string) => s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'), // trailing commas
  ];
  for (const fix of attempts) {
    try {
      return JSON.parse(fix(body));
    } catch {
      // try the next repair; past the last one, the block is ignored and meta tags take over
    }
  }
  return undefined;
}

/** Top-level objects, arrays, `@graph` and `mainEntity`: where sites put the article. Not deeper, so an
 * image's or a related item's `datePublished` is never taken for the article's. */
function collectNodes(value: unknown, out: Json[], depth = 0): void {
  if (depth > 5 || out.length >= 200) return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 200)) collectNodes(v, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    collectNodes(value['@graph'], out, depth + 1);
    collectNodes(value['mainEntity'], out, depth + 1);
  }
}

function typesOf(node: Json): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  // "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are the same type.
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.split(/[/:#]/).pop() ?? '');
}

const isArticleType = (t: string): boolean => /(?:Article|Posting)$/.test(t) || t === 'Report';
const isPageType = (t: string): boolean => /Page$/.test(t);

function sameUrl(a: unknown, page: string): boolean {
  const id = isObject(a) ? a['@id'] : a;
  if (typeof id !== 'string' || !page) return false;
  try {
    const strip = (u: string): string => {
      const x = new URL(u, page);
      return `${x.host}${x.pathname}`.replace(/\/+$/, '').toLowerCase();
    };
    return strip(id) === strip(page);
  } catch {
    return false;
  }
}

function jsonDate(page: Page, value: unknown): string | null {
  if (Array.isArray(value)) return jsonDate(page, value[0]);
  if (isObject(value)) return jsonDate(page, value['@value']);
  return typeof value === 'string' || typeof value === 'number' ? page.dateOf(String(value)) : null;
}

function fromJsonLd(page: Page): Candidate[] {
  const nodes: Json[] = [];
  const scripts = page.doc.querySelectorAll('script[type]');
  let seen = 0;
  for (let i = 0; i < scripts.length && seen < MAX_JSONLD_SCRIPTS; i++) {
    const s = scripts[i];
    if (!s || !/^\s*application\/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    seen++;
    const text = s.textContent ?? '';
    if (text.length <= MAX_JSONLD_CHARS) collectNodes(parseJson(text), nodes);
  }
  // Rank: the article whose URL is this page, other articles, then the WebPage node (Yoast and others
  // repeat the dates there).
  const ranked: { rank: number; node: Json }[] = [];
  for (const node of nodes) {
    const types = typesOf(node);
    if (types.some(isArticleType)) {
      const own = [node['url'], node['@id'], node['mainEntityOfPage']].some((u) => sameUrl(u, page.url));
      ranked.push({ rank: own ? 0 : 1, node });
    } else if (types.some(isPageType)) {
      ranked.push({ rank: 2, node });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank);
  const out: Candidate[] = [];
  for (const { node } of ranked) {
    for (const [key, kind] of [['datePublished', 'published'], ['dateCreated', 'created'], ['dateModified', 'modified']] as const) {
      const date = jsonDate(page, node[key]);
      if (date) out.push({ date, kind });
    }
  }
  return out;
}

// ————————————————————————————————————————— meta tags —————————————————————————————————————————

// Lower-cased names, in order of trust. The generic `date` / `dc.date` come last: some CMSs fill them
// with the modification date.
const META_PUBLISHED = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'published_time',
  'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created',
  'dcterms.created', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'article.published',
  'article_date_original', 'original-publish-date', 'og:pubdate', 'cxenseparse:recs:publishtime', 'dc.date', 'dcterms.date', 'date',
];
const META_MODIFIED = [
  'article:modified_time', 'og:updated_time', 'article:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified',
  'last-modified', 'lastmod',
];

function fromMeta(page: Page): Candidate[] {
  const values = new Map<string, string[]>();
  const add = (key: string, v: string): void => {
    const list = values.get(key) ?? [];
    list.push(v);
    values.set(key, list);
  };
  const metas = page.doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < MAX_ELEMENTS; i++) {
    const m = metas[i];
    const content = m?.getAttribute('content')?.slice(0, 2000);
    if (!m || !content) continue;
    if (page.doc.body?.contains(m) && inNoise(m)) continue; // microdata of a related item
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (m.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) if (key) add(key, content);
    }
  }
  // Older Parse.ly integrations put a JSON object in one tag.
  for (const raw of values.get('parsely-page') ?? []) {
    const pub = (parseJson(raw) as Json | undefined)?.['pub_date'];
    if (typeof pub === 'string') add('parsely-pub-date', pub);
  }
  const out: Candidate[] = [];
  for (const [names, kind] of [[META_PUBLISHED, 'published'], [META_MODIFIED, 'modified']] as const) {
    for (const name of names) {
      const date = (values.get(name) ?? []).map((v) => page.dateOf(v)).find((d) => d);
      if (date) out.push({ date, kind });
    }
  }
  return out;
}

// ————————————————————————————————————————— <time> —————————————————————————————————————————

const PUBLISHED_HINT = /publish|pubdate|posted|created|date-?pub|erstellt|publi/i;
const MODIFIED_HINT = /updat|modif|edited|revis|aktualis|actualiz|aggiorn|maj\b/i;

function fromTime(page: Page): Candidate[] {
  const explicit: Candidate[] = [];
  const plain: Candidate[] = [];
  const els = page.doc.querySelectorAll(
    'time, [itemprop~="datePublished"], [itemprop~="dateCreated"], [itemprop~="dateModified"]',
  );
  for (let i = 0; i < els.length && i < MAX_ELEMENTS; i++) {
    const el = els[i];
    if (!el || el.tagName.toUpperCase() === 'META' || inNoise(el)) continue; // <meta itemprop>: see fromMeta
    const text = (el.textContent ?? '').slice(0, 200);
    const date = page.dateOf(el.getAttribute('datetime') ?? el.getAttribute('content')) ?? page.dateOf(text.trim());
    if (!date) continue;

    const itemprop = el.getAttribute('itemprop') ?? '';
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const block = blockOf(el, page.doc.body ?? el);
    const blockText = (block.textContent ?? '').slice(0, 2000);
    const at = text ? blockText.indexOf(text) : -1;
    const cue = at > 0 ? cueBefore(blockText.slice(Math.max(0, at - 40), at)) : null;

    let kind: Kind | null = null;
    if (/\bdatePublished\b/.test(itemprop) || el.hasAttribute('pubdate')) kind = 'published';
    else if (/\bdateCreated\b/.test(itemprop)) kind = 'created';
    else if (/\bdateModified\b/.test(itemprop) || MODIFIED_HINT.test(names) || cue === 'updated') kind = 'modified';
    else if (PUBLISHED_HINT.test(names) || cue === 'published') kind = 'published';

    if (kind) explicit.push({ date, kind });
    // An unmarked <time> counts only in the article's header or byline, not in its prose or elsewhere.
    else if (page.inArticle(el) && blockText.length <= SHORT_BLOCK) plain.push({ date, kind: 'published' });
  }
  return [...explicit, ...plain];
}

// ————————————————————————————————————————— URL —————————————————————————————————————————

// Paths of news sites: /2023/02/06/slug, /slug-2023-02-06/, /2023-02-06/doc-…, /n1/2023/0206/…,
// /20230206/…, and month-only /2023/02/slug. Tried in this order; the first valid date wins.
const URL_PATTERNS: { re: RegExp; day: boolean }[] = [
  { re: /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=$|[/_.-])/, day: true },
  { re: /[/_-](\d{4})-(\d{2})-(\d{2})(?=$|[/_.-])/, day: true },
  { re: /\/(\d{4})\/(\d{2})(\d{2})(?=$|[/_.-])/, day: true },
  { re: /[/_-](\d{4})(\d{2})(\d{2})(?=$|[/_.-])/, day: true },
  { re: /\/(\d{4})\/(\d{1,2})(?=\/)/, day: false },
];

function fromUrl(url: string): Candidate[] {
  let path: string;
  try {
    path = new URL(url).pathname.slice(0, 1000); // the path only: hosts and queries carry ids, not dates
  } catch {
    return [];
  }
  for (const { re, day } of URL_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const date = normalizeDate(day ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`);
    if (date) return [{ date, kind: 'published' }];
  }
  return [];
}

// ————————————————————————————————————————— visible dateline —————————————————————————————————————————

/** Dates written in the first lines of the article: its header, byline and dateline. */
function fromText(page: Page): Candidate[] {
  const { doc, main, headline } = page;
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  // Read the article from its start; if the headline sits outside it, from the headline on (never from the
  // top of the page, whose masthead often shows today's date).
  let scope: Element = main ?? root;
  let start: Element = scope;
  if (headline && !(main && main.contains(headline))) {
    scope = root;
    start = headline;
  }

  const blocks: { text: string; heading: boolean }[] = [];
  let current: Element | null = null;
  let buf = '';
  const flush = (): void => {
    if (current && buf.trim()) blocks.push({ text: buf, heading: /^H[1-6]$/.test(current.tagName.toUpperCase()) });
  };
  const walker = doc.createTreeWalker(scope, SHOW_TEXT);
  walker.currentNode = start;
  let used = 0;
  for (let n = walker.nextNode(), count = 0; n && used < DATELINE_BUDGET && count < 5000; n = walker.nextNode(), count++) {
    const parent = n.parentElement;
    const full = n.nodeValue ?? '';
    const data = full.slice(0, 1000);
    // <time> elements were judged by fromTime, with their class names; their text is not read again.
    if (!parent || !data.trim() || inNoise(parent, scope) || parent.closest('time')) continue;
    const block = blockOf(parent, scope);
    if (block !== current) {
      flush();
      current = block;
      buf = '';
    }
    buf += ` ${data}`; // a space between nodes: "2023" + "09:30" must not become "202309:30"
    used += full.length; // the whole node counts towards "near the top", even the part not read
  }
  flush();

  const cued: Candidate[] = [];
  const bare: Candidate[] = [];
  let inBody = false; // past the first paragraph of prose: the article's header is over
  for (const { text, heading } of blocks) {
    const length = text.trim().length;
    if (length > SHORT_BLOCK) inBody = true;
    if (length > CUED_BLOCK) continue; // prose: its dates are events, not the publication
    let prevEnd = 0;
    for (const d of findTextDates(text, page.dayFirst)) {
      const cue = cueBefore(text.slice(Math.max(prevEnd, d.index - 40), d.index));
      prevEnd = d.end;
      if (cue) cued.push({ date: d.date, kind: cue === 'updated' ? 'modified' : 'published' });
      // An unlabelled date counts only in a byline-sized block of the header ("ROMA 10 febbraio 2023 10:32"),
      // never in a sentence of the body ("… el 30 de marzo de 2021, con …").
      else if (!heading && !inBody && length <= BYLINE) bare.push({ date: d.date, kind: 'published' });
    }
  }
  return [...cued, ...bare];
}
