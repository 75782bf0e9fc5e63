/**
 * The user's settings: their shape, defaults, version and migration, and the validators that turn anything
 * read from `storage.sync` or an imported file into valid settings. Pure (no browser API), so the background,
 * the options page and unit tests share one definition (DESIGN.md decision 8: "validated against defaults").
 *
 * Two entry points, for two kinds of input:
 * - `parseSettings` is strict: an imported file or a save from the options page either is valid settings
 *   (after migration) or gets a list of clear errors, and then nothing is changed.
 * - `readStoredSettings` is lenient: what is already in storage (perhaps written by an older or newer version,
 *   or synced from another machine) is repaired field by field; a broken field falls back to its default so
 *   one bad value never switches the extension off or on by surprise.
 */
import { isFeedUrlAllowed } from './feed-url';
import { normalizeSite } from './sites';

export type SiteMode = 'all' | 'allow-list';
export type HighlightStyle = 'underline' | 'background' | 'none';

export interface Settings {
  /** Bumped when the shape changes; `migrate` brings older shapes up to date. */
  version: typeof SETTINGS_VERSION;
  /** Global on/off. */
  enabled: boolean;
  /** 'all': every site except `disabledSites`; 'allow-list': only `allowedSites`. */
  siteMode: SiteMode;
  /** Host names (lower case, no scheme, no port); an entry covers its subdomains too. */
  disabledSites: string[];
  allowedSites: string[];
  highlightStyle: HighlightStyle;
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
  /** The card opens only while Alt is held (for readers who find hover cards intrusive). */
  hoverRequiresAlt: boolean;
  /** The mention count on the toolbar badge. */
  showBadge: boolean;
  /** Dataset update feed (issue 4): an https URL, or empty for none. */
  feedUrl: string;
}

export const SETTINGS_VERSION = 1;
export const HOVER_DELAY = { min: 200, max: 1000, default: 400 } as const;
/** Enough for any real list; keeps a synced item well under storage.sync's 8 KB per-item quota. */
export const MAX_SITES = 200;
export const MAX_FEED_URL = 2048;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  siteMode: 'all',
  disabledSites: [],
  allowedSites: [],
  highlightStyle: 'underline',
  hoverDelayMs: HOVER_DELAY.default,
  hoverRequiresAlt: false,
  showBadge: true,
  feedUrl: '',
} satisfies Settings);

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [], allowedSites: [] };
}

export type ParseResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

const KNOWN_KEYS = new Set(Object.keys(DEFAULT_SETTINGS));
const SITE_MODES: readonly SiteMode[] = ['all', 'allow-list'];
const STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings an older shape up to the current version. Version 0 is the shape before versioning (no `version`
 * key; the site list was called `blockedSites`): no release used it, but the path shows where the next
 * migration goes and is tested. Returns null for a version newer than this code knows.
 */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> | null {
  const version = raw.version === undefined ? 0 : raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return null;
  if (version > SETTINGS_VERSION) return null;
  let out = { ...raw };
  if (version < 1) {
    if (out.disabledSites === undefined && out.blockedSites !== undefined) out.disabledSites = out.blockedSites;
    delete out.blockedSites;
    out.version = 1;
  }
  return out;
}

/** One field checked; `undefined` means "absent" (the caller decides whether that is an error). */
type Check<T> = (v: unknown) => { ok: true; value: T } | { ok: false; error: string };

const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, error: 'must be true or false' });

const oneOf = <T extends string>(values: readonly T[]): Check<T> => (v) =>
  typeof v === 'string' && (values as readonly string[]).includes(v)
    ? { ok: true, value: v as T }
    : { ok: false, error: `must be one of ${values.map((x) => `"${x}"`).join(', ')}` };

const delay: Check<number> = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= HOVER_DELAY.min && v <= HOVER_DELAY.max
    ? { ok: true, value: v }
    : { ok: false, error: `must be a whole number of milliseconds from ${HOVER_DELAY.min} to ${HOVER_DELAY.max}` };

const sites: Check<string[]> = (v) => {
  if (!Array.isArray(v)) return { ok: false, error: 'must be a list of site names' };
  if (v.length > MAX_SITES) return { ok: false, error: `has more than ${MAX_SITES} sites` };
  const out: string[] = [];
  for (const [i, entry] of v.entries()) {
    const host = typeof entry === 'string' ? normalizeSite(entry) : null;
    if (!host) return { ok: false, error: `item ${i + 1} is not a site name (like "example.com")` };
    if (!out.includes(host)) out.push(host);
  }
  return { ok: true, value: out };
};

const feedUrl: Check<string> = (v) => {
  if (typeof v !== 'string' || v.length > MAX_FEED_URL) return { ok: false, error: 'must be a URL or empty' };
  const url = v.trim();
  if (url === '') return { ok: true, value: '' };
  return isFeedUrlAllowed(url)
    ? { ok: true, value: new URL(url).href }
    : { ok: false, error: 'must be an https:// URL (http:// only for this computer: localhost, 127.0.0.1)' };
};

const FIELDS: { [K in Exclude<keyof Settings, 'version'>]: Check<Settings[K]> } = {
  enabled: bool,
  siteMode: oneOf(SITE_MODES),
  disabledSites: sites,
  allowedSites: sites,
  highlightStyle: oneOf(STYLES),
  hoverDelayMs: delay,
  hoverRequiresAlt: bool,
  showBadge: bool,
  feedUrl,
};

/**
 * Strict: imported files and saves. Missing fields take their defaults (a file from an older version need not
 * list every field); present fields must be valid; unknown keys are an error, since they usually mean the file
 * is not a settings file at all.
 */
export function parseSettings(input: unknown): ParseResult {
  if (!isObject(input)) return { ok: false, errors: ['The file is not a settings object (expected { "enabled": …, … }).'] };
  const raw = migrate(input);
  if (!raw) {
    return { ok: false, errors: [`"version" must be a whole number from 0 to ${SETTINGS_VERSION} (this file may come from a newer version).`] };
  }
  const errors: string[] = [];
  const out = defaultSettings() as unknown as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) errors.push(`"${key}" is not a setting.`);
  }
  for (const [key, check] of Object.entries(FIELDS) as [string, Check<unknown>][]) {
    if (raw[key] === undefined) continue;
    const r = check(raw[key]);
    if (r.ok) out[key] = r.value;
    else errors.push(`"${key}" ${r.error}.`);
  }
  out.version = SETTINGS_VERSION;
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, settings: out as unknown as Settings };
}

/** Lenient: whatever storage holds becomes valid settings; bad or missing fields take their defaults. */
export function readStoredSettings(stored: unknown): Settings {
  const out = defaultSettings() as unknown as Record<string, unknown>;
  if (!isObject(stored)) return out as unknown as Settings;
  // A newer shape (synced from a newer version on another machine): keep every field this code understands.
  const raw = migrate(stored) ?? stored;
  for (const [key, check] of Object.entries(FIELDS) as [string, Check<unknown>][]) {
    const r = check(raw[key]);
    if (r.ok) out[key] = r.value;
  }
  return out as unknown as Settings;
}
