/**
 * Chrome does not run declared content scripts in tabs that were open before the install or update
 * (DESIGN.md decision 9); Firefox does. Inject them once, where the page allows it.
 */
import { browser } from '../platform/browser';

export async function injectIntoOpenTabs(): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const script = manifest.content_scripts?.[0];
  if (!script?.js) return;
  const tabs = await browser.tabs.query({ url: script.matches });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      const target = { tabId: tab.id, allFrames: true };
      try {
        if (script.css) await browser.scripting.insertCSS({ target, files: script.css });
        await browser.scripting.executeScript({ target, files: script.js! });
      } catch {
        // Pages the extension may not script (the store, error pages) are skipped on purpose.
      }
    }),
  );
}
