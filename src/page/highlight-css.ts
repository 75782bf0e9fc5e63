/**
 * The look of the highlights, one source for two uses: build.mjs writes it to content.css (the manifest's
 * content-script style, which applies in the document), and shadow-paint.ts adopts it into the page's shadow
 * roots where the browser does not carry the document's ::highlight style into them (Firefox).
 *
 * Mentions are painted through the CSS Custom Highlight API: the page's DOM and layout are untouched. Only
 * properties that never change layout are allowed in ::highlight(). One highlight name per style (the
 * options' "highlight style"); the content script registers its Highlight under one name at a time.
 */
export const HIGHLIGHT_CSS = `::highlight(xev-mention) {
  background-color: rgba(255, 105, 0, 0.08);
  text-decoration: underline 2px rgba(226, 88, 0, 0.9);
  text-underline-offset: 3px;
}
::highlight(xev-mention-bg) {
  background-color: rgba(255, 105, 0, 0.28);
}
@media (prefers-color-scheme: dark) {
  ::highlight(xev-mention) {
    background-color: rgba(255, 140, 60, 0.1);
    text-decoration-color: rgba(255, 150, 80, 0.95);
  }
  ::highlight(xev-mention-bg) {
    background-color: rgba(255, 140, 60, 0.35);
  }
}
`;
