import type { Claim } from '../data/types';
import { useI18n } from './i18n';
import { SourceList } from './SourceLink';
import { pick } from './text';
import { Verdict } from './Verdict';

/** Claims the article makes, each with its verdict; `compact` (hover card) drops explanation and sources. */
export function ClaimList({ claims, compact = false }: { claims: readonly Claim[]; compact?: boolean }) {
  const { t, lang } = useI18n();
  if (claims.length === 0) return null;
  return (
    <section class="xev-claims" data-testid="claims">
      <h3 class="xev-section-title">{t('claimsHeading')}</h3>
      <ul class="xev-claim-list">
        {claims.map((claim) => (
          <li key={claim.id} class="xev-claim" data-testid={`claim-${claim.id}`}>
            <p class="xev-claim-text">
              <q>{pick(claim.claim, lang)}</q> <Verdict verdict={claim.verdict} />
            </p>
            {!compact && <p class="xev-claim-explanation">{pick(claim.explanation, lang)}</p>}
            {!compact && <SourceList sources={claim.sources} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
