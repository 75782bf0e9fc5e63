/**
 * Phase marks for the benchmarks (test/bench/README.md). `node build.mjs --bench` defines __XEV_BENCH__ as true,
 * and each mark then records [label, performance.now()] in the content-script world, where the bench probe reads
 * them. Every other build defines it false: the function body folds away and a mark costs an empty call.
 */
declare const __XEV_BENCH__: boolean | undefined;

export function benchMark(label: string): void {
  if (typeof __XEV_BENCH__ !== 'undefined' && __XEV_BENCH__) {
    ((globalThis as { __xevBenchMarks?: Array<[string, number]> }).__xevBenchMarks ??= []).push([label, performance.now()]);
  }
}
