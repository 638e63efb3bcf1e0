/**
 * Read many files with a few in flight at once: one at a time, each read waits on the disk (and the
 * thread pool) before the next starts; 10,000 meeting files take about three times longer so.
 */
export const READS_IN_FLIGHT = 8;

/** `fn` over every item, at most `inFlight` at once; results in the items' order. */
export async function mapInPool<T, R>(
  items: readonly T[],
  fn: (item: T) => Promise<R>,
  inFlight = READS_IN_FLIGHT,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  return out;
}
