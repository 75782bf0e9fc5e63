import type { Source } from '../data/types';
import { formatFuzzyDate } from '../data/dates';
import { useI18n } from './i18n';
import { safeHttpsUrl } from './safeUrl';

/**
 * One source: the outlet's name as a link (new tab, no opener, no referrer: the reader's page stays private)
 * and the date the source was published. A source whose URL is not https is shown as plain text.
 */
export function SourceLink({ source }: { source: Source }) {
  const { t, lang } = useI18n();
  const href = safeHttpsUrl(source.url);
  const date = formatFuzzyDate(source.published, lang);
  return (
    <span class="xev-source">
      {href ? (
        <a class="xev-source-link" data-testid="source-link" href={href} target="_blank" rel="noopener noreferrer">
          {source.outlet}
          <span class="xev-sr"> {t('opensInNewTab')}</span>
        </a>
      ) : (
        <span class="xev-source-name">{source.outlet}</span>
      )}
      <span class="xev-source-date">
        {' · '}
        <time dateTime={source.published}>{date}</time>
      </span>
    </span>
  );
}

/** Several sources on one line, separated for screen readers too (a list, not run-on text). */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <ul class="xev-sources" aria-label={t('sourcesLabel')}>
      {sources.map((source) => (
        <li key={source.url}>
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}
