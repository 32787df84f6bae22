import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedFromDoc, compareFindings, EXCLUDED_CHECKS, findingsFromSarif } from '../../scripts/security-electron.mjs';

const doc = readFileSync('docs/SECURITY.md', 'utf8');

const sarif = (results: [string, string, number][]) => ({
  runs: [{ results: results.map(([ruleId, uri, startLine]) => ({ ruleId, locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine } } }] })) }],
});

describe('Electronegativity gate (scripts/security-electron.mjs)', () => {
  it('reads findings from SARIF', () => {
    expect(findingsFromSarif(sarif([['SANDBOX_JS_CHECK', 'main/window.ts', 11]]))).toEqual([{ check: 'SANDBOX_JS_CHECK', file: 'main/window.ts', line: 11 }]);
  });

  it('reads the accepted table of docs/SECURITY.md, each row with a count and a reason', () => {
    const accepted = acceptedFromDoc(doc);
    expect(accepted.length).toBeGreaterThan(0);
    for (const row of accepted) {
      expect(row.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(row.count).toBeGreaterThanOrEqual(1);
      expect(row.reason.length).toBeGreaterThan(20);
    }
    expect(() => acceptedFromDoc('# no table')).toThrow(/no .* table/);
  });

  it('fails on a finding the table does not accept, or one more than it accepts', () => {
    const accepted = [{ check: 'SANDBOX_JS_CHECK', file: 'main/window.ts', count: 1, reason: 'spread' }];
    const ok = compareFindings(findingsFromSarif(sarif([['SANDBOX_JS_CHECK', 'main/window.ts', 11]])), accepted);
    expect(ok).toEqual({ unexpected: [], stale: [] });
    const extra = compareFindings(findingsFromSarif(sarif([['SANDBOX_JS_CHECK', 'main/window.ts', 11], ['SANDBOX_JS_CHECK', 'main/window.ts', 40], ['NODE_INTEGRATION_JS_CHECK', 'main/new.ts', 3]])), accepted);
    expect(extra.unexpected.map((f) => `${f.check} ${f.file}:${f.line}`)).toEqual(['SANDBOX_JS_CHECK main/window.ts:40', 'NODE_INTEGRATION_JS_CHECK main/new.ts:3']);
  });

  it('reports a table row that no longer matches a finding as stale', () => {
    const accepted = [{ check: 'AUXCLICK_JS_CHECK', file: 'main/gone.ts', count: 1, reason: 'was there' }];
    expect(compareFindings([], accepted).stale).toEqual(accepted);
  });

  it('runs offline: the network check is excluded', () => {
    expect(EXCLUDED_CHECKS).toEqual(['AvailableSecurityFixesGlobalCheck']);
  });
});

describe('SECURITY.md checklist evidence', () => {
  it('main and preload never import shell (checklist 15: no shell.openExternal)', () => {
    const files = ['src/main', 'src/preload'].flatMap((dir) =>
      readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) => /\bshell\b[^\n]*from 'electron'|openExternal|\.openPath\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('every file:line the checklist cites exists and has that line', () => {
    const refs = [...doc.matchAll(/`((?:src|scripts)\/[\w./-]+|electron\.vite\.config\.ts):(\d+)(?:-(\d+))?`/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, file, from, to] of refs) {
      const lines = readFileSync(file!, 'utf8').split('\n').length;
      expect(Number(to ?? from), `${file}:${from}`).toBeLessThanOrEqual(lines);
    }
  });
});
