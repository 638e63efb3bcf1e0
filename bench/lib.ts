/** Benchmark helpers: every figure is a median (or p95) over repeated runs after warm-up. */
import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target as text, e.g. `≤ 15`. */
  target: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[idx]!;
}

/** Time `fn` `runs` times after `warmup` untimed runs; returns every sample in ms. */
export async function sample(fn: () => unknown | Promise<unknown>, runs = 20, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
