/** What the popup derives from the dataset and the tab's report: pure, so unit tests need no browser. */
import { BUSINESS } from '../data/queries';
import type { Dataset, Entity, EntityId } from '../data/types';
import type { PageReport } from '../messages';

export interface MentionGroup {
  entity: Entity;
  count: number;
}

/** The page's mentions grouped by entity, most mentioned first (ties in dataset order); unknown ids dropped. */
export function mentionGroups(ds: Dataset, report: PageReport | null): MentionGroup[] {
  if (!report) return [];
  return ds.entities
    .map((entity) => ({ entity, count: report.counts[entity.id] ?? 0 }))
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The entity shown first: the most mentioned one, else the business overview. */
export function defaultEntity(groups: readonly MentionGroup[]): EntityId {
  return groups[0]?.entity.id ?? BUSINESS;
}

export function findEntity(ds: Dataset, id: EntityId): Entity | null {
  return ds.entities.find((e) => e.id === id) ?? null;
}
