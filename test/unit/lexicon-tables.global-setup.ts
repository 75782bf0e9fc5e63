/**
 * The unit suites' stand-in for build.mjs's `__XEV_LEXICON_TABLES__` define: the bundled lexicon's automata,
 * determinised once per run here and set as a global before each test file (lexicon-tables.setup.ts), so
 * src/lib/detect.ts reads the tables the extension ships instead of compiling the patterns.
 */
import type { TestProject } from 'vitest/node';
import { lexiconTables } from '../../src/detect/dfa-tables';
import { LEXICON } from '../../src/data/lexicon';
import type { LexiconTables } from '../../src/detect/table-automaton';

declare module 'vitest' {
  export interface ProvidedContext {
    lexiconTables: LexiconTables;
  }
}

export default function setup(project: TestProject): void {
  project.provide('lexiconTables', lexiconTables(LEXICON));
}
