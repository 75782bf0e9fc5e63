/** Fetches what the popup shows from the background: the dataset and the active tab's report. */
import type { Dataset } from '../data/types';
import type { PageReport } from '../messages';
import { send } from '../platform/messaging';
import { activeTabId } from '../platform/tabs';

export interface PopupData {
  ds: Dataset;
  /** Null when the tab has no report (a browser page, a page without our script, or not in popup mode). */
  report: PageReport | null;
}

export type Loader = () => Promise<PopupData>;

/** Toolbar popup: the dataset plus the active tab's state. A missing tab state is normal, not an error. */
export const loadForActiveTab: Loader = async () => {
  const [ds, report] = await Promise.all([send<'get-dataset'>({ type: 'get-dataset' }), activeTabReport()]);
  return { ds, report };
};

/** Full fact card page: everything it needs is in its URL, except the dataset. */
export const loadDatasetOnly: Loader = async () => ({
  ds: await send<'get-dataset'>({ type: 'get-dataset' }),
  report: null,
});

async function activeTabReport(): Promise<PageReport | null> {
  try {
    const tabId = await activeTabId();
    return tabId === null ? null : await send<'get-tab-state'>({ type: 'get-tab-state', tabId });
  } catch {
    return null; // No tab state is shown as the overview, like a page without mentions.
  }
}
