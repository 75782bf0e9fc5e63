/**
 * The full fact card opens from a link in the hover card, whose query a page could forge: only the known
 * parameters, in their expected shapes, reach the extension page.
 */
const ENTITY = /^[a-z0-9-]{1,32}$/;
const DATE = /^\d{4}-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?$/;
const CLAIMS = /^[a-z0-9-]{1,64}(,[a-z0-9-]{1,64}){0,19}$/;

export function fullCardUrl(pageUrl: string, query: string): string | null {
  const input = new URLSearchParams(query);
  const out = new URLSearchParams();
  const entity = input.get('entity');
  if (!entity || !ENTITY.test(entity)) return null;
  out.set('entity', entity);
  const published = input.get('published');
  if (published && DATE.test(published)) out.set('published', published);
  const claims = input.get('claims');
  if (claims && CLAIMS.test(claims)) out.set('claims', claims);
  return `${pageUrl}?${out}`;
}
