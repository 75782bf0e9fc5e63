import { formatFuzzyDate } from '../data/dates';
import { useI18n } from '../ui/i18n';

/** The dataset's as-of date: how fresh "now" is on every card. */
export function AsOf({ date }: { date: string }) {
  const { t, lang } = useI18n();
  return (
    <span class="xev-asof" data-testid="as-of">
      {t('dataAsOf', formatFuzzyDate(date, lang))}
    </span>
  );
}
