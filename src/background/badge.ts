import { browser } from '../platform/browser';

/** Xiaomi's orange, darkened so white digits keep a 4.5:1 contrast. */
const BADGE_COLOR = '#C24E00';

/** The toolbar badge shows the tab's mention count; nothing when there is none. */
export async function setBadge(tabId: number, total: number): Promise<void> {
  const text = total > 0 ? (total > 999 ? '999+' : String(total)) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}
