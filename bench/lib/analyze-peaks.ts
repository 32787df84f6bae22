// How stable the engine bench's peak RSS is: runs bench/lib/analyze-child.ts (the measurement `analyze_peak_rss_mb`
// takes, same flags as bench/engine.bench.ts) K times one after another and prints each run's peak, then
// min / median / max. `node --import tsx bench/lib/analyze-peaks.ts N K [SRC]` (SRC: another checkout's `src`, for an
// A/B against a `git archive` of an older commit). Results are printed, not written: the lead reruns the bench.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ChildResult } from './analyze-child.js';
import { ROOT } from './env.js';

const n = Number(process.argv[2] ?? 30_000), k = Number(process.argv[3] ?? 5), src = process.argv[4];
const peaks: number[] = [];
for (let i = 0; i < k; i++) {
  const args = ['--max-old-space-size=6144', '--expose-gc', '--import', 'tsx', resolve(ROOT, 'bench', 'lib', 'analyze-child.ts'), String(n), ...(src ? [src] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) { console.log(`run ${i + 1}: failed (exit ${r.status ?? r.signal})`); continue; }
  const res = JSON.parse(line) as ChildResult;
  peaks.push(res.peakRssMb);
  console.log(`run ${i + 1}: peak ${res.peakRssMb.toFixed(0)} MB (setup ${res.setupPeakRssMb.toFixed(0)}, before ${res.rssBeforeMb.toFixed(0)}), CPU ${(res.cpuMs / 1000).toFixed(0)} s, ${res.quantities} quantities`);
}
const s = peaks.slice().sort((a, b) => a - b);
if (s.length) console.log(`n=${n} runs=${s.length} peak MB min ${s[0]!.toFixed(0)} median ${s[s.length >> 1]!.toFixed(0)} max ${s.at(-1)!.toFixed(0)}`);
