/** Dates and numbers in the UI language with `Intl`, plus the plural choice `chrome.i18n` lacks. */
import { formatFuzzyDate } from '../data/dates';
import type { Lang } from '../data/types';
import type { Translate } from './i18n';

/** `zh` in the dataset is Simplified Chinese; every other code is a valid BCP 47 tag as is. */
export function intlLocale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : lang;
}

/**
 * "Feb 2023" for an ISO date or date-time, the way the article marker and "since" lines name the article's
 * date. Reads the calendar date as written (the page's own day), never through the reader's time zone.
 */
export function formatMonth(iso: string, lang: Lang): string {
  const m = /^\d{4}-\d{2}/.exec(iso);
  return m ? formatFuzzyDate(m[0], lang) : formatFuzzyDate(iso, lang);
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(n);
}

/**
 * A counted message. `_locales` has no plurals, so each counted message exists as `<base>_one` and
 * `<base>_other` in every locale; the count is always the first substitution.
 */
export function plural(t: Translate, lang: Lang, base: string, n: number, more: string[] = []): string {
  const category = new Intl.PluralRules(intlLocale(lang)).select(n) === 'one' ? 'one' : 'other';
  return t(`${base}_${category}`, [formatCount(n, lang), ...more]);
}
