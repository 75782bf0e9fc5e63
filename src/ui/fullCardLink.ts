/**
 * The contract between the hover card's "Open the full fact card" link and the page that serves it:
 * `popup.html?entity=su7&published=2023-02-06T09:30:00%2B01:00&claims=id1,id2`. Shared here so the content
 * script (which builds it) and the popup (which reads it) cannot drift apart.
 */
import type { EntityId } from '../data/types';

export interface FullCardParams {
  entity: EntityId;
  /** ISO date or date-time of the article, or null when unknown. */
  published: string | null;
  claims: string[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** ISO 8601 as our date extraction writes it: a year, a month, a day, optionally a time and zone. */
const ISO = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The query string (with its `?`), to append to `runtime.getURL('popup.html')`. */
export function fullCardSearch({ entity, published, claims }: FullCardParams): string {
  const params = new URLSearchParams({ entity });
  if (published) params.set('published', published);
  if (claims.length > 0) params.set('claims', claims.join(','));
  return `?${params.toString()}`;
}

/** The parameters of a full-card URL, or null when the page was opened as the toolbar popup (no entity). */
export function parseFullCardSearch(search: string): FullCardParams | null {
  const params = new URLSearchParams(search);
  const entity = params.get('entity');
  // Anyone can open this URL with any query: keep only well-formed values, ignore the rest.
  if (!entity || !ID.test(entity)) return null;
  // A literal `+01:00` in a hand-written URL reaches us as a space (form encoding); a space is never valid here.
  const published = params.get('published')?.replace(/ /g, '+') ?? null;
  const claims = (params.get('claims') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => ID.test(id));
  return { entity, published: published && ISO.test(published) ? published : null, claims };
}
