import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BUSINESS } from '../data/queries';
import type { EntityId } from '../data/types';
import { formatMonth, plural } from '../ui/format';
import { fullCardSearch, type FullCardParams } from '../ui/fullCardLink';
import { useI18n, type I18n } from '../ui/i18n';
import { pick } from '../ui/text';
import { AsOf } from './AsOf';
import { EntityTabs, tabId } from './EntityTabs';
import { EntityView } from './EntityView';
import type { Loader, PopupData } from './load';
import { defaultEntity, findEntity, mentionGroups } from './model';
import { useData } from './useData';
import type { PopupControls } from './controls';
import { SiteControls, isActive } from './SiteControls';
import type { SiteStatus } from '../messages';

export interface AppProps {
  /** Set when the page was opened as the full fact card (`popup.html?entity=…`), null for the toolbar popup. */
  route: FullCardParams | null;
  load: Loader;
  /** The toolbar popup's switches and "Go to" buttons; absent on the full card page and in some tests. */
  controls?: PopupControls;
  /** Data the entry point fetched before the first render, so the first paint already shows the card. */
  initial?: PopupData;
}

const PANEL_ID = 'xev-panel';

export function App({ route, load, controls, initial }: AppProps) {
  const { t } = useI18n();
  // Bumped to load the tab's state again after the extension was switched back on for it.
  const [generation, setGeneration] = useState(0);
  const state = useData(load, generation, initial);
  const mode = route ? 'full' : 'popup';
  return (
    <div class={`xev-root xev-app xev-app--${mode}`}>
      {state.status === 'ready' ? (
        route ? (
          <FullCard data={state.data} route={route} />
        ) : (
          <Popup data={state.data} controls={controls} reload={() => setGeneration((g) => g + 1)} />
        )
      ) : (
        <>
          <Header />
          <main class="xev-app-main">
            <p class="xev-status" role={state.status === 'error' ? 'alert' : 'status'}>
              {t(state.status === 'error' ? 'loadError' : 'loading')}
            </p>
          </main>
        </>
      )}
    </div>
  );
}

function Header({ sub, children }: { sub?: string; children?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <header class="xev-app-head">
      <h1 class="xev-app-title">{t('extName')}</h1>
      {sub && <p class="xev-app-sub">{sub}</p>}
      {children}
    </header>
  );
}

/** "Article published Feb 2023" / "Publication date unknown", for the header. */
function publishedLine({ t, lang }: I18n, published: string | null): string {
  return published ? t('articlePublished', formatMonth(published, lang)) : t('publishedUnknown');
}

/** The toolbar popup: the tab's mentions by entity, the selected one's card and timeline. */
function Popup({ data, controls, reload }: { data: PopupData; controls?: PopupControls; reload: () => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [site, setSite] = useState<SiteStatus | null>(null);
  const { ds } = data;
  // Switched off for this page: its highlights are gone, so its old counts are not shown either.
  const report = isActive(site) ? data.report : null;
  const groups = mentionGroups(ds, report);
  const onSiteChange = (next: SiteStatus) => {
    setSite(next);
    // The page rescans when switched back on; its new report arrives a moment later.
    if (isActive(next)) setTimeout(reload, 600);
  };
  const [chosen, setChosen] = useState<EntityId | null>(null);
  const selected = chosen && groups.some((g) => g.entity.id === chosen) ? chosen : defaultEntity(groups);
  const entity = findEntity(ds, selected) ?? findEntity(ds, BUSINESS);
  const published = report?.published?.date ?? null;
  const claimIds = report?.claims ?? [];
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const sub =
    total > 0
      ? t('pageSummary', [plural(t, lang, 'mentionCount', total), publishedLine(i18n, published)])
      : t('noMentions');

  return (
    <>
      <Header sub={sub}>
        {controls && <SiteControls controls={controls} onChange={onSiteChange} />}
        {groups.length > 0 && <EntityTabs groups={groups} selected={selected} onSelect={setChosen} panelId={PANEL_ID} />}
        {controls && entity && groups.some((g) => g.entity.id === entity.id) && (
          <button type="button" class="xev-button xev-goto" data-testid="goto-mention" onClick={() => void controls.goTo(entity.id)}>
            {t('goToMention', entity.short)}
          </button>
        )}
      </Header>
      {/* `main` stays a landmark; the tab panel is a plain element inside it (a landmark may not be a tabpanel). */}
      <main class="xev-app-main">
        <div id={PANEL_ID} {...(groups.length > 0 ? { role: 'tabpanel', 'aria-labelledby': tabId(selected) } : {})}>
          {report?.throttled && (
            <p class="xev-notice" data-testid="throttled-notice">
              {t('pageChangesOften')}
            </p>
          )}
          {groups.length === 0 && <p class="xev-notice">{t('overviewNotice')}</p>}
          {entity ? (
            <EntityView ds={ds} entity={entity} published={published} claimIds={claimIds} />
          ) : (
            <p class="xev-status">{t('loadError')}</p>
          )}
        </div>
      </main>
      <footer class="xev-app-foot">
        <AsOf date={ds.asOf} />
        {controls && (
          <button type="button" class="xev-linkbutton" data-testid="open-options" onClick={() => controls.openOptions()}>
            {t('openOptions')}
          </button>
        )}
        {entity && (
          <a
            href={`popup.html${fullCardSearch({ entity: entity.id, published, claims: claimIds })}`}
            target="_blank"
            rel="noopener"
            data-testid="open-full-card"
          >
            {t('openInTab')}
          </a>
        )}
      </footer>
    </>
  );
}

/** The full fact card page opened from the hover card: one entity, wide layout, everything from the URL. */
function FullCard({ data, route }: { data: PopupData; route: FullCardParams }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { ds } = data;
  const requested = findEntity(ds, route.entity);
  const entity = requested ?? findEntity(ds, BUSINESS);
  const sub = publishedLine(i18n, route.published);
  useEffect(() => {
    if (entity) document.title = `${pick(entity.name, lang)} — ${t('extName')}`;
  }, [entity, lang, t]);

  return (
    <>
      <Header sub={sub} />
      <main class="xev-app-main">
        {!requested && <p class="xev-notice">{t('unknownEntity')}</p>}
        {entity && <EntityView ds={ds} entity={entity} published={route.published} claimIds={route.claims} />}
      </main>
      <footer class="xev-app-foot">
        <AsOf date={ds.asOf} />
      </footer>
    </>
  );
}
