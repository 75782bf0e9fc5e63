#!/usr/bin/env node
// Checks src/data/dataset.json (or the file given as argument) with the same validator the extension uses,
// then prints a summary a maintainer can read. Exits 1 if the dataset is invalid.
//
// The validator is TypeScript: it is bundled in memory with esbuild and imported from a data: URL, so this
// script needs no build step and cannot drift from what the extension runs.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = resolve(process.argv[2] ?? join(root, 'src/data/dataset.json'));

const bundled = await build({
  stdin: {
    contents: "export { validateDataset } from './src/data/validate.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const code = bundled.outputFiles[0].text;
const { validateDataset } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

let raw;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`✗ ${file}: cannot read JSON: ${e.message}`);
  process.exit(1);
}

const result = validateDataset(raw);
if (!result.ok) {
  console.error(`✗ ${file}: ${result.errors.length} error(s)`);
  for (const err of result.errors) console.error(`  - ${err}`);
  process.exit(1);
}

const ds = result.dataset;
const LANGS = ['en', 'fr', 'es', 'de', 'zh'];

/** Counts of `key(item)` over items, printed most frequent first. */
function tally(items, key) {
  const m = new Map();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m.entries()];
}
function table(title, rows, sortByCount = true) {
  console.log(`\n${title}`);
  const sorted = sortByCount ? rows.sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))) : rows;
  const width = Math.max(...sorted.map(([k]) => String(k).length), 4);
  for (const [k, n] of sorted) console.log(`  ${String(k).padEnd(width)}  ${n}`);
}

const points = ds.facts.flatMap((f) => f.points.map((p, i) => ({ ...p, where: `${f.id} @ ${p.date}`, i })));
const allSources = [
  ...ds.events.flatMap((e) => e.sources),
  ...points.flatMap((p) => p.sources),
  ...ds.claims.flatMap((c) => c.sources),
];

console.log(`✓ ${file} is valid`);
console.log(`  version ${ds.version}, as of ${ds.asOf}`);
console.log(
  `  ${ds.entities.length} entities, ${ds.events.length} events, ${ds.facts.length} facts (${points.length} dated values), ` +
    `${ds.claims.length} claims`,
);
console.log(
  `  ${allSources.length} citations of ${new Set(allSources.map((s) => s.url)).size} distinct URLs ` +
    `from ${new Set(allSources.map((s) => s.outlet)).size} outlets`,
);
const dates = ds.events.map((e) => e.date).sort();
console.log(`  events from ${dates[0]} to ${dates.at(-1)}`);

table('Events per year', tally(ds.events, (e) => e.date.slice(0, 4)).sort((a, b) => a[0].localeCompare(b[0])), false);
table('Events per entity', tally(ds.events, (e) => e.entity));
table('Events per verification', tally(ds.events, (e) => e.verification));
table('Citations per outlet', tally(allSources, (s) => s.outlet));

const single = [
  ...ds.events.filter((e) => e.sources.length < 2).map((e) => `event ${e.id}`),
  ...points.filter((p) => p.sources.length < 2).map((p) => `fact ${p.where}`),
  ...ds.claims.filter((c) => c.sources.length < 2).map((c) => `claim ${c.id}`),
];
console.log(`\nWithout a second source (${single.length})`);
for (const s of single) console.log(`  ${s}`);

// Every text a reader may see, per language.
const texts = [
  ...ds.entities.flatMap((e) => [[`entity ${e.id} name`, e.name], [`entity ${e.id} tagline`, e.tagline]]),
  ...ds.events.flatMap((e) => [[`event ${e.id} title`, e.title], [`event ${e.id} summary`, e.summary]]),
  ...ds.facts.map((f) => [`fact ${f.id} label`, f.label]),
  ...points.map((p) => [`fact ${p.where} value`, p.value]),
  ...ds.claims.flatMap((c) => [[`claim ${c.id} claim`, c.claim], [`claim ${c.id} explanation`, c.explanation]]),
];
console.log('\nLanguages (texts present / total)');
for (const lang of LANGS) {
  const missing = texts.filter(([, t]) => !t[lang]);
  const n = texts.length - missing.length;
  console.log(`  ${lang}  ${n}/${texts.length}${missing.length === 0 ? '  complete' : `  missing e.g. ${missing[0][0]}`}`);
}
