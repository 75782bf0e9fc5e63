#!/usr/bin/env node
// Scores the mention engine on the labelled corpus of real passages (test/fixtures/corpus/*.jsonl) and
// scores the naive keyword highlighter (test/tools/keyword-baseline.mjs) in the same run.
//
//   node test/tools/eval.mjs [--quiet] [--json out.json] [--check] [--engine path/to/detect.(ts|js|mjs)]
//                         [--corpus dir] [--lang en,fr] [--no-baseline] [--validate]
//
// Engine: --engine FILE (.ts is bundled with esbuild, .js/.mjs imported as is); by default src/lib/detect.ts,
// else dist/lib/detect.js. It must export findMentions(text) -> [{start, end, entity, surface}].
//
// --validate only checks the corpus (ids unique and prefixed by the file's language, lang matches the file,
// https source, text <= 600 UTF-16 units, spans in range, sorted, not overlapping, known entity ids) and prints
// counts. The corpus is checked on every run; a malformed corpus exits with code 2.
// Strict score: a predicted mention is a true positive when start, end AND entity equal a gold mention's.
// Lenient score: a prediction counts when it overlaps an unmatched gold mention of the same entity
// (one-to-one, greedy in text order). Misses and false hits listed below the tables use the strict rule.
// Exit code is 0 unless --check: then 1 when the engine's overall strict precision < 0.98 or recall < 0.95
// (or when the engine cannot be loaded).

import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as baseline from './keyword-baseline.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const THRESHOLDS = { precision: 0.98, recall: 0.95 };

// ---------- arguments ----------
const argv = process.argv.slice(2);
const DEFAULT_ENGINES = ['src/lib/detect.ts', 'dist/lib/detect.js'];
const opt = { validate: false, quiet: false, check: false, json: null, engine: null, corpus: 'test/fixtures/corpus', lang: null, baseline: true };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--quiet') opt.quiet = true;
  else if (a === '--check') opt.check = true;
  else if (a === '--no-baseline') opt.baseline = false;
  else if (a === '--validate') opt.validate = true;
  else if (a === '--json') opt.json = argv[++i];
  else if (a === '--engine') opt.engine = argv[++i];
  else if (a === '--corpus') opt.corpus = argv[++i];
  else if (a === '--lang') opt.lang = new Set(argv[++i].split(','));
  else if (a === '--help' || a === '-h') {
    const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
    console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    process.exit(0);
  } else {
    console.error(`eval: unknown option ${a}`);
    process.exit(2);
  }
}

// ---------- corpus ----------
export const ENTITIES = new Set(['xiaomi-ev', 'su7', 'su7-ultra', 'yu7', 'yu9']);
const MAX_TEXT = 600;

/** Reads every <lang>.jsonl and checks it; returns { passages, problems }. */
function loadCorpus(dir) {
  const abs = resolve(ROOT, dir);
  const files = readdirSync(abs).filter((f) => f.endsWith('.jsonl')).sort();
  const passages = [], problems = [], ids = new Set();
  for (const f of files) {
    const fileLang = f.slice(0, -'.jsonl'.length);
    readFileSync(join(abs, f), 'utf8').split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      const where = `${f}:${n + 1}`;
      let p;
      try {
        p = JSON.parse(line);
      } catch (e) {
        problems.push(`${where}: bad JSON (${e.message})`);
        return;
      }
      const bad = (msg) => problems.push(`${where} ${p.id ?? ''}: ${msg}`);
      if (typeof p.id !== 'string' || !p.id.startsWith(`${fileLang}-`)) bad(`id must start with "${fileLang}-"`);
      if (ids.has(p.id)) bad('duplicate id');
      ids.add(p.id);
      if (p.lang !== fileLang) bad(`lang "${p.lang}" does not match file ${f}`);
      if (typeof p.source !== 'string' || !/^https:\/\/\S+$/.test(p.source)) bad('source must be an https URL');
      if (typeof p.text !== 'string' || !p.text.length) bad('empty text');
      else if (p.text.length > MAX_TEXT) bad(`text longer than ${MAX_TEXT} UTF-16 units (${p.text.length})`);
      if (!Array.isArray(p.mentions)) {
        bad('mentions must be an array');
        return;
      }
      let prevEnd = 0;
      for (const m of p.mentions) {
        if (!ENTITIES.has(m.entity)) bad(`unknown entity "${m.entity}"`);
        if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end <= m.start || m.end > (p.text ?? '').length) {
          bad(`bad span ${m.start}-${m.end}`);
          continue;
        }
        if (m.start < prevEnd) bad(`mentions overlap or are not sorted at ${m.start}`);
        prevEnd = m.end;
        const s = p.text.slice(m.start, m.end);
        if (s !== s.trim()) bad(`span ${JSON.stringify(s)} starts or ends with whitespace`);
      }
      if (!opt.lang || opt.lang.has(p.lang)) passages.push(p);
    });
  }
  return { passages, problems };
}

// ---------- engine ----------
async function loadEngine(entry) {
  const abs = resolve(ROOT, entry);
  if (!existsSync(abs)) return { error: `${entry} does not exist yet` };
  const ext = extname(abs);
  let tmp = null;
  try {
    let url;
    if (ext === '.ts' || ext === '.tsx') {
      const out = await build({ entryPoints: [abs], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
      tmp = mkdtempSync(join(tmpdir(), 'xev-eval-'));
      const file = join(tmp, 'detect.mjs');
      writeFileSync(file, out.outputFiles[0].text);
      url = pathToFileURL(file).href;
    } else {
      url = pathToFileURL(abs).href;
    }
    const mod = await import(url);
    const fn = mod.findMentions ?? mod.default?.findMentions;
    if (typeof fn !== 'function') return { error: `${entry} does not export findMentions(text)` };
    return { findMentions: fn };
  } catch (e) {
    return { error: `${entry} failed to build or load: ${e.message.split('\n')[0]}` };
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------- scoring ----------
const newCounts = () => ({ tp: 0, fp: 0, fn: 0, ltp: 0, lfp: 0, lfn: 0 });
function prf(c, lenient = false) {
  const tp = lenient ? c.ltp : c.tp, fp = lenient ? c.lfp : c.fp, fn = lenient ? c.lfn : c.fn;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function score(passages, findMentions) {
  const overall = newCounts(), byLang = {}, byEntity = {}, misses = [], falseHits = [], errors = [];
  const bump = (table, key, field) => ((table[key] ??= newCounts())[field]++);
  for (const p of passages) {
    let pred;
    try {
      pred = findMentions(p.text) ?? [];
    } catch (e) {
      errors.push({ lang: p.lang, id: p.id, error: e.message });
      pred = [];
    }
    byLang[p.lang] ??= newCounts();
    const gold = p.mentions;
    // strict
    const key = (m) => `${m.start}:${m.end}:${m.entity}`;
    const goldKeys = new Set(gold.map(key)), predKeys = new Set(pred.map(key));
    for (const m of pred) {
      if (goldKeys.has(key(m))) {
        overall.tp++; byLang[p.lang].tp++; bump(byEntity, m.entity, 'tp');
      } else {
        overall.fp++; byLang[p.lang].fp++; bump(byEntity, m.entity, 'fp');
        falseHits.push({ lang: p.lang, id: p.id, start: m.start, end: m.end, surface: p.text.slice(m.start, m.end), entity: m.entity, ...(m.surface !== p.text.slice(m.start, m.end) ? { badSurface: m.surface } : {}) });
      }
    }
    for (const g of gold) {
      if (!predKeys.has(key(g))) {
        overall.fn++; byLang[p.lang].fn++; bump(byEntity, g.entity, 'fn');
        misses.push({ lang: p.lang, id: p.id, start: g.start, end: g.end, surface: p.text.slice(g.start, g.end), entity: g.entity });
      }
    }
    // lenient: overlap + same entity, one-to-one
    const used = new Set();
    for (const m of pred) {
      const gi = gold.findIndex((g, i) => !used.has(i) && g.entity === m.entity && m.start < g.end && g.start < m.end);
      if (gi >= 0) {
        used.add(gi);
        overall.ltp++; byLang[p.lang].ltp++; bump(byEntity, m.entity, 'ltp');
      } else {
        overall.lfp++; byLang[p.lang].lfp++; bump(byEntity, m.entity, 'lfp');
      }
    }
    gold.forEach((g, i) => {
      if (!used.has(i)) { overall.lfn++; byLang[p.lang].lfn++; bump(byEntity, g.entity, 'lfn'); }
    });
  }
  return { overall, byLang, byEntity, misses, falseHits, errors };
}

// ---------- output ----------
const pct = (x) => (x * 100).toFixed(1).padStart(5);
function table(title, rows, baseRows) {
  const lines = [];
  const head = baseRows
    ? `${title.padEnd(12)}  gold   tp   fp   fn   P      R      F1   | lenient P R F1     | baseline P R F1`
    : `${title.padEnd(12)}  gold   tp   fp   fn   P      R      F1   | lenient P R F1`;
  lines.push(head, '-'.repeat(head.length));
  for (const [name, c] of rows) {
    const s = prf(c), l = prf(c, true);
    let line = `${name.padEnd(12)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)} | ${pct(l.precision)} ${pct(l.recall)} ${pct(l.f1)}`;
    if (baseRows) {
      const b = baseRows.get(name);
      line += b ? ` | ${pct(prf(b).precision)} ${pct(prf(b).recall)} ${pct(prf(b).f1)}` : ' |   —';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

function report(label, r, base) {
  const out = [];
  const langs = Object.keys(r.byLang).sort();
  const ents = [...new Set([...Object.keys(r.byEntity), ...(base ? Object.keys(base.byEntity) : [])])].sort();
  const baseLang = base && new Map(Object.entries(base.byLang));
  const baseEnt = base && new Map(Object.entries(base.byEntity));
  if (base) { baseLang.set('ALL', base.overall); baseEnt.set('ALL', base.overall); }
  out.push(`\n== ${label}: by language ==`);
  out.push(table('lang', [...langs.map((l) => [l, r.byLang[l]]), ['ALL', r.overall]], baseLang));
  out.push(`\n== ${label}: by entity ==`);
  out.push(table('entity', [...ents.map((e) => [e, r.byEntity[e] ?? newCounts()]), ['ALL', r.overall]], baseEnt));
  return out.join('\n');
}

function listing(label, r) {
  const out = [`\n== ${label}: misses (${r.misses.length}) ==`];
  for (const m of r.misses) out.push(`  MISS  ${m.lang.padEnd(7)} ${m.id.padEnd(12)} ${m.entity.padEnd(10)} ${JSON.stringify(m.surface)}`);
  out.push(`\n== ${label}: false hits (${r.falseHits.length}) ==`);
  for (const m of r.falseHits) out.push(`  FALSE ${m.lang.padEnd(7)} ${m.id.padEnd(12)} ${m.entity.padEnd(10)} ${JSON.stringify(m.surface)} @${m.start}-${m.end}${m.badSurface !== undefined ? ` (surface field ${JSON.stringify(m.badSurface)} ≠ text slice)` : ''}`);
  if (r.errors.length) {
    out.push(`\n== ${label}: exceptions (${r.errors.length}) ==`);
    for (const e of r.errors) out.push(`  ERROR ${e.lang} ${e.id}: ${e.error}`);
  }
  return out.join('\n');
}

const summaryJson = (r) => ({
  overall: { ...r.overall, ...prf(r.overall), lenient: prf(r.overall, true) },
  byLang: Object.fromEntries(Object.entries(r.byLang).map(([k, c]) => [k, { ...c, ...prf(c), lenient: prf(c, true) }])),
  byEntity: Object.fromEntries(Object.entries(r.byEntity).map(([k, c]) => [k, { ...c, ...prf(c), lenient: prf(c, true) }])),
  misses: r.misses,
  falseHits: r.falseHits,
  errors: r.errors,
});

// ---------- main ----------
const { passages, problems } = loadCorpus(opt.corpus);
if (problems.length) {
  console.error(`corpus: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(2);
}
if (opt.validate) {
  const langs = {};
  for (const p of passages) {
    const l = (langs[p.lang] ??= { passages: 0, negatives: 0, mentions: 0 });
    l.passages++;
    l.mentions += p.mentions.length;
    if (!p.mentions.length) l.negatives++;
  }
  console.log('corpus OK');
  for (const [l, c] of Object.entries(langs).sort()) console.log(`  ${l.padEnd(8)} ${String(c.passages).padStart(4)} passages  ${String(c.negatives).padStart(4)} without a mention  ${String(c.mentions).padStart(4)} mentions`);
  process.exit(0);
}
const nGold = passages.reduce((n, p) => n + p.mentions.length, 0);
const nNeg = passages.filter((p) => p.mentions.length === 0).length;
console.log(`corpus: ${passages.length} passages, ${nGold} gold mentions, ${nNeg} passages without a mention (${opt.corpus})`);

// Default engine: the source entry (bundled with esbuild), else the built contract module dist/lib/detect.js.
opt.engine ??= DEFAULT_ENGINES.find((e) => existsSync(resolve(ROOT, e))) ?? DEFAULT_ENGINES[0];
const engine = await loadEngine(opt.engine);
const base = opt.baseline ? score(passages, baseline.findMentions) : null;
let eng = null;
if (engine.error) {
  console.log(`engine: not scored — ${engine.error}`);
} else {
  eng = score(passages, engine.findMentions);
}

if (eng) console.log(report(`engine (${opt.engine})`, eng, base));
if (base) console.log(report('keyword baseline', base, null));
if (!opt.quiet) {
  if (eng) console.log(listing('engine', eng));
  if (base) console.log(listing('keyword baseline', base));
}

if (eng || base) {
  const line = (name, r) => {
    const s = prf(r.overall), l = prf(r.overall, true);
    return `${name.padEnd(9)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (lenient P ${pct(l.precision)} R ${pct(l.recall)} F1 ${pct(l.f1)})`;
  };
  console.log('\n== summary (strict) ==');
  if (eng) console.log(line('engine', eng));
  if (base) console.log(line('baseline', base));
}

if (opt.json) {
  const data = {
    corpus: { dir: opt.corpus, passages: passages.length, goldMentions: nGold, negatives: nNeg },
    thresholds: THRESHOLDS,
    engine: eng ? { entry: opt.engine, ...summaryJson(eng) } : { entry: opt.engine, error: engine.error },
    baseline: base ? summaryJson(base) : null,
  };
  writeFileSync(resolve(process.cwd(), opt.json), JSON.stringify(data, null, 2) + '\n');
}

if (opt.check) {
  if (!eng) {
    console.error(`\ncheck: FAIL — engine not scored (${engine.error})`);
    process.exit(1);
  }
  const s = prf(eng.overall);
  const ok = s.precision >= THRESHOLDS.precision && s.recall >= THRESHOLDS.recall;
  console.log(`\ncheck: ${ok ? 'PASS' : 'FAIL'} — precision ${pct(s.precision)}% (≥ ${THRESHOLDS.precision * 100}), recall ${pct(s.recall)}% (≥ ${THRESHOLDS.recall * 100})`);
  process.exit(ok ? 0 : 1);
}
process.exit(0);
