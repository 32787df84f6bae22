// Small statistics for benchmark repeats. Medians (not means) because the machine is shared and noisy:
// one slow repeat caused by another process should not move the reported figure.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of an empty list');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function minMax(xs: readonly number[]): { min: number; max: number } {
  if (xs.length === 0) throw new Error('minMax of an empty list');
  return { min: Math.min(...xs), max: Math.max(...xs) };
}

/** MB/s with MB = 2^20 bytes, as in ../shared/design/perf-anchors.md. */
export function mbps(bytes: number, ms: number): number {
  return bytes / 1048576 / (ms / 1000);
}

/** Rotate a list so that repeat r starts at a different method: no method always runs first (cold) or last. */
export function rotate<T>(xs: readonly T[], r: number): T[] {
  if (xs.length === 0) return [];
  const k = ((r % xs.length) + xs.length) % xs.length;
  return [...xs.slice(k), ...xs.slice(0, k)];
}
