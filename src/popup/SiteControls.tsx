import { useEffect, useState } from 'preact/hooks';
import type { SiteStatus } from '../messages';
import { useI18n } from '../ui/i18n';
import type { PopupControls } from './controls';

/**
 * The global switch and "Disable / Enable on this site". Changes apply at once to open tabs (the background
 * pushes them); `onChange` lets the popup refresh what it shows about the page.
 */
export function SiteControls({ controls, onChange }: { controls: PopupControls; onChange: (s: SiteStatus) => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    controls.siteStatus().then((s) => live && s && setStatus(s), () => undefined);
    return () => {
      live = false;
    };
  }, [controls]);

  const run = async (change: () => Promise<SiteStatus | null>) => {
    setBusy(true);
    try {
      const next = await change();
      if (next) {
        setStatus(next);
        onChange(next);
      }
    } finally {
      setBusy(false);
    }
  };

  if (!status) return null;
  const stateText = !status.enabled ? t('stateOffEverywhere') : status.site && !status.siteEnabled ? t('stateOffOnSite') : '';
  return (
    <div class="xev-site" data-testid="site-controls">
      <label class="xev-switch">
        <input
          type="checkbox"
          role="switch"
          checked={status.enabled}
          disabled={busy}
          data-testid="global-toggle"
          onChange={(e) => void run(() => controls.setEnabled((e.currentTarget as HTMLInputElement).checked))}
        />
        {t('globalToggle')}
      </label>
      {status.site && (
        <button
          type="button"
          class="xev-button"
          disabled={busy}
          data-testid="site-toggle"
          onClick={() => void run(() => controls.setSiteEnabled(!status.siteEnabled))}
        >
          {status.siteEnabled ? t('disableOnSite', status.site) : t('enableOnSite', status.site)}
        </button>
      )}
      {stateText && (
        <p class="xev-site-state" role="status" data-testid="site-state">
          {stateText}
        </p>
      )}
    </div>
  );
}

/** True when the extension runs on the tab's page (unknown status counts as running). */
export const isActive = (s: SiteStatus | null) => !s || (s.enabled && (!s.site || s.siteEnabled));
