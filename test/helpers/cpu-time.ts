/**
 * CPU time spent by this process while `work` runs, in milliseconds. Budget checks in the tests ("finishes well
 * inside N seconds", guarding against a pattern that rescans its input) use this rather than the wall clock: on a
 * loaded 2-core CI machine the wall clock also counts the time other processes held the cores (a 0.7 s import was
 * measured at 12 s of wall time under load), while the CPU time stays what the code itself costs.
 */
export async function cpuMs<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

/** The same for synchronous work. */
export function cpuMsSync<T>(work: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}
