/**
 * The page's title and first headline: the extra text the matcher reads to let a contextual name count when its
 * own window has no cue (FindOptions.context: "SU7" alone in a short paragraph of a page titled "Xiaomi…").
 * card.js passes it to the matcher; content.js checks it before the first scan's search (lib/precheck.ts),
 * so both must read the same text. Read once per URL (single-page apps change both). Each bundle reads it
 * itself, content.js at its first scan and card.js at its first match: a title a script sets in between, on the
 * same URL, could vouch for a codename the first scan did not search for (it is found when its block changes).
 */
let readFor = '';
let text = '';

export function pageContext(): string {
  if (readFor !== location.href) {
    readFor = location.href;
    text = `${document.title}\n${document.querySelector('h1')?.textContent ?? ''}`.slice(0, 1000);
  }
  return text;
}
