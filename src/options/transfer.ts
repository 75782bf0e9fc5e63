/**
 * Settings as a file: export writes the stored settings as pretty JSON; import reads a file's text. Whether
 * the parsed value is valid settings is decided by the background's validator (one place), so a bad file is
 * refused there and nothing changes.
 */
import type { Settings } from '../settings/schema';

export const EXPORT_FILE_NAME = 'xiaomi-ev-context-settings.json';
/** A settings file is a few KB; anything much larger is not one (and is not worth reading). */
const MAX_IMPORT_BYTES = 256 * 1024;

export function exportText(settings: Settings): string {
  return JSON.stringify(settings, null, 2) + '\n';
}

export type ImportRead = { ok: true; value: unknown } | { ok: false };

export function readImport(text: string): ImportRead {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

/** Offers `text` as a download (the page's own blob URL: no permission needed). */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
