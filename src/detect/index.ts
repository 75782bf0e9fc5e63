// The engine's public surface: compile a lexicon into a matcher. Pure TypeScript, no DOM, no browser API.
export { compileMatcher } from './matcher';
export { normalize, type Normalized } from './normalize';
export { parsePattern, expand } from './pattern';
export type { Lexicon, LexiconEntity, ContextualNames, ContextRules, FindOptions, Matcher, Mention } from './types';
