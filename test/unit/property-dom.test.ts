// @vitest-environment jsdom
/**
 * Property test of the page side: random DOM trees with mention text sprinkled across inline and block
 * elements, editors and code, scanned by the real Scanner (text runs + engine + highlight registry).
 * - the page's serialised DOM and text are exactly as before (we never write to the page);
 * - every highlighted range's text is a mention `findMentions` returns for its block's text, at that offset;
 * - every mention `findMentions` finds in a scannable block's text is highlighted (nothing missed);
 * - nothing throws.
 * The block texts come from an oracle written here from DESIGN.md decision 3-4, not from text-blocks.ts.
 * jsdom has no CSS Highlight API: the registry then keeps its ranges without painting them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMentions, mayContain } from '../../src/lib/detect';
import { searchAnchors } from '../../src/lib/precheck';
import { HighlightRegistry } from '../../src/page/highlights';
import { Scanner } from '../../src/page/scanner';

const INLINE = ['b', 'i', 'a', 'span', 'em', 'strong', 'small'];
const BLOCK = ['p', 'div', 'li', 'section', 'h2', 'blockquote'];
const SKIPPED = ['code', 'pre', 'textarea', 'script', 'style', 'noscript'];
// Whole anchor words only: a mention split inside its anchor word is the known gap tested at the end.
// Codenames count only near a search token (the founder's name, Xiaomi, a model): the first scan looks for those only.
const WORDS = ['Xiaomi', 'Xiaomi SU7', 'SU7', ' ', ' ', 'Xiaomi ', ' SU7', ' Ultra', 'YU7', '小米', '汽车', '小米汽车', ' car ', ' voiture ', 'MS11', 'the ', '.', '\n',
  ' Kunlun ', 'Modena', ' Lei Jun ', '雷军'];

type Tree = { text: string } | { tag: string; editable?: boolean; kids: Tree[] };

const textArb: fc.Arbitrary<Tree> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { minLength: 1, maxLength: 5 })
  .map((parts) => ({ text: parts.join('') }));

const treeArb = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: textArb },
    { weight: 3, arbitrary: fc.record({ tag: fc.constantFrom(...INLINE), kids: fc.array(tie('node'), { maxLength: 4 }) }) },
    { weight: 2, arbitrary: fc.record({ tag: fc.constantFrom(...BLOCK), kids: fc.array(tie('node'), { maxLength: 5 }) }) },
    { weight: 1, arbitrary: fc.record({ tag: fc.constantFrom(...SKIPPED), kids: fc.array(textArb, { maxLength: 2 }) }) },
    { weight: 1, arbitrary: fc.record({ tag: fc.constant('div'), editable: fc.constant(true), kids: fc.array(tie('node'), { maxLength: 3 }) }) },
  ),
})).node;

function build(doc: Document, t: Tree): Node {
  if ('text' in t) return doc.createTextNode(t.text);
  const el = doc.createElement(t.tag);
  if (t.editable) el.setAttribute('contenteditable', 'true');
  if (t.tag === 'script') el.setAttribute('type', 'text/x-inert'); // jsdom would run it
  for (const k of t.kids) el.append(build(doc, k));
  return el;
}

/** Oracle: the block a text node's text belongs to, or null when it must not be scanned. */
function blockOf(node: Text, root: Element): Element | null {
  let block: Element | null = null;
  for (let el = node.parentElement; el; el = el === root ? null : el.parentElement) {
    if (SKIPPED.includes(el.localName) || el.hasAttribute('contenteditable')) return null;
    if (!block && !INLINE.includes(el.localName)) block = el;
  }
  return block;
}

interface OracleRun {
  text: string;
  nodes: Text[];
  starts: number[];
}

/** Maximal sequences of consecutive text nodes that share a block (a skipped node ends a sequence). */
function oracleRuns(root: Element): OracleRun[] {
  const runs: OracleRun[] = [];
  let cur: (OracleRun & { block: Element }) | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const block = blockOf(n, root);
    if (!block) {
      cur = null;
      continue;
    }
    if (!cur || cur.block !== block) {
      cur = { block, text: '', nodes: [], starts: [] };
      runs.push(cur);
    }
    cur.starts.push(cur.text.length);
    cur.nodes.push(n);
    cur.text += n.data;
  }
  return runs;
}

const key = (m: { start: number; end: number; surface: string }, run: number) => `${run}:${m.start}-${m.end}:${m.surface}`;

/**
 * `whole`: the scanner's normal path (anchor offsets from the root's whole text, then the nodes at those offsets
 * from an XPath snapshot: hot-nodes.ts); `offsets`: the same without XPath (as under a shadow root), where a walk
 * reads node lengths; `per-node`: the path it falls back to (a page with joiner characters, or one that changed
 * mid-scan).
 */
type Mode = 'whole' | 'offsets' | 'per-node';

let xpathCalls = 0;

async function scan(root: Element, mode: Mode = 'whole'): Promise<HighlightRegistry> {
  const registry = new HighlightRegistry();
  const engine = {
    mayContain,
    // No title or headline vouches for a codename here (page-context.ts): the matcher below gets none either.
    searchAnchors: mode === 'per-node' ? () => null : (text: string) => searchAnchors(text, ''),
    loadFindMentions: async () => findMentions,
  };
  const scanner = new Scanner(engine, registry, (el) => el.localName === "xev-card", () => undefined);
  // An own property hides Document.prototype.evaluate for this scan only, or counts its calls.
  const evaluate = Document.prototype.evaluate;
  const spy = function (this: Document, ...args: Parameters<Document['evaluate']>) {
    xpathCalls++;
    return evaluate.apply(this, args);
  };
  Object.defineProperty(document, 'evaluate', { value: mode === 'offsets' ? undefined : spy, configurable: true });
  try {
    await scanner.enqueue([root]);
  } finally {
    delete (document as { evaluate?: unknown }).evaluate;
  }
  return registry;
}

describe.each(['whole', 'offsets', 'per-node'] as const)('scanning random DOM trees (%s)', (mode) => {
  it('never changes the DOM, highlights exactly the engine mentions of each block, never throws', async () => {
    const seen = { hits: 0, straddling: 0 };
    xpathCalls = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(treeArb, { minLength: 1, maxLength: 6 }), async (trees) => {
        const root = document.createElement('article');
        for (const t of trees) root.append(build(document, t));
        document.body.replaceChildren(root);
        const html = document.body.innerHTML;
        const text = document.body.textContent;

        const registry = await scan(root, mode);

        expect(document.body.innerHTML).toBe(html);
        expect(document.body.textContent).toBe(text);

        const runs = oracleRuns(root);
        const where = new Map<Text, { run: number; start: number }>();
        runs.forEach((r, i) => r.nodes.forEach((n, j) => where.set(n, { run: i, start: r.starts[j]! })));
        const expected = new Set(runs.flatMap((r, i) => findMentions(r.text).map((m) => key(m, i))));

        const got = new Set<string>();
        for (const hit of registry.all()) {
          const range = hit.range;
          const a = where.get(range.startContainer as Text)!;
          const b = where.get(range.endContainer as Text)!;
          expect(a, 'range starts in scannable text').toBeDefined();
          expect(b.run).toBe(a.run);
          const m = { start: a.start + range.startOffset, end: b.start + range.endOffset, surface: range.toString() };
          expect(m.surface).toBe(hit.surface);
          got.add(key(m, a.run));
          seen.hits++;
          if (range.startContainer !== range.endContainer) seen.straddling++;
        }
        for (const k of got) expect(expected.has(k), `highlight ${k} is an engine mention`).toBe(true);
        for (const k of expected) expect(got.has(k), `engine mention ${k} is highlighted`).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The generator really produces mentions, including ones that straddle inline elements.
    expect(seen.hits).toBeGreaterThan(300);
    expect(seen.straddling).toBeGreaterThan(20);
    // Each path really ran: the XPath snapshot on the normal path only.
    if (mode === 'whole') expect(xpathCalls).toBeGreaterThan(100);
    else expect(xpathCalls).toBe(0);
  }, 120_000);
});

describe('a mention split so that no single text node holds an anchor word ("Xiao<b>mi S</b>U7")', () => {
  const split = async (mode: Mode) => {
    const root = document.createElement('p');
    root.innerHTML = 'The Xiao<b>mi S</b>U7 arrives.';
    document.body.replaceChildren(root);
    const registry = await scan(root, mode);
    expect(findMentions(root.textContent!)).toHaveLength(1);
    return registry.all().map((h) => h.range.toString());
  };

  it('is found: the pre-check reads the root\'s whole text, where the word is whole', async () => {
    expect(await split('whole')).toEqual(['Xiaomi SU7']);
  });

  // KNOWN GAP of the fallback path only (text with joiner characters, or a page that changed mid-scan): the
  // pre-check runs per text node there, and no node holds "xiaomi" or "su7". `it.fails` passes while it exists.
  it.fails('is found by the per-node fallback too', async () => {
    expect(await split('per-node')).toEqual(['Xiaomi SU7']);
  });
});
