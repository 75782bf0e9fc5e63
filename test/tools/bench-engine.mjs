#!/usr/bin/env node
// Speed of the mention engine against a single alternation regex of the same aliases, in one run.
//
//   node test/tools/bench-engine.mjs [--mb 4] [--runs 5]
//
// Bundles src/lib/detect.ts with esbuild (in memory), generates several MB of news-like text of three kinds
// — no candidate text at all, Xiaomi phone news (anchors but few mentions), EV news dense with mentions —
// and scans each the way the content script does (block by block) with:
//   engine      findMentions(block)               (pre-check + windows + automaton)
//   pre-check   mayContain(block) only            (the cost of a page without mentions)
//   alternation one case-insensitive regex of every expanded lexicon alias, longest first, over each block
// It prints MB/s (UTF-16 code units / 1e6 per CPU second, median of the runs) and the engine's speed as a ratio
// of the alternation's. Numbers vary by machine; the ratios are what to compare.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MB = arg('mb', 4);
const RUNS = arg('runs', 5);

// ---------- the engine, bundled in memory ----------
async function loadEngine() {
  const entry = [
    `export { findMentions, mayContain } from ${JSON.stringify(join(ROOT, 'src/lib/detect.ts'))};`,
    `export { LEXICON } from ${JSON.stringify(join(ROOT, 'src/data/lexicon.ts'))};`,
    `export { expand, parsePattern } from ${JSON.stringify(join(ROOT, 'src/detect/pattern.ts'))};`,
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'xev-bench-'));
  const file = join(dir, 'engine.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- the alternation regex of the same aliases ----------
// Each lexicon pattern becomes one alternative, written as a regex over the original text: its groups stay
// groups (expanding them would give ~13,000 strings and a regex too slow to be a fair baseline), a word
// gap is [\s-]?, an apostrophe ['’]?. Brand + model names are one alternative per model with the brands as
// a group. Case-insensitive; no folding, no boundaries, no context: what a quick highlighter would do.
function toRegex(seq) {
  const esc = (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return seq
    .map((node) => {
      if (node.kind === 'char') return esc(node.ch);
      if (node.kind === 'gap') return '[\\s-]?';
      if (node.kind === 'apos') return "['’]?";
      return `(?:${node.alts.map(toRegex).join('|')})${node.optional ? '?' : ''}`;
    })
    .join('');
}

function alternationRegex(engine) {
  const { LEXICON, parsePattern } = engine;
  const brands = `(?:${LEXICON.brands.map((b) => toRegex(parsePattern(b))).join('|')})[\\s-]?`;
  const alts = [];
  for (const e of LEXICON.entities) {
    const plain = [...e.names, ...(e.models ?? []), ...(e.contextual ?? []).flatMap((g) => g.names)];
    const branded = [
      ...(e.models ?? []),
      ...(e.brandedNames ?? []),
      ...(e.contextual ?? []).filter((g) => g.brandable).flatMap((g) => g.names),
    ];
    for (const p of branded) alts.push(brands + toRegex(parsePattern(p)));
    for (const p of plain) alts.push(toRegex(parsePattern(p)));
  }
  return { re: new RegExp(alts.join('|'), 'giu'), count: alts.length };
}

// ---------- text generation (deterministic) ----------
function rng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

const FILLER = {
  en: 'the government said on Tuesday that inflation had slowed more than expected while markets rallied and analysts warned of a weaker quarter ahead for retailers and banks across the region'.split(' '),
  fr: "le gouvernement a annoncé mardi que l'inflation avait ralenti plus que prévu tandis que les marchés progressaient et que les analystes craignaient un trimestre plus faible".split(' '),
  de: 'die Regierung teilte am Dienstag mit dass die Inflation stärker als erwartet zurückgegangen sei während die Märkte zulegten und Analysten vor einem schwächeren Quartal warnten'.split(' '),
  zh: '政府 周二 表示 通胀 放缓 超出 预期 市场 上涨 分析师 警告 零售商 银行 下个 季度 可能 疲软'.split(' '),
};
const PHONE = [
  'Xiaomi reported record smartphone shipments this quarter.',
  'The Xiaomi 15 Ultra camera impressed reviewers at MWC.',
  'Redmi Note 14 runs HyperOS 2 out of the box, Xiaomi said.',
  '小米手机 出货量 创下 新高。',
  'Les smartphones Xiaomi progressent en Europe.',
];
const EV = [
  'Xiaomi SU7 deliveries reached 20,000 units in October.',
  'The SU7 Ultra prototype lapped the Nürburgring, a first for Xiaomi’s first EV.',
  'la première voiture électrique de Xiaomi, la SU7 Max, coûte 299 900 yuans.',
  '小米汽车 宣布 小米YU7 锁单 24万辆。',
  'Das Elektroauto von Xiaomi, der YU7, kommt 2027 nach Europa.',
  'シャオミのEV「SU7」の受注が好調だ。',
  '샤오미의 첫 전기차 SU7가 인기다.',
];

function paragraph(rand, kind) {
  const lang = pick(rand, Object.keys(FILLER));
  const words = [];
  const n = 40 + Math.floor(rand() * 80);
  for (let i = 0; i < n; i++) words.push(pick(rand, FILLER[lang]));
  let text = words.join(lang === 'zh' ? '' : ' ') + '.';
  if (kind === 'phone') text += ' ' + pick(rand, PHONE);
  if (kind === 'ev') text = pick(rand, EV) + ' ' + text + ' ' + pick(rand, EV);
  return text;
}

function corpus(kind, mb, seed) {
  const rand = rng(seed);
  const blocks = [];
  let size = 0;
  while (size < mb * 1e6) {
    const p = paragraph(rand, kind);
    blocks.push(p);
    size += p.length;
  }
  return { blocks, size };
}

// ---------- measurement ----------
// CPU time of this process, not wall time: on a busy machine (CI, parallel jobs) wall time mostly
// measures the neighbours. Single-threaded JS, so CPU time ≈ the time the scan really took.
function time(fn) {
  const c0 = process.cpuUsage();
  const result = fn();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, result };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const engine = await loadEngine();
const alt = alternationRegex(engine);
const methods = {
  engine: (blocks) => blocks.reduce((n, b) => n + engine.findMentions(b).length, 0),
  'pre-check': (blocks) => blocks.reduce((n, b) => n + (engine.mayContain(b) ? 1 : 0), 0),
  alternation: (blocks) =>
    blocks.reduce((n, b) => {
      alt.re.lastIndex = 0;
      let k = 0;
      while (alt.re.exec(b)) k++;
      return n + k;
    }, 0),
};

console.log(`alternation regex: ${alt.count} alternatives (every lexicon pattern); ${MB} MB per corpus; median of ${RUNS} runs`);
const kinds = [
  ['no candidate text', 'none', 1],
  ['Xiaomi phone news', 'phone', 2],
  ['EV news, dense', 'ev', 3],
];
const rows = [];
for (const [label, kind, seed] of kinds) {
  const { blocks, size } = corpus(kind, MB, seed);
  const speed = {};
  const hits = {};
  for (const [name, fn] of Object.entries(methods)) fn(blocks.slice(0, 200)); // warm up the JIT
  for (const [name, fn] of Object.entries(methods)) {
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      const { ms, result } = time(() => fn(blocks));
      times.push(ms);
      hits[name] = result;
    }
    speed[name] = size / 1e6 / (median(times) / 1000);
  }
  rows.push({ label, blocks: blocks.length, speed, hits });
}

const pad = (s, n) => String(s).padStart(n);
console.log(`\n${'corpus'.padEnd(20)} ${pad('blocks', 7)} ${pad('engine MB/s', 12)} ${pad('pre-check', 10)} ${pad('alternation', 12)} ${pad('engine/alt', 11)}   mentions (engine / alternation hits)`);
for (const r of rows) {
  console.log(
    `${r.label.padEnd(20)} ${pad(r.blocks, 7)} ${pad(r.speed.engine.toFixed(1), 12)} ${pad(r.speed['pre-check'].toFixed(1), 10)} ${pad(r.speed.alternation.toFixed(1), 12)} ${pad((r.speed.engine / r.speed.alternation).toFixed(2) + '×', 11)}   ${r.hits.engine} / ${r.hits.alternation}`,
  );
}
