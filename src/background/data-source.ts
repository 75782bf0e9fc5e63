/**
 * The dataset in use: the one accepted from the update feed (kept in `storage.local`) if it is valid and
 * newer than the bundled one, else the bundled one. An extension update that bundles newer data therefore
 * wins over an older feed copy. Also runs the feed checks (at most one at a time) and records their results.
 */
import { validateDataset } from '../data/validate';
import type { Dataset } from '../data/types';
import type { FeedStatus } from '../messages';
import { checkFeed, isNewer } from './feed-check';
import { fetchFeedText } from './feed-fetch';

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const FEED_DATASET_KEY = 'feed:dataset';
export const FEED_STATUS_KEY = 'feed:status';
/** Automatic checks happen at most once a day; "check now" in the options does not wait. */
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

type Current = { ds: Dataset; from: 'bundled' | 'feed' };
type StoredStatus = Pick<FeedStatus, 'checkedAt' | 'url' | 'reason' | 'detail'>;

export interface DataSourceDeps {
  bundled: Dataset;
  area: LocalArea;
  timeoutMs: number;
  now?: () => number;
  fetchImpl?: typeof fetch;
}

export class DataSource {
  private current: Promise<Current> | null = null;
  private running: Promise<FeedStatus> | null = null;

  constructor(private readonly deps: DataSourceDeps) {}

  async dataset(): Promise<Dataset> {
    return (await this.load()).ds;
  }

  private load(): Promise<Current> {
    this.current ??= (async () => {
      const { bundled, area } = this.deps;
      const stored = (await area.get(FEED_DATASET_KEY).catch((): Record<string, unknown> => ({})))[FEED_DATASET_KEY];
      if (stored === undefined) return { ds: bundled, from: 'bundled' as const };
      // Our own storage, but checked again: it may predate a stricter validator.
      const valid = validateDataset(stored);
      return valid.ok && isNewer(valid.dataset, bundled) ? { ds: valid.dataset, from: 'feed' as const } : { ds: bundled, from: 'bundled' as const };
    })();
    return this.current;
  }

  async status(): Promise<FeedStatus> {
    const stored = (await this.deps.area.get(FEED_STATUS_KEY).catch((): Record<string, unknown> => ({})))[FEED_STATUS_KEY] as StoredStatus | undefined;
    const { ds, from } = await this.load();
    return {
      checkedAt: stored?.checkedAt ?? null,
      url: stored?.url ?? '',
      reason: stored?.reason ?? null,
      detail: stored?.detail ?? '',
      current: { version: ds.version, asOf: ds.asOf, from },
    };
  }

  /** Checks the feed now. Any failure keeps the data in use; the outcome is recorded for the options page. */
  check(url: string): Promise<FeedStatus> {
    this.running ??= this.run(url).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** The daily check: only when a feed is set and the last attempt is a day old. */
  async checkIfDue(url: string): Promise<void> {
    if (!url) return;
    const { checkedAt } = await this.status();
    const now = (this.deps.now ?? Date.now)();
    if (checkedAt && now - Date.parse(checkedAt) < CHECK_INTERVAL_MS) return;
    await this.check(url);
  }

  /** The feed was removed in the options: back to the bundled data. */
  async forget(): Promise<void> {
    await this.deps.area.remove(FEED_DATASET_KEY);
    await this.deps.area.remove(FEED_STATUS_KEY);
    this.current = null;
  }

  private async run(url: string): Promise<FeedStatus> {
    const { area, timeoutMs, fetchImpl } = this.deps;
    const checkedAt = new Date((this.deps.now ?? Date.now)()).toISOString();
    let status: StoredStatus;
    if (!url) status = { checkedAt, url, reason: 'no-url', detail: '' };
    else {
      const fetched = await fetchFeedText(url, { timeoutMs, fetchImpl });
      const current = await this.load();
      const checked = fetched.ok ? checkFeed(fetched.text, current.ds) : fetched;
      if (checked.ok) {
        await area.set({ [FEED_DATASET_KEY]: checked.dataset });
        this.current = Promise.resolve({ ds: checked.dataset, from: 'feed' });
        status = { checkedAt, url, reason: 'accepted', detail: `v${checked.dataset.version}, ${checked.dataset.asOf}` };
      } else {
        status = { checkedAt, url, reason: checked.reason, detail: checked.detail };
      }
    }
    await area.set({ [FEED_STATUS_KEY]: status });
    return this.status();
  }
}
