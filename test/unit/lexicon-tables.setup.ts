// See lexicon-tables.global-setup.ts: what build.mjs defines for the bundles, as the global src/lib/detect.ts reads.
import { inject } from 'vitest';

(globalThis as Record<string, unknown>).__XEV_LEXICON_TABLES__ = inject('lexiconTables');
