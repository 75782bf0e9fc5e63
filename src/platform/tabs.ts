import { browser } from './browser';

/** The id of the tab the toolbar popup was opened over, or null (no window, or a tab without an id). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
