/** Spots the dataset's checked claims in the page's text, from phrases the background sends. */

/** Case and spacing folded the way claim phrases are written (lower case, single plain spaces). */
export function foldForClaims(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u202f\u2009]+/g, ' ');
}

export function claimsIn(text: string, phrases: Record<string, string[]>): string[] {
  const folded = foldForClaims(text);
  return Object.keys(phrases).filter((id) => phrases[id]!.some((p) => folded.includes(foldForClaims(p))));
}
