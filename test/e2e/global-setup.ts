/**
 * Builds the variant the end-to-end suite loads: the real build with one switch flipped, the hover card's
 * shadow root open, so tests can read what the card shows (DESIGN.md decision 7 allows this flag).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const E2E_DIST = path.resolve('.e2e-dist');

export default function setup(): void {
  execFileSync(process.execPath, ['build.mjs', '--test-open-shadow', '--dist', E2E_DIST], { stdio: 'inherit' });
}
