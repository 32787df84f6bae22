// Where import time goes: a V8 CPU profile (node:inspector) of the import, each sample's self time charged to the
// library whose file it is in (node_modules/<package>) or to our own code (src/, node: built-ins our code calls).
// V8's own buckets — (garbage collector), (program), (idle) — are charged to neither and reported apart. Built-in
// frames without a file (RegExp, TypedArray setters, TextDecoder ...) and Node's own modules (node:zlib, node:stream
// ...) are charged to the nearest caller in a file of ours or a library's, and the profiler's own inspector calls
// are left out.
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface TimeShares {
  /** ms of self time in our code (src/, and node: built-ins our code called). */
  ours: number;
  /** ms of self time per library package. */
  libraries: Record<string, number>;
  /** ms in V8's own buckets (GC, program, idle). */
  system: number;
  /** ours / (ours + libraries): the share of the import's own time spent outside the libraries. */
  outsideLibraryShare: number;
}

/** node_modules/@scope/name/... -> "@scope/name"; node_modules/name/... -> "name"; else null. */
export function packageOf(url: string): string | null {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return m ? m[1] : null;
}

const SYSTEM = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

type Category = { kind: 'ours' } | { kind: 'system' } | { kind: 'skip' } | { kind: 'lib'; name: string };

export function shares(profile: Profile): TimeShares {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, Category>();
  const categorize = (id: number): Category => {
    const known = memo.get(id);
    if (known) return known;
    // Iterative walk up to the first frame that decides (profiles can be deep).
    const path: number[] = [];
    let cur: number | undefined = id;
    let found: Category = { kind: 'ours' };
    while (cur !== undefined) {
      const hit = memo.get(cur);
      if (hit) {
        found = hit;
        break;
      }
      path.push(cur);
      const { functionName, url } = byId.get(cur)!.callFrame;
      if (url === 'node:inspector' || url.startsWith('node:internal/inspector')) {
        found = { kind: 'skip' };
        break;
      }
      const pkg = packageOf(url);
      if (pkg) {
        found = { kind: 'lib', name: pkg };
        break;
      }
      if (!url && SYSTEM.has(functionName)) {
        found = { kind: 'system' };
        break;
      }
      // A node: built-in (zlib under pdf.js's DecompressionStream, streams, timers) works for whoever called it:
      // keep walking up; with no library above it, it is our code's.
      if (url && !url.startsWith('node:')) break; // our file (src/...)
      cur = parent.get(cur);
    }
    for (const p of path) memo.set(p, found);
    return found;
  };
  const libraries: Record<string, number> = {};
  let ours = 0;
  let system = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    if (!byId.has(samples[i])) continue;
    const ms = (deltas[i] ?? 0) / 1000;
    const c = categorize(samples[i]);
    if (c.kind === 'lib') libraries[c.name] = (libraries[c.name] ?? 0) + ms;
    else if (c.kind === 'system') system += ms;
    else if (c.kind === 'ours') ours += ms;
  }
  const lib = Object.values(libraries).reduce((a, b) => a + b, 0);
  return { ours, libraries, system, outsideLibraryShare: ours + lib > 0 ? ours / (ours + lib) : 0 };
}

/** Runs `work` under the CPU profiler and returns where its time went. */
export async function profileShares(work: () => Promise<void>, samplingIntervalUs = 250): Promise<TimeShares> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
    await session.post('Profiler.start');
    await work();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    return shares(profile);
  } finally {
    session.disconnect();
  }
}
