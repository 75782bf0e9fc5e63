/**
 * Settings in `storage.sync` (they follow the user to other machines; DESIGN.md decision 8). The background is
 * the only writer: the options page and the popup send their changes here, so every write is validated by
 * `parseSettings` first, and a bad import changes nothing.
 */
import { parseSettings, readStoredSettings, type Settings } from '../settings/schema';
import type { SaveResult } from '../messages';

export const SETTINGS_KEY = 'settings';

export interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class SettingsStore {
  /** Cached for the life of the background; dropped when storage says the settings changed. */
  private cached: Promise<Settings> | null = null;

  constructor(private readonly area: SyncArea) {}

  get(): Promise<Settings> {
    this.cached ??= this.area.get(SETTINGS_KEY).then(
      (got) => readStoredSettings(got[SETTINGS_KEY]),
      () => readStoredSettings(undefined),
    );
    return this.cached;
  }

  /** Validates and stores; on any error nothing is written and the errors say why. */
  async save(input: unknown): Promise<SaveResult> {
    const parsed = parseSettings(input);
    if (!parsed.ok) return parsed;
    try {
      await this.area.set({ [SETTINGS_KEY]: parsed.settings });
    } catch (err) {
      // storage.sync has quotas (8 KB per item): say so rather than fail silently.
      return { ok: false, errors: [`The settings could not be stored: ${(err as Error)?.message ?? err}`] };
    }
    this.cached = Promise.resolve(parsed.settings);
    return parsed;
  }

  /** Called from storage.onChanged (a save here, or a sync from another machine). */
  changed(newValue: unknown): Settings {
    const settings = readStoredSettings(newValue);
    this.cached = Promise.resolve(settings);
    return settings;
  }
}
