import type { Lang } from '../data/types';

const SUPPORTED: readonly Lang[] = ['en', 'fr', 'es', 'de', 'zh'];

/** A browser UI language ("fr-CA", "zh-TW") mapped to a dataset language; English when unsupported. */
export function langOf(uiLanguage: string): Lang {
  const code = uiLanguage.toLowerCase().slice(0, 2);
  return (SUPPORTED as readonly string[]).includes(code) ? (code as Lang) : 'en';
}
