// `npm run bench [-- NAME ...] [-- --smoke]`: runs each benchmark in its own child process, so heap, GC and
// JIT state from one cannot contaminate another (the svelte benchmarking habit, house-style D1).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/env.js';

/** Every `bench/NAME.bench.ts`, so a new benchmark needs no registration here. */
export const BENCHES = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.bench.ts')).map((f) => f.slice(0, -'.bench.ts'.length)).sort();

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((a) => !BENCHES.includes(a));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHES.join(', ')}`);
  process.exit(2);
}
const names = asked.length ? asked : [...BENCHES];
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
let failed = 0;
for (const name of names) {
  const t0 = Date.now();
  console.log(`\n=== bench ${name}${smoke ? ' (smoke)' : ''} ===`);
  const r = spawnSync(tsx, [join(ROOT, 'bench', `${name}.bench.ts`), ...(smoke ? ['--smoke'] : [])], { cwd: ROOT, stdio: 'inherit' });
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${name} failed (exit ${r.status ?? r.signal}) after ${s} s`);
  } else console.log(`bench ${name} done in ${s} s`);
}
process.exit(failed ? 1 : 0);
