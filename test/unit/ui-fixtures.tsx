/**
 * Shared by the ui*.test.tsx files: a small fake dataset, a `t` that reads our real `_locales` files the way
 * `browser.i18n.getMessage` does, and a render helper. Tests need a DOM: use `// @vitest-environment jsdom`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import type { Dataset, Lang, Source } from '../../src/data/types';
import { I18nContext, type Translate } from '../../src/ui/i18n';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../src/_locales');

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function readLocale(dir: string): Record<string, Message> {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, dir, 'messages.json'), 'utf8')) as Record<string, Message>;
}

const LOCALE_DIR: Record<Lang, string> = { en: 'en', fr: 'fr', es: 'es', de: 'de', zh: 'zh_CN' };

/**
 * `getMessage` as Chrome implements it for our files: `$NAME$` → the placeholder's content, whose `$1`…`$9`
 * are the substitutions; `$$` is a literal dollar. Unlike the real one it throws on an unknown key, so a
 * component asking for a string we forgot fails its test instead of showing the key.
 */
export function makeT(lang: Lang): Translate {
  const messages = readLocale(LOCALE_DIR[lang]);
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message "${key}" in ${lang}`);
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return content.replace(/\$([1-9])/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
      })
      .replace(/\$\$/g, '$');
  };
}

/** Renders into a fresh container in the jsdom document, inside the i18n provider; returns the container. */
export function renderUi(node: ComponentChildren, lang: Lang = 'en'): HTMLElement {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  act(() => {
    render(<I18nContext.Provider value={{ t: makeT(lang), lang }}>{node}</I18nContext.Provider>, container);
  });
  return container;
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

const src = (n: number, published = '2024-03-28'): Source => ({
  url: `https://news.example/${n}`,
  outlet: `Outlet ${n}`,
  published,
});

/** The article of the demo page: published 6 February 2023, 09:30 in Paris. */
export const PUBLISHED = '2023-02-06T09:30:00+01:00';

export const DS: Dataset = {
  version: 1,
  asOf: '2026-01-15',
  entities: [
    {
      id: 'xiaomi-ev',
      name: { en: 'Xiaomi EV', fr: 'Xiaomi EV' },
      tagline: { en: "Xiaomi's car business.", fr: "L'activité automobile de Xiaomi." },
      short: 'Xiaomi EV',
    },
    {
      id: 'su7',
      name: { en: 'Xiaomi SU7 — codename MS11', fr: 'Xiaomi SU7 — nom de code MS11' },
      tagline: { en: "Xiaomi's first electric sedan.", fr: 'La première berline électrique de Xiaomi.' },
      short: 'SU7',
    },
    {
      id: 'yu7',
      name: { en: 'Xiaomi YU7', fr: 'Xiaomi YU7' },
      tagline: { en: "Xiaomi's electric SUV.", fr: 'Le SUV électrique de Xiaomi.' },
      short: 'YU7',
    },
  ],
  events: [
    {
      id: 'announce', date: '2021-03-30', precision: 'day', entity: 'xiaomi-ev', verification: 'verified',
      title: { en: 'Xiaomi announces its car business', fr: 'Xiaomi annonce son activité automobile' },
      summary: { en: 'Ten billion dollars over ten years.', fr: 'Dix milliards de dollars sur dix ans.' },
      sources: [src(1, '2021-03-30')],
    },
    {
      id: 'ms11', date: '2023-02', precision: 'month', entity: 'su7', verification: 'verified',
      title: { en: 'MS11 test car spotted', fr: 'Un prototype MS11 aperçu' },
      summary: { en: 'Spy shots of the codename MS11.', fr: 'Photos volées du nom de code MS11.' },
      sources: [src(2, '2023-02-20')],
    },
    {
      id: 'unveil', date: '2023-12-28', precision: 'day', entity: 'su7', verification: 'single-source',
      title: { en: 'SU7 unveiled', fr: 'La SU7 dévoilée' },
      summary: { en: 'Technology launch event.', fr: 'Présentation technique.' },
      sources: [src(3, '2023-12-28')],
    },
    {
      id: 'launch', date: '2024-03-28', precision: 'day', entity: 'su7', verification: 'verified',
      title: { en: 'SU7 launched', fr: 'La SU7 lancée' },
      summary: { en: 'Prices announced; orders open.', fr: 'Prix annoncés ; commandes ouvertes.' },
      figures: ['215,900 yuan'],
      sources: [src(4), src(5)],
    },
    {
      id: 'deliveries', date: '2024-Q2', precision: 'quarter', entity: 'su7', verification: 'verified',
      title: { en: 'Deliveries ramp up', fr: 'Les livraisons montent en cadence' },
      summary: { en: 'Over 10,000 a month.', fr: 'Plus de 10 000 par mois.' },
      sources: [src(6, '2024-07-01')],
    },
    {
      id: 'yu7-launch', date: '2025-06-26', precision: 'day', entity: 'yu7', verification: 'verified',
      title: { en: 'YU7 launched', fr: 'Le YU7 lancé' },
      summary: { en: 'The SUV goes on sale.', fr: 'Le SUV est mis en vente.' },
      sources: [src(7, '2025-06-26')],
    },
  ],
  facts: [
    {
      id: 'su7-price', entity: 'su7', label: { en: 'Starting price', fr: 'Prix de départ' },
      points: [{ date: '2024-03-28', value: { en: '215,900 yuan', fr: '215 900 yuans' }, sources: [src(4)] }],
    },
    {
      id: 'su7-status', entity: 'su7', label: { en: 'Status', fr: 'Statut' },
      points: [
        { date: '2021-03', value: { en: 'In development', fr: 'En développement' }, sources: [src(1, '2021-03-30')] },
        { date: '2024-03-28', value: { en: 'On sale', fr: 'En vente' }, sources: [src(5)] },
      ],
    },
    {
      id: 'su7-codename', entity: 'su7', label: { en: 'Codename', fr: 'Nom de code' },
      points: [{ date: '2022', value: { en: 'MS11', fr: 'MS11' }, sources: [src(8, '2022-08-01')] }],
    },
  ],
  claims: [
    {
      id: 'price-300k', entity: 'su7', match: ['300 000 yuans'],
      claim: { en: 'It will cost over 300,000 yuan', fr: 'Elle coûtera plus de 300 000 yuans' },
      verdict: 'inaccurate',
      explanation: { en: 'It launched at 215,900 yuan.', fr: 'Elle a été lancée à 215 900 yuans.' },
      sources: [src(4)],
    },
  ],
};
