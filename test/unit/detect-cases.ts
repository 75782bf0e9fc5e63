// Shared by the engine's table-driven tests: each case lists the exact [surface, entity] pairs expected, so a
// case fails on a missing, extra, wrong-span or wrong-entity hit, and every surface must equal its slice.
import { expect, it } from 'vitest';
import { findMentions } from '../../src/lib/detect';

export type Case = [text: string, expected: Array<[surface: string, entity: string]>];

export function check(cases: Case[]): void {
  for (const [text, expected] of cases) {
    it(JSON.stringify(text).slice(0, 90), () => {
      const found = findMentions(text);
      expect(found.map((m) => [m.surface, m.entity])).toEqual(expected);
      for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
    });
  }
}
