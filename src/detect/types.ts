/** One mention found in a text. `start`/`end` are UTF-16 indices into the original string. */
export interface Mention {
  start: number;
  end: number;
  /** Entity id: `xiaomi-ev`, `su7`, `su7-ultra`, `yu7`, or a later model's id from the dataset. */
  entity: string;
  /** Always `text.slice(start, end)`. */
  surface: string;
}

/**
 * The vocabulary the matcher is compiled from. It lives in `src/data/lexicon.ts` (aliases are data, not code);
 * the engine in this folder only knows its shape.
 */
export interface Lexicon {
  entities: LexiconEntity[];
}

export interface LexiconEntity {
  id: string;
  /**
   * Names that identify the entity on their own, in any language ("Xiaomi SU7", "小米汽车", "Xiaomi Auto").
   * Written plainly; the engine normalises case, width, diacritics and spacing.
   */
  names: string[];
  /**
   * Bare model names ("SU7", "YU7", "MS11") that count only when the surrounding text is about Xiaomi or cars.
   */
  bareNames?: string[];
}

export interface Matcher {
  /** Mentions sorted by `start`, never overlapping, each the longest span that names the thing. */
  findMentions(text: string): Mention[];
  /** Cheap pre-check: false means `findMentions(text)` is certainly empty. May return true falsely. */
  mayContain(text: string): boolean;
}
