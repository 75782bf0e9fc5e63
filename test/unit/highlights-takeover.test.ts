/**
 * After an extension update the new content script registers its highlight under the same name, then tells the
 * orphaned one to leave; the orphan's teardown must not unregister the newcomer's highlight (it did: the page
 * lost every highlight until reloaded). Node has no CSS Highlight API: a Map and a Set stand in for it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAME, HighlightRegistry } from '../../src/page/highlights';

const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };

describe('HighlightRegistry.clear during a takeover', () => {
  beforeEach(() => {
    g.Highlight = class extends Set<Range> {};
    g.CSS = { highlights: new Map<string, unknown>() };
  });
  afterEach(() => {
    delete g.CSS;
    delete g.Highlight;
  });

  it("the orphan's teardown leaves the new instance's highlight registered", () => {
    const highlights = (g.CSS as { highlights: Map<string, unknown> }).highlights;
    const orphan = new HighlightRegistry();
    const mine = highlights.get(HIGHLIGHT_NAME);
    const fresh = new HighlightRegistry();
    const theirs = highlights.get(HIGHLIGHT_NAME);
    expect(theirs).not.toBe(mine);
    orphan.clear();
    expect(highlights.get(HIGHLIGHT_NAME)).toBe(theirs);
    fresh.clear();
    expect(highlights.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
