/** Entry point of options.html. */
import { render } from 'preact';
import { t, uiLang } from '../platform/i18n';
import { I18nContext, type I18n } from '../ui/i18n';
import { browserApi } from './api';
import { OptionsApp } from './OptionsApp';

const i18n: I18n = { t, lang: uiLang() };
document.documentElement.lang = i18n.lang === 'zh' ? 'zh-CN' : i18n.lang;
document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = t('optionsTitle');

const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={i18n}>
      <OptionsApp api={browserApi} />
    </I18nContext.Provider>,
    root,
  );
}
