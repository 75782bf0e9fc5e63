/** Each fact's latest value and, when the article's date is known, its value on that date. */
import type { Fact, FactPoint, FactThenNow } from '../data/types';
import { factValueAt } from '../data/queries';

export interface FactRow extends FactThenNow {
  /** The value on the article's date differs from today's (or the fact had no value yet). */
  changed: boolean;
}

function samePoint(a: FactPoint, b: FactPoint): boolean {
  return a.date === b.date && a.value.en === b.value.en;
}

export function factRows(facts: readonly Fact[], published: string | null): FactRow[] {
  const rows: FactRow[] = [];
  for (const fact of facts) {
    const now = fact.points[fact.points.length - 1];
    if (!now) continue; // A fact without a value has nothing to show.
    const then = published ? factValueAt(fact, published) : null;
    rows.push({ fact, now, then, changed: published !== null && (then === null || !samePoint(then, now)) });
  }
  return rows;
}
