/**
 * Turning the machine-readable date strings that pages emit (JSON-LD, meta tags, `<time datetime>`)
 * into validated ISO 8601, keeping exactly the precision the page states.
 * Pure string code: no DOM, no `Date` parsing of free text (its behaviour differs between engines).
 */

const MIN_YEAR = 1995; // the first online news sites; anything older is a parse accident
const MAX_YEAR = 2100;

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "2023-02-06" (or "2023-02" without a day) if it is a real calendar date in range, else null. */
export function calendarDate(year: number, month: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "+0100", "+01", "+01:00" → "+01:00"; "Z", "UTC", "GMT" → "Z"; US zone names (RFC 2822) too. */
const ZONE_NAMES: Record<string, string> = {
  z: 'Z', utc: 'Z', gmt: 'Z', ut: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
function zone(raw: string | undefined): string | null | undefined {
  if (raw === undefined || raw === '') return undefined; // no zone stated: a local time
  const named = ZONE_NAMES[raw.toLowerCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? '0');
  if (h > 14 || min > 59) return null;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

/** Date + optional time (+ optional zone), validated and formatted as ISO 8601. */
function dateTime(
  date: string | null, hh?: string, mm?: string, ss?: string, frac?: string, tz?: string,
): string | null {
  if (!date) return null;
  if (hh === undefined || mm === undefined) return date;
  const h = Number(hh);
  const min = Number(mm);
  const s = ss === undefined ? 0 : Number(ss);
  if (h > 23 || min > 59 || s > 59) return null;
  const z = zone(tz);
  if (z === null) return null;
  const secs = ss === undefined ? '' : `:${ss}${frac?.replace(',', '.') ?? ''}`;
  return `${date}T${pad(h)}:${mm}${secs}${z ?? ''}`;
}

// 2023-02-06, 2023/2/6, 2023.02.06, 2023-02, each optionally followed by a time and a zone.
const ISO_LIKE =
  /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2})(?:(?:T|\s+|T\s*)(\d{1,2})[:.](\d{2})(?:[:.](\d{2})([.,]\d{1,9})?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?$/i;
// 20230206 and 20230206T093000Z (basic ISO format).
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// RFC 2822 as in RSS and some meta tags: "Mon, 06 Feb 2023 09:30:00 +0100".
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,3}|[+-]\d{4})?)?$/i;
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A machine-readable date string → ISO 8601 as precise as stated, or null for anything else
 * (including year-only values: "2023" is as likely a copyright year as a publication date).
 */
export function normalizeDate(input: unknown): string | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const raw = String(input).trim();
  if (raw.length === 0 || raw.length > 64) return null;

  let m = ISO_LIKE.exec(raw);
  if (m) {
    const day = m[4] === undefined ? undefined : Number(m[4]);
    return dateTime(calendarDate(Number(m[1]), Number(m[3]), day), m[5], m[6], m[7], m[8], m[9]);
  }
  m = ISO_BASIC.exec(raw);
  if (m) return dateTime(calendarDate(Number(m[1]), Number(m[2]), Number(m[3])), m[4], m[5], m[6], undefined, m[7]);
  m = RFC_2822.exec(raw);
  if (m) {
    const month = EN_MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
    return dateTime(calendarDate(Number(m[3]), month, Number(m[1])), m[4], m[5], m[6], undefined, m[7]);
  }
  // Unix time in seconds or milliseconds (some CMSs put it in meta tags): an instant, so UTC.
  if (/^\d{10}(\d{3})?$/.test(raw)) {
    const d = new Date(raw.length === 10 ? Number(raw) * 1000 : Number(raw));
    const date = calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    return date && `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
  }
  return null;
}
