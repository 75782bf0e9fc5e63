// DESIGN.md's folder rules, checked mechanically: who may import whom, only platform/ touches the extension
// API, and entry folders are leaves. A new import that breaks a rule fails here with the file and the import.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Top-level unit of a source file: its folder under src/, or the file name for `messages.ts`. */
const unitOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!.replace(/\.tsx?$/, '');

interface Import { from: string; to: string; typeOnly: boolean; spec: string }

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
    const spec = m[2]!;
    const to = spec.startsWith('.') ? unitOf(path.resolve(path.dirname(file), spec) + '.ts') : spec;
    out.push({ from: unitOf(file), to, typeOnly: !!m[1], spec });
  }
  return out;
}

/** Units each unit may import at run time (type-only imports of data/ and messages are always allowed). */
const ALLOWED: Record<string, string[]> = {
  detect: ['detect'],
  data: ['data', 'detect'],
  settings: ['settings'],
  // lib/ wires the engine to its lexicon for Node and for the content scripts.
  lib: ['lib', 'detect', 'data', 'page'],
  ui: ['ui', 'data', 'preact', 'preact/hooks'],
  page: ['page', 'detect', 'data', 'ui', 'lib', 'platform', 'settings', 'preact'],
  background: ['background', 'data', 'platform', 'settings', 'messages'],
  popup: ['popup', 'ui', 'data', 'platform', 'settings', 'messages', 'preact', 'preact/hooks'],
  options: ['options', 'ui', 'data', 'platform', 'settings', 'messages', 'preact', 'preact/hooks'],
  platform: ['platform', 'webextension-polyfill'],
  messages: [],
};
const ALWAYS_AS_TYPES = new Set(['data', 'messages', 'detect', 'settings', 'webextension-polyfill', 'preact', 'page']);

const all = files(SRC).flatMap(importsOf);

describe('architecture (DESIGN.md folder rules)', () => {
  it('every import is allowed for its folder', () => {
    const broken = all
      .filter((i) => !(i.typeOnly && ALWAYS_AS_TYPES.has(i.to)))
      .filter((i) => !(ALLOWED[i.from] ?? []).includes(i.to))
      .map((i) => `${i.from} → ${i.spec}`);
    expect(broken).toEqual([]);
  });

  it('only platform/ imports webextension-polyfill at run time', () => {
    const users = all.filter((i) => i.to === 'webextension-polyfill' && !i.typeOnly).map((i) => i.from);
    expect([...new Set(users)]).toEqual(['platform']);
  });

  it('entry folders are leaves: nothing outside them imports background/, popup/ or options/', () => {
    const inward = all.filter((i) => ['background', 'popup', 'options'].includes(i.to) && i.from !== i.to && !i.typeOnly);
    expect(inward.map((i) => `${i.from} → ${i.spec}`)).toEqual([]);
  });

  it('outside platform/, the extension API is reached only through platform/ (never the chrome or browser globals)', () => {
    const api = /(^|[^.\w])(browser|chrome)\.(runtime|tabs|storage|action|scripting|i18n|commands|permissions)\b/;
    const offenders = files(SRC)
      .filter((f) => unitOf(f) !== 'platform')
      .filter((f) => {
        // Comments may name the API; only code counts.
        const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
        // The background and pages use the polyfilled `browser` that platform/browser.ts exports.
        const viaPlatform = /import \{[^}]*\bbrowser\b[^}]*\} from '\.\.\/platform\/browser'/.test(text);
        return /(^|[^.\w])chrome\.\w/.test(text) || (api.test(text) && !viaPlatform);
      })
      .map((f) => path.relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('detect/ compiles without the DOM lib (its own tsconfig)', () => {
    const config = JSON.parse(readFileSync('src/detect/tsconfig.json', 'utf8').replace(/\/\/.*$/gm, ''));
    expect(config.compilerOptions.lib).toEqual(['ES2022']);
  });
});
