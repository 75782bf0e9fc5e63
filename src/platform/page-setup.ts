import { t, uiLang } from './i18n';
import type { Lang } from '../data/types';

/** Language, direction and title of an extension page (popup, options), from the browser's UI language. */
export function setupPage(titleKey: string): { t: typeof t; lang: Lang } {
  const lang = uiLang();
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : lang;
  // `@@bidi_dir` is predefined by the browser for the UI locale: "ltr" or "rtl".
  document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  document.title = t(titleKey);
  return { t, lang };
}
