/**
 * Compiling a lexicon: every name into one automaton (brand + model names composed), the context rules into
 * indices of cue lists (each list compiled on first use), the anchors over folded text.
 */
import type { Lexicon } from './types';
import { Automaton } from './nfa';
import { parsePattern, type PatternSeq } from './pattern';
import { fold1 } from './normalize';
import { compileCueList, type CueList } from './context';

/** A compiled `ContextualNames` rule: indices of cue lists (see `Compiled.cue`). */
export interface Rule {
  near: number[];
  notNear: number[];
}

export interface Compiled {
  automaton: Automaton;
  veto: Automaton;
  /** The cue lists, in the order of `cueNames`; each is compiled and searched only when a rule needs it. */
  cue: (index: number) => CueList;
  rules: Rule[];
  /** The anchors over FOLDED text: every match contains one, so matches start at most `reach` before one. */
  foldedAnchors: RegExp;
  reach: number;
  window: number;
  pad: number;
}

export function compile(lexicon: Lexicon): Compiled {
  const automaton = new Automaton();
  const brands = lexicon.brands.map(parsePattern);
  const cueNames = Object.keys(lexicon.context.cues);
  const cueIndex = (name: string): number => {
    const i = cueNames.indexOf(name);
    if (i < 0) throw new Error(`lexicon: unknown cue list ${JSON.stringify(name)}`);
    return i;
  };
  const rules: Rule[] = [];
  let order = 0;
  for (const entity of lexicon.entities) {
    const plain = { entity: entity.id, rule: -1, order: order++ };
    const model = { ...plain, model: true };
    for (const name of entity.names) automaton.add(parsePattern(name), plain);
    for (const name of entity.models ?? []) {
      automaton.add(parsePattern(name), model);
      automaton.addBranded(brands, parsePattern(name), model);
    }
    for (const name of entity.brandedNames ?? []) automaton.addBranded(brands, parsePattern(name), model);
    for (const group of entity.contextual ?? []) {
      rules.push({ near: group.near.map(cueIndex), notNear: (group.notNear ?? []).map(cueIndex) });
      const needs = { entity: entity.id, rule: rules.length - 1, order: plain.order, model: group.brandable };
      for (const name of group.names) {
        automaton.add(parsePattern(name), needs);
        if (group.brandable) automaton.addBranded(brands, parsePattern(name), model);
      }
    }
  }
  const veto = new Automaton();
  for (const word of lexicon.vetoAfter) veto.add(parsePattern(word), { entity: '', rule: -1, order: 0 });
  const window = lexicon.context.window;
  return {
    automaton,
    veto,
    cue: (() => {
      const lists: CueList[] = [];
      return (i: number) => (lists[i] ??= compileCueList(lexicon.context.cues[cueNames[i] ?? ''] ?? []));
    })(),
    rules,
    foldedAnchors: new RegExp(
      lexicon.anchors.map((a) => fold1(a).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]{0,3}')).join('|'),
      'g',
    ),
    reach: automaton.maxLength,
    window,
    // The longest pattern plus slack: a name's original form may be a little longer than its folded form
    // (soft hyphens and zero-width spaces are dropped when folding).
    pad: automaton.maxLength + 24,
  };
}

