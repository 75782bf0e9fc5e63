/** Spots the dataset's checked claims in the page's text, from the phrases the background sends. */
import { claimIdsIn } from '../data/queries';

export function claimsIn(text: string, phrases: Record<string, string[]>): string[] {
  return claimIdsIn(Object.entries(phrases).map(([id, match]) => ({ id, match })), text);
}
