/** The floor of issue 5: a bare SHOW_TEXT TreeWalker over the body, reading every text node's data. */
export function floorWalk(): { ms: number; nodes: number; chars: number } {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    nodes++;
    chars += (n as Text).data.length;
  }
  return { ms: performance.now() - t0, nodes, chars };
}
