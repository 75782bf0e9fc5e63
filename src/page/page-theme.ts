/**
 * Whether the page under the card is clearly dark or clearly light, so the card matches the page rather than
 * the system setting (a dark news site read on a light system gets a dark card). Null when the page's
 * background is transparent or not a plain colour: the card then follows the system.
 */
export function themeOfColor(cssColor: string): 'dark' | 'light' | null {
  const m = /^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(cssColor.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const lin = (c: string) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
  return luminance < 0.2 ? 'dark' : 'light';
}

/** The body's background, else the root's: what a reader sees behind the text. */
export function pageTheme(doc: Document): 'dark' | 'light' | null {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const theme = themeOfColor(getComputedStyle(el).backgroundColor);
    if (theme) return theme;
  }
  return null;
}
