/**
 * The UI's strings and language, provided through a Preact context so that ui/ never imports platform/:
 * entry points pass the real `browser.i18n`-backed `t`, tests pass a fake built from the same messages.json.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../data/types';

/** Same contract as `platform/i18n.ts#t`: a `_locales` message, with positional substitutions. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface I18n {
  t: Translate;
  /** Language used to pick dataset texts and to format dates and numbers. */
  lang: Lang;
}

/** Without a provider, keys show through: a missing provider is visible, never blank. */
export const I18nContext = createContext<I18n>({ t: (key) => key, lang: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
