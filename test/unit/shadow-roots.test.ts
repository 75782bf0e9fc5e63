// The page's open shadow roots (content.js): finding them, text runs at a root's top level, composed-order
// sorting across trees, and which subtree a change inside a root rescans. jsdom supports attachShadow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { HOST_CANDIDATES, ShadowRootFinder, hostCandidatesFor } from '../../src/page/shadow-roots';
import { BlockResolver, TextRunWalker, type TextRun } from '../../src/page/text-blocks';
import { sortComposed } from '../../src/page/composed-order';
import { HighlightRegistry } from '../../src/page/highlights';
import { rootsFor } from '../../src/page/mutations';

function setup(html: string) {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  const g = globalThis as Record<string, unknown>;
  for (const k of ['NodeFilter', 'HTMLElement', 'Element', 'Range', 'Node']) g[k] = dom.window[k as keyof typeof dom.window];
  return dom.window.document;
}

function open(host: Element, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

function finder() {
  const found: ShadowRoot[] = [];
  const gone: ShadowRoot[] = [];
  const f = new ShadowRootFinder({ onRoot: (r) => found.push(r), onGone: (r) => gone.push(r) });
  return { f, found, gone };
}

const isOwnUi = (el: Element) => el.localName === 'xev-card';

function runsIn(root: Node): TextRun[] {
  const runs: TextRun[] = [];
  const walker = new TextRunWalker(root, new BlockResolver(isOwnUi), (t) => /xiaomi|su7/i.test(t));
  while (!walker.done) walker.next(Infinity, runs);
  return runs;
}

afterEach(() => vi.useRealTimers());

describe('shadow root discovery', () => {
  it('the host selector matches custom elements only: not standard elements, SVG content or our own card', () => {
    const doc = setup('<div></div><p><span></span></p><news-card></news-card><svg><g><my-thing></my-thing></g></svg><xev-card></xev-card><x-y></x-y>');
    expect([...doc.body.querySelectorAll(HOST_CANDIDATES)].map((e) => e.localName)).toEqual(['news-card', 'x-y']);
  });

  it("orders the selector's standard names by how often the top of the page uses them, and still matches the same elements", () => {
    const doc = setup(`<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(40)}</table><news-card></news-card><p><b>x</b></p><x-y></x-y>`);
    const selector = hostCandidatesFor(doc.body);
    const names = selector.slice(':not('.length, selector.indexOf(')')).split(',');
    expect(names.slice(0, 2)).toEqual(['td', 'tr']);
    // Names the sample holds once come next, in the static order; names it lacks after them.
    expect(names.indexOf('tbody')).toBeLessThan(names.indexOf('div'));
    expect([...names].sort()).toEqual(HOST_CANDIDATES.slice(':not('.length, HOST_CANDIDATES.indexOf(')')).split(',').sort());
    expect([...doc.body.querySelectorAll(selector)].map((e) => e.localName)).toEqual(['news-card', 'x-y']);
    // A page with no element but custom ones keeps the static order.
    expect(hostCandidatesFor(setup('<a-b></a-b>').body)).toBe(HOST_CANDIDATES);
  });

  it('finds open roots under custom elements, nested ones after their outer root; not closed roots, not our card, not roots on a div', () => {
    const doc = setup('<news-card id="a"></news-card><closed-box></closed-box><xev-card></xev-card><div id="d"></div>');
    const outer = open(doc.getElementById('a')!, '<p>outer</p><inner-quote></inner-quote>');
    const inner = open(outer.querySelector('inner-quote')!, '<p>inner</p>');
    open(doc.querySelector('closed-box')!, '<p>closed</p>', 'closed');
    open(doc.querySelector('xev-card')!, '<p>our card (open in the test build)</p>');
    open(doc.getElementById('d')!, '<p>a root on a div: not looked for</p>');
    const { f, found } = finder();
    f.discover(doc.body);
    expect(found).toEqual([outer, inner]);
    expect(f.roots()).toEqual([outer, inner]);
    f.discover(doc.body); // known roots are reported once
    expect(found).toHaveLength(2);
    f.stop();
  });

  it('an added element that is itself a host is found, and so are hosts inside it', () => {
    const doc = setup('<div id="feed"></div>');
    const { f, found } = finder();
    f.discover(doc.body);
    const host = doc.createElement('news-card');
    const root = open(host, '<p>x</p>');
    doc.getElementById('feed')!.append(host);
    f.discover(host);
    expect(found).toEqual([root]);
    f.stop();
  });

  it('a custom element whose root comes later is found by the re-check timer, or by the next mutation batch', () => {
    vi.useFakeTimers();
    const doc = setup('<late-widget id="a"></late-widget><late-widget id="b"></late-widget>');
    const { f, found } = finder();
    f.discover(doc.body);
    expect(found).toEqual([]);
    const a = open(doc.getElementById('a')!, '<p>late</p>');
    vi.advanceTimersByTime(250);
    expect(found).toEqual([a]);
    const b = open(doc.getElementById('b')!, '<p>later</p>');
    f.refresh(); // what a mutation batch does
    expect(found).toEqual([a, b]);
    f.stop();
  });

  it('a host that leaves the page is reported gone once, and found again if it comes back', () => {
    const doc = setup('<news-card></news-card>');
    const host = doc.querySelector('news-card')!;
    const root = open(host, '<p>x</p>');
    const { f, found, gone } = finder();
    f.discover(doc.body);
    host.remove();
    f.refresh();
    f.refresh();
    expect(gone).toEqual([root]);
    expect(f.roots()).toEqual([]);
    doc.body.append(host);
    f.discover(host);
    expect(found).toEqual([root, root]);
    f.stop();
  });
});

describe('text runs inside a shadow root', () => {
  it("text and inline markup at a root's top level form one run whose block is the root", () => {
    const doc = setup('<news-card></news-card>');
    const root = open(doc.querySelector('news-card')!, 'Top level: the Xiaomi <b>SU7</b> Ultra.<p>In a paragraph: the Xiaomi YU7.</p>');
    const runs = runsIn(root);
    expect(runs.map((r) => r.text)).toEqual(['Top level: the Xiaomi SU7 Ultra.', 'In a paragraph: the Xiaomi YU7.']);
    expect(runs[0]!.block).toBe(root);
    expect(runs[1]!.block).toBe(root.querySelector('p'));
  });

  it("a root's text is skipped where its host's would be (inside contenteditable, or our own card)", () => {
    const doc = setup('<div contenteditable="true"><rich-chip></rich-chip></div><xev-card></xev-card>');
    const chip = open(doc.querySelector('rich-chip')!, 'Xiaomi SU7 <b>chip</b>');
    const card = open(doc.querySelector('xev-card')!, '<p>Xiaomi SU7</p>');
    expect(runsIn(chip)).toEqual([]);
    expect(runsIn(card)).toEqual([]);
  });
});

describe('composed tree order', () => {
  function rangeOver(node: Node, text: string): Range {
    const t = [...node.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.includes(text)) as Text;
    const r = new Range();
    r.setStart(t, t.data.indexOf(text));
    r.setEnd(t, t.data.indexOf(text) + text.length);
    return r;
  }

  it('sorts ranges from the document and nested roots without the WrongDocumentError compareBoundaryPoints throws', () => {
    const doc = setup('<p id="first">one</p><news-card><p id="slotted">four</p></news-card><p id="last">six</p>');
    const outer = open(doc.querySelector('news-card')!, 'two<inner-quote></inner-quote>');
    const inner = open(outer.querySelector('inner-quote')!, 'three');
    const ranges = {
      one: rangeOver(doc.getElementById('first')!, 'one'),
      two: rangeOver(outer, 'two'),
      three: rangeOver(inner, 'three'),
      four: rangeOver(doc.getElementById('slotted')!, 'four'),
      six: rangeOver(doc.getElementById('last')!, 'six'),
    };
    expect(() => ranges.one.compareBoundaryPoints(Range.START_TO_START, ranges.two)).toThrow();
    const shuffled = [ranges.six, ranges.three, ranges.one, ranges.four, ranges.two].map((range) => ({ range }));
    const names = new Map(Object.entries(ranges).map(([k, v]) => [v, k]));
    // A root's content sits at its host, before the host's own (light) children.
    expect(sortComposed(shuffled).map((x) => names.get(x.range))).toEqual(['one', 'two', 'three', 'four', 'six']);
  });

  it('HighlightRegistry.all() orders hits across trees', () => {
    const doc = setup('<p>Xiaomi SU7</p><news-card></news-card><p>Xiaomi SU7 Ultra</p>');
    const root = open(doc.querySelector('news-card')!, 'Xiaomi YU7');
    const registry = new HighlightRegistry();
    const texts = [...runsIn(root), ...runsIn(doc.body)];
    for (const run of texts) registry.add(run, [{ start: 0, end: run.text.length, entity: 'x', surface: run.text }]);
    expect(registry.all().map((h) => h.surface)).toEqual(['Xiaomi SU7', 'Xiaomi YU7', 'Xiaomi SU7 Ultra']);
    expect(registry.counts().total).toBe(3);
  });
});

describe('mutation roots inside a shadow root', () => {
  it("a change at the root's top level rescans the root; one inside a paragraph, the paragraph", async () => {
    const doc = setup('<news-card></news-card>');
    const root = open(doc.querySelector('news-card')!, 'Top <b>bold</b> text<p id="p">para</p>');
    const win = doc.defaultView!;
    const records: MutationRecord[] = [];
    const mo = new win.MutationObserver((r) => records.push(...r));
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    const take = async () => {
      await new Promise((r) => setTimeout(r, 0));
      records.push(...mo.takeRecords());
      const roots = [...rootsFor(records.splice(0), () => false)];
      return roots;
    };
    (root.firstChild as Text).data = 'Top level now';
    expect(await take()).toEqual([root]);
    (root.querySelector('b')!.firstChild as Text).data = 'Xiaomi';
    expect(await take()).toEqual([root]); // closest() stops at the root: the root is the block
    root.append('more text');
    expect(await take()).toEqual([root]);
    (root.getElementById('p')!.firstChild as Text).data = 'Xiaomi SU7';
    expect(await take()).toEqual([root.getElementById('p')]);
  });
});

describe('ShadowPaint (Firefox: our highlight sheet in roots holding a mention)', () => {
  class FakeSheet {
    text = '';
    replaceSync(t: string) {
      this.text = t;
    }
  }
  const pageSheet = new FakeSheet();

  it('appends one sheet with the highlight rules, never twice, puts it back after the page replaces the array, and takes only it out', async () => {
    vi.stubGlobal('CSSStyleSheet', FakeSheet);
    const { ShadowPaint } = await import('../../src/page/shadow-paint');
    const { HIGHLIGHT_CSS } = await import('../../src/page/highlight-css');
    const root = { adoptedStyleSheets: [pageSheet] } as unknown as ShadowRoot;
    const paint = new ShadowPaint();
    paint.add(root);
    paint.add(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(pageSheet);
    expect((root.adoptedStyleSheets[1] as unknown as FakeSheet).text).toBe(HIGHLIGHT_CSS);
    (root as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets = [pageSheet];
    paint.add(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    paint.clear();
    expect(root.adoptedStyleSheets).toEqual([pageSheet]);
    vi.unstubAllGlobals();
  });

  it('a page that trapped its roots\' sheets does not break the scan', async () => {
    vi.stubGlobal('CSSStyleSheet', FakeSheet);
    const { ShadowPaint } = await import('../../src/page/shadow-paint');
    const root = Object.defineProperty({}, 'adoptedStyleSheets', { get: () => { throw new Error('trap'); } }) as ShadowRoot;
    expect(() => new ShadowPaint().add(root)).not.toThrow();
    vi.unstubAllGlobals();
  });
});
