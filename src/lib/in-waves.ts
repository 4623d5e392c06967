/**
 * Starts `load` on each item in waves of the given sizes, the last wave taking the rest, each
 * wave once every load of the wave before has settled: what is needed first does not share the
 * connection and the CPU with what is needed later.
 */
export function inWaves<T, R>(items: readonly T[], sizes: readonly number[], load: (item: T) => Promise<R>): Promise<R>[] {
  const loads: Promise<R>[] = [];
  let before: Promise<unknown> = Promise.resolve();
  let start = 0;
  for (const size of [...sizes, items.length]) {
    if (start >= items.length) break;
    const previous = before;
    const wave = items.slice(start, start + size).map((item) => previous.then(() => load(item)));
    loads.push(...wave);
    before = Promise.allSettled(wave);
    start += size;
  }
  return loads;
}
