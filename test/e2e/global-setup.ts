/**
 * Builds the variant the end-to-end suite loads: the real build with two switches flipped: the hover card's
 * shadow root open, so tests can read what the card shows (DESIGN.md decision 7 allows this flag), and a
 * 1.5 s update-feed timeout instead of 10 s, so the slow-feed case is quick (test/e2e/feed-fixtures.ts).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const E2E_DIST = path.resolve('.e2e-dist');

export default function setup(): void {
  execFileSync(process.execPath, ['build.mjs', '--test-open-shadow', '--feed-timeout-ms', '1500', '--dist', E2E_DIST], { stdio: 'inherit' });
}
