import { browser } from './browser';
import { langOf } from './lang';
import type { Lang } from '../data/types';

/** A UI string from `_locales`; falls back to the key so a missing string is visible, never blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The browser's UI language mapped to a dataset language, English when unsupported. */
export function uiLang(): Lang {
  return langOf(browser.i18n.getUILanguage());
}
