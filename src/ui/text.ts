import type { Lang, LangText } from '../data/types';

/** A dataset text in the UI language; English (always present) when that language is missing. */
export function pick(text: LangText, lang: Lang): string {
  return text[lang] ?? text.en;
}
