/**
 * Decides whether a fetched feed replaces the data in use: it must parse, pass the same hostile-input
 * validator as the bundled file, and be newer in both version and as-of date. Pure, so every case is
 * unit-tested without a network.
 */
import { validateDataset } from '../data/validate';
import type { Dataset } from '../data/types';
import type { FeedReason } from '../messages';

export type CheckResult = { ok: true; dataset: Dataset } | { ok: false; reason: FeedReason; detail: string };

/** Newer in both respects: a higher version with an older date (or the reverse) is a mistake, not an update. */
export function isNewer(candidate: Pick<Dataset, 'version' | 'asOf'>, current: Pick<Dataset, 'version' | 'asOf'>): boolean {
  return candidate.version > current.version && candidate.asOf > current.asOf;
}

export function checkFeed(text: string, current: Dataset): CheckResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: 'not-json', detail: String((err as Error)?.message ?? err).slice(0, 200) };
  }
  const result = validateDataset(value);
  if (!result.ok) return { ok: false, reason: 'invalid', detail: result.errors.slice(0, 3).join('; ').slice(0, 500) };
  const ds = result.dataset;
  if (!isNewer(ds, current)) {
    return { ok: false, reason: 'not-newer', detail: `v${ds.version}, ${ds.asOf} (in use: v${current.version}, ${current.asOf})` };
  }
  return { ok: true, dataset: ds };
}
