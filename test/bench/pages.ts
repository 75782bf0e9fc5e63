/**
 * Deterministic generators for the benchmark pages (issue 5). Every page is plain HTML served from
 * 127.0.0.1; the dynamic pages (infinite scroll, live blog) carry a small page script that starts only when
 * the runner calls `window.__benchStart(durationMs)`, after our first scan has settled.
 */

/** Mulberry32: a small seeded PRNG, so every run sees byte-identical pages. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Filler vocabulary with no anchor of the lexicon in it (no "xiaomi", "su7", "modena", "kunlun", 小米…):
// pages 3 and the decoys rely on it; the runner checks the no-candidate page with the real pre-check.
const WORDS = (
  'the market quarter growth report analysts said company sales price battery range charging network ' +
  'factory plant delivery orders model year brand city council weather season league match players ' +
  'government policy budget energy solar wind grid storage lithium supply chain shipping port harbour ' +
  'investors shares revenue margin profit loss forecast outlook consumer demand retail online store ' +
  'software update safety recall review test drive highway traffic urban commuters subsidy tariff export ' +
  'import europe asia america research university students teachers hospital doctors health museum art ' +
  'music festival film television streaming platform mobile phone camera screen chip design engineer ' +
  'launch event press conference statement interview spokesperson official minister ministry agency'
).split(' ');
const HANZI = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你对能而子那得于着下自之年过发后作里如家多经么去法学都同现当没动面起看定天分还进好开手'.split('');

/** Mentions the engine finds, some straddling inline markup; `decoy` has the same shape and no anchor. */
const MENTIONS = [
  'the Xiaomi <b>SU7</b> sedan',
  '<a href="#m">Xiaomi SU7 Ultra</a> prototype',
  '小米汽车的工厂',
  'the new <em>Xiaomi YU7</em> SUV',
  'Xiaomi <strong>SU7</strong> Max deliveries',
];
const DECOYS = ['the Huawei <b>SV9</b> sedan', '<a href="#m">Huawei SV9 Ultra</a> prototype', '华为汽车的工厂', 'the new <em>Nio ET9</em> SUV', 'Nio <strong>ET9</strong> Max deliveries'];

/** The aliases mark.js is given: the names the generated pages contain, as one case-insensitive regex. */
export const MARK_ALIASES = ['Xiaomi SU7 Ultra', 'Xiaomi SU7', 'Xiaomi YU7', '小米汽车'];

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function hanzi(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += HANZI[Math.floor(r() * HANZI.length)]!;
  return s + '。';
}

/** One paragraph of about 800 characters with a few inline elements (about 8.5 text nodes). */
function paragraph(r: () => number, mention: string | null): string {
  const chinese = r() < 0.2;
  const parts: string[] = [];
  for (let i = 0; i < 5; i++) {
    const text = chinese ? hanzi(r, 60) : sentence(r, 22);
    const k = r();
    if (k < 0.25) parts.push(`${text.slice(0, 40)}<a href="#x${i}">${text.slice(40, 70)}</a>${text.slice(70)}`);
    else if (k < 0.45) parts.push(`<b>${text.slice(0, 30)}</b>${text.slice(30)}`);
    else if (k < 0.6) parts.push(`${text.slice(0, 50)}<em>${text.slice(50, 80)}</em>${text.slice(80)}`);
    else parts.push(text);
  }
  if (mention) parts.splice(2, 0, ` ${chinese ? '' : 'Reports say'} ${mention} ${chinese ? '' : 'is selling well.'} `);
  return `<p>${parts.join(' ')}</p>`;
}

export interface NewsOptions {
  paragraphs: number;
  /** One mention paragraph every `every` paragraphs; 0 for none. */
  every: number;
  /** Decoy phrases of the same shape instead of mentions (page 3: no candidate text at all). */
  decoys?: boolean;
  seed?: number;
  title?: string;
  script?: string;
}

export function paragraphs(o: { count: number; every: number; decoys?: boolean; seed: number; offset?: number }): string[] {
  const r = rng(o.seed);
  const out: string[] = [];
  for (let i = 0; i < o.count; i++) {
    const n = i + (o.offset ?? 0);
    const hot = o.every > 0 && n % o.every === Math.floor(o.every / 2);
    const m = hot ? (o.decoys ? DECOYS : MENTIONS)[Math.floor(n / o.every) % MENTIONS.length]! : null;
    out.push(paragraph(r, m));
  }
  return out;
}

function shell(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 serif;max-width:760px;margin:0 auto;padding:0 16px}td{padding:0 4px;font:12px monospace}</style>
</head><body><header><h1>${title}</h1><nav><a href="#a">World</a> <a href="#b">Business</a> <a href="#c">Tech</a></nav></header>
${body}
<footer><p>Generated benchmark page.</p></footer>${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** Pages 2 and 3: a long news page (5,000 paragraphs ≈ 4.9 MB of HTML). */
export function newsPage(o: NewsOptions): string {
  const ps = paragraphs({ count: o.paragraphs, every: o.every, decoys: o.decoys, seed: o.seed ?? 7 });
  const body: string[] = ['<main><article>'];
  ps.forEach((p, i) => {
    if (i % 25 === 0) body.push(`<h2>Section ${i / 25 + 1}</h2>`);
    body.push(p);
  });
  body.push('</article></main>');
  return shell(o.title ?? 'Synthetic news page', body.join('\n'), o.script);
}

/** Page 4: a data table of `cells` small text nodes (5 per row), a handful of rows naming a model. */
export function tablePage(cells = 100_000, mentionRows = 5): string {
  const r = rng(11);
  const rows = Math.ceil(cells / 5);
  const out: string[] = ['<main><table><thead><tr><th>id</th><th>item</th><th>qty</th><th>price</th><th>note</th></tr></thead><tbody>'];
  const hot = new Set(Array.from({ length: mentionRows }, (_, i) => Math.floor(((i + 0.5) * rows) / mentionRows)));
  for (let i = 0; i < rows; i++) {
    const item = hot.has(i) ? 'Xiaomi SU7' : WORDS[Math.floor(r() * WORDS.length)]!;
    out.push(`<tr><td>${i}</td><td>${item}</td><td>${Math.floor(r() * 1000)}</td><td>${(r() * 100).toFixed(2)}</td><td>${WORDS[Math.floor(r() * WORDS.length)]}</td></tr>`);
  }
  out.push('</tbody></table></main>');
  return shell('Synthetic data table', out.join('\n'));
}

/**
 * Page 5a, infinite scroll: `__benchStart(ms)` appends 50 paragraphs (one mention per 200) every 100 ms
 * for `ms` milliseconds, as one fragment per tick.
 */
export function scrollPage(initial: number): string {
  const pool = paragraphs({ count: 400, every: 200, seed: 23, offset: 0 });
  const script = `
    (() => {
      const pool = ${JSON.stringify(pool)};
      let next = 0;
      window.__benchStart = (ms) => {
        window.__benchTicks = 0;
        const article = document.querySelector('article');
        const t0 = performance.now();
        const id = setInterval(() => {
          if (performance.now() - t0 >= ms) { clearInterval(id); window.__benchDone = true; return; }
          const tpl = document.createElement('template');
          let html = '';
          for (let i = 0; i < 50; i++) html += pool[next++ % pool.length];
          tpl.innerHTML = html;
          article.append(tpl.content);
          window.__benchTicks++;
        }, 100);
      };
    })();`;
  return newsPage({ paragraphs: initial, every: 200, seed: 5, title: 'Synthetic infinite scroll', script });
}

/**
 * Page 5b, live blog: `__benchStart(ms)` rewrites, every 100 ms, the text of 20 existing text nodes in place
 * (characterData mutations; every 4th rewrite names a model), for `ms` milliseconds.
 */
export function livePage(initial: number): string {
  const script = `
    (() => {
      window.__benchStart = (ms) => {
        window.__benchTicks = 0;
        const ps = [...document.querySelectorAll('article p')].slice(0, 40);
        const nodes = ps.map((p) => { const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); return w.nextNode(); }).filter(Boolean);
        let n = 0;
        const t0 = performance.now();
        const id = setInterval(() => {
          if (performance.now() - t0 >= ms) { clearInterval(id); window.__benchDone = true; return; }
          for (let i = 0; i < 20; i++) {
            const node = nodes[(n * 20 + i) % nodes.length];
            node.data = (n + i) % 4 === 0 ? 'Update ' + n + ': the Xiaomi SU7 order book grew again. ' : 'Update ' + n + ': markets were calm this morning. ';
          }
          n++;
          window.__benchTicks++;
        }, 100);
      };
    })();`;
  return newsPage({ paragraphs: initial, every: 200, seed: 9, title: 'Synthetic live blog', script });
}
