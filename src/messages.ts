/**
 * The typed message protocol between the content script, the background and the extension pages.
 * One discriminated union for requests; each request type maps to its response type in `Responses`.
 */
import type { CardSummary, Dataset, EntityId, Lang } from './data/types';

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
}

export type Request =
  | { type: 'page-report'; report: PageReport }
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'get-dataset' }
  | { type: 'get-card'; entity: EntityId; published: string | null; claims: string[]; lang: Lang }
  | { type: 'get-claim-phrases' }
  | { type: 'load-extras' }
  | { type: 'open-full-card'; query: string };

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
}

/** Messages the background sends to a tab's content script. */
export type TabCommand = { type: 'navigate-mention'; direction: 1 | -1 };

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
export type ResponseOf<T extends RequestType> = Responses[T];
