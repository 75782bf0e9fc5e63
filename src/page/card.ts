/**
 * Entry of card.js, injected by the background into a frame once the pre-check finds candidate text there:
 * the full matcher, the Preact hover card, the publication-date extractor and claim spotting. See extras-contract.ts for why it is separate.
 */
import './card-start-mark';
import { h } from 'preact';
import { HoverCardView } from '../ui/HoverCardView';
import { I18nContext } from '../ui/i18n';
import { t, uiLang } from '../platform/page-runtime';
import { CardHost } from './card-host';
import { publishedDate } from './published';
import { claimsIn } from './claims';
import { provideExtras, type PageExtras } from './extras-contract';
import { HoverController } from './hover';
import { findMentions } from '../lib/detect';
import { pageContext } from './page-context';
import { benchMark } from './bench-marks';

const host = new CardHost();

const i18n = { t, lang: uiLang() };

const card: PageExtras['card'] = {
  get element() {
    return host.element;
  },
  get isOpen() {
    return host.isOpen;
  },
  place: (place) => host.place(place),
  hide: () => host.hide(),
  focus: () => host.focus(),
  blur: () => host.blur(),
  destroy: () => host.destroy(),
  show(summary, fullCardHref, openFull, onClose, place) {
    host.show(h(I18nContext.Provider, { value: i18n }, h(HoverCardView, { summary, fullCardHref, onClose })), place);
    host.onLinkTo(fullCardHref, openFull);
  },
};

provideExtras({
  card,
  publishedDate: () => {
    try {
      return publishedDate(document, location.href);
    } catch {
      return null; // a hostile page's markup must not break the card
    }
  },
  claimsIn,
  // A bare "SU7" in a short paragraph counts when the page's title or headline is about Xiaomi or cars.
  findMentions: (text) => findMentions(text, { context: pageContext() }),
  createHover: (options) => new HoverController({ ...options, card }),
});

// Make the matcher ready now, in card.js's own task, rather than inside the first 8 ms scan slice: its automata are
// read from the build's tables (detect/table-automaton.ts), but its first match still runs cold code and builds the
// anchors' trie (bench phase "matcher compile": 0.8-1.2 ms in Chromium, 2-4 ms in Firefox; counted in our scan's time).
benchMark('card.js-compile');
findMentions('Xiaomi SU7');
benchMark('card.js-end');
