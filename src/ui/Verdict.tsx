import type { Claim } from '../data/types';
import { useI18n } from './i18n';

const KEYS: Record<Claim['verdict'], string> = {
  accurate: 'verdictAccurate',
  'partly-accurate': 'verdictPartlyAccurate',
  inaccurate: 'verdictInaccurate',
  unverified: 'verdictUnverified',
};

/** A claim's verdict as a word on a tinted chip: the colour helps, the word carries the meaning. */
export function Verdict({ verdict }: { verdict: Claim['verdict'] }) {
  const { t } = useI18n();
  return <span class={`xev-verdict xev-verdict--${verdict}`}>{t(KEYS[verdict])}</span>;
}
