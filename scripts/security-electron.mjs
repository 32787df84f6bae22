#!/usr/bin/env node
// `npm run security:electron`: Electronegativity's static checks over src/, offline, as a gate. Every finding must be
// accepted, with its reason, in the table of docs/SECURITY.md ("Electronegativity findings"); a finding not in the
// table, or a table row no longer found, fails the run. Offline: AvailableSecurityFixesGlobalCheck (which asks the
// network for Electron releases) is excluded, and the tool's translation download is answered "offline" at once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const START = '<!-- electronegativity:accepted:start -->';
const END = '<!-- electronegativity:accepted:end -->';

// Loaded with --import into the tool's process: its only network use (got) rejects at once.
const OFFLINE_HOOK =
  'data:text/javascript,' +
  encodeURIComponent(
    'import M from "node:module"; const load = M._load; const off = () => Promise.reject(new Error("offline"));' +
      'M._load = function (request, ...rest) { return request === "got" ? Object.assign(off, { default: off }) : load.call(this, request, ...rest); };',
  );

/**
 * Findings from a SARIF report, as `{ check, file, line }`.
 * @param {{ runs: { results: { ruleId: string, locations?: { physicalLocation?: { artifactLocation?: { uri?: string }, region?: { startLine?: number } } }[] }[] }[] }} sarif
 */
export function findingsFromSarif(sarif) {
  return sarif.runs.flatMap((run) =>
    run.results.map((r) => {
      const where = r.locations?.[0]?.physicalLocation;
      return { check: r.ruleId, file: where?.artifactLocation?.uri ?? '?', line: where?.region?.startLine ?? 0 };
    }),
  );
}

/**
 * Accepted findings from the markdown table between the markers: `| CHECK | file | count | reason |`.
 * @param {string} markdown
 * @returns {{ check: string, file: string, count: number, reason: string }[]}
 */
export function acceptedFromDoc(markdown) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/SECURITY.md has no ${START} … ${END} table`);
  const rows = markdown.slice(start + START.length, end).split('\n').filter((l) => l.trim().startsWith('|'));
  return rows
    .map((row) => row.split('|').slice(1, -1).map((cell) => cell.trim().replace(/^`|`$/g, '')))
    .filter((cells) => cells.length >= 4 && /^[A-Z_]+$/.test(cells[0]))
    .map(([check, file, count, reason]) => ({ check, file, count: Number(count), reason }));
}

/**
 * Findings beyond what the table accepts (`unexpected`), and table rows that no longer match a finding (`stale`).
 * Matched by check and file, with the number of findings per pair (line numbers move with every edit).
 */
export function compareFindings(findings, accepted) {
  const found = new Map();
  for (const f of findings) {
    const key = `${f.check} ${f.file}`;
    found.set(key, [...(found.get(key) ?? []), f]);
  }
  const allowed = new Map(accepted.map((a) => [`${a.check} ${a.file}`, a.count]));
  const unexpected = [];
  for (const [key, list] of found) {
    const count = allowed.get(key) ?? 0;
    if (list.length > count) unexpected.push(...list.slice(count));
  }
  const stale = accepted.filter((a) => (found.get(`${a.check} ${a.file}`)?.length ?? 0) < a.count);
  return { unexpected, stale };
}

function main() {
  const root = resolve(import.meta.dirname, '..');
  // Read from package.json, never by loading `electron` (which would try to download its runtime).
  const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-en-'));
  try {
    const report = join(dir, 'electronegativity.sarif');
    const tool = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
    const args = ['--import', OFFLINE_HOOK, tool, '-i', join(root, 'src'), '-r', '-v', 'false', '-e', version, '-x', EXCLUDED_CHECKS.join(','), '-o', report];
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      console.error(`Electronegativity failed (exit ${run.status}).`);
      process.exit(1);
    }
    const findings = findingsFromSarif(JSON.parse(readFileSync(report, 'utf8')));
    const accepted = acceptedFromDoc(readFileSync(join(root, 'docs/SECURITY.md'), 'utf8'));
    const { unexpected, stale } = compareFindings(findings, accepted);
    for (const f of unexpected) console.error(`new finding: ${f.check} in src/${f.file}:${f.line} (fix it, or accept it with a reason in docs/SECURITY.md)`);
    for (const a of stale) console.error(`stale: docs/SECURITY.md accepts ${a.count} × ${a.check} in src/${a.file}, found fewer; update the table`);
    const status = unexpected.length + stale.length === 0 ? 'ok' : 'FAILED';
    console.log(`Electronegativity (Electron ${version}, offline, excluding ${EXCLUDED_CHECKS.join(', ')}): ${findings.length} findings, ${findings.length - unexpected.length} accepted in docs/SECURITY.md, ${unexpected.length} new, ${stale.length} stale: ${status}`);
    process.exit(status === 'ok' ? 0 : 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
