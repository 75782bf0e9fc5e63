// `npm run scan -- FILE`: prints the mentions in an HTML or text file (`-` reads stdin), one JSON object a
// line. For HTML the page's text is collected per block exactly as the content script does, and `block`
// numbers the text run; `start`/`end` are offsets in that run's text (`runText` is printed with --context).
import { readFileSync } from 'node:fs';
import { importTs } from './bundle-ts.mjs';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run scan -- FILE|-  [--context]');
  process.exit(2);
}
const withContext = argv.includes('--context');
let input;
try {
  input = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (err) {
  console.error(`scan: cannot read ${file}: ${err.message}`);
  process.exit(2);
}

const lib = await importTs(`
  export { findMentions, mayContain } from './src/lib/detect';
  export { BlockResolver, TextRunWalker } from './src/page/text-blocks';
`);

const looksLikeHtml = /^\s*(<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<article[\s>])/i.test(input) || /\.x?html?$/i.test(file);
if (!looksLikeHtml) {
  for (const m of lib.findMentions(input)) console.log(JSON.stringify(m));
} else {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM(input);
  Object.assign(globalThis, { NodeFilter: dom.window.NodeFilter, HTMLElement: dom.window.HTMLElement });
  const runs = [];
  const walker = new lib.TextRunWalker(dom.window.document.body ?? dom.window.document.documentElement,
    new lib.BlockResolver(() => false), lib.mayContain);
  while (!walker.done) walker.next(Infinity, runs);
  runs.forEach((run, block) => {
    for (const m of lib.findMentions(run.text)) {
      console.log(JSON.stringify({ ...m, block, ...(withContext ? { runText: run.text } : {}) }));
    }
  });
}
