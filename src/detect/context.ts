/**
 * Context words: is the text around a bare model name ("SU7", "MS11") about Xiaomi or cars, or about
 * something else that shares the name (the Sukhoi Su-7, Microsoft's MS11-0xx bulletins)?
 *
 * Each cue list becomes one prefix-factored alternation over folded text; word boundaries are checked in
 * code (lookarounds on every alternative made the regex several times slower). Latin words match whole
 * words (a `*` at an end drops that boundary: "elektroauto*" finds "Elektroautos"); CJK words match
 * anywhere. A list is searched at most once per stretch of text, and only when a rule asks for it (the
 * short "xiaomi" list usually settles a bare "SU7" before the long "cars" list is needed).
 */
import { normalize } from './normalize';
import { isWordChar } from './chars';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One cue list compiled for a pass over folded text. */
export interface CueList {
  /** A prefix-factored alternation of the list's words (see `trieSource`). */
  re: RegExp;
  /** Boundary rules of each word, keyed by its folded form without spaces or hyphens. */
  words: Map<string, { start: boolean; end: boolean }>;
}

const looseKey = (s: string) => s.replace(/[ -]/g, '');

export function compileCueList(list: string[]): CueList {
  const words = new Map<string, { start: boolean; end: boolean }>();
  const forms: string[] = [];
  for (const raw of list) {
    const folded = normalize(raw.replace(/^\*|\*$/g, '')).text.trim();
    if (!folded) continue;
    // A `*` drops the boundary on its side; CJK words never have one.
    words.set(looseKey(folded), {
      start: !raw.startsWith('*') && isWordChar(folded[0]),
      end: !raw.endsWith('*') && isWordChar(folded[folded.length - 1]),
    });
    forms.push(folded);
  }
  return { re: new RegExp(trieSource(forms) || '(?!)', 'g'), words };
}

/** Start positions of the list's words in folded `text`, ascending. */
export function cueHits(list: CueList, text: string): number[] {
  const out: number[] = [];
  const re = list.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const w = list.words.get(looseKey(m[0]));
    const ok = w !== undefined && !(w.start && isWordChar(text[at - 1])) && !(w.end && isWordChar(text[end]));
    if (ok) out.push(at);
    // A rejected hit ("car" inside "cardinal") may hide a shorter word starting later: step one character.
    re.lastIndex = ok ? end : at + 1;
  }
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * A word list as a prefix-factored regex ("car|cars|carro" → "car(?:s|ro)?"): the regex engine then tests
 * one branch per first character instead of every word at every position, several times faster than a flat
 * alternation. A space or hyphen inside a word is loose ("[ -]?"). Greedy: the longest word wins.
 */
export function trieSource(words: string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      const key = ch === '-' ? ' ' : ch;
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ch, child]) => (ch === ' ' ? '[ -]?' : escapeRe(ch)) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length > 1 || body.length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return emit(root);
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
