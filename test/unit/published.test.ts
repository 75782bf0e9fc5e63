/** publishedDate on small synthetic pages: one rule per test, including the ways pages go wrong. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { publishedDate } from '../../src/lib/published';

const URL_NO_DATE = 'https://news.example/tech/xiaomi-story';
const page = (head: string, body = '', url = URL_NO_DATE, lang = 'en'): Document =>
  new JSDOM(`<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
const ld = (json: unknown): string => `<script type="application/ld+json">${typeof json === 'string' ? json : JSON.stringify(json)}</script>`;
const meta = (attr: string, name: string, content: string): string => `<meta ${attr}="${name}" content="${content}">`;
const OG = meta('property', 'article:published_time', '2023-02-06T09:30:00+01:00');
const fromMeta = { date: '2023-02-06T09:30:00+01:00', source: 'meta' };

describe('JSON-LD', () => {
  it('prefers the article node of an @graph over the WebPage node', () => {
    const doc = page(ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebPage', datePublished: '2020-01-01' },
      { '@type': 'Article', datePublished: '2023-02-06' },
    ] }));
    expect(publishedDate(doc)).toEqual({ date: '2023-02-06', source: 'json-ld' });
  });

  it('uses the WebPage dates when no article node has any', () => {
    const doc = page(ld({ '@graph': [{ '@type': 'Article', headline: 'x' }, { '@type': 'ItemPage', datePublished: '2023-02-06' }] }));
    expect(publishedDate(doc)).toEqual({ date: '2023-02-06', source: 'json-ld' });
  });

  it('reads top-level arrays, mainEntity, type arrays and prefixed or URL types', () => {
    const cases = [
      [{ '@type': 'Organization', foundingDate: '2010-04-06' }, { '@type': 'ReportageNewsArticle', datePublished: '2023-02-06' }],
      { '@type': 'WebPage', mainEntity: { '@type': 'LiveBlogPosting', datePublished: '2023-02-06' } },
      { '@type': ['CreativeWork', 'NewsArticle'], datePublished: '2023-02-06' },
      { '@type': 'http://schema.org/BlogPosting', datePublished: '2023-02-06' },
      { '@type': 'schema:AnalysisNewsArticle', datePublished: '2023-02-06' },
      { '@type': 'NewsArticle', datePublished: ['2023-02-06', '2023-02-07'] },
      { '@type': 'NewsArticle', datePublished: { '@value': '2023-02-06', '@type': 'Date' } },
    ];
    for (const json of cases) expect(publishedDate(page(ld(json))), JSON.stringify(json)).toEqual({ date: '2023-02-06', source: 'json-ld' });
  });

  it('prefers datePublished, then dateCreated, over dateModified', () => {
    const doc = page(ld({ '@type': 'NewsArticle', dateModified: '2024-03-12', dateCreated: '2023-02-05', datePublished: '2023-02-06' }));
    expect(publishedDate(doc)?.date).toBe('2023-02-06');
    const created = page(ld({ '@type': 'NewsArticle', dateModified: '2024-03-12', dateCreated: '2023-02-05' }));
    expect(publishedDate(created)?.date).toBe('2023-02-05');
  });

  it('never takes the date of a nested image, video or author for the article', () => {
    const doc = page(ld({ '@type': 'NewsArticle', headline: 'x',
      image: { '@type': 'ImageObject', datePublished: '2021-03-30' },
      video: { '@type': 'VideoObject', uploadDate: '2021-03-30', datePublished: '2021-03-30' },
      author: { '@type': 'Person', birthDate: '1969-12-16' } }) + OG);
    expect(publishedDate(doc)).toEqual(fromMeta);
  });

  it('ignores non-article nodes (Organization, Event, VideoObject)', () => {
    const doc = page(ld([{ '@type': 'Organization', foundingDate: '2010-04-06' }, { '@type': 'Event', startDate: '2024-03-28' },
      { '@type': 'VideoObject', datePublished: '2022-11-30' }]));
    expect(publishedDate(doc)).toBeNull();
  });

  it('picks the article whose URL is the page when several are described', () => {
    const url = 'https://news.example/tech/xiaomi-story';
    const doc = page(ld([
      { '@type': 'NewsArticle', url: 'https://news.example/tech/other-story', datePublished: '2022-12-01' },
      { '@type': 'NewsArticle', mainEntityOfPage: { '@id': `${url}/#main` }, datePublished: '2023-02-06' },
    ]), '', `${url}?utm_source=x#top`);
    expect(publishedDate(doc)?.date).toBe('2023-02-06');
  });

  it('repairs comment or CDATA wrappers, raw line breaks and trailing commas', () => {
    const body = '{"@type": "NewsArticle", "headline": "two\nlines", "datePublished": "2023-02-06",}';
    for (const text of [`<!--${body}-->`, `//<![CDATA[\n${body}\n//]]>`, body]) {
      expect(publishedDate(page(ld(text)))).toEqual({ date: '2023-02-06', source: 'json-ld' });
    }
    const typed = page(`<script type="Application/LD+JSON; charset=utf-8">{"@type":"NewsArticle","datePublished":"2023-02-06"}</script>`);
    expect(publishedDate(typed)?.source).toBe('json-ld');
  });

  it('falls back to meta tags when JSON-LD is broken, empty or has garbage dates', () => {
    for (const bad of ['{"@type": "NewsArticle", "datePublished": "2019-01-01"', '', 'null', '42', '[[[[[]]]]]',
      '{"@type":"NewsArticle","datePublished":"N/A"}', '{"@type":"NewsArticle","datePublished":"2023-02-30"}',
      '{"@type":"NewsArticle","datePublished":{"nested":true}}', '{"@type":null,"@graph":"x","datePublished":"2023-02-01"}']) {
      expect(publishedDate(page(ld(bad) + OG)), bad).toEqual(fromMeta);
    }
  });

  it('skips a JSON-LD block over 1 MB instead of parsing it', () => {
    const huge = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2019-01-01', articleBody: 'x'.repeat(1_100_000) });
    expect(publishedDate(page(ld(huge) + OG))).toEqual(fromMeta);
  });
});

describe('meta tags', () => {
  it.each([
    ['property', 'article:published_time'], ['property', 'og:article:published_time'], ['property', 'og:published_time'],
    ['name', 'DC.date.issued'], ['name', 'dcterms.created'], ['name', 'DC.Date'], ['name', 'parsely-pub-date'],
    ['name', 'sailthru.date'], ['name', 'pubdate'], ['name', 'publishdate'], ['name', 'publish-date'], ['name', 'date'],
    ['itemprop', 'datePublished'], ['name', 'article.published'],
  ])('<meta %s="%s">', (attr, name) => {
    expect(publishedDate(page(meta(attr, name, '2023-02-06T09:30:00+01:00')))).toEqual(fromMeta);
  });

  it('reads the pub_date of a parsely-page JSON tag', () => {
    const doc = page(`<meta name="parsely-page" content='{"title":"x","pub_date":"2023-02-06T08:30:00Z"}'>`);
    expect(publishedDate(doc)).toEqual({ date: '2023-02-06T08:30:00Z', source: 'meta' });
  });

  it('trusts article:published_time over the generic date tag, and skips garbage values', () => {
    const doc = page(meta('name', 'date', '2024-03-12') + meta('property', 'article:published_time', 'invalid') +
      meta('property', 'article:published_time', '2023-02-06') + meta('name', 'parsely-pub-date', '2023-01-01'));
    expect(publishedDate(doc)).toEqual({ date: '2023-02-06', source: 'meta' });
  });

  it('uses a modification date only when there is no publication date anywhere', () => {
    expect(publishedDate(page(meta('property', 'article:modified_time', '2024-03-12')))).toEqual({ date: '2024-03-12', source: 'meta' });
    const doc = page(meta('property', 'article:modified_time', '2024-03-12'), '', 'https://news.example/2023/02/06/story/');
    expect(publishedDate(doc)).toEqual({ date: '2023-02-06', source: 'url' });
  });

  it('ignores microdata of related items', () => {
    const doc = page('', `<article><h1>T</h1></article><aside class="related"><div itemscope itemtype="https://schema.org/NewsArticle">
      <meta itemprop="datePublished" content="2022-12-01"></div></aside>`);
    expect(publishedDate(doc)).toBeNull();
  });
});

describe('<time>', () => {
  it('takes itemprop=datePublished and pubdate wherever they are, not an unmarked time in a sidebar', () => {
    const doc = page('', `<aside><time datetime="2023-01-01">1 Jan</time></aside>
      <article><h1>T</h1><p>Long story.</p></article><div class="meta"><span itemprop="datePublished" content="2023-02-06">6 Feb</span></div>`);
    expect(publishedDate(doc)).toEqual({ date: '2023-02-06', source: 'time' });
    const pubdate = page('', `<div><time datetime="2023-02-06" pubdate>6 Feb</time></div>`);
    expect(publishedDate(pubdate)).toEqual({ date: '2023-02-06', source: 'time' });
  });

  it('takes an unmarked <time> in the article header, not one in the prose', () => {
    const prose = `<p>${'The car was unveiled on '.repeat(10)}<time datetime="2023-12-28">28 December 2023</time>.</p>`;
    expect(publishedDate(page('', `<article><h1>T</h1>${prose}</article>`))).toBeNull();
    const header = `<article><h1>T</h1><div class="byline">By A. Writer · <time datetime="2023-02-06T09:30">6 Feb</time></div>${prose}</article>`;
    expect(publishedDate(page('', header))).toEqual({ date: '2023-02-06T09:30', source: 'time' });
  });

  it('treats a time marked as updated as a modification date', () => {
    const doc = page('', `<article><h1>T</h1><p>Updated <time datetime="2024-03-12">12 Mar 2024</time> · Published <time datetime="2023-02-06">6 Feb 2023</time></p></article>`);
    expect(publishedDate(doc)).toEqual({ date: '2023-02-06', source: 'time' });
  });
});

describe('URL path', () => {
  it.each([
    ['https://cnevpost.com/2023/02/06/xiaomi-ev/', '2023-02-06'],
    ['https://www.reuters.com/business/autos/xiaomi-ev-plans-2023-02-06/', '2023-02-06'],
    ['https://news.sina.com.cn/c/2023-02-06/doc-imyfhrpc1234567.shtml', '2023-02-06'],
    ['http://finance.people.com.cn/n1/2023/0206/c1004-32618745.html', '2023-02-06'],
    ['https://www.chinadaily.com.cn/a/20230206/WS63e0.html', '2023-02-06'],
    ['https://blog.example/2023/2/6/story', '2023-02-06'],
    ['https://xiaomi-ev.blogspot.com/2023/02/lei-jun.html', '2023-02'],
    ['https://site.example/news/2023/02/story', '2023-02'],
  ])('%s → %s', (url, date) => {
    expect(publishedDate(page('', '', url), url)).toEqual({ date, source: 'url' });
  });

  it.each([
    'https://www.scmp.com/tech/article/3209876/xiaomi', 'https://36kr.com/p/2121234567890123',
    'https://site.example/2023/13/40/story', 'https://site.example/story-2023', 'https://site.example/2023/story',
    'https://site.example/story?date=2023-02-06', 'https://2023-02-06.example/story', 'https://site.example/1899/02/06/old',
    'not a url', '',
  ])('no date in %s', (url) => {
    expect(publishedDate(page(''), url)).toBeNull();
  });
});

describe('visible dateline', () => {
  const article = (header: string, lang = 'fr', prose = '<p>' + 'Texte de l’article. '.repeat(20) + '</p>'): Document =>
    page('', `<header class="masthead">Lundi 20 février 2023</header><article><h1>Titre</h1>${header}${prose}</article>`, URL_NO_DATE, lang);

  it('reads a dateline in the article header, not the masthead', () => {
    expect(publishedDate(article('<p class="date">Publié le 3 février 2023</p>'))).toEqual({ date: '2023-02-03', source: 'text' });
    expect(publishedDate(article(''))).toBeNull();
  });

  it('prefers published over updated wording, whatever the order', () => {
    const doc = article('<p>Mis à jour le 12/03/2024 à 10h05</p><p>Publié le 06/02/2023 à 09h30</p>');
    expect(publishedDate(doc)).toEqual({ date: '2023-02-06', source: 'text' });
    expect(publishedDate(article('<p>Actualizado: 12/03/2024 - 10:05 CET</p>', 'es'))).toEqual({ date: '2024-03-12', source: 'text' });
  });

  it('reads numeric datelines in the page language', () => {
    expect(publishedDate(article('<p>Published 02/03/2023</p>', 'en-US'))?.date).toBe('2023-02-03');
    expect(publishedDate(article('<p>Published 02/03/2023</p>', 'en-GB'))?.date).toBe('2023-03-02');
    expect(publishedDate(article('<p>Veröffentlicht am 02.03.2023</p>', 'de'))?.date).toBe('2023-03-02');
  });

  it('only near the top: a dateline after a long stretch of text is not the article\'s', () => {
    const late = '<p>' + 'Texte de l’article sans date. '.repeat(150) + '</p><p>Publié le 3 février 2023</p>';
    expect(publishedDate(article('', 'fr', late))).toBeNull();
  });

  it('ignores dates in headings and in prose sentences', () => {
    const doc = page('', `<article><h1>Le 30 mars 2021, Xiaomi a changé</h1><h2>3 février 2023</h2>
      <p>${'Xiaomi avait annoncé son projet le 30 mars 2021 devant la presse. '.repeat(5)}</p></article>`, URL_NO_DATE, 'fr');
    expect(publishedDate(doc)).toBeNull();
  });

  it('starts at the headline when the article element does not hold it', () => {
    const doc = page('', `<div class="top">Aujourd’hui 20 février 2023</div><h1>Titre</h1><div class="info">3 février 2023</div>
      <article><p>${'Texte. '.repeat(60)}</p></article>`, URL_NO_DATE, 'fr');
    expect(publishedDate(doc)).toEqual({ date: '2023-02-03', source: 'text' });
  });
});

describe('robustness', () => {
  it('never throws, whatever it is given', () => {
    const empty = new JSDOM('').window.document;
    expect(publishedDate(empty)).toBeNull();
    const bare = new JSDOM('<p>x</p>').window.document;
    bare.removeChild(bare.documentElement);
    expect(publishedDate(bare)).toBeNull();
    expect(publishedDate({} as Document)).toBeNull();
    expect(publishedDate(null as unknown as Document)).toBeNull();
    const hostile = new Proxy({}, { get() { throw new Error('boom'); } }) as Document;
    expect(publishedDate(hostile, 'https://x.example/2023/02/06/a')).toBeNull();
  });

  it('reads a huge page (thousands of metas, time elements and paragraphs without a date) and finds no date', () => {
    const prose = `<p>${'Une phrase sans date mais longue. '.repeat(20)}</p>`.repeat(3000);
    const sidebar = `<aside>${'<time datetime="2023-01-01">x</time>'.repeat(3000)}</aside>`;
    const metas = '<meta name="x" content="y">'.repeat(3000);
    const doc = page(metas + ld({ '@type': 'Thing' }).repeat(100), `<article><h1>T</h1>${prose}</article>${sidebar}`);
    // How long it takes is the bench's business ("published date" phase, npm run bench), not a unit test's.
    expect(publishedDate(doc)).toBeNull();
    expect(doc.querySelectorAll('time, meta, p').length).toBeGreaterThanOrEqual(9000);
  });
});
