/**
 * The hostile-page suite (issue 6), written once and run by hostile.chromium / hostile.firefox. Every case
 * checks highlights where expected, none where not, the page's own behaviour, and no page error.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type TestServer } from './harness/server';
import { poll, sleep, type Driver, type HPage } from './hostile-driver';
import { cardView, hlTexts, mentionBox, overlap, type Box, type CardView } from './hostile-probes';
import { readPng, type Bitmap } from './png';
import { ARTIFACTS } from './expectations';
import { bigPage } from './hostile-big-page';
import type { OurRuns } from './hostile-profile';

const FIXTURES = path.resolve('test/fixtures');

/** Opens the card on the n-th mention with `text`, as a reader would: approach, then rest on it. */
async function hoverCard(page: HPage, text: string, nth = 0): Promise<{ mention: NonNullable<Awaited<ReturnType<typeof mentionBox>>>; card: CardView }> {
  const mention = (await page.evaluate(mentionBox, { text, nth }))!;
  expect(mention, `mention "${text}" #${nth}`).not.toBeNull();
  await page.move(Math.max(0, mention.x - 40), Math.max(0, mention.y - 40)); // Firefox refuses moves off the viewport
  await page.move(mention.x, mention.y, 4);
  const card = await poll(() => page.evaluate(cardView, undefined), (c) => c.open && c.box !== null && c.box.width > 0, 6000);
  return { mention, card };
}

/**
 * Pixels of the highlight's underline colour (rgba(226, 88, 0, 0.9) over white) in a text box and the few
 * pixels below it (the underline sits 3 px under the text). Text is grey, the page white: neither counts.
 */
function orangePixels(shot: Bitmap, box: Box, scale: number): number {
  let n = 0;
  const x0 = Math.max(0, Math.floor(box.left * scale));
  const x1 = Math.min(shot.width - 1, Math.ceil((box.left + box.width) * scale));
  const y0 = Math.max(0, Math.floor(box.top * scale));
  const y1 = Math.min(shot.height - 1, Math.ceil((box.top + box.height + 6) * scale));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const [r, g, b] = shot.at(x, y);
      if (r > 170 && r - b > 100 && g < 160) n++;
    }
  }
  return n;
}

export interface SuiteOptions {
  /** Measures our longest uninterrupted JS while `url` loads (Chromium's CPU profiler); absent in Firefox. */
  profile?: (url: string) => Promise<OurRuns>;
}

export function hostileSuite(makeDriver: () => Promise<Driver>, opts: SuiteOptions = {}): void {
  let d: Driver;
  let server: TestServer;
  let other: string;
  const texts = (p: HPage) => p.evaluate(hlTexts, undefined);
  const settle = (p: HPage, n: number, ms = 15_000) => poll(() => texts(p), (t) => t.length === n, ms);
  const url = (p: string) => `${server.origin}/hostile/${p}`;

  beforeAll(async () => {
    // SPA paths serve the one app page; the CSP page gets its policy as a header, as a real site would send it.
    const fixture = (name: string) => readFileSync(path.join(FIXTURES, 'hostile', name), 'utf8');
    const spa = { body: fixture('spa.html') };
    server = await startServer(FIXTURES, {
      '/favicon.ico': { body: '', status: 204 },
      '/hostile/spa/one': spa,
      '/hostile/spa/two': spa,
      '/hostile/spa/three': spa,
      '/hostile/csp.html': { body: fixture('csp.html'), headers: { 'content-security-policy': "default-src 'none'" } },
      '/hostile/big.html': { body: bigPage() },
    });
    other = server.origin.replace('127.0.0.1', 'localhost');
    d = await makeDriver();
  });
  afterAll(async () => {
    await d?.close();
    await server?.close();
  });

  it('a React-like app hydrates after our scan without a mismatch, re-renders, and highlights follow', async () => {
    const p = await d.open(url('framework.html'));
    await poll(() => p.evaluate(() => (window as any).__fw?.hydrated === true, undefined), Boolean);
    const fw = await p.evaluate(() => ({ errors: (window as any).__fw.errors as string[], at: (window as any).__fw.highlightsAtHydration as number }), undefined);
    expect(fw.errors).toEqual([]);
    expect(fw.at).toBe(3); // hydration ran after our scan, over a DOM we highlighted
    expect(await texts(p)).toEqual(['Xiaomi SU7', 'Xiaomi SU7', 'Xiaomi SU7']);

    // Re-render: text changes in place, a paragraph goes (removeChild), another comes, the button still works.
    await p.evaluate(() => (window as any).__fw.set({ model: 'Xiaomi YU7', second: null }), undefined);
    await p.evaluate(() => (window as any).__fw.set({ second: 'Now the Xiaomi SU7 Ultra too.' }), undefined);
    expect(await poll(() => texts(p), (t) => t.join() === 'Xiaomi YU7,Xiaomi YU7,Xiaomi SU7 Ultra')).toEqual(['Xiaomi YU7', 'Xiaomi YU7', 'Xiaomi SU7 Ultra']);
    const button = await p.evaluate(() => {
      const r = document.querySelector('button')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, undefined);
    await p.click(button.x, button.y);
    await poll(() => p.evaluate(() => document.querySelector('button')!.textContent, undefined), (t) => t === 'Clicked 1 times');
    expect(await p.evaluate(() => document.querySelector('button')!.textContent, undefined)).toBe('Clicked 1 times');
    expect(await p.evaluate(() => (window as any).__fw.errors, undefined)).toEqual([]);
    expect(await poll(() => d.badge(p), (b) => b === '3')).toBe('3');
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('infinite scroll and a live blog: new text is found, rewritten text re-highlighted, removed text dropped', async () => {
    const p = await d.open(url('live.html'));
    expect(await settle(p, 2)).toEqual(['Xiaomi YU7', 'Xiaomi SU7']);
    await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight), undefined);
    expect(await settle(p, 3)).toEqual(['Xiaomi YU7', 'Xiaomi SU7', 'Xiaomi SU7 Ultra']);
    expect(await poll(() => d.badge(p), (b) => b === '3')).toBe('3');

    await p.evaluate(() => (window as any).__live('Live: the Xiaomi SU7 price was announced.'), undefined);
    expect(await poll(() => texts(p), (t) => t[0] === 'Xiaomi SU7')).toEqual(['Xiaomi SU7', 'Xiaomi SU7', 'Xiaomi SU7 Ultra']);
    expect((await poll(() => d.tabState(p), (s) => s?.counts.su7 === 2))?.counts).toEqual({ su7: 2, 'su7-ultra': 1 });

    await p.evaluate(() => (window as any).__live('Live: nothing new.'), undefined);
    expect(await settle(p, 2)).toEqual(['Xiaomi SU7', 'Xiaomi SU7 Ultra']);
    expect(await poll(() => d.badge(p), (b) => b === '2')).toBe('2');

    await p.evaluate(() => (window as any).__removeFirst(), undefined);
    expect(await settle(p, 1)).toEqual(['Xiaomi SU7 Ultra']);
    expect(await poll(() => d.badge(p), (b) => b === '1')).toBe('1');
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('single-page navigation (pushState, back, Navigation API): the count and the popup follow the new page', async () => {
    const p = await d.open(url('spa/one'));
    expect(await settle(p, 2)).toEqual(['Xiaomi SU7', 'Xiaomi SU7']);
    expect(await poll(() => d.badge(p), (b) => b === '2')).toBe('2');
    expect((await d.popup(p)).entities).toEqual(['su7']);

    const link = await p.evaluate(() => {
      const r = document.getElementById('to-two')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, undefined);
    await p.click(link.x, link.y);
    await poll(async () => p.url(), (u) => u.endsWith('/spa/two'));
    expect(p.url()).toMatch(/\/spa\/two$/);
    expect(await settle(p, 3)).toEqual(['Xiaomi YU7', 'Xiaomi YU7', 'Xiaomi YU7']);
    expect(await poll(() => d.badge(p), (b) => b === '3')).toBe('3');
    expect((await poll(() => d.tabState(p), (s) => s?.total === 3))?.counts).toEqual({ yu7: 3 });
    expect((await d.popup(p)).entities).toEqual(['yu7']);

    await p.evaluate(() => history.back(), undefined);
    expect(await settle(p, 2)).toEqual(['Xiaomi SU7', 'Xiaomi SU7']);
    expect(await poll(() => d.badge(p), (b) => b === '2')).toBe('2');

    // The Navigation API (an intercepted navigation, no document load) where the browser has it.
    const api = await p.evaluate(() => (window as any).__spaNavigationApi as boolean, undefined);
    console.log(`[${d.name}] SPA page three reached with ${api ? 'the Navigation API' : 'pushState (no Navigation API)'}`);
    const three = await p.evaluate(() => {
      const r = document.getElementById('to-three')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, undefined);
    await p.click(three.x, three.y);
    await poll(async () => p.url(), (u) => u.endsWith('/spa/three'));
    expect(await settle(p, 1)).toEqual(['Xiaomi SU7 Ultra']);
    expect(await poll(() => d.badge(p), (b) => b === '1')).toBe('1');
    expect((await d.popup(p)).entities).toEqual(['su7-ultra']);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('same-origin and cross-origin iframes are scanned and the badge counts the whole tab', async () => {
    const p = await d.open(url('frames.html'));
    expect(await settle(p, 1)).toEqual(['Xiaomi SU7']);
    const frameTexts = async (part: string) => {
      const f = p.frames().find((x) => x.url().includes(part));
      return f ? f.evaluate(hlTexts, undefined) : null;
    };
    expect(await poll(() => frameTexts('frame-a.html'), (t) => t?.length === 2)).toEqual(['Xiaomi SU7 Ultra', 'Xiaomi YU7']);
    expect(await poll(() => frameTexts(`${other}/hostile/frame-b.html`), (t) => t?.length === 3)).toEqual(['Xiaomi SU7', 'Xiaomi YU7', 'Xiaomi SU7 Ultra']);
    expect(await poll(() => d.badge(p), (b) => b === '6')).toBe('6');
    expect((await d.tabState(p))?.counts).toEqual({ su7: 2, 'su7-ultra': 2, yu7: 2 });
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it("open shadow roots in the page: nested, added and attached late are scanned, followed, painted and hoverable; closed ones stay private", async () => {
    const p = await d.open(url('shadow.html'));
    const state = () => p.evaluate(() => ({ ...(window as any).__shadow, closedRoot: undefined }), undefined);
    const DOC_ORDER = ['Xiaomi SU7', 'Xiaomi YU7', 'Xiaomi SU7 Ultra', 'Xiaomi SU7'];
    // Light text, the open root (a paragraph, then text and <b> at the root's top level), the nested root.
    expect(await settle(p, 4)).toEqual(DOC_ORDER);
    // The component defined a second after load attaches its root then (no mutation record): found by a re-check.
    await poll(() => state(), (s) => s.lateDefined === true);
    expect(await settle(p, 5)).toEqual([...DOC_ORDER, 'Xiaomi YU7']);
    expect(await poll(() => d.badge(p), (b) => b === '5')).toBe('5');
    expect((await d.tabState(p))?.counts).toEqual({ su7: 2, yu7: 2, 'su7-ultra': 1 });

    // Nothing in the closed root (the page kept a reference; we never had one), nor in the root on a <div>
    // (not looked for: only custom elements are, see shadow-roots.ts).
    const where = await p.evaluate(() => {
      const hl = (CSS as any).highlights.get('xev-mention') as Set<Range>;
      const rootOf = (r: Range) => r.startContainer.getRootNode() as Node;
      const closed = (window as any).__shadow.closedRoot as ShadowRoot;
      const div = document.getElementById('div-host')!.shadowRoot!;
      return { closed: [...hl].filter((r) => rootOf(r) === closed).length, div: [...hl].filter((r) => rootOf(r) === div).length };
    }, undefined);
    expect(where).toEqual({ closed: 0, div: 0 });

    // The DOM, inside every root too, is what the page made: before our scan, and right when the late root came.
    const dom = await p.evaluate(() => ({ now: (window as any).__serialize(), atLoad: (window as any).__shadow.atLoad, atLate: (window as any).__shadow.atLate, nowNoLate: (window as any).__serialize(true) }), undefined);
    expect(dom.now).toBe(dom.atLate);
    expect(dom.nowNoLate).toBe(dom.atLoad);
    // The one page-observable trace: in Firefox, which does not carry the document's ::highlight style into
    // shadow trees, each root holding a mention adopts one style sheet of ours (shadow-paint.ts). None elsewhere.
    const ours = d.name === 'firefox' ? 1 : 0;
    expect(await p.evaluate(() => (window as any).__sheets(), undefined)).toEqual({ open: ours, nested: ours, late: ours, closed: 0, div: 0 });

    // Paint: the underline's orange is in the screenshot under mentions in the roots, not under the closed one.
    const boxes = await p.evaluate(() => {
      window.scrollTo(0, 0);
      const box = (r: Range) => {
        const b = r.getBoundingClientRect();
        return { left: b.left, top: b.top, width: b.width, height: b.height };
      };
      const hl = [...((CSS as any).highlights.get('xev-mention') as Set<Range>)];
      const inRoot = (id: string) => hl.find((r) => (r.startContainer.parentNode as Element).id === id)!;
      const closed = new Range();
      const closedText = ((window as any).__shadow.closedRoot as ShadowRoot).querySelector('p')!.firstChild!;
      closed.setStart(closedText, closedText.textContent!.indexOf('Xiaomi'));
      closed.setEnd(closedText, closedText.textContent!.indexOf('.', 10));
      // The word "Xiaomi" of the mention at the root's top level (text directly under the root, before <b>).
      const top = new Range();
      const topText = [...document.getElementById('open-host')!.shadowRoot!.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes('Xiaomi'))!;
      top.setStart(topText, topText.textContent!.indexOf('Xiaomi'));
      top.setEnd(topText, topText.textContent!.indexOf('Xiaomi') + 6);
      return { light: box(inRoot('light')), open: box(inRoot('in-open')), top: box(top), nested: box(inRoot('in-nested')), closed: box(closed), scale: devicePixelRatio };
    }, undefined);
    const png = await p.screenshot();
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ARTIFACTS, `${d.name}-shadow-roots.png`), png);
    const shot = readPng(png);
    const orange = Object.fromEntries(Object.entries(boxes).filter(([k]) => k !== 'scale').map(([k, b]) => [k, orangePixels(shot, b as Box, boxes.scale)]));
    console.log(`[${d.name}] shadow-root paint, orange underline pixels per mention:`, JSON.stringify(orange));
    expect(orange.light).toBeGreaterThan(20);
    expect(orange.open).toBeGreaterThan(20);
    // Text directly under a shadow root (not inside an element of the root): Chromium paints it; Firefox 153
    // paints no highlight there, with or without our sheet (nor with `:host::highlight()` rules in it). The
    // mention is still counted and opens its card (below). This fails, on purpose, once Firefox paints it.
    if (d.name === 'firefox') expect(orange.top).toBe(0);
    else expect(orange.top).toBeGreaterThan(20);
    expect(orange.nested).toBeGreaterThan(20);
    expect(orange.closed).toBe(0);

    // Hover: the card opens over a mention inside a root, and over one in the nested root.
    const { card } = await hoverCard(p, 'Xiaomi YU7');
    expect(card.text).toContain('YU7');
    await p.move(2, 2);
    await poll(() => p.evaluate(cardView, undefined), (c) => !c.open, 6000);
    const nested = await hoverCard(p, 'Xiaomi SU7', 1);
    expect(nested.card.text).toContain('SU7');
    await p.move(2, 2);
    await poll(() => p.evaluate(cardView, undefined), (c) => !c.open, 6000);
    const top = await hoverCard(p, 'Xiaomi SU7 Ultra'); // the pointer rests on "Xiaomi", text at the root's top level
    expect(top.card.text).toContain('Ultra');
    await p.move(2, 2);

    // The component's own button, inside its root, still works.
    const button = await p.evaluate(() => {
      const b = document.getElementById('open-host')!.shadowRoot!.getElementById('shadow-button')!;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, undefined);
    await p.click(button.x, button.y);
    expect((await poll(() => state(), (s) => s.clicks === 1)).clicks).toBe(1);

    // Changes inside a root are followed: rewritten text, a host added later (root filled after insertion), removed.
    await p.evaluate(() => (window as any).__editShadow('Inside an open shadow root: nothing now.'), undefined);
    expect(await settle(p, 4)).toEqual(['Xiaomi SU7', 'Xiaomi SU7 Ultra', 'Xiaomi SU7', 'Xiaomi YU7']);
    expect(await poll(() => d.badge(p), (b) => b === '4')).toBe('4');
    await p.evaluate(() => (window as any).__editShadow('Inside an open shadow root: the Xiaomi SU7 Ultra now.'), undefined);
    expect(await settle(p, 5)).toEqual(['Xiaomi SU7', 'Xiaomi SU7 Ultra', 'Xiaomi SU7 Ultra', 'Xiaomi SU7', 'Xiaomi YU7']);
    await p.evaluate(() => (window as any).__addHost(), undefined);
    expect(await settle(p, 6)).toEqual(['Xiaomi SU7', 'Xiaomi SU7 Ultra', 'Xiaomi SU7 Ultra', 'Xiaomi SU7', 'Xiaomi YU7', 'Xiaomi SU7']);
    expect(await poll(() => d.badge(p), (b) => b === '6')).toBe('6');
    await p.evaluate(() => (window as any).__removeHost(), undefined);
    expect(await settle(p, 5)).toEqual(['Xiaomi SU7', 'Xiaomi SU7 Ultra', 'Xiaomi SU7 Ultra', 'Xiaomi SU7', 'Xiaomi YU7']);
    expect(await poll(() => d.badge(p), (b) => b === '5')).toBe('5');
    expect((await d.tabState(p))?.counts).toEqual({ su7: 2, yu7: 1, 'su7-ultra': 2 });

    expect((await state()).errors).toEqual([]);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('textarea, input, contenteditable, code, pre, script, style, svg, noscript, select: never highlighted; typing and caret unchanged', async () => {
    const p = await d.open(url('editable.html'));
    expect(await settle(p, 1)).toEqual(['Xiaomi SU7']);
    await sleep(500);
    expect(await texts(p)).toEqual(['Xiaomi SU7']);
    const onlyPlain = await p.evaluate(() => {
      const hl = (CSS as any).highlights.get('xev-mention') as Set<Range>;
      return [...hl].every((r) => document.getElementById('plain')!.contains(r.startContainer));
    }, undefined);
    expect(onlyPlain).toBe(true);

    // Textarea: caret at the end, type, the value and the caret are where a user expects.
    await p.evaluate(() => {
      const ta = document.getElementById('ta') as HTMLTextAreaElement;
      ta.focus();
      ta.setSelectionRange(ta.value.length, ta.value.length);
    }, undefined);
    await p.type(' and the Xiaomi YU7');
    expect(await p.evaluate(() => {
      const ta = document.getElementById('ta') as HTMLTextAreaElement;
      return { value: ta.value, caret: ta.selectionStart, end: ta.selectionEnd, focused: document.activeElement === ta };
    }, undefined)).toEqual({ value: 'Draft about the Xiaomi SU7 and the Xiaomi YU7', caret: 45, end: 45, focused: true });

    // Input.
    await p.evaluate(() => {
      const input = document.getElementById('in') as HTMLInputElement;
      input.focus();
      input.setSelectionRange(8, 8); // after "Search: "
    }, undefined);
    await p.type('new ');
    expect(await p.evaluate(() => {
      const input = document.getElementById('in') as HTMLInputElement;
      return { value: input.value, caret: input.selectionStart };
    }, undefined)).toEqual({ value: 'Search: new Xiaomi SU7', caret: 12 });

    // Contenteditable: caret at the end of the bold mention, type, the caret follows the typed text.
    await p.evaluate(() => {
      const b = document.querySelector('#ce b')!;
      (document.getElementById('ce') as HTMLElement).focus();
      getSelection()!.collapse(b.firstChild!, (b.firstChild as Text).length);
    }, undefined);
    await p.type(' Ultra');
    await sleep(300);
    const ce = await p.evaluate(() => {
      const s = getSelection()!;
      return { text: document.getElementById('ce')!.textContent, node: s.focusNode?.textContent, offset: s.focusOffset };
    }, undefined);
    expect(ce.text).toBe('Editable note about the Xiaomi SU7 Ultra');
    expect(ce.offset).toBe(ce.node!.length);
    expect(ce.node!.endsWith('Ultra')).toBe(true);
    await sleep(300);
    expect(await texts(p)).toEqual(['Xiaomi SU7']); // typed mentions in editors stay unhighlighted
    expect(await poll(() => d.badge(p), (b) => b === '1')).toBe('1');
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it("a page served with Content-Security-Policy: default-src 'none' still gets highlights and a styled card", async () => {
    const p = await d.open(url('csp.html'));
    expect(await settle(p, 2)).toEqual(['Xiaomi SU7', 'Xiaomi YU7']);
    // The page's own inline style was blocked by its policy (so the policy is really in force).
    expect(await p.evaluate(() => getComputedStyle(document.body).backgroundColor, undefined)).not.toBe('rgb(255, 0, 0)');
    const { mention, card } = await hoverCard(p, 'Xiaomi SU7');
    expect(card.titleFont).toBe('15px 700'); // the adopted sheet applies inside the shadow root
    expect(card.hostPosition).toBe('fixed');
    expect(overlap(card.box!, mention)).toBe(false);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('a page that sabotaged DOM prototypes and globals before we ran: highlights, card and badge work, no trap fired', async () => {
    const p = await d.open(url('prototypes.html'));
    expect(await settle(p, 2)).toEqual(['Xiaomi SU7', 'Xiaomi YU7']);
    const { card } = await hoverCard(p, 'Xiaomi SU7');
    expect(card.open).toBe(true);
    expect(card.text).toContain('SU7');
    expect(await poll(() => d.badge(p), (b) => b === '2')).toBe('2');
    expect(await p.evaluate(() => (window as any).__sabotage.calls, undefined)).toEqual([]);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('a right-to-left page: the card is right-aligned with its mention and does not cover it', async () => {
    const p = await d.open(url('rtl.html'));
    expect(await settle(p, 1)).toEqual(['Xiaomi SU7']);
    const { mention, card } = await hoverCard(p, 'Xiaomi SU7');
    const box = card.box!;
    const vw = await p.evaluate(() => document.documentElement.clientWidth, undefined);
    const clamped = Math.abs(box.left - 8) <= 1 || Math.abs(box.left + box.width - (vw - 8)) <= 1;
    if (!clamped) expect(Math.abs(box.left + box.width - (mention.left + mention.width))).toBeLessThanOrEqual(2);
    expect(overlap(box, mention)).toBe(false);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('a page with 200,000 nodes: every mention found, no long task of ours', async () => {
    const p = await d.open(url('big.html'));
    const nodes = await p.evaluate(() => document.getElementsByTagName('*').length + document.evaluate('count(//text())', document, null, 1, null).numberValue, undefined);
    expect(nodes).toBeGreaterThanOrEqual(200_000);
    expect((await settle(p, 10, 30_000)).length).toBe(10);
    await sleep(300);
    // The page's own probe: gaps over 50 ms between its tasks after it was parsed and laid out. They include the
    // browser's rendering (a 200k-node page repaints slowly), so they are reported, and only bounded loosely.
    const perf = await p.evaluate(() => (window as any).__perf, undefined);
    const worstGap = Math.max(0, ...perf.gaps.map((g: { gap: number }) => g.gap));
    await p.close();
    if (opts.profile) {
      const ours = await opts.profile(url('big.html'));
      console.log(`[${d.name}] 200k nodes: our longest uninterrupted JS ${ours.longestMs} ms (runs > 5 ms: ${ours.runs.join(', ')}; ${ours.totalMs} ms in all); page task gaps up to ${worstGap} ms`);
      // Everything that grows with the page is sliced (8 ms slices), and one-off work (the engine's lexicon
      // compile on the first candidate, claim spotting) stays under the long-task threshold.
      expect(ours.longestMs).toBeLessThan(50);
    } else {
      console.log(`[${d.name}] 200k nodes: page task gaps up to ${worstGap} ms (rendering included)`);
    }
    expect(worstGap).toBeLessThan(1000); // no freeze, whoever's work it is
    expect(p.errors).toEqual([]);
  });

  it('a page that mutates every 10 ms: we back off to about one rescan a second and keep the highlight', async () => {
    const p = await d.open(url('ticker.html'));
    expect(await settle(p, 1)).toEqual(['Xiaomi SU7']);
    const t0 = await p.evaluate(() => performance.now(), undefined);
    await sleep(5000);
    const stats = await p.evaluate(() => (window as any).__ticker, undefined);
    const late = stats.rescans.filter((t: number) => t > t0 + 2000 && t <= t0 + 5000).length;
    console.log(`[${d.name}] ticker: ${stats.ticks} ticks, ${stats.rescans.length} rescans in all, ${late} in seconds 2-5, page timer worst lateness ${stats.lateMs.toFixed(1)} ms`);
    // Unthrottled we would rescan every frame (~180 in 3 s); backed off, about once a second.
    expect(late).toBeLessThanOrEqual(8);
    expect(await texts(p)).toEqual(['Xiaomi SU7']);
    // …and says so: the tab's state carries the flag, and the popup explains the slower checks.
    expect((await d.tabState(p))?.throttled).toBe(true);
    expect((await d.popup(p)).text).toContain('changes constantly');
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('a mention that is a link: the card does not cover it and a click still follows it', async () => {
    const p = await d.open(url('links.html'));
    expect(await settle(p, 1)).toEqual(['Xiaomi SU7']);
    const { mention, card } = await hoverCard(p, 'Xiaomi SU7');
    expect(overlap(card.box!, mention)).toBe(false);
    const link = await p.evaluate(() => {
      const r = document.getElementById('link')!.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      return { x, y, top: document.elementFromPoint(x, y)?.id };
    }, undefined);
    expect(link.top).toBe('link');
    await p.click(link.x, link.y);
    await poll(async () => p.url(), (u) => u.endsWith('/target.html'));
    expect(p.url()).toMatch(/\/hostile\/target\.html$/);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('an extension reload under an open page: the orphan leaves silently, the new instance takes over alone', async () => {
    const p = await d.open(url('plain.html'));
    expect(await settle(p, 3)).toEqual(["Xiaomi's first car", 'Xiaomi SU7', 'Xiaomi YU7']);
    await hoverCard(p, 'Xiaomi SU7'); // the old instance has a card host in the page
    await p.move(5, 5);
    await d.reloadExtension();
    await p.front();
    // The new instance highlights the page once; the orphan's highlights and card are gone.
    await sleep(1500);
    expect(await settle(p, 3)).toEqual(["Xiaomi's first car", 'Xiaomi SU7', 'Xiaomi YU7']);
    expect((await p.evaluate(cardView, undefined)).count).toBe(0);
    const { card } = await hoverCard(p, 'Xiaomi YU7');
    expect(card.count).toBe(1);
    expect(card.text).toContain('YU7');
    expect(await poll(() => d.badge(p), (b) => b === '3')).toBe('3');
    expect(p.errors).toEqual([]);
    await p.close();
  });
}
