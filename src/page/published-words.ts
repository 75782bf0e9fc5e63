/**
 * Dates written for people ("Publié le 3 février 2023", "Feb. 3, 2023", "12/03/2024", "2023年2月3日")
 * and the words around them that say whether a date is the publication or an update.
 * Pure string code, used on the short datelines near the top of an article.
 */
import { calendarDate } from './published-date';

/** Month names and usual abbreviations, all languages together: no name means two different months. */
const MONTHS: Record<string, number> = {};
const MONTH_LISTS: string[][] = [
  // en
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  // fr
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'déc'],
  ['janv', 'fevrier', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'decembre'],
  ['janv', 'fév', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'],
  // es
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'setiembre', 'oct', 'nov', 'dic'],
  // de
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['jänner', 'feb', 'mrz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sept', 'okt', 'nov', 'dez'],
  ['jan', 'feber', 'maerz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
  // it
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  // pt, nl
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['jan', 'fev', 'marco', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
];
for (const list of MONTH_LISTS) list.forEach((name, i) => (MONTHS[name] = i + 1));
// Longest first, so "marzo" is tried before "mar".
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

// Each pattern is tried on lower-cased text; groups are read by `toDate` below.
const PATTERNS: { re: RegExp; order: 'dmy' | 'mdy' | 'num' | 'ymd' }[] = [
  // 3 février 2023 · 1er février 2023 · 3. Februar 2023 · 3 de febrero de 2023 · 06 feb. 2023
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s?(?:er|st|nd|rd|th|º|°|\\.)?\\s*(?:de\\s+)?(${MONTH_RE})(?!\\p{L})\\.?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'gu'),
    order: 'dmy',
  },
  // February 3, 2023 · Feb. 3 2023
  {
    re: new RegExp(`(?<!\\p{L})(${MONTH_RE})(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu'),
    order: 'mdy',
  },
  // 12/03/2024 · 06.02.2023 · 6-2-2023 (day or month first: depends on the page's language)
  { re: /(?<![\d./-])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4})(?!\d)/gu, order: 'num' },
  // 2023-02-06 · 2023/02/06 · 2023.02.06 · 2023. 2. 6. (Korean)
  { re: /(?<![\d./-])(\d{4})([./-])\s?(\d{1,2})\2\s?(\d{1,2})(?!\d)/gu, order: 'ymd' },
  // 2023年2月3日 · 2023년 2월 3일
  { re: /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, order: 'ymd' },
];

export interface TextDate {
  index: number;
  end: number;
  date: string;
}

function toDate(m: RegExpExecArray, order: string, dayFirst: boolean): string | null {
  const n = (i: number): number => Number(m[i]);
  switch (order) {
    case 'dmy':
      return calendarDate(n(3), MONTHS[m[2] ?? ''] ?? 0, n(1));
    case 'mdy':
      return calendarDate(n(3), MONTHS[m[1] ?? ''] ?? 0, n(2));
    case 'num': {
      // Ambiguous order: follow the language, but "25/03/2024" can only be day-first.
      const [d, mo] = dayFirst ? [n(1), n(3)] : [n(3), n(1)];
      return calendarDate(n(4), mo, d) ?? calendarDate(n(4), d, mo);
    }
    default: // ymd; the CJK pattern has no separator group, so its groups sit one place earlier
      return m.length === 5 ? calendarDate(n(1), n(3), n(4)) : calendarDate(n(1), n(2), n(3));
  }
}

/** Every valid date written in `text`, in order, without overlaps. */
export function findTextDates(text: string, dayFirst: boolean): TextDate[] {
  const lower = text.toLowerCase().replace(/[\u00a0\u2009\u202f]/g, ' ');
  const found: TextDate[] = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const date = toDate(m, order, dayFirst);
      if (date) found.push({ index: m.index, end: m.index + m[0].length, date });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  return found.filter((d, i) => i === 0 || d.index >= (found[i - 1]?.end ?? 0));
}

/** English (US and unspecified) writes 02/03/2024 month first; es/fr/de/it/pt/en-GB… day first. */
export function isDayFirst(lang: string): boolean {
  const l = lang.toLowerCase();
  if (!l.startsWith('en')) return true;
  return /^en-(gb|ie|au|nz|in|za)/.test(l);
}

// Words that precede a date in a dateline. Lower case; matched as substrings of the text just before the date.
const PUBLISHED_CUES = [
  'published', 'posted', 'publié', 'publie le', 'mis en ligne', 'publicado', 'veröffentlicht', 'erschienen',
  'pubblicato', 'publicada', '发布', '發佈', '发表', '發表', '公開', '掲載', '입력', '등록', '게시',
];
const UPDATED_CUES = [
  'updated', 'modified', 'mis à jour', 'mise à jour', 'modifié', 'actualisé', 'actualizado', 'actualizada',
  'aktualisiert', 'stand:', 'aggiornato', 'aggiornata', 'atualizado', '更新', '수정', '업데이트',
];

function lastIndexOfAny(text: string, words: string[]): number {
  return Math.max(-1, ...words.map((w) => text.lastIndexOf(w)));
}

/** Is the date preceded by published wording, updated wording, or none? The closest cue wins. */
export function cueBefore(prefix: string): 'published' | 'updated' | null {
  const p = prefix.toLowerCase();
  const pub = lastIndexOfAny(p, PUBLISHED_CUES);
  const upd = lastIndexOfAny(p, UPDATED_CUES);
  if (pub < 0 && upd < 0) return null;
  return pub > upd ? 'published' : 'updated';
}
