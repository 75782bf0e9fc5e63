/**
 * Finds the Text nodes that hold given offsets of an element's `textContent` without a walk over every node.
 *
 * Why: the first scan finds where anchors start in the page's whole text (anchor-needles.ts) and then needs the
 * nodes at those offsets. A walk that adds up every node's length costs about 19 ms in Chromium and 29 ms in
 * Firefox on a 42,600-node page, in the content script's world: each node handed to JavaScript costs ~0.4-0.7 µs
 * there, whatever we read from it. An XPath snapshot of the text nodes is built natively (about 2 ms) and gives
 * random access to them, so only a few nodes need to be touched:
 *
 * 1. Samples. Every `step`-th node of the snapshot starts a sample: it and the text nodes after it, until they
 *    hold enough characters to be unlikely to repeat. Searched for forward from the end of the previous sample,
 *    a sample's text is first found at a lower bound of where it starts. Going back from the end of the text,
 *    each sample ends before the next one starts: when its text occurs only once between its lower bound and
 *    that limit, its offset is proven. Prose proves itself; repeated strings ("Share", table digits) do not,
 *    and such samples are not used.
 * 2. For each hot offset, a TreeWalker adds up lengths from the last proven sample before it (or from the start)
 *    to the node that holds it.
 *
 * The answer is exact, not a guess. The bounds rest on the samples coming in document order. The snapshot is
 * asked for unordered all the same, because Chromium sorts an ordered one (4 ms on that page) though it builds
 * the list in document order; the order is spot-checked instead (inDocumentOrder). The text between a sample
 * and a hot offset is always read in document order, by the TreeWalker. As a guard against a snapshot that
 * disagrees with textContent, each node found must hold the whole text's characters at its offset. When
 * anything fails the answer is null and the scanner walks instead, as it does for a shadow root (XPath takes no
 * DocumentFragment as context node) or where XPath is missing.
 */

/** XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, by value: no global needed where the document comes from elsewhere (tests). */
const UNORDERED_SNAPSHOT = 6;
/** NodeFilter.SHOW_TEXT, by value for the same reason. */
const SHOW_TEXT = 4;
/** A sample gathers text nodes until it has this many characters (a table row, a sentence), or PROBE nodes (half a step at most). */
const DISTINCT_LENGTH = 16;
const ORDER_CHECKS = 8;
/**
 * A sample's text is cut to this many characters: V8 prepares a search of a long pattern in time linear in its
 * length (Boyer-Moore tables), so a sample that starts with a whole paragraph, or a megabyte <pre>, made each of
 * its two searches cost that; any prefix of a node's text proves its place as well.
 */
const LONGEST_SAMPLE = 48;
const PROBE = 12;

/**
 * Nodes between samples: more samples shorten the walks to the hot offsets, fewer cost less. Measured in
 * Chromium's content-script world, a sample costs ~5 µs (reading two or three nodes, and two searches of the
 * text that cost more per call than per character) and a walk ~0.4 µs a node, half a step per place on the page
 * that holds anchors: the balance is √(nodes × 25 / places). About 200 on a 39,000-node news page with 25 places,
 * 800 on a 120,000-cell table with 5. A test may set it.
 */
function stepFor(nodes: number, places: number): number {
  return Math.max(8, Math.min(4096, Math.round(Math.sqrt((nodes * 25) / places))));
}

/** Places on the page that hold anchors: offsets closer than a paragraph to the previous one share a walk. */
function placesOf(hot: readonly number[]): number {
  let places = 0;
  let last = -Infinity;
  for (const o of hot) {
    if (o - last > 500) places++;
    last = o;
  }
  return places;
}

/** Most nodes the walks may read, past which the scanner's own walk (sliced) is the better deal. */
const walkBudget = (nodes: number) => Math.max(4096, nodes >> 3);

/** The text nodes holding each of `hot` (ascending offsets in `root.textContent`, which is `text`), distinct, in order. */
export function hotNodes(root: Node, text: string, hot: readonly number[], step?: number): Text[] | null {
  if (!hot.length) return [];
  const doc = root.ownerDocument;
  const snapshot = textSnapshot(root);
  if (!doc || !snapshot) return null;
  const count = snapshot.snapshotLength;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const samples = provenSamples(text, snapshot, walker, step ?? stepFor(count, placesOf(hot)));
  if (!samples) return null;

  const out: Text[] = [];
  let budget = walkBudget(count);
  // The node being looked at and its [start, end) in the text; null before the first.
  let node: Text | null = null;
  let start = 0;
  let end = 0;
  for (const offset of hot) {
    if (node && offset < end) continue; // in the node found last
    const s = samples.lastAtOrBefore(offset);
    if (s && s.offset >= end) {
      node = s.node;
      start = s.offset;
    } else if (!node) {
      walker.currentNode = root;
      node = walker.nextNode() as Text | null;
      start = 0;
      if (!node) return null;
    } else {
      walker.currentNode = node;
      node = walker.nextNode() as Text | null;
      start = end;
      if (!node) return null;
    }
    end = start + node.length;
    walker.currentNode = node;
    while (end <= offset) {
      node = walker.nextNode() as Text | null;
      if (!node || --budget < 0) return null;
      start = end;
      end = start + node.length;
    }
    if (!text.startsWith(node.data, start)) return null;
    out.push(node);
  }
  return out;
}

function textSnapshot(root: Node): XPathResult | null {
  const doc = root.ownerDocument;
  if (!doc || typeof doc.evaluate !== 'function' || root.nodeType !== 1) return null;
  try {
    return doc.evaluate('descendant::text()', root, null, UNORDERED_SNAPSHOT, null);
  } catch {
    return null;
  }
}

/**
 * Spot-checks that the snapshot lists nodes in document order, at ORDER_CHECKS evenly spaced places: each node
 * there is followed by the next one in the document. The samples' bounds rest on that order; asking for an
 * ordered snapshot instead costs Chromium a 4 ms sort of the list it already built in order, and checking every
 * pair of samples with compareDocumentPosition costs 1.5 ms (it scans long sibling lists).
 */
function inDocumentOrder(snapshot: XPathResult, walker: TreeWalker): boolean {
  const last = snapshot.snapshotLength - 1;
  for (let c = 0; c <= ORDER_CHECKS && last > 0; c++) {
    const i = Math.floor((c * (last - 1)) / ORDER_CHECKS);
    walker.currentNode = snapshot.snapshotItem(i)!;
    if (walker.nextNode() !== snapshot.snapshotItem(i + 1)) return false;
  }
  return true;
}

interface Samples {
  /** The proven sample with the largest offset not above `offset`, or null when none is. */
  lastAtOrBefore(offset: number): { node: Text; offset: number } | null;
}

/** Samples every `step`-th node and keeps those whose offset in `text` is proven; null when the nodes cannot be `text`. */
function provenSamples(text: string, snapshot: XPathResult, walker: TreeWalker, step: number): Samples | null {
  if (!inDocumentOrder(snapshot, walker)) return null;
  const n = Math.ceil(snapshot.snapshotLength / step);
  const probe = Math.min(PROBE, Math.ceil(step / 2));
  const firsts: Text[] = [];
  const texts: string[] = [];
  const low: number[] = [];
  let from = 0;
  for (let j = 0; j < n; j++) {
    const first = snapshot.snapshotItem(j * step) as Text;
    let d = first.data;
    walker.currentNode = first;
    for (let k = 1; d.length < DISTINCT_LENGTH && k < probe; k++) {
      const next = walker.nextNode() as Text | null;
      if (!next) break;
      d += next.data;
    }
    if (d.length > LONGEST_SAMPLE) d = d.slice(0, LONGEST_SAMPLE);
    const found = text.indexOf(d, from);
    if (found < 0) return null;
    firsts.push(first);
    texts.push(d);
    low.push(found);
    // The next sample starts after this one ends (and after the text between them).
    from = found + d.length;
  }
  // The samples whose place is proven, ascending. Walking back from the end: `limit` bounds where the next sample
  // starts, so this one lies in [low, limit); when its text occurs only once in that window, it is at `low`.
  // (lastIndexOf would find the upper bound directly, but V8 searches backward one character at a time: 2.4-2.9
  // ms on the 3.9 M character page, against 1.0-1.5 ms for these forward searches of a slice, which V8 makes
  // without copying.)
  const offsets: number[] = [];
  const nodes: Text[] = [];
  const widest = 8 * Math.ceil(text.length / Math.max(1, firsts.length)) + 4096;
  let limit = text.length;
  for (let j = firsts.length - 1; j >= 0; j--) {
    const d = texts[j]!;
    const at = low[j]!;
    if (at + d.length > limit) return null;
    // A window much wider than the gap between samples is not searched (the sample stays unproven): the cost
    // stays one pass over the text even where few samples prove (a table of digits).
    if (limit - at <= widest && !text.slice(at + 1, limit).includes(d)) {
      offsets.push(at);
      nodes.push(firsts[j]!);
      limit = at;
    } else {
      limit -= d.length;
    }
  }
  offsets.reverse();
  nodes.reverse();
  return {
    lastAtOrBefore(offset) {
      let lo = 0;
      let hi = offsets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (offsets[mid]! <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo ? { node: nodes[lo - 1]!, offset: offsets[lo - 1]! } : null;
    },
  };
}
