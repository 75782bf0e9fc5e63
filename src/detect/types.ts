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
 *
 * Every name below is a *pattern* in a tiny syntax (see `pattern.ts`), written plainly with case and accents
 * as a reader would ("la première voiture (électrique )?de Xiaomi"):
 * - `(a|b|c)` alternatives, nestable; `?` after a group or a single character makes it optional;
 * - a space or a hyphen is a word gap: in the text it may be a space, a hyphen, a spaced dash (" - ") or nothing
 *   ("SU7 Max" also matches "SU7-Max" and "SU7Max", "Xiaomi-Limousine" also "Xiaomi Limousine");
 * - an apostrophe is optional and may be followed by a space ("Xiaomi's" matches "Xiaomi’s", "Xiaomis").
 * The engine normalises patterns and text the same way (case, width, diacritics, spacing).
 */
export interface Lexicon {
  entities: LexiconEntity[];
  /**
   * Rare tokens of which every name contains at least one ("xiaomi", "小米", "su7"…). The pre-check looks for
   * these only; a text without any of them has no mention. A unit test checks that every name has one.
   */
  anchors: string[];
  /**
   * Brand forms that may stand right before a model name and then belong to its span ("Xiaomi SU7",
   * "小米汽车SU7", "샤오미 YU7"). A branded model name needs no context.
   */
  brands: string[];
  /** Word lists that decide when a contextual name ("SU7", "MS11", "Modena") counts. */
  context: ContextRules;
  /**
   * Words that, right after a match (after at most one space), mean it is not about the car:
   * "Xiaomi car charger", "Modena platform", "小米车载". Same pattern syntax as names.
   */
  vetoAfter: string[];
}

export interface ContextRules {
  /**
   * Named word lists ("xiaomi", "cars", "sukhoi"…), in any language. Latin words match whole words; a `*` at
   * either end drops the boundary on that side ("elektroauto*" also finds "Elektroautos"). CJK words match
   * anywhere. Spaces and hyphens inside a word are loose ("e-auto" = "e auto" = "eauto").
   */
  cues: Record<string, string[]>;
  /** How far (in normalised characters, each side of the name) the engine looks for cue words. */
  window: number;
}

/** Names that count only in the right company. */
export interface ContextualNames {
  names: string[];
  /** Names of cue lists: at least one word from one of them must appear within the window. */
  near: string[];
  /** Names of cue lists: no word from any of them may appear within the window. */
  notNear?: string[];
  /** Whether a brand right before the name makes it count without context ("Xiaomi SU7", "Xiaomi Modena"). */
  brandable?: boolean;
}

export interface LexiconEntity {
  id: string;
  /**
   * Names and descriptive phrases that identify the entity on their own, in any language ("Xiaomi Auto",
   * "小米汽车", "la première voiture (électrique )?de Xiaomi").
   */
  names: string[];
  /**
   * Model names that are unambiguous on their own ("SU7 Ultra", "SU7 Max") and may follow a brand
   * ("Xiaomi SU7 Ultra" is one span).
   */
  models?: string[];
  /** Names that count only right after a brand: "SUV7" (a typo) only as "Xiaomi SUV7". */
  brandedNames?: string[];
  /**
   * Names that count only in context: bare model names ("SU7", "YU7", "MS11") near words about Xiaomi or cars,
   * codenames ("Modena", "Kunlun") near Xiaomi and away from Ferrari or the Sukhoi, vague phrases ("modello di
   * Xiaomi") near car words.
   */
  contextual?: ContextualNames[];
}

/** Optional input to `findMentions` beyond the text itself. */
export interface FindOptions {
  /**
   * Extra text about the same page (its title and headline, neighbouring paragraphs). It is never searched for
   * mentions and never changes a name that counts on its own: only the context rule reads it, and only when a
   * contextual name's own window has no positive and no negative cue. Then the extra text vouches for the name
   * when it has a word from one of the rule's `near` lists and none from its `notNear` lists.
   */
  context?: string;
}

export interface Matcher {
  /**
   * Mentions sorted by `start`, never overlapping, each the longest span that names the thing. Without
   * `options` (or with an empty `context`) the result depends on `text` alone.
   */
  findMentions(text: string, options?: FindOptions): Mention[];
  /** Cheap pre-check: false means `findMentions(text)` is certainly empty. May return true falsely. */
  mayContain(text: string): boolean;
}
