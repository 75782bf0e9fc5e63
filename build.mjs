// Builds the extension for Chrome and Firefox from one source tree, plus the Node-importable libraries.
//
//   node build.mjs              dist/chrome/, dist/firefox/, dist/lib/{detect,published}.js
//   node build.mjs --package    the same, then one reproducible zip per browser under dist/
//   node build.mjs --dev        no minification, inline source maps
//   node build.mjs --test-open-shadow --dist .e2e-dist   the card's shadow root is open (end-to-end tests read it)
//   node build.mjs --feed-timeout-ms 1500   a shorter update-feed timeout (the end-to-end slow-feed case)
//   node build.mjs --bench      the content script records phase marks for the benchmarks (src/page/bench-marks.ts)
//
// The build fails when the dataset does not validate or a bundle is over its size budget.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const args = new Set(argv);
/** `--dist DIR` builds elsewhere (the end-to-end suite builds its own test variant). */
const dist = path.resolve(root, argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : 'dist');
const dev = args.has('--dev');
const openShadow = args.has('--test-open-shadow');
const feedTimeoutMs = argv.includes('--feed-timeout-ms') ? Number(argv[argv.indexOf('--feed-timeout-ms') + 1]) : 10_000;

/** Minified size limits in bytes (issue 5): the content script runs on every page. */
const BUDGETS = { 'content.js': 30 * 1024, 'popup.js': 60 * 1024 };

const BROWSERS = {
  chrome: { target: ['chrome114'] },
  firefox: { target: ['firefox142'] },
};

async function bundleExtension(browserName, precompiled) {
  const outdir = path.join(dist, browserName);
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: {
      content: 'src/page/main.ts',
      card: 'src/page/card.ts',
      background: 'src/background/main.ts',
      popup: 'src/popup/main.tsx',
      options: 'src/options/main.tsx',
    },
    outdir,
    bundle: true,
    format: 'iife',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    target: BROWSERS[browserName].target,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    // UTF-8 output: escaped non-ASCII text (the pre-check's folding tables, CJK cue words) would take 6 bytes a character.
    charset: 'utf8',
    define: {
      __XEV_OPEN_SHADOW__: JSON.stringify(openShadow),
      __XEV_BROWSER__: JSON.stringify(browserName),
      __XEV_FEED_TIMEOUT_MS__: JSON.stringify(feedTimeoutMs),
      __XEV_BENCH__: JSON.stringify(args.has('--bench')),
      // Every token list the bundles compile is folded here (lib/precompile.ts): no normaliser in content.js.
      __XEV_FOLDS_ONLY__: 'true',
      ...precompiled,
    },
    logLevel: 'warning',
  });
  await cp('src/popup/popup.html', path.join(outdir, 'popup.html'));
  // One source for the pages' styles: ui/styles.ts (the hover card adopts CARD_CSS from the same file).
  await writeFile(path.join(outdir, 'popup.css'), (await importTs('src/ui/styles.ts')).POPUP_CSS);
  await cp('src/options/options.html', path.join(outdir, 'options.html'));
  await cp('src/options/options.css', path.join(outdir, 'options.css'));
  // The highlights' look has one source too: page/highlight-css.ts (also adopted into shadow roots in Firefox).
  await writeFile(path.join(outdir, 'content.css'), (await importTs('src/page/highlight-css.ts')).HIGHLIGHT_CSS);
  await cp('src/_locales', path.join(outdir, '_locales'), { recursive: true });
  await cp('icons', path.join(outdir, 'icons'), { recursive: true });
  await writeFile(path.join(outdir, 'manifest.json'), JSON.stringify(await manifestFor(browserName), null, 2) + '\n');
}

/** One manifest source; each browser gets only the keys it understands, so neither warns. */
async function manifestFor(browserName) {
  const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  manifest.version = pkg.version;
  if (browserName === 'chrome') {
    manifest.background = { service_worker: manifest.background.service_worker };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: manifest.background.scripts };
    delete manifest.minimum_chrome_version;
  }
  return manifest;
}

/** The detection engine and the date extractor as ES modules importable from Node (DESIGN.md contracts). */
async function bundleLibraries(precompiled) {
  await build({
    entryPoints: { detect: 'src/lib/detect.ts', published: 'src/lib/published.ts' },
    outdir: path.join(dist, 'lib'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: ['es2022'],
    // The matcher reads the lexicon's determinised automata, as card.js does (the other defines are content.js's).
    define: { __XEV_LEXICON_TABLES__: precompiled.__XEV_LEXICON_TABLES__ },
    logLevel: 'warning',
  });
  await writeFile(path.join(dist, 'lib', 'package.json'), '{ "type": "module" }\n');
}

/** Imports a TypeScript module of src/ into this script (bundled to a temporary file, then removed). */
async function importTs(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  const tmp = path.join(dist, `.${path.basename(entry, '.ts')}.mjs`);
  await writeFile(tmp, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(tmp).href);
  } finally {
    await rm(tmp);
  }
}

/** Runs the dataset validator on the bundled dataset; a dataset that fails never ships. */
async function checkDataset() {
  const { validateDataset } = await importTs('src/data/validate.ts');
  const result = validateDataset(JSON.parse(await readFile('src/data/dataset.json', 'utf8')));
  if (!result.ok) throw new Error(`dataset is invalid:\n  ${result.errors.join('\n  ')}`);
  const ds = result.dataset;
  return `dataset v${ds.version} (as of ${ds.asOf}): ${ds.events.length} events, ${ds.facts.length} facts, ${ds.claims.length} claims`;
}

async function checkBudgets() {
  const lines = [];
  let over = false;
  for (const file of ['content.js', 'card.js', 'background.js', 'popup.js', 'options.js']) {
    const bytes = await readFile(path.join(dist, 'chrome', file));
    const kb = (n) => (n / 1024).toFixed(1) + ' KB';
    const budget = BUDGETS[file];
    const fail = budget !== undefined && !dev && bytes.length > budget;
    over ||= fail;
    lines.push(`${file.padEnd(14)} ${kb(bytes.length).padStart(9)} min, ${kb(gzipSync(bytes).length).padStart(8)} gzip` +
      (budget ? `  (budget ${kb(budget)}${fail ? ' EXCEEDED' : ''})` : ''));
  }
  return { lines, over };
}

async function main() {
  process.chdir(root);
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const datasetLine = await checkDataset();
  // The pre-check's derived tables and the matcher's automata, computed here once rather than on every page (precompile.ts).
  const precompiled = (await importTs('src/lib/precompile.ts')).precompiledDefines();
  for (const b of Object.keys(BROWSERS)) await bundleExtension(b, precompiled);
  await bundleLibraries(precompiled);
  const { lines, over } = await checkBudgets();
  console.log(`built dist/chrome, dist/firefox, dist/lib — ${datasetLine}`);
  for (const l of lines) console.log('  ' + l);
  if (over) throw new Error('a bundle is over its size budget (see above)');
  if (args.has('--package')) {
    const { packageAll } = await import('./test/tools/package.mjs');
    for (const file of await packageAll(root)) console.log(`packaged ${path.relative(root, file)}`);
  }
}

main().catch((err) => {
  console.error(`build failed: ${err.message}`);
  process.exit(1);
});
