/** What the demo article must show, shared by the Chromium and Firefox suites. */
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../src/data/types';
import { eventsSince, latestEvent } from '../../src/data/queries';

export const dataset = JSON.parse(readFileSync('src/data/dataset.json', 'utf8')) as Dataset;

/** The seven mentions of issue 2, in page order, as highlighted text. */
export const DEMO_MENTIONS = [
  'premier VE de Xiaomi',
  'Xiaomi MS11',
  'Xiaomi MS11',
  'Xiaomi Automobile',
  'xiaomi ms11',
  'Xiaomi Automobile',
  'la première voiture de Xiaomi',
];

export const DEMO_COUNTS = { 'xiaomi-ev': 4, su7: 3 };

/** The demo article's publication date (its JSON-LD). */
export function demoPublished(html: string): string {
  const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(html);
  if (!m) throw new Error('demo article has no datePublished');
  return m[1]!;
}

export function expectedSu7Card(published: string) {
  const since = eventsSince(dataset, published, 'su7');
  const latest = latestEvent(dataset, 'su7');
  const su7 = dataset.entities.find((e) => e.id === 'su7')!;
  return { name: su7.name.en, sinceCount: since.length, latestTitle: latest?.title.en ?? '' };
}

export const ARTIFACTS = path.resolve('test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** Runs in the page: the highlighted ranges' texts, in document order. */
export function highlightedTexts(): string[] {
  const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('xev-mention');
  if (!hl) return [];
  return [...hl].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
}

/** Runs in the page: scrolls the n-th range with the given text into view and returns its viewport box. */
export function rangeBox({ text, nth }: { text: string; nth: number }): { x: number; y: number; left: number; top: number; width: number; height: number } | null {
  const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('xev-mention');
  const ranges = [...(hl ?? [])].filter((r) => r.toString() === text).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[nth];
  if (!range) return null;
  range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0]!;
  return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2, left: r.left, top: r.top, width: r.width, height: r.height };
}

/** Runs in the page: the open card's text and box, or null when no card is open. */
export function openCard(): { text: string; box: { left: number; top: number; width: number; height: number }; claims: number; thenNow: number } | null {
  const host = document.querySelector('xev-card') as HTMLElement | null;
  if (!host || !host.matches(':popover-open') || !host.shadowRoot) return null;
  const r = host.getBoundingClientRect();
  return {
    text: host.shadowRoot.textContent ?? '',
    box: { left: r.left, top: r.top, width: r.width, height: r.height },
    claims: host.shadowRoot.querySelectorAll('[data-testid^="claim-"]').length,
    thenNow: host.shadowRoot.querySelectorAll('[data-testid^="thennow-"]').length,
  };
}

/** Runs in the page: a snapshot of what the page itself owns (our card lives outside <body>). */
export function pageSnapshot(): { head: string; body: string; text: string } {
  return { head: document.head.innerHTML, body: document.body.innerHTML, text: document.body.innerText };
}

export function boxesOverlap(a: { left: number; top: number; width: number; height: number }, b: { left: number; top: number; width: number; height: number }): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
