import { browser } from './browser';
import type { Lang } from '../data/types';

const SUPPORTED: readonly Lang[] = ['en', 'fr', 'es', 'de', 'zh'];

/** A UI string from `_locales`; falls back to the key so a missing string is visible, never blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The browser's UI language mapped to a dataset language, English when unsupported. */
export function uiLang(): Lang {
  const code = browser.i18n.getUILanguage().toLowerCase().slice(0, 2);
  return (SUPPORTED as readonly string[]).includes(code) ? (code as Lang) : 'en';
}
