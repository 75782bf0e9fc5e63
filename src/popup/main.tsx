/** Entry point of popup.html: the toolbar popup, or the full fact card page when the URL names an entity. */
import { render } from 'preact';
import { setupPage } from '../platform/page-setup';
import { parseFullCardSearch } from '../ui/fullCardLink';
import { I18nContext, type I18n } from '../ui/i18n';
import { App } from './App';
import { loadDatasetOnly, loadForActiveTab } from './load';
import { browserControls } from './controls';

const i18n: I18n = setupPage('extName');
const route = parseFullCardSearch(location.search);

const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={i18n}>
      <App route={route} load={route ? loadDatasetOnly : loadForActiveTab} controls={route ? undefined : browserControls()} />
    </I18nContext.Provider>,
    root,
  );
}
