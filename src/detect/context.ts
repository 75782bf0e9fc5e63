/**
 * Context words: is the text around a bare model name ("SU7", "MS11") about Xiaomi or cars, or about
 * something else that shares the name (the Sukhoi Su-7, Microsoft's MS11-0xx bulletins)?
 *
 * Each word list becomes one regex over folded text. Latin words match whole words (a `*` at an end drops
 * that boundary: "elektroauto*" finds "Elektroautos"); CJK words match anywhere. Hits are collected once
 * per scanned window and then looked up per candidate, so the check is linear in the window.
 */
import { normalize } from './normalize';
import { WORD_SRC, isWordChar } from './chars';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function wordListRegex(words: string[]): RegExp | null {
  const parts: string[] = [];
  for (const raw of words) {
    const openStart = raw.startsWith('*');
    const openEnd = raw.endsWith('*');
    const folded = normalize(raw.replace(/^\*|\*$/g, '')).text.trim();
    if (!folded) continue;
    // Inside a context word a space or hyphen is loose, as in the text ("e-auto", "e auto").
    let src = escapeRe(folded).replace(/[ -]/g, '[ -]?');
    if (!openStart && isWordChar(folded[0])) src = `(?<!${WORD_SRC})${src}`;
    if (!openEnd && isWordChar(folded[folded.length - 1])) src = `${src}(?!${WORD_SRC})`;
    parts.push(src);
  }
  return parts.length ? new RegExp(parts.join('|'), 'gu') : null;
}

/** Start positions of all hits of `re` in `text`, ascending. */
export function hitPositions(re: RegExp | null, text: string): number[] {
  const out: number[] = [];
  if (!re) return out;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Whether any position in sorted `hits` lies in [from, to) but outside the candidate itself [skipFrom, skipTo). */
export function anyIn(hits: number[], from: number, to: number, skipFrom: number, skipTo: number): boolean {
  // Binary search for the first hit ≥ from, then walk (hits near one candidate are few).
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < hits.length; i++) {
    const h = hits[i] ?? 0;
    if (h >= to) return false;
    if (h < skipFrom || h >= skipTo) return true;
  }
  return false;
}
