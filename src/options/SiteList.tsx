import { useState } from 'preact/hooks';
import { normalizeSite } from '../settings/sites';
import { useI18n } from '../ui/i18n';

export interface SiteListProps {
  id: string;
  title: string;
  sites: readonly string[];
  onChange: (sites: string[]) => void;
}

/** An editable list of sites: add by typing a name or pasting a URL (reduced to its site), remove per item. */
export function SiteList({ id, title, sites, onChange }: SiteListProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) return;
    const site = normalizeSite(draft);
    if (!site) {
      setError(t('optSiteInvalid', draft.trim()));
      return;
    }
    setError('');
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site]);
  };

  return (
    <div class="xev-sitelist" data-testid={id}>
      <h3 class="xev-opt-subhead" id={`${id}-title`}>{title}</h3>
      {sites.length === 0 ? (
        <p class="xev-empty">{t('optSitesEmpty')}</p>
      ) : (
        <ul aria-labelledby={`${id}-title`}>
          {sites.map((site) => (
            <li key={site} class="xev-site-item">
              <span>{site}</span>
              <button type="button" class="xev-button" aria-label={t('optSiteRemove', site)} onClick={() => onChange(sites.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="xev-row" onSubmit={add}>
        <label class="xev-sr" for={`${id}-new`}>{t('optSiteNew')}</label>
        <input
          id={`${id}-new`}
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          data-testid={`${id}-input`}
        />
        <button type="submit" class="xev-button" data-testid={`${id}-add`}>{t('optSiteAdd')}</button>
      </form>
      {error && (
        <p class="xev-error" id={`${id}-error`} role="alert">{error}</p>
      )}
    </div>
  );
}
