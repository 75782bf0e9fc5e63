import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, readLocale } from './ui-fixtures';

const SRC = resolve(import.meta.dirname, '../../src');
const locales = readdirSync(LOCALES_DIR).sort();
const en = readLocale('en');

/** `$NAME$` references in a message, lower-cased as the placeholders object keys them. */
const used = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

/** Message keys the UI code asks for: `t('key'…)`, plural bases (`_one`/`_other`), verdict keys. */
function keysInCode(): Set<string> {
  const files = ['ui', 'popup', 'options'].flatMap((dir) =>
    readdirSync(resolve(SRC, dir)).filter((f) => /\.tsx?$/.test(f)).map((f) => resolve(SRC, dir, f)),
  );
  const keys = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    for (const m of code.matchAll(/plural\(t, lang, '([A-Za-z0-9_]+)'/g)) keys.add(`${m[1]}_one`).add(`${m[1]}_other`);
    for (const m of code.matchAll(/'(verdict[A-Za-z]+|loadError|loading)'/g)) keys.add(m[1]!);
  }
  return keys;
}

describe('_locales', () => {
  it('has English, French, Spanish, German and Simplified Chinese', () => {
    expect(locales).toEqual(['de', 'en', 'es', 'fr', 'zh_CN']);
  });

  it('every string the UI asks for exists in English', () => {
    const missing = [...keysInCode()].filter((k) => !(k in en));
    expect(missing).toEqual([]);
    expect(keysInCode().size).toBeGreaterThan(30); // the scan itself works
  });

  it('has every string manifest.json refers to, with a store description of at most 132 characters', () => {
    const manifest = readFileSync(resolve(SRC, '../manifest.json'), 'utf8');
    const wanted = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
    expect(wanted).toContain('extName');
    for (const locale of locales) {
      const messages = readLocale(locale);
      for (const key of wanted) expect(messages[key]?.message, `${locale}:${key}`).toBeTruthy();
      expect(messages.extName?.message, locale).toBe('Xiaomi EV Context');
      expect(messages.extDescription?.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  for (const locale of locales.filter((l) => l !== 'en')) {
    it(`${locale} has exactly the same keys and placeholders as en`, () => {
      const messages = readLocale(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        const other = messages[key]!;
        expect(Object.keys(other.placeholders ?? {}).sort(), `${locale}:${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
        for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
          expect(other.placeholders?.[name]?.content, `${locale}:${key}:${name}`).toBe(ph.content);
        }
        expect(used(other.message), `${locale}:${key}`).toEqual(used(entry.message));
      }
    });
  }

  for (const locale of locales) {
    it(`${locale}: every message is non-empty, uses only declared placeholders and uses them all`, () => {
      for (const [key, entry] of Object.entries(readLocale(locale))) {
        expect(entry.message.trim(), `${locale}:${key}`).not.toBe('');
        expect(key, 'Chrome allows [A-Za-z0-9_] in keys').toMatch(/^[A-Za-z0-9_]+$/);
        const declared = Object.keys(entry.placeholders ?? {}).sort();
        expect([...new Set(used(entry.message))].sort(), `${locale}:${key}`).toEqual(declared);
        // A stray `$` would be eaten by getMessage; literal dollars must be written `$$`.
        expect(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '').replace(/\$\$/g, ''), `${locale}:${key}`).not.toContain('$');
        for (const ph of Object.values(entry.placeholders ?? {})) expect(ph.content).toMatch(/^\$[1-9]$/);
      }
    });
  }
});
