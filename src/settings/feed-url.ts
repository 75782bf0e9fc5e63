/**
 * Which update-feed URLs are allowed: https, so nobody on the network can read or replace what the extension
 * shows. Plain http only for the loopback host (localhost, 127.0.0.0/8, [::1]): that traffic never leaves the
 * computer, and it lets a maintainer serve a feed from their own machine and the end-to-end tests run against
 * a local server. No credentials in the URL (they would be sent with every check).
 */
export function isFeedUrlAllowed(input: string): boolean {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopback(url.hostname);
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
