/** Entry point of popup.html: the toolbar popup, or the full fact card page when the URL names an entity. */
import { render } from 'preact';
import { t, uiLang } from '../platform/i18n';
import { parseFullCardSearch } from '../ui/fullCardLink';
import { I18nContext, type I18n } from '../ui/i18n';
import { App } from './App';
import { loadDatasetOnly, loadForActiveTab } from './load';
import { browserControls } from './controls';

const i18n: I18n = { t, lang: uiLang() };
const route = parseFullCardSearch(location.search);

document.documentElement.lang = i18n.lang === 'zh' ? 'zh-CN' : i18n.lang;
// `@@bidi_dir` is predefined by the browser for the UI locale: "ltr" or "rtl".
document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = t('extName');

const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={i18n}>
      <App route={route} load={route ? loadDatasetOnly : loadForActiveTab} controls={route ? undefined : browserControls()} />
    </I18nContext.Provider>,
    root,
  );
}
