/**
 * Per-tab page reports, kept in `storage.session` so they survive the service worker being stopped
 * (DESIGN.md decision 8). Each frame of a tab reports on its own; the tab's state is their sum, with the
 * publication date of the top frame.
 */
import type { PageReport } from '../messages';

export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

type FrameReports = Record<string, PageReport>;

const keyOf = (tabId: number) => `tab:${tabId}`;

/** Sums frame reports into one tab report; the date comes from the top frame (id 0). */
export function mergeFrames(frames: FrameReports): PageReport | null {
  const ids = Object.keys(frames);
  if (!ids.length) return null;
  const counts: Record<string, number> = {};
  let total = 0;
  const claims = new Set<string>();
  let throttled = false;
  for (const id of ids) {
    const r = frames[id]!;
    for (const [entity, n] of Object.entries(r.counts)) counts[entity] = (counts[entity] ?? 0) + n;
    total += r.total;
    r.claims.forEach((c) => claims.add(c));
    throttled ||= r.throttled === true;
  }
  const merged: PageReport = { counts, total, published: frames['0']?.published ?? null, claims: [...claims] };
  if (throttled) merged.throttled = true;
  return merged;
}

export class TabState {
  /** Per-tab chain of updates: frames report at once, and a read-modify-write must not lose one of them. */
  private readonly chains = new Map<number, Promise<unknown>>();

  constructor(private readonly store: SessionStore) {}

  private serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const next = (this.chains.get(tabId) ?? Promise.resolve()).then(task, task);
    this.chains.set(tabId, next.catch(() => undefined));
    return next;
  }

  private async frames(tabId: number): Promise<FrameReports> {
    const got = await this.store.get(keyOf(tabId));
    return (got[keyOf(tabId)] as FrameReports | undefined) ?? {};
  }

  /** Stores one frame's report and returns the tab's merged state. */
  report(tabId: number, frameId: number, report: PageReport): Promise<PageReport> {
    return this.serial(tabId, async () => {
      const frames = await this.frames(tabId);
      frames[String(frameId)] = report;
      await this.store.set({ [keyOf(tabId)]: frames });
      return mergeFrames(frames)!;
    });
  }

  async get(tabId: number): Promise<PageReport | null> {
    return mergeFrames(await this.frames(tabId));
  }

  forget(tabId: number): Promise<void> {
    return this.serial(tabId, () => this.store.remove(keyOf(tabId)));
  }
}
