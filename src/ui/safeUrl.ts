/**
 * The only URLs we turn into links: absolute `https:` ones. The dataset is checked when loaded, but a feed
 * can be wrong or hostile, and a `javascript:` or `data:` href would run in our extension's origin.
 */
export function safeHttpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
