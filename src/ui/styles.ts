/**
 * All of the UI's CSS as strings: one source for the hover card (adopted into its closed shadow root) and the
 * popup (build.mjs writes it to popup.css, so there is one source). Sizes are px, never rem:
 * inside a page's shadow root rem follows the page's root font size. Colours meet WCAG AA in light and dark.
 */

const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Light colour tokens. */
const LIGHT = `
  color-scheme: light dark;
  --xev-font: ${FONT};
  --xev-bg: #ffffff;
  --xev-surface: #f5f6f8;
  --xev-border: #d8dbe0;
  --xev-text: #1b1f24;
  --xev-muted: #5a6270;
  --xev-link: #0a58ca;
  --xev-focus: #0a58ca;
  --xev-accent: #ff6900;
  --xev-accent-text: #a93c00;
  --xev-after-bg: #fff6ef;
  --xev-selected-bg: #1b1f24;
  --xev-selected-text: #ffffff;
  --xev-shadow: 0 8px 28px rgba(20, 24, 31, 0.18), 0 1px 3px rgba(20, 24, 31, 0.12);
  --xev-ok-bg: #e5f4ea; --xev-ok-text: #1b6b34;
  --xev-part-bg: #fff2d1; --xev-part-text: #744d00;
  --xev-bad-bg: #fde7e7; --xev-bad-text: #a1231c;
  --xev-unk-bg: #eceef2; --xev-unk-text: #454d5a;
`;

/** Dark colour tokens (the light ones they leave alone stay). */
const DARK = `
  --xev-bg: #1c1d21;
  --xev-surface: #26282d;
  --xev-border: #3b3e45;
  --xev-text: #e9eaed;
  --xev-muted: #a9aeb8;
  --xev-link: #8ab4f8;
  --xev-focus: #8ab4f8;
  --xev-accent: #ff8a3d;
  --xev-accent-text: #ffab73;
  --xev-after-bg: #2a241f;
  --xev-selected-bg: #e9eaed;
  --xev-selected-text: #1c1d21;
  --xev-shadow: 0 8px 28px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
  --xev-ok-bg: #1c3a26; --xev-ok-text: #92d9a6;
  --xev-part-bg: #3a3015; --xev-part-text: #f1cf75;
  --xev-bad-bg: #452225; --xev-bad-text: #f6a6a2;
  --xev-unk-bg: #30333a; --xev-unk-text: #c6cad1;
`;

/**
 * Colour tokens on `selector`: light by default, dark when the system asks for it. `forced` lets a host force
 * either theme (the hover card follows a page that is clearly dark or light, whatever the system says).
 */
function tokens(selector: string, forced?: { dark: string; light: string }): string {
  return `
${selector} {${LIGHT}}
@media (prefers-color-scheme: dark) {
  ${selector} {${DARK}}
}${forced ? `
${forced.dark} {${DARK}}
${forced.light} {${LIGHT}}` : ''}`;
}

/** What the hover card and the pages share: resets, links, focus, section titles, verdicts and tags. */
const BASE = `
.xev-sr {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.xev-root a { color: var(--xev-link); text-underline-offset: 2px; }
.xev-root a:hover { text-decoration-thickness: 2px; }
.xev-root :focus-visible { outline: 2px solid var(--xev-focus); outline-offset: 2px; border-radius: 3px; }
/* Resets without specificity (:where), so every component rule below wins over them. */
:where(.xev-root) :where(h1, h2, h3, p, ul, ol, li, dl, dt, dd, figure) { margin: 0; padding: 0; }
:where(.xev-root) :where(ul, ol) { list-style: none; }
.xev-heading { font-size: 14px; font-weight: 650; margin: 0 0 8px; }
.xev-section-title {
  font-size: 11px; font-weight: 650; letter-spacing: 0.5px; text-transform: uppercase;
  color: var(--xev-muted); margin: 0 0 6px;
}
.xev-empty { color: var(--xev-muted); }
.xev-root q { font-style: italic; }
.xev-verdict, .xev-tag {
  display: inline-block; font-size: 11px; font-weight: 600; line-height: 16px;
  padding: 1px 7px; border-radius: 999px; vertical-align: 1px; white-space: nowrap;
}
.xev-verdict--accurate { background: var(--xev-ok-bg); color: var(--xev-ok-text); }
.xev-verdict--partly-accurate { background: var(--xev-part-bg); color: var(--xev-part-text); }
.xev-verdict--inaccurate { background: var(--xev-bad-bg); color: var(--xev-bad-text); }
.xev-verdict--unverified { background: var(--xev-unk-bg); color: var(--xev-unk-text); }
.xev-tag { background: var(--xev-unk-bg); color: var(--xev-unk-text); font-weight: 500; }
.xev-tag--single { background: var(--xev-part-bg); color: var(--xev-part-text); }
`;

/** Components only the popup and the full card page show (kept out of the content script's bundle). */
const COMPONENTS = `
.xev-sources { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 12px; color: var(--xev-muted); margin-top: 2px; }
.xev-source-date { white-space: nowrap; }

.xev-factcard { display: flex; flex-direction: column; gap: 14px; }
.xev-entity-name { font-size: 17px; font-weight: 700; line-height: 1.3; }
.xev-tagline { color: var(--xev-muted); margin-top: 2px; }
.xev-fact-list { display: flex; flex-direction: column; gap: 10px; }
.xev-fact { padding: 8px 10px; background: var(--xev-surface); border-radius: 8px; }
.xev-fact-label { font-size: 12px; color: var(--xev-muted); }
.xev-fact-value { font-weight: 600; font-size: 14px; }
.xev-fact-asof { font-size: 12px; color: var(--xev-muted); white-space: nowrap; }
.xev-then { font-size: 12px; margin-top: 6px; padding-top: 5px; border-top: 1px dashed var(--xev-border); color: var(--xev-muted); }
.xev-then--same { color: var(--xev-muted); }
.xev-claim-list { display: flex; flex-direction: column; gap: 10px; }
.xev-claim-explanation { margin-top: 2px; color: var(--xev-muted); }

.xev-timeline-summary { color: var(--xev-accent-text); font-weight: 600; margin: -4px 0 10px; }
.xev-tl { position: relative; margin: 0; margin-inline-start: 6px; padding: 0; padding-inline-start: 16px; border-inline-start: 2px solid var(--xev-border); }
.xev-ev { position: relative; padding: 6px 8px 10px; margin-bottom: 4px; border-radius: 8px; }
.xev-ev::before {
  content: ""; position: absolute; inset-inline-start: -23px; top: 11px; width: 8px; height: 8px;
  border-radius: 50%; background: var(--xev-bg); border: 2px solid var(--xev-muted);
}
.xev-ev--after { background: var(--xev-after-bg); }
.xev-ev--after::before { background: var(--xev-accent); border-color: var(--xev-accent); }
.xev-ev-date { font-size: 12px; color: var(--xev-muted); font-variant-numeric: tabular-nums; }
.xev-ev--after .xev-ev-date { color: var(--xev-accent-text); font-weight: 600; }
.xev-ev-title { font-size: 13px; font-weight: 650; line-height: 1.35; margin-top: 1px; }
.xev-ev-summary { margin-top: 2px; }
.xev-figures { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.xev-figures li {
  font-size: 12px; padding: 0 6px; border: 1px solid var(--xev-border); border-radius: 4px;
  font-variant-numeric: tabular-nums;
}
.xev-ev-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin-top: 4px; }
.xev-tl-marker { position: relative; margin: 4px 0 12px; padding: 6px 8px; }
.xev-tl-marker::before {
  content: ""; position: absolute; inset-inline-start: -25px; top: 9px; width: 12px; height: 12px;
  transform: rotate(45deg); background: var(--xev-text); border: 2px solid var(--xev-bg);
}
.xev-tl-marker::after {
  content: ""; position: absolute; inset-inline: -16px 0; bottom: 0; border-bottom: 2px solid var(--xev-text);
}
.xev-tl-marker-label { font-size: 12px; font-weight: 700; letter-spacing: 0.2px; }
`;

/** The hover card's own layout. */
const CARD_LAYOUT = `
.xev-card {
  box-sizing: border-box; width: max-content; max-width: min(360px, calc(100vw - 16px)); min-width: 260px;
  padding: 12px 14px; border: 1px solid var(--xev-border); border-radius: 10px;
  background: var(--xev-bg); color: var(--xev-text); box-shadow: var(--xev-shadow);
  display: flex; flex-direction: column; gap: 6px;
}
.xev-card-head { display: flex; align-items: flex-start; gap: 8px; }
.xev-card-title { font-size: 15px; font-weight: 700; line-height: 1.3; flex: 1; }
.xev-card-tagline { color: var(--xev-muted); }
.xev-card-since { font-weight: 650; color: var(--xev-accent-text); margin-top: 2px; }
.xev-card-since--unknown { color: var(--xev-muted); }
.xev-card-latest time { font-variant-numeric: tabular-nums; }
.xev-card-label { color: var(--xev-muted); }
.xev-card-muted { color: var(--xev-muted); }
.xev-card-section { border-top: 1px solid var(--xev-border); padding-top: 6px; margin-top: 2px; }
.xev-card-list { display: flex; flex-direction: column; gap: 6px; }
.xev-card-thennow .xev-card-label { font-size: 12px; }
.xev-tn { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; }
.xev-tn dt { font-size: 11px; font-weight: 600; line-height: 19px; text-transform: uppercase; letter-spacing: 0.3px; color: var(--xev-muted); }
.xev-tn-then { color: var(--xev-muted); }
.xev-tn-now { font-weight: 600; }
.xev-card-foot {
  display: flex; justify-content: space-between; align-items: baseline; gap: 8px; flex-wrap: wrap;
  border-top: 1px solid var(--xev-border); padding-top: 8px; margin-top: 2px;
}
.xev-card-more { font-weight: 600; }
.xev-card-asof { font-size: 11px; color: var(--xev-muted); }
.xev-close {
  flex: none; width: 24px; height: 24px; margin: -4px 0 0; margin-inline-end: -6px; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: var(--xev-muted); font: inherit; font-size: 18px; line-height: 24px; cursor: pointer;
}
.xev-close:hover { background: var(--xev-surface); color: var(--xev-text); }
`;

/**
 * The hover card, for a closed shadow root whose host is a `popover` element. The host keeps the page's
 * cascade on its outside, so only box properties are reset on `:host` (one by one: `all: initial` would undo
 * the popover's own hiding and positioning) and the text styles are set inside, on `.xev-card`, where the page
 * cannot reach them. Inline styles set on the host by the positioning code win over these defaults.
 */
export const CARD_CSS = `
:host {
  margin: 0; padding: 0; border: 0; inset: auto; overflow: visible;
  width: auto; height: auto; max-width: none; max-height: none;
  background: transparent; box-shadow: none; outline: none;
}
:host(:not(:popover-open)) { display: none !important; }
${/* @__PURE__ */ tokens('.xev-card', { dark: ':host([data-xev-theme="dark"]) .xev-card', light: ':host([data-xev-theme="light"]) .xev-card' })}
.xev-card, .xev-card * { box-sizing: border-box; }
/* The positioning code caps the host's height; the card scrolls within it (the mount div passes it on). */
.xev-root { max-height: inherit; }
.xev-card { overflow-y: auto; overscroll-behavior: contain; }
.xev-card {
  font-family: var(--xev-font); font-size: 13px; line-height: 1.45; font-weight: 400; font-style: normal;
  letter-spacing: normal; word-spacing: normal; text-transform: none; text-align: start; text-indent: 0;
  white-space: normal; overflow-wrap: anywhere;
}
${BASE}
${CARD_LAYOUT}
`;

/** The popup (380×560) and, with `.xev-app--full`, the full fact card page. */
const POPUP_LAYOUT = `
html, body { margin: 0; padding: 0; background: var(--xev-bg); color: var(--xev-text); }
body { font-family: var(--xev-font); font-size: 13px; line-height: 1.45; overflow-wrap: anywhere; }
*, *::before, *::after { box-sizing: border-box; }
.xev-app { display: flex; flex-direction: column; }
.xev-app--popup { width: 380px; height: 560px; }
.xev-app--full { min-height: 100vh; }
.xev-app-head { padding: 12px 16px 10px; border-bottom: 1px solid var(--xev-border); }
.xev-app-title { display: flex; align-items: center; gap: 8px; font-size: 14px; font-weight: 700; }
.xev-app-title::before {
  content: ""; width: 10px; height: 10px; border-radius: 3px; background: var(--xev-accent); flex: none;
}
.xev-app-sub { color: var(--xev-muted); font-size: 12px; margin-top: 2px; }
.xev-app-main { flex: 1; overflow-y: auto; padding: 14px 16px 18px; display: flex; flex-direction: column; gap: 18px; }
.xev-app-foot {
  display: flex; justify-content: space-between; align-items: center; gap: 8px;
  padding: 8px 16px; border-top: 1px solid var(--xev-border); font-size: 12px; color: var(--xev-muted);
}
/* Longer translations ("Paramètres", "Ouvrir dans un onglet") must not break inside a word. */
.xev-app-foot > a, .xev-app-foot > button { white-space: nowrap; }
.xev-notice { padding: 8px 10px; border-radius: 8px; background: var(--xev-surface); color: var(--xev-text); }
.xev-status { color: var(--xev-muted); padding: 24px 0; text-align: center; }

.xev-tabs { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.xev-tab {
  display: inline-flex; align-items: center; gap: 6px; min-height: 28px; padding: 3px 6px 3px 11px;
  border: 1px solid var(--xev-border); border-radius: 999px; background: var(--xev-bg); color: var(--xev-text);
  font: inherit; font-weight: 600; cursor: pointer;
}
.xev-tab:hover { background: var(--xev-surface); }
.xev-tab[aria-selected="true"] { background: var(--xev-selected-bg); color: var(--xev-selected-text); border-color: var(--xev-selected-bg); }
.xev-tab:focus-visible { outline: 2px solid var(--xev-focus); outline-offset: 2px; }
.xev-count {
  min-width: 20px; padding: 0 6px; border-radius: 999px; background: var(--xev-surface); color: var(--xev-text);
  font-size: 11px; line-height: 18px; text-align: center; font-variant-numeric: tabular-nums;
}
.xev-tab[aria-selected="true"] .xev-count { background: var(--xev-accent); color: #1b1f24; }

.xev-app--full .xev-app-head, .xev-app--full .xev-app-foot { padding-left: max(24px, calc(50vw - 520px)); padding-right: max(24px, calc(50vw - 520px)); }
.xev-app--full .xev-app-main { overflow: visible; padding: 24px max(24px, calc(50vw - 520px)) 40px; }
@media (min-width: 860px) {
  .xev-app--full .xev-columns { display: grid; grid-template-columns: minmax(300px, 400px) 1fr; gap: 32px; align-items: start; }
  .xev-app--full .xev-factcard { position: sticky; top: 16px; }
}
.xev-columns { display: flex; flex-direction: column; gap: 18px; }
.xev-since-banner {
  margin: 0; padding: 8px 10px; border-radius: 8px; background: var(--xev-after-bg);
  border-inline-start: 3px solid var(--xev-accent); color: var(--xev-accent-text);
}
.xev-since-banner a { margin-inline-start: 4px; white-space: nowrap; }
/* Side by side, the timeline is in view already. */
.xev-app--full .xev-since-banner { display: none; }

/* Popup controls: the switches for everywhere and this site, "Go to", the link to the options. */
.xev-site { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; margin-top: 8px; font-size: 12px; }
.xev-switch { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
.xev-switch input { margin: 0; accent-color: var(--xev-accent-text); }
.xev-button {
  min-height: 26px; padding: 2px 10px; border: 1px solid var(--xev-border); border-radius: 6px;
  background: var(--xev-bg); color: var(--xev-text); font: inherit; font-size: 12px; cursor: pointer;
}
.xev-button:hover { background: var(--xev-surface); }
.xev-button:disabled { cursor: default; opacity: 0.7; }
.xev-site-state { flex-basis: 100%; color: var(--xev-accent-text); font-weight: 600; }
.xev-goto { margin-top: 8px; }
.xev-linkbutton {
  padding: 0; border: 0; background: none; color: var(--xev-link); font: inherit; text-decoration: underline;
  text-underline-offset: 2px; cursor: pointer;
}
`;

/*
 * Composed with a pure-annotated join rather than a template literal: esbuild cannot prove a template's
 * interpolations side-effect free, and would then keep the whole popup CSS in the content script's bundle.
 */
export const POPUP_CSS = /* @__PURE__ */ [
  '/* Generated from src/ui/styles.ts (POPUP_CSS); edit there. test/unit/ui-styles.test.ts keeps this file in sync. */',
  /* @__PURE__ */ tokens(':root'),
  POPUP_LAYOUT,
  BASE,
  COMPONENTS,
].join('\n');
