/**
 * After an extension update the new content script registers its highlight under the same name, then tells the
 * orphaned one to leave; the orphan's teardown must not unregister the newcomer's highlight (it did: the page
 * lost every highlight until reloaded). A registry registers its highlight only at its first mention (registering
 * one schedules a rendering update, on pages that mostly hold none). Node has no CSS Highlight API: a Map and a Set
 * stand in for it, jsdom for the text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { HIGHLIGHT_NAME, HighlightRegistry } from '../../src/page/highlights';
import { makeRun } from '../../src/page/text-blocks';

const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown; Range?: unknown };

describe('HighlightRegistry registration', () => {
  let highlights: Map<string, unknown>;
  let mention: (registry: HighlightRegistry) => void;
  beforeEach(() => {
    const doc = new JSDOM('<!doctype html><body><p>The Xiaomi SU7.</p></body>').window.document;
    g.Range = doc.defaultView!.Range;
    g.Highlight = class extends Set<Range> {};
    g.CSS = { highlights: (highlights = new Map<string, unknown>()) };
    const p = doc.querySelector('p')!;
    const run = makeRun(p, [p.firstChild as Text]);
    mention = (registry) => registry.add(run, [{ start: 4, end: 14, entity: 'su7', surface: 'Xiaomi SU7' }]);
  });
  afterEach(() => {
    delete g.CSS;
    delete g.Highlight;
    delete g.Range;
  });

  it('registers at the first mention, not before', () => {
    const registry = new HighlightRegistry();
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
    mention(registry);
    expect((highlights.get(HIGHLIGHT_NAME) as Set<Range>).size).toBe(1);
  });

  it('a hidden registry registers when shown again, and only if it holds a mention', () => {
    const empty = new HighlightRegistry();
    empty.setVisible(false);
    empty.setVisible(true);
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
    const registry = new HighlightRegistry();
    registry.setVisible(false);
    mention(registry);
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
    registry.setVisible(true);
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(true);
    registry.setVisible(false);
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it("the orphan's teardown leaves the new instance's highlight registered", () => {
    const orphan = new HighlightRegistry();
    mention(orphan);
    const mine = highlights.get(HIGHLIGHT_NAME);
    const fresh = new HighlightRegistry();
    mention(fresh);
    const theirs = highlights.get(HIGHLIGHT_NAME);
    expect(theirs).not.toBe(mine);
    orphan.clear();
    expect(highlights.get(HIGHLIGHT_NAME)).toBe(theirs);
    // The orphan, told to hide or show after it lost the name, does not take it back while hiding.
    orphan.setVisible(false);
    expect(highlights.get(HIGHLIGHT_NAME)).toBe(theirs);
    fresh.clear();
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
