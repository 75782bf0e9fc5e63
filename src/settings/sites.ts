/**
 * Site names for per-site control: what the user types or the popup takes from a tab's URL, reduced to a
 * host name, and the rule that decides whether the extension runs on a page. Pure; shared by the background
 * (the only place the rule is applied, so every frame of a tab follows its top-level site) and the options page.
 */
import type { HighlightStyle, Settings } from './schema';

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * "https://www.Example.com/news?x" → "example.com"; "*.example.com" → "example.com". `www.` is dropped
 * because readers mean the site, not the host; an entry covers its subdomains. Null for anything that is
 * not a host name or an IP address.
 */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s || s.length > 300) return null;
  if (s.startsWith('*.')) s = s.slice(2);
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    const url = new URL(s);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname; // punycode for international names, brackets for IPv6
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (host.startsWith('www.') && host.split('.').length > 2) host = host.slice(4);
  return HOST.test(host) || IPV6.test(host) ? host : null;
}

/** The site of a page URL, or null for pages that are not http(s) (the browser's own pages, files). */
export function siteOf(pageUrl: string | undefined): string | null {
  if (!pageUrl || !/^https?:/i.test(pageUrl)) return null;
  return normalizeSite(pageUrl);
}

/** `host` is `entry` or one of its subdomains. */
export function coveredBy(host: string, entry: string): boolean {
  return host === entry || host.endsWith(`.${entry}`);
}

/** Does the extension run on this site (ignoring the global switch)? */
export function siteEnabled(settings: Settings, site: string | null): boolean {
  if (!site) return false;
  if (settings.siteMode === 'allow-list') return settings.allowedSites.some((e) => coveredBy(site, e));
  return !settings.disabledSites.some((e) => coveredBy(site, e));
}

/**
 * Turns the extension on or off for one site, in the list the current mode uses. Turning a site off in
 * 'all' mode adds it to `disabledSites`; turning it on removes every entry that covers it (else a parent
 * domain's entry would keep it off). In 'allow-list' mode the reverse.
 */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const next = { ...settings, disabledSites: [...settings.disabledSites], allowedSites: [...settings.allowedSites] };
  if (settings.siteMode === 'all') {
    next.disabledSites = on ? next.disabledSites.filter((e) => !coveredBy(site, e)) : addSite(next.disabledSites, site);
  } else {
    next.allowedSites = on ? addSite(next.allowedSites, site) : next.allowedSites.filter((e) => !coveredBy(site, e));
  }
  return next;
}

function addSite(list: string[], site: string): string[] {
  return list.includes(site) ? list : [...list, site];
}

/** What one page's content script needs, computed by the background from the settings and the tab's URL. */
export interface PageSettings {
  on: boolean;
  /** Name of the CSS highlight to paint with; '' paints nothing (badge and popup still work). */
  highlight: string;
  /** Named as the hover controller's options, which the content script fills by spreading this object. */
  showDelayMs: number;
  requireAlt: boolean;
}

/** Highlight names per style; their looks are in src/page/highlight-css.ts. */
export const HIGHLIGHT_NAMES: Record<HighlightStyle, string> = {
  underline: 'xev-mention',
  background: 'xev-mention-bg',
  none: '',
};

export function pageSettings(settings: Settings, site: string | null): PageSettings {
  return {
    on: settings.enabled && siteEnabled(settings, site),
    highlight: HIGHLIGHT_NAMES[settings.highlightStyle],
    showDelayMs: settings.hoverDelayMs,
    requireAlt: settings.hoverRequiresAlt,
  };
}
