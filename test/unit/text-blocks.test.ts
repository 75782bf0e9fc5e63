import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BlockResolver, TextRunWalker, locate, makeRun, type TextRun } from '../../src/page/text-blocks';
import { rootsFor } from '../../src/page/mutations';

function setup(html: string) {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  const g = globalThis as Record<string, unknown>;
  g.NodeFilter = dom.window.NodeFilter;
  g.HTMLElement = dom.window.HTMLElement;
  g.Element = dom.window.Element;
  return dom.window.document;
}

function runsOf(doc: Document, interesting = (t: string) => /xiaomi|su7/i.test(t)): TextRun[] {
  const runs: TextRun[] = [];
  const walker = new TextRunWalker(doc.body, new BlockResolver((el) => el.localName === 'xev-card'), interesting);
  while (!walker.done) walker.next(Infinity, runs);
  return runs;
}

describe('text runs', () => {
  it('joins inline markup into one run per block, so a mention may straddle <b>', () => {
    const doc = setup('<p>La <a href="#">Xiaomi <b>SU7</b></a> arrive.</p><p>Autre Xiaomi.</p>');
    expect(runsOf(doc).map((r) => r.text)).toEqual(['La Xiaomi SU7 arrive.', 'Autre Xiaomi.']);
  });

  it('skips script, style, code, pre, textarea, svg, editable content and our own UI', () => {
    const doc = setup(`<script>var a = "Xiaomi SU7"</script><style>/* SU7 */</style><code>SU7</code><pre>Xiaomi SU7</pre>
      <textarea>Xiaomi SU7</textarea><svg><text>Xiaomi SU7</text></svg><div contenteditable="true"><p>Xiaomi SU7</p></div>
      <xev-card>Xiaomi SU7</xev-card><p>kept Xiaomi SU7</p>`);
    expect(runsOf(doc).map((r) => r.text.trim())).toEqual(['kept Xiaomi SU7']);
  });

  it('builds runs only for text the pre-check accepts', () => {
    const doc = setup('<p>nothing here</p><p>Xiaomi SU7</p><p>still nothing</p>');
    expect(runsOf(doc).map((r) => r.text)).toEqual(['Xiaomi SU7']);
  });

  it('drops a run around a hot node when its text fails the pre-check (a founder\'s name, no anchor)', () => {
    const doc = setup('<p>Lei Jun spoke.</p><p>Lei Jun and the <b>Kunlun</b>.</p><p>Nothing.</p>');
    const nodes = [...doc.querySelectorAll('p')].slice(0, 2).map((p) => p.firstChild as Text);
    const walker = new TextRunWalker(doc.body, new BlockResolver(() => false), (t) => /kunlun/i.test(t), { nodes });
    const runs: TextRun[] = [];
    walker.next(Infinity, runs);
    expect(walker.done).toBe(true);
    expect(runs.map((r) => r.text)).toEqual(['Lei Jun and the Kunlun.']);
    // Hot offsets (the fallback when the nodes could not be found) keep only that run too.
    const fromOffsets = new TextRunWalker(doc.body, new BlockResolver(() => false), (t) => /kunlun/i.test(t), { offsets: [0, 14] });
    const runs2: TextRun[] = [];
    fromOffsets.next(Infinity, runs2);
    expect(runs2.map((r) => r.text)).toEqual(['Lei Jun and the Kunlun.']);
  });

  it('keeps every run around hot nodes without the pre-check when every hot place begins an anchor', () => {
    const doc = setup('<p>The Xiaomi <b>SU7</b>.</p><p>Xiao</p><p>mi split across blocks.</p>');
    const nodes = [...doc.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const seen: string[] = [];
    const check = (t: string) => (seen.push(t), /xiaomi/i.test(t));
    const walker = new TextRunWalker(doc.body, new BlockResolver(() => false), check, { nodes: nodes.slice(0, 2), anchored: true });
    const runs: TextRun[] = [];
    walker.next(Infinity, runs);
    // "Xiao" + "mi" is an anchor in the page's whole text, not in either block: the matcher finds nothing there.
    expect(runs.map((r) => r.text)).toEqual(['The Xiaomi SU7.', 'Xiao']);
    expect(seen).toEqual([]);
    // Without `anchored`, the same hot nodes go through the pre-check.
    const checked = new TextRunWalker(doc.body, new BlockResolver(() => false), check, { nodes: nodes.slice(0, 2) });
    const runs2: TextRun[] = [];
    checked.next(Infinity, runs2);
    expect(runs2.map((r) => r.text)).toEqual(['The Xiaomi SU7.']);
    expect(seen).toEqual(['The Xiaomi SU7.', 'Xiao']);
    // Hot offsets (the fallback when the nodes could not be found) take the flag the same way.
    seen.length = 0;
    const fromOffsets = new TextRunWalker(doc.body, new BlockResolver(() => false), check, { offsets: [4, 15], anchored: true });
    const runs3: TextRun[] = [];
    fromOffsets.next(Infinity, runs3);
    expect(runs3.map((r) => r.text)).toEqual(['The Xiaomi SU7.', 'Xiao']);
    expect(seen).toEqual([]);
  });

  it('resumes across slices without losing or splitting runs', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>para ${i} Xiaomi <i>SU7</i> end</p>`).join('');
    const doc = setup(paragraphs);
    const runs: TextRun[] = [];
    const walker = new TextRunWalker(doc.body, new BlockResolver(() => false), (t) => /xiaomi|su7/i.test(t));
    let slices = 0;
    while (!walker.done) {
      walker.next(performance.now() - 1, runs); // an expired deadline: yields every 256 nodes
      slices++;
    }
    expect(slices).toBeGreaterThan(5);
    expect(runs).toHaveLength(2000);
    expect(runs[1999]!.text).toBe('para 1999 Xiaomi SU7 end');
  });

  it('given hot nodes, builds one run per block around them, also when a block\'s nodes span two slices', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Xiaomi <b>SU7</b> and <i>YU7</i> ${i}</p>`).join('');
    const doc = setup(paragraphs);
    // Three hot nodes per paragraph: slices end after every 16th node, inside a paragraph.
    const nodes = [...doc.querySelectorAll('p')].flatMap((p) => [p.firstChild, p.querySelector('b')!.firstChild, p.querySelector('i')!.firstChild] as Text[]);
    const walker = new TextRunWalker(doc.body, new BlockResolver(() => false), (t) => /xiaomi/i.test(t), { nodes });
    const runs: TextRun[] = [];
    let slices = 0;
    while (!walker.done) {
      walker.next(performance.now() - 1, runs);
      slices++;
    }
    expect(slices).toBeGreaterThan(2);
    expect(runs.map((r) => r.text)).toEqual(Array.from({ length: 40 }, (_, i) => `Xiaomi SU7 and YU7 ${i}`));
  });

  it('locate() maps string offsets to text nodes, with node boundaries going to the right side', () => {
    const doc = setup('<p>ab<b>cd</b>ef</p>');
    const p = doc.querySelector('p')!;
    const nodes = [p.firstChild, p.querySelector('b')!.firstChild, p.lastChild] as Text[];
    const run = makeRun(p, nodes);
    expect(run.text).toBe('abcdef');
    expect(locate(run, 2, false)).toEqual({ node: nodes[1], offset: 0 });
    expect(locate(run, 2, true)).toEqual({ node: nodes[0], offset: 2 });
    expect(locate(run, 6, true)).toEqual({ node: nodes[2], offset: 2 });
    expect(locate(run, 0, false)).toEqual({ node: nodes[0], offset: 0 });
  });
});

describe('mutation roots', () => {
  it('rescans only a new block, or the block around changed text, and ignores our own UI', async () => {
    const doc = setup('<div id="feed"><p id="a">one</p></div><p id="live">Xiaomi</p>');
    const win = doc.defaultView!;
    const records: MutationRecord[] = [];
    const mo = new win.MutationObserver((r) => records.push(...r));
    mo.observe(doc.body, { childList: true, subtree: true, characterData: true });
    const item = doc.createElement('p');
    item.textContent = 'Xiaomi SU7';
    doc.getElementById('feed')!.append(item);
    (doc.getElementById('live')!.firstChild as Text).data = 'Xiaomi YU7';
    doc.documentElement.append(doc.createElement('xev-card'));
    await new Promise((r) => setTimeout(r, 0));
    records.push(...mo.takeRecords());
    const roots = rootsFor(records, (n) => n instanceof win.Element && n.localName === 'xev-card');
    expect([...roots]).toEqual([item, doc.getElementById('live')]);
  });
});
