import { browser } from './browser';

/**
 * The id of the tab the popup describes, or null. Normally the active tab of the popup's window; the popup
 * page opened in a tab with `?tab=<id>` (keyboard users' "open in a tab", and the end-to-end tests, which
 * cannot click the toolbar button) describes that tab instead.
 */
export async function activeTabId(search: string = location.search): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
