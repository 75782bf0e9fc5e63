/** Entry point of popup.html: the toolbar popup, or the full fact card page when the URL names an entity. */
import { render } from 'preact';
import { setupPage } from '../platform/page-setup';
import { parseFullCardSearch } from '../ui/fullCardLink';
import { I18nContext, type I18n } from '../ui/i18n';
import { App } from './App';
import { loadDatasetOnly, loadForActiveTab, type Loader } from './load';
import { browserControls } from './controls';

const i18n: I18n = setupPage('extName');
const route = parseFullCardSearch(location.search);

const root = document.getElementById('app');
const load = route ? loadDatasetOnly : loadForActiveTab;

/**
 * The data is asked for before anything renders, so the first paint already holds the fact card rather than
 * a "loading" line (issue 5). A background slower than FIRST_PAINT_WAIT_MS gets the loading state instead.
 */
const FIRST_PAINT_WAIT_MS = 250;
let inFlight: ReturnType<Loader> | null = load();
const early = Promise.race([
  // A first answer without the data (or none) is not handed to the app: it asks again, as it always did.
  inFlight.then((data) => (data?.ds ? data : undefined)).catch(() => undefined).then((data) => {
    if (!data) inFlight = null;
    return data;
  }),
  new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), FIRST_PAINT_WAIT_MS)),
]);
/** The app's loader: its first call takes over the request still in flight (a slow background is not asked twice). */
const appLoad: Loader = () => {
  const request = inFlight ?? load();
  inFlight = null;
  return request;
};

if (root) {
  void early.then((initial) => {
    // Shown from the first paint: the app's later loads (after a switch-on) are fresh requests.
    if (initial) inFlight = null;
    render(
      <I18nContext.Provider value={i18n}>
        <App route={route} load={appLoad} controls={route ? undefined : browserControls()} initial={initial} />
      </I18nContext.Provider>,
      root,
    );
  });
}
