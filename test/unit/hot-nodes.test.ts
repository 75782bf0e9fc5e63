import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { hotNodes } from '../../src/page/hot-nodes';

/** The node holding each offset, by adding up every node's length: what hotNodes must answer without doing it. */
function bruteForce(root: Element, hot: number[]): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  let end = 0;
  let h = 0;
  for (let n = walker.nextNode() as Text | null; n && h < hot.length; n = walker.nextNode() as Text | null) {
    end += n.length;
    if (hot[h]! < end) out.push(n);
    while (h < hot.length && hot[h]! < end) h++;
  }
  return out;
}

// Pieces real pages are made of: prose that occurs once, and what repeats (whitespace, buttons, table digits).
const PIECES = ['\n  ', ' ', '', 'Share', '1', '2', '10', 'Xiaomi', 'SU7', 'Read more', '\n'];

type Tree = string | Tree[];
/** Trees of text pieces; `unique` is the weight of random strings (0: only repeated pieces, where few samples prove). */
const treeArb = (unique: number) => fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
    { weight: unique, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
    { weight: 2, arbitrary: fc.array(tie('node'), { maxLength: 6 }) },
  ),
})).node;

function build(doc: Document, t: Tree, parent: Element): void {
  if (typeof t === 'string') parent.append(doc.createTextNode(t)); // adjacent and empty text nodes included
  else {
    const el = doc.createElement('div');
    for (const k of t) build(doc, k, el);
    parent.append(el);
  }
}

const { document } = new JSDOM('<!doctype html><body></body>').window;

describe('hotNodes: the text nodes at offsets of an element\'s textContent, from an XPath snapshot', () => {
  it.each([['mixed prose', 2], ['repeated pieces only', 0]])('answers exactly what a walk adding up every length answers, whatever the page and the sampling step (%s)', (_, unique) => {
    let located = 0;
    fc.assert(
      fc.property(fc.array(treeArb(unique), { minLength: 1, maxLength: 40 }), fc.constantFrom(1, 2, 3, 7, 32), fc.array(fc.nat(), { maxLength: 8 }), (trees, step, picks) => {
        const root = document.createElement('article');
        for (const t of trees) build(document, t, root);
        const text = root.textContent!;
        fc.pre(text.length > 0);
        const hot = [...new Set(picks.map((p) => p % text.length))].sort((a, b) => a - b);
        const got = hotNodes(root, text, hot, step);
        expect(got).toEqual(bruteForce(root, hot));
        located += got!.length;
      }),
      { numRuns: 2000 },
    );
    expect(located).toBeGreaterThan(2000);
  });

  it('touches a few nodes per offset, not the page, when the prose around them occurs once', () => {
    const root = document.createElement('main');
    root.innerHTML = Array.from({ length: 2000 }, (_, i) => `\n  <p>Paragraph ${i} of the story, <b>bold ${i}</b> and more.</p>`).join('');
    const text = root.textContent!;
    const hot = [text.indexOf('Paragraph 234 '), text.indexOf('bold 1321'), text.indexOf('more', text.indexOf('Paragraph 1999 '))];
    let items = 0;
    const evaluate = document.evaluate.bind(document);
    const createTreeWalker = document.createTreeWalker.bind(document);
    const counting = Object.create(document, {
      evaluate: {
        value: (...args: Parameters<Document['evaluate']>) => {
          const r = evaluate(...args);
          return { snapshotLength: r.snapshotLength, snapshotItem: (i: number) => (items++, r.snapshotItem(i)) };
        },
      },
      createTreeWalker: {
        value: (...args: Parameters<Document['createTreeWalker']>) => {
          const w = createTreeWalker(...args);
          return {
            get currentNode() { return w.currentNode; },
            set currentNode(n: Node) { w.currentNode = n; },
            nextNode: () => (items++, w.nextNode()),
          };
        },
      },
    });
    Object.defineProperty(root, 'ownerDocument', { value: counting });
    const nodes = hotNodes(root, text, hot)!;
    expect(nodes.map((n) => n.data)).toEqual(['Paragraph 234 of the story, ', 'bold 1321', ' and more.']);
    const textNodes = 2000 * 4;
    // The samples (one in 258 nodes here, two nodes read each: the newline, then the paragraph) and a short walk
    // from the last proven one before each offset, against the 8,000 nodes a walk reads.
    expect(items).toBeLessThan(textNodes / 20);
  });

  it('proves long samples by their first characters: long paragraphs, and long ones that start alike', () => {
    const long = (i: number) => `Paragraph ${i}: ${'word '.repeat(400 + (i % 7))}end ${i}.`;
    // The same boilerplate for the first 60 characters of each: no sample proves by its cut prefix, so the walks
    // are long (null) or exact, never wrong.
    const alike = (i: number) => `${'Subscribe to read the whole of this article today. '.repeat(2)}${i} ${'x'.repeat(i % 50)}`;
    for (const [make, mustLocate] of [[long, true], [alike, false]] as const) {
      const root = document.createElement('main');
      root.innerHTML = Array.from({ length: 600 }, (_, i) => `<p>${make(i)}</p><p><b>SU7</b> ${i}</p>`).join('');
      const text = root.textContent!;
      const hot = [text.indexOf('SU7'), text.indexOf(`SU7 333`), text.lastIndexOf('SU7')];
      const got = hotNodes(root, text, hot, 8);
      if (mustLocate || got) expect(got).toEqual(bruteForce(root, hot));
    }
  });

  it('answers null when the text is not the nodes\' text (the page changed), so the scanner walks instead', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>one Xiaomi</p><p>two</p>';
    const text = root.textContent!;
    root.querySelector('p')!.prepend('inserted ');
    expect(hotNodes(root, text, [text.indexOf('Xiaomi')], 1)).toBeNull();
    expect(hotNodes(root, `${text} tail`, [text.length + 1], 1)).toBeNull();
  });

  it('trusts no snapshot order: samples out of document order give null', () => {
    const root = document.createElement('div');
    root.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>paragraph number ${i}</p>`).join('');
    const text = root.textContent!;
    const evaluate = document.evaluate.bind(document);
    const reversed = Object.create(document, {
      evaluate: {
        value: (...args: Parameters<Document['evaluate']>) => {
          const r = evaluate(...args);
          return { snapshotLength: r.snapshotLength, snapshotItem: (i: number) => r.snapshotItem(r.snapshotLength - 1 - i) };
        },
      },
      createTreeWalker: { value: document.createTreeWalker.bind(document) },
    });
    Object.defineProperty(root, 'ownerDocument', { value: reversed });
    expect(hotNodes(root, text, [text.indexOf('number 30')], 4)).toBeNull();
  });

  it('gives up (null: the scanner\'s sliced walk takes over) when no sample proves its place and the walk would be long', () => {
    const root = document.createElement('table');
    // 10,000 cells of the same digit, then the mention, then more digits: no sample proves its place (with a
    // step of 64 none falls on the mention's cell), so the walk would start at the first node.
    const cells = (n: number) => '<td>1</td>'.repeat(n);
    root.innerHTML = `<tr>${cells(10_000)}<td>Xiaomi</td>${cells(100)}</tr>`;
    const text = root.textContent!;
    expect(hotNodes(root, text, [text.indexOf('Xiaomi')], 64)).toBeNull();
    // Within the budget, the same walk answers.
    root.innerHTML = `<tr>${cells(1_000)}<td>Xiaomi</td>${cells(100)}</tr>`;
    const small = root.textContent!;
    expect(hotNodes(root, small, [small.indexOf('Xiaomi')], 64)!.map((n) => n.data)).toEqual(['Xiaomi']);
  });

  it('answers null for a shadow root (XPath takes no fragment as context) and when XPath is missing', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Xiaomi SU7</p>';
    expect(hotNodes(shadow, shadow.textContent!, [0])).toBeNull();
    const root = document.createElement('div');
    root.textContent = 'Xiaomi SU7';
    Object.defineProperty(root, 'ownerDocument', { value: { evaluate: undefined } });
    expect(hotNodes(root, 'Xiaomi SU7', [0])).toBeNull();
  });

  it('answers no nodes for no offsets, without building a snapshot', () => {
    const root = document.createElement('div');
    Object.defineProperty(root, 'ownerDocument', { value: null });
    expect(hotNodes(root, 'anything', [])).toEqual([]);
  });
});
