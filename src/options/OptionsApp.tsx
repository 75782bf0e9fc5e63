import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, HOVER_DELAY, type HighlightStyle, type Settings, type SiteMode } from '../settings/schema';
import { useI18n } from '../ui/i18n';
import type { OptionsApi } from './api';
import { FeedSection } from './FeedSection';
import { SiteList } from './SiteList';
import { EXPORT_FILE_NAME, download, exportText, readImport } from './transfer';

type Notice = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

/**
 * The options page: every setting, site lists, export / import / reset, and the update feed. Each change is
 * saved at once through the background, which validates it; the open tabs follow without a reload.
 */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    api.get().then(setSettings, () => setNotice({ kind: 'error', text: t('loadError') }));
    return api.onChanged?.(setSettings);
  }, [api]);

  /** Saves `next`; on refusal shows the errors and keeps what is stored. */
  const save = async (next: unknown, okText = t('optSaved'), errorText = t('optSaveFailed')): Promise<boolean> => {
    const result = await api.save(next).catch((err: unknown) => ({ ok: false as const, errors: [String(err)] }));
    if (result.ok) {
      setSettings(result.settings);
      setNotice({ kind: 'ok', text: okText });
      return true;
    }
    setNotice({ kind: 'error', text: errorText, details: result.errors });
    return false;
  };

  if (!settings) {
    return (
      <main class="xev-opt">
        <h1 class="xev-opt-title">{t('optionsTitle')}</h1>
        <p class="xev-status" role={notice ? 'alert' : 'status'}>{notice?.text ?? t('loading')}</p>
      </main>
    );
  }

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => void save({ ...settings, [key]: value });

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after fixing it
    if (!file) return;
    const read = readImport(await file.text());
    if (!read.ok) {
      setNotice({ kind: 'error', text: t('optImportNotJson') });
      return;
    }
    await save(read.value, t('optImported'), t('optImportInvalid'));
  };

  const listed = settings.siteMode === 'all';
  return (
    <main class="xev-opt">
      <h1 class="xev-opt-title">{t('optionsTitle')}</h1>

      <div class="xev-opt-notice" aria-live="polite" data-testid="notice" data-kind={notice?.kind ?? ''}>
        {notice && (
          <div class={`xev-notice xev-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined}>
            <p>{notice.text}</p>
            {notice.details && (
              <ul class="xev-opt-errors">
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <section class="xev-opt-section" aria-labelledby="sec-general">
        <h2 id="sec-general" class="xev-opt-head">{t('sectionGeneral')}</h2>
        <label class="xev-check">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => set('enabled', (e.currentTarget as HTMLInputElement).checked)} data-testid="opt-enabled" />
          {t('optEnabled')}
        </label>
        <fieldset class="xev-fieldset">
          <legend>{t('optSiteMode')}</legend>
          {(
            [
              ['all', 'optSiteModeAll'],
              ['allow-list', 'optSiteModeAllow'],
            ] as [SiteMode, string][]
          ).map(([mode, key]) => (
            <label class="xev-check" key={mode}>
              <input type="radio" name="siteMode" value={mode} checked={settings.siteMode === mode} onChange={() => set('siteMode', mode)} data-testid={`opt-mode-${mode}`} />
              {t(key)}
            </label>
          ))}
        </fieldset>
        {listed ? (
          <SiteList id="disabled-sites" title={t('optDisabledSites')} sites={settings.disabledSites} onChange={(v) => set('disabledSites', v)} />
        ) : (
          <SiteList id="allowed-sites" title={t('optAllowedSites')} sites={settings.allowedSites} onChange={(v) => set('allowedSites', v)} />
        )}
      </section>

      <section class="xev-opt-section" aria-labelledby="sec-looks">
        <h2 id="sec-looks" class="xev-opt-head">{t('sectionLooks')}</h2>
        <fieldset class="xev-fieldset">
          <legend>{t('optHighlightStyle')}</legend>
          {(
            [
              ['underline', 'optStyleUnderline'],
              ['background', 'optStyleBackground'],
              ['none', 'optStyleNone'],
            ] as [HighlightStyle, string][]
          ).map(([style, key]) => (
            <label class="xev-check" key={style}>
              <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => set('highlightStyle', style)} data-testid={`opt-style-${style}`} />
              <span class={`xev-sample xev-sample--${style}`}>{t(key)}</span>
            </label>
          ))}
        </fieldset>
        <div class="xev-row">
          <label for="hover-delay">{t('optHoverDelay')}</label>
          <input
            id="hover-delay"
            type="range"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={50}
            value={settings.hoverDelayMs}
            aria-valuetext={t('optHoverDelayValue', String(settings.hoverDelayMs))}
            onChange={(e) => set('hoverDelayMs', Number((e.currentTarget as HTMLInputElement).value))}
            data-testid="opt-delay"
          />
          <output for="hover-delay">{t('optHoverDelayValue', String(settings.hoverDelayMs))}</output>
        </div>
        <label class="xev-check">
          <input type="checkbox" checked={settings.hoverRequiresAlt} onChange={(e) => set('hoverRequiresAlt', (e.currentTarget as HTMLInputElement).checked)} data-testid="opt-alt" />
          {t('optHoverAlt')}
        </label>
        <label class="xev-check">
          <input type="checkbox" checked={settings.showBadge} onChange={(e) => set('showBadge', (e.currentTarget as HTMLInputElement).checked)} data-testid="opt-badge" />
          {t('optShowBadge')}
        </label>
      </section>

      <FeedSection api={api} feedUrl={settings.feedUrl} saveUrl={(url) => save({ ...settings, feedUrl: url })} />

      <section class="xev-opt-section" aria-labelledby="sec-backup">
        <h2 id="sec-backup" class="xev-opt-head">{t('sectionBackup')}</h2>
        <div class="xev-row">
          <button type="button" class="xev-button" onClick={() => download(exportText(settings), EXPORT_FILE_NAME)} data-testid="opt-export">
            {t('optExport')}
          </button>
          <label class="xev-button xev-file">
            {t('optImport')}
            <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} data-testid="opt-import" />
          </label>
          <button type="button" class="xev-button" onClick={() => void save(defaultSettings(), t('optResetDone'))} data-testid="opt-reset">
            {t('optReset')}
          </button>
        </div>
      </section>
    </main>
  );
}
