/** Entry point of options.html. */
import { render } from 'preact';
import { setupPage } from '../platform/page-setup';
import { I18nContext, type I18n } from '../ui/i18n';
import { browserApi } from './api';
import { OptionsApp } from './OptionsApp';

const i18n: I18n = setupPage('optionsTitle');

const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={i18n}>
      <OptionsApp api={browserApi} />
    </I18nContext.Provider>,
    root,
  );
}
