/**
 * Compiling a lexicon: every name into one automaton (brand + model names composed), the context rules into
 * indices of cue lists (each list compiled on first use). The matcher finds the anchors in the original text
 * (anchor-at.ts) and scans the folded windows around them.
 *
 * The extension's bundles and dist/lib do not build the automata: the build determinises the bundled lexicon's
 * once and ships them as tables (`LexiconTables`, table-automaton.ts), which is what `compile(lexicon, tables)`
 * uses. Any other lexicon (tests, tools) is compiled here, its automata built lazily (nfa.ts).
 */
import type { Lexicon } from './types';
import { Automaton, type MatchAutomaton } from './nfa';
import { parsePattern } from './pattern';
import { compileCueList, type CueList } from './context';
import { TableAutomaton, type LexiconTables } from './table-automaton';

/** A compiled `ContextualNames` rule: indices of cue lists (see `Compiled.cue`). */
export interface Rule {
  near: number[];
  notNear: number[];
}

export interface Compiled {
  automaton: MatchAutomaton;
  veto: MatchAutomaton;
  /** The cue lists, in the order of `cueNames`; each is compiled and searched only when a rule needs it. */
  cue: (index: number) => CueList;
  rules: Rule[];
  /** Every match contains an anchor, so it starts at most `reach` folded characters before one. */
  reach: number;
  window: number;
  pad: number;
}

/**
 * The lexicon's two automata: every name (yielding its entity, context rule and lexicon order) and the veto
 * words. Each entity's names come in lexicon order, so `order` and the rules' indices match `contextRules`.
 */
export function buildAutomata(lexicon: Lexicon): { names: Automaton; veto: Automaton } {
  const names = new Automaton();
  const brands = lexicon.brands.map(parsePattern);
  let order = 0;
  let rule = 0;
  for (const entity of lexicon.entities) {
    const plain = { entity: entity.id, rule: -1, order: order++ };
    const model = { ...plain, model: true };
    for (const name of entity.names) names.add(parsePattern(name), plain);
    for (const name of entity.models ?? []) {
      names.add(parsePattern(name), model);
      names.addBranded(brands, parsePattern(name), model);
    }
    for (const name of entity.brandedNames ?? []) names.addBranded(brands, parsePattern(name), model);
    for (const group of entity.contextual ?? []) {
      const needs = { entity: entity.id, rule: rule++, order: plain.order, model: group.brandable };
      for (const name of group.names) {
        names.add(parsePattern(name), needs);
        if (group.brandable) names.addBranded(brands, parsePattern(name), model);
      }
    }
  }
  const veto = new Automaton();
  for (const word of lexicon.vetoAfter) veto.add(parsePattern(word), { entity: '', rule: -1, order: 0 });
  return { names, veto };
}

/** The context rules, one per `contextual` group in lexicon order, their cue lists as indices. */
function contextRules(lexicon: Lexicon, cueNames: string[]): Rule[] {
  const cueIndex = (name: string): number => {
    const i = cueNames.indexOf(name);
    if (i < 0) throw new Error(`lexicon: unknown cue list ${JSON.stringify(name)}`);
    return i;
  };
  return lexicon.entities.flatMap((entity) =>
    (entity.contextual ?? []).map((group) => ({ near: group.near.map(cueIndex), notNear: (group.notNear ?? []).map(cueIndex) })),
  );
}

/** Compiles `lexicon`; with `tables` (the build's, for this same lexicon) its automata are not built but read. */
export function compile(lexicon: Lexicon, tables?: LexiconTables): Compiled {
  const cueNames = Object.keys(lexicon.context.cues);
  const rules = contextRules(lexicon, cueNames);
  const { names: automaton, veto } = tables
    ? { names: new TableAutomaton(tables.names), veto: new TableAutomaton(tables.veto) }
    : buildAutomata(lexicon);
  return {
    automaton,
    veto,
    cue: (() => {
      const lists: CueList[] = [];
      return (i: number) => (lists[i] ??= compileCueList(lexicon.context.cues[cueNames[i] ?? ''] ?? []));
    })(),
    rules,
    reach: automaton.maxLength,
    window: lexicon.context.window,
    // The longest pattern plus slack: a name's original form may be a little longer than its folded form
    // (soft hyphens and zero-width spaces are dropped when folding).
    pad: automaton.maxLength + 24,
  };
}
