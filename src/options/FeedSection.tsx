import { useEffect, useState } from 'preact/hooks';
import { formatFuzzyDate } from '../data/dates';
import type { FeedReason, FeedStatus } from '../messages';
import { isFeedUrlAllowed } from '../settings/feed-url';
import { useI18n, type I18n } from '../ui/i18n';
import type { OptionsApi } from './api';

/** One `_locales` string per reason (message names cannot contain hyphens). */
export const REASON_KEYS: Record<FeedReason, string> = {
  accepted: 'feedReasonAccepted',
  'not-newer': 'feedReasonNotNewer',
  'http-error': 'feedReasonHttpError',
  timeout: 'feedReasonTimeout',
  'too-large': 'feedReasonTooLarge',
  network: 'feedReasonNetwork',
  'not-json': 'feedReasonNotJson',
  invalid: 'feedReasonInvalid',
  'bad-url': 'feedReasonBadUrl',
  'no-url': 'feedReasonNoUrl',
};

function lastCheckLine({ t, lang }: I18n, status: FeedStatus): string {
  if (!status.checkedAt || !status.reason) return t('feedNever');
  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(status.checkedAt));
  return t('feedLastCheck', [time, t(REASON_KEYS[status.reason])]);
}

export interface FeedSectionProps {
  api: OptionsApi;
  feedUrl: string;
  /** Saves the URL; resolves false when it was refused (the page shows why). */
  saveUrl: (url: string) => Promise<boolean>;
}

/** The update feed (issue 4): its address, "check now", the data in use and the last check's result. */
export function FeedSection({ api, feedUrl, saveUrl }: FeedSectionProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [draft, setDraft] = useState(feedUrl);
  const [invalid, setInvalid] = useState(false);
  const [status, setStatus] = useState<FeedStatus | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => setDraft(feedUrl), [feedUrl]);
  useEffect(() => {
    api.feedStatus().then(setStatus, () => undefined);
  }, [api]);

  const save = async (e: Event) => {
    e.preventDefault();
    const url = draft.trim();
    if (url && !isFeedUrlAllowed(url)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    // A new address is checked at once, so the user sees whether it works.
    if ((await saveUrl(url)) && url) await check();
  };

  const check = async () => {
    setChecking(true);
    try {
      setStatus(await api.checkFeed());
    } finally {
      setChecking(false);
    }
  };

  return (
    <section class="xev-opt-section" aria-labelledby="sec-feed">
      <h2 id="sec-feed" class="xev-opt-head">{t('sectionFeed')}</h2>
      <p class="xev-opt-note">{t('optFeedIntro')}</p>
      <form class="xev-row" onSubmit={save}>
        <label for="feed-url">{t('optFeedUrl')}</label>
        <input
          id="feed-url"
          type="url"
          class="xev-grow"
          autocomplete="off"
          spellcheck={false}
          placeholder="https://"
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'feed-url-error' : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          data-testid="feed-url"
        />
        <button type="submit" class="xev-button" data-testid="feed-save">{t('optFeedSave')}</button>
      </form>
      {invalid && (
        <p class="xev-error" id="feed-url-error" role="alert">{t('optFeedInvalidUrl')}</p>
      )}
      <div class="xev-row">
        <button type="button" class="xev-button" disabled={checking || !feedUrl} onClick={() => void check()} data-testid="feed-check">
          {checking ? t('optFeedChecking') : t('optFeedCheck')}
        </button>
      </div>
      {status && (
        <div class="xev-feed-status" role="status" data-testid="feed-status">
          <p data-testid="feed-current">
            {t(status.current.from === 'feed' ? 'feedCurrentFeed' : 'feedCurrentBundled', [
              String(status.current.version),
              formatFuzzyDate(status.current.asOf, lang),
            ])}
          </p>
          <p data-testid="feed-result" data-reason={status.reason ?? ''} data-url={status.url}>
            {lastCheckLine(i18n, status)}
            {status.detail && <span class="xev-opt-detail"> ({status.detail})</span>}
          </p>
        </div>
      )}
    </section>
  );
}
