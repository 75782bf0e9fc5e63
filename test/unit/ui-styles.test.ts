import { describe, expect, it } from 'vitest';
import { CARD_CSS, POPUP_CSS } from '../../src/ui/styles';


/** Relative luminance and contrast ratio, WCAG 2.x. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour tokens of the light block (first) and the dark block (inside the media query). */
function themes(css: string): Record<'light' | 'dark', Record<string, string>> {
  const dark = css.indexOf('@media (prefers-color-scheme: dark)');
  const read = (part: string) => Object.fromEntries([...part.matchAll(/(--xev-[a-z-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
  return { light: read(css.slice(0, dark)), dark: { ...read(css.slice(0, dark)), ...read(css.slice(dark)) } };
}

describe('CARD_CSS (hover card in a closed shadow root)', () => {
  it('hides the host whenever its popover is closed, whatever the page says', () => {
    expect(CARD_CSS).toContain(':host(:not(:popover-open)) { display: none !important; }');
  });
  it('does not reset the host with `all`, which would undo the popover rules', () => {
    expect(CARD_CSS).not.toMatch(/\ball\s*:/);
  });
  it('sizes in px, never rem or em (those follow the page)', () => {
    expect(CARD_CSS).not.toMatch(/\d(\.\d+)?r?em\b/);
  });
  it('has a dark theme, a max width near 360px and visible focus', () => {
    expect(CARD_CSS).toContain('@media (prefers-color-scheme: dark)');
    expect(CARD_CSS).toMatch(/max-width: min\(360px/);
    expect(CARD_CSS).toMatch(/:focus-visible \{ outline: 2px solid/);
  });
  it('loads nothing from outside (no url(), no @import, no web fonts)', () => {
    expect(CARD_CSS + POPUP_CSS).not.toMatch(/url\(|@import|@font-face/);
  });
});

describe('theme colours meet WCAG AA (4.5:1 for text)', () => {
  const pairs: [string, string][] = [
    ['--xev-text', '--xev-bg'],
    ['--xev-text', '--xev-surface'],
    ['--xev-text', '--xev-after-bg'],
    ['--xev-muted', '--xev-bg'],
    ['--xev-muted', '--xev-surface'],
    ['--xev-muted', '--xev-after-bg'],
    ['--xev-link', '--xev-bg'],
    ['--xev-link', '--xev-surface'],
    ['--xev-link', '--xev-after-bg'],
    ['--xev-accent-text', '--xev-bg'],
    ['--xev-accent-text', '--xev-after-bg'],
    ['--xev-selected-text', '--xev-selected-bg'],
    ['--xev-ok-text', '--xev-ok-bg'],
    ['--xev-part-text', '--xev-part-bg'],
    ['--xev-bad-text', '--xev-bad-bg'],
    ['--xev-unk-text', '--xev-unk-bg'],
  ];
  for (const [name, css] of [['card', CARD_CSS], ['popup', POPUP_CSS]] as const) {
    for (const [theme, vars] of Object.entries(themes(css))) {
      it.each(pairs)(`${name} ${theme}: %s on %s`, (fg, bg) => {
        expect(vars[fg], fg).toBeDefined();
        expect(vars[bg], bg).toBeDefined();
        expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});

describe('popup.css', () => {
  it('styles the popup at 380×560', () => {
    expect(POPUP_CSS).toMatch(/\.xev-app--popup \{ width: 380px; height: 560px; \}/);
  });
});
