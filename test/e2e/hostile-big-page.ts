/**
 * A page with more than 200,000 DOM nodes (25,000 paragraphs of 8 nodes) and 10 mentions spread through it.
 * Its scripts watch for long tasks (Chromium: Long Tasks and Long Animation Frames with script attribution)
 * and, in every browser, for gaps between the page's own tasks once it has been parsed and laid out: the page
 * is idle then, so a gap is someone else's work, ours.
 */
export function bigPage(paragraphs = 25_000, mentions = 10): string {
  const every = Math.floor(paragraphs / mentions);
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const lead = i % every === every / 2 ? 'The Xiaomi SU7 again' : `Paragraph ${i}`;
    parts.push(`<p>${lead} with <b>bold</b> words and <i>more</i> text.</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>200k nodes</title>
<script>
window.__perf = { long: [], ours: [], gaps: [] };
try {
  new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { __perf.long.push(Math.round(e.duration)); }); }).observe({ type: 'longtask' });
} catch (e) {}
try {
  new PerformanceObserver(function (l) {
    l.getEntries().forEach(function (e) {
      (e.scripts || []).forEach(function (s) {
        if (/^(chrome|moz)-extension:/.test(s.sourceURL || '')) __perf.ours.push({ dur: Math.round(s.duration), url: s.sourceURL, invoker: s.invoker });
      });
    });
  }).observe({ type: 'long-animation-frame' });
} catch (e) {}
</script></head><body>
${parts.join('\n')}
<script>
document.body.offsetHeight; // layout now, so later gaps are not the page's own first layout
(function () {
  var ch = new MessageChannel();
  var last = performance.now();
  var until = last + 20000;
  ch.port1.onmessage = function () {
    var now = performance.now();
    if (now - last > 50) __perf.gaps.push({ at: Math.round(now), gap: Math.round(now - last) });
    last = now;
    if (now < until) setTimeout(function () { ch.port2.postMessage(0); }, 0);
  };
  ch.port2.postMessage(0);
})();
</script>
</body></html>`;
}
