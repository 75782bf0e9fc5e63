/**
 * The one seam to the WebExtension API: the only module that imports webextension-polyfill.
 * Everything else imports from `platform/` so unit tests can run in Node and the API surface stays small.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
