/**
 * The extractor on pages modelled on real news sites' markup (test/fixtures/published/).
 * Each page is read whole, then stripped step by step of its most trusted date source, so every page
 * also checks the fallback chain: JSON-LD → meta → <time> → URL → visible dateline.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { publishedDate } from '../../src/lib/published';
import type { PublishedDate } from '../../src/messages';

const dir = new URL('../fixtures/published/', import.meta.url);
const load = (file: string, url: string): Document =>
  new JSDOM(readFileSync(new URL(file, dir), 'utf8'), { url }).window.document;

const drop = (selector: string) => (doc: Document) => doc.querySelectorAll(selector).forEach((e) => e.remove());
const JSON_LD = drop('script[type="application/ld+json"]');
const META = drop('meta');
const TIME = drop('time');
/** A step removes something from the page (or changes the URL) and states what is found then. */
interface Step {
  then: (doc: Document) => void;
  url?: string;
  expect: PublishedDate | null;
}
interface Case {
  file: string;
  site: string;
  url: string;
  expect: PublishedDate | null;
  steps?: Step[];
}

const NO_URL_DATE = 'https://news.example/article';

const CASES: Case[] = [
  {
    file: 'reuters.html', site: 'Reuters (JSON-LD with raw line breaks, slug ending in the date)',
    url: 'https://www.reuters.com/business/autos-transportation/chinas-xiaomi-says-first-ev-track-2024-production-start-2023-02-06/',
    expect: { date: '2023-02-06T09:12:45.318Z', source: 'json-ld' },
    steps: [
      { then: JSON_LD, expect: { date: '2023-02-06T09:12:45.318Z', source: 'meta' } },
      { then: META, expect: { date: '2023-02-06T09:12:45.318Z', source: 'time' } },
      { then: TIME, expect: { date: '2023-02-06', source: 'url' } },
      { then: () => {}, url: NO_URL_DATE, expect: null },
    ],
  },
  {
    file: 'lemonde.html', site: 'Le Monde (og:article:published_time, "Publié le … modifié le")',
    url: 'https://www.lemonde.fr/economie/article/2023/02/07/xiaomi-le-geant-chinois-des-smartphones-accelere-sur-la-voiture-electrique_6160850_3234.html',
    expect: { date: '2023-02-07T06:00:12+01:00', source: 'json-ld' },
    steps: [
      { then: JSON_LD, expect: { date: '2023-02-07T05:00:12+00:00', source: 'meta' } },
      { then: META, expect: { date: '2023-02-07', source: 'url' } },
      // The masthead's "Mardi 7 février 2023" and the sidebar's "Publié le 06 février" are not read.
      { then: () => {}, url: NO_URL_DATE, expect: { date: '2023-02-07', source: 'text' } },
    ],
  },
  {
    file: 'elpais.html', site: 'El País (dateModified before datePublished, "Actualizado: 12/03/2024")',
    url: 'https://elpais.com/tecnologia/2023-03-01/xiaomi-acelera-su-coche-electrico-produccion-a-partir-de-2024.html',
    expect: { date: '2023-03-01T05:40:00+01:00', source: 'json-ld' },
    steps: [
      { then: JSON_LD, expect: { date: '2023-03-01T05:40:00+01:00', source: 'meta' } },
      { then: META, expect: { date: '2023-03-01T05:40:00+01:00', source: 'time' } },
      { then: drop('#article_date_p time'), expect: { date: '2023-03-01', source: 'url' } },
      // Only the "Actualizado" date is left: used, as a modification date, only when nothing else is.
      { then: () => {}, url: NO_URL_DATE, expect: { date: '2024-03-12T10:05:00+01:00', source: 'time' } },
    ],
  },
  {
    file: 'spiegel.html', site: 'Spiegel (JSON-LD array, meta name=date, headline in <h2>, "08.02.2023, 17.45 Uhr")',
    url: 'https://www.spiegel.de/auto/xiaomi-smartphone-hersteller-baut-elektroauto-produktion-ab-2024-a-5f2c1e7b-4b1d-4d6e-9a55-2d4e1c9f8a10',
    expect: { date: '2023-02-08T17:45:00+01:00', source: 'json-ld' },
    steps: [
      { then: JSON_LD, expect: { date: '2023-02-08T17:45:00+01:00', source: 'meta' } },
      { then: META, expect: { date: '2023-02-08T17:45:00', source: 'time' } },
      {
        then: (doc) => doc.querySelectorAll('time').forEach((t) => t.removeAttribute('datetime')),
        expect: { date: '2023-02-08', source: 'time' },
      },
      { then: TIME, expect: null }, // the date in the prose (30.03.2021) is not the article's
    ],
  },
  {
    file: 'cnevpost.html', site: 'CnEVPost (WordPress + Yoast @graph)',
    url: 'https://cnevpost.com/2023/02/09/xiaomi-first-ev-production-h1-2024/',
    expect: { date: '2023-02-09T02:52:19+00:00', source: 'json-ld' },
    steps: [
      { then: JSON_LD, expect: { date: '2023-02-09T02:52:19+00:00', source: 'meta' } },
      { then: META, expect: { date: '2023-02-09T10:52:19+08:00', source: 'time' } },
      { then: TIME, expect: { date: '2023-02-09', source: 'url' } },
    ],
  },
  {
    file: 'ansa.html', site: 'ANSA (microdata <meta itemprop>, "ROMA 10 febbraio 2023 10:32")',
    url: 'https://www.ansa.it/sito/notizie/tecnologia/hitech/2023/02/10/xiaomi-lauto-elettrica-in-produzione-nel-2024_7c1f5a2e-3b9d-4e1a-8f2c-1d6b9e0a4c37.html',
    expect: { date: '2023-02-10T10:32:00+01:00', source: 'meta' },
    steps: [
      { then: META, expect: { date: '2023-02-10', source: 'url' } },
      { then: () => {}, url: NO_URL_DATE, expect: { date: '2023-02-10', source: 'text' } },
    ],
  },
  {
    file: 'scmp.html', site: 'SCMP (@type array, several JSON-LD blocks incl. a VideoObject)',
    url: 'https://www.scmp.com/tech/big-tech/article/3209876/xiaomi-founder-lei-jun-says-ev-unit-ahead-schedule-140-test-cars-road',
    expect: { date: '2023-02-11T11:00:17+08:00', source: 'json-ld' },
    steps: [
      { then: JSON_LD, expect: { date: '2023-02-11T03:00:17Z', source: 'meta' } },
      { then: META, expect: { date: '2023-02-11T11:00:17+08:00', source: 'time' } },
      {
        then: (doc) => doc.querySelectorAll('time').forEach((t) => t.removeAttribute('datetime')),
        expect: { date: '2023-02-11', source: 'time' }, // from "Published: 11:00am, 11 Feb 2023"
      },
    ],
  },
  {
    file: 'engadget.html', site: 'Engadget (parsely-pub-date, "Mon, February 13, 2023 at 2:20 PM UTC")',
    url: 'https://www.engadget.com/xiaomi-ev-on-track-for-2024-142031123.html',
    expect: { date: '2023-02-13T14:20:31.000Z', source: 'json-ld' },
    steps: [
      { then: JSON_LD, expect: { date: '2023-02-13T14:20:31Z', source: 'meta' } },
      { then: META, expect: { date: '2023-02-13', source: 'text' } },
    ],
  },
  {
    file: 'electrive.html', site: 'electrive (WordPress <time class="entry-date published">, "updated" printed first)',
    url: 'https://www.electrive.com/2023/02/14/xiaomi-confirms-start-of-ev-production-in-2024/',
    expect: { date: '2023-02-14T11:45:12+01:00', source: 'time' },
    steps: [
      // A publication date from the URL beats a modification date from a more trusted source.
      { then: drop('time.published'), expect: { date: '2023-02-14', source: 'url' } },
      { then: () => {}, url: NO_URL_DATE, expect: { date: '2023-03-02T09:10:00+01:00', source: 'time' } },
    ],
  },
  {
    file: '36kr.html', site: '36Kr (no metadata, "发布时间：2023年2月15日 09:30")',
    url: 'https://36kr.com/p/2121234567890123',
    expect: { date: '2023-02-15', source: 'text' },
  },
  {
    file: 'naver.html', site: 'Naver News (no metadata, "입력 2023.02.16. 오전 9:30 / 수정 …")',
    url: 'https://n.news.naver.com/mnews/article/001/0013751234',
    expect: { date: '2023-02-16', source: 'text' },
  },
  {
    file: 'german-blog-text-only.html', site: 'German WordPress EV blog ("Zuletzt aktualisiert am …· Veröffentlicht am 22. Februar 2023")',
    url: 'https://elektroauto-blog.example/xiaomi-lei-jun-autoprojekt/',
    expect: { date: '2023-02-22', source: 'text' },
  },
  {
    file: 'gizmochina-url-only.html', site: 'Gizmochina-style WordPress permalink, no date in the markup',
    url: 'https://www.gizmochina.com/2023/02/17/lei-jun-update-xiaomi-car-project/',
    expect: { date: '2023-02-17', source: 'url' },
    steps: [{ then: () => {}, url: NO_URL_DATE, expect: null }], // not the masthead's "today"
  },
  {
    file: 'blogger-month-url.html', site: 'Blogger blog (/2023/02/slug.html: month precision)',
    url: 'https://xiaomi-ev-watch.blogspot.com/2023/02/lei-jun-car-update.html',
    expect: { date: '2023-02', source: 'url' },
    steps: [{ then: () => {}, url: NO_URL_DATE, expect: null }],
  },
  {
    file: 'modified-only-jsonld.html', site: 'WordPress schema plugin emitting only dateModified',
    url: 'https://evdaily.example/xiaomi-car-project-lei-jun-investors/',
    expect: { date: '2023-02-20T07:15:00+00:00', source: 'meta' },
    steps: [{ then: META, expect: { date: '2024-03-12T08:00:00+00:00', source: 'json-ld' } }],
  },
  {
    file: 'broken-jsonld.html', site: 'Pandaily-style template with an unescaped quote in its JSON-LD',
    url: 'https://pandaily.example/lei-jun-xiaomi-car-ahead-of-plan/',
    expect: { date: '2023-02-21T10:00:00+08:00', source: 'meta' },
    steps: [
      { then: drop('meta[property="article:published_time"]'), expect: { date: '2023-02-21T10:00:00', source: 'meta' } },
    ],
  },
  {
    file: 'no-date.html', site: 'evergreen guide: garbage dates, dates only in prose, sidebar and masthead',
    url: 'https://evguide.example/guides/xiaomi-su7-explained',
    expect: null,
  },
];

describe('publishedDate on pages modelled on real sites', () => {
  for (const c of CASES) {
    it(`${c.file} — ${c.site}`, () => {
      const doc = load(c.file, c.url);
      expect(publishedDate(doc, c.url)).toEqual(c.expect);
      let url = c.url;
      for (const [i, step] of (c.steps ?? []).entries()) {
        step.then(doc);
        url = step.url ?? url;
        expect(publishedDate(doc, url), `step ${i + 1}`).toEqual(step.expect);
      }
    });
  }

  it('reads the URL from the document when none is given', () => {
    const doc = load('gizmochina-url-only.html', 'https://www.gizmochina.com/2023/02/17/lei-jun-update-xiaomi-car-project/');
    expect(publishedDate(doc)).toEqual({ date: '2023-02-17', source: 'url' });
  });

  it('covers at least 12 fixture pages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });
});
