/**
 * The typed message protocol between the content script, the background and the extension pages.
 * One discriminated union for requests; each request type maps to its response type in `Responses`.
 */
import type { CardSummary, Dataset, EntityId, Lang } from './data/types';
import type { Settings } from './settings/schema';
import type { PageSettings } from './settings/sites';

/** The page's publication date as found by `page/published.ts`. */
export interface PublishedDate {
  /** ISO 8601, as precise as the page states it. */
  date: string;
  source: 'json-ld' | 'meta' | 'time' | 'url' | 'text';
}

/** What the content script reports about its tab. */
export interface PageReport {
  /** Mentions per entity id. */
  counts: Record<EntityId, number>;
  total: number;
  published: PublishedDate | null;
  /** Ids of dataset claims whose phrases appear in the page's text. */
  claims: string[];
  /** The page changes so often that we slowed our rescans down (the popup says so). */
  throttled?: boolean;
}

export type Request =
  | { type: 'page-report'; report: PageReport }
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'get-dataset' }
  | { type: 'get-card'; entity: EntityId; published: string | null; claims: string[]; lang: Lang }
  | { type: 'get-claim-phrases' }
  | { type: 'load-extras' }
  | { type: 'open-full-card'; query: string }
  | { type: 'get-page-settings' }
  | { type: 'get-settings' }
  | { type: 'save-settings'; settings: unknown }
  | { type: 'get-site-status'; tabId: number }
  | { type: 'set-site-enabled'; tabId: number; enabled: boolean }
  | { type: 'goto-mention'; tabId: number; entity: EntityId }
  | { type: 'get-feed-status' }
  | { type: 'check-feed' };

/** Whether the extension runs on a tab's site, for the popup's switches. */
export interface SiteStatus {
  /** The tab's site ("example.com"), null for pages the extension never runs on. */
  site: string | null;
  /** The global switch. */
  enabled: boolean;
  /** The site rule alone (disabled list or allow-list). */
  siteEnabled: boolean;
}

/** Why the last feed check ended as it did; each has a `feedReason…` string (options/FeedSection.tsx REASON_KEYS). */
export type FeedReason =
  | 'accepted' | 'not-newer' | 'http-error' | 'timeout' | 'too-large' | 'network' | 'not-json' | 'invalid'
  | 'bad-url' | 'no-url';

/** The update feed's last result, for the options page. */
export interface FeedStatus {
  /** ISO time of the last check, null when never checked. */
  checkedAt: string | null;
  /** The feed URL that check used. */
  url: string;
  reason: FeedReason | null;
  /** HTTP status, the first validation errors, or the rejected feed's version and date. */
  detail: string;
  /** The data in use now. */
  current: { version: number; asOf: string; from: 'bundled' | 'feed' };
}

export type SaveResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export interface Responses {
  'page-report': { ok: true };
  'get-tab-state': PageReport | null;
  'get-dataset': Dataset;
  'get-card': CardSummary | null;
  /** Lower-case phrases per claim id, so the content script can spot claims without carrying the facts. */
  'get-claim-phrases': Record<string, string[]>;
  'open-full-card': { ok: true };
  /** Resolves once card.js runs in the sender's frame. */
  'load-extras': { ok: true };
  'get-page-settings': PageSettings;
  'get-settings': Settings;
  'save-settings': SaveResult;
  'get-site-status': SiteStatus;
  'set-site-enabled': SiteStatus;
  /** False when the tab's page has no content script to ask (a browser page, or the extension is off there). */
  'goto-mention': { ok: boolean };
  'get-feed-status': FeedStatus;
  'check-feed': FeedStatus;
}

/** Messages the background sends to a tab's content script. */
export type TabCommand =
  | { type: 'navigate-mention'; direction: 1 | -1 }
  /** Keyboard: hide or show this page's highlights (mentions stay reachable by keyboard and popup). */
  | { type: 'toggle-highlights' }
  /** The popup's "Go to": the next mention of `entity` after the last one visited, its card open. */
  | { type: 'goto-mention'; entity: EntityId }
  /** Settings changed: applied live, without a reload. */
  | { type: 'page-settings'; settings: PageSettings };

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
export type ResponseOf<T extends RequestType> = Responses[T];
