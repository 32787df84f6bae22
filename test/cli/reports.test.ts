// `analyze` writing every report from the same core the app uses, with a hostile article beside the example ones
// and verdicts brought in from a workspace backup and from an earlier JSON report.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/core/analyze.js';
import { writeBackup } from '../../src/core/backup/index.js';
import { importFile } from '../../src/core/import/index.js';
import { editMetadata } from '../../src/core/metadata/edit.js';
import type { Article, Verdict } from '../../src/core/model/index.js';
import { CLAIMREVIEW_JSON_SCHEMA, ratingInRange, REPORT_JSON_SCHEMA } from '../../src/core/report/index.js';
import { keyedQuantities } from '../../src/core/verdicts/attach.js';
import { validator } from '../helpers/ajv.js';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const cli = (args: string[]) => spawnSync(TSX, ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

const HOSTILE_TITLE = '<img src=x onerror=alert(1)> | `x` [y](javascript:z)';
const HOSTILE_OUTLET = '=HYPERLINK("http://evil.example")<svg onload=alert(2)>';
const hostileHtml = `<!doctype html><html><head><meta charset="utf-8"><title>${HOSTILE_TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>
<meta property="og:site_name" content="${HOSTILE_OUTLET.replace(/"/g, '&quot;').replace(/</g, '&lt;')}">
<meta property="article:published_time" content="2031-04-11T08:00:00Z"></head>
<body><article><h1>${HOSTILE_TITLE.replace(/</g, '&lt;')}</h1>
<p>&lt;script&gt;alert(3)&lt;/script&gt; The number of people killed in the fire at the Port Aldmere grain terminal has risen to 19, the mayor said on Friday.</p>
<p>Some 7,000 people were evacuated from the neighbourhoods around the harbour, according to the civil protection agency.</p>
</article></body></html>`;

describe('analyze writes every report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-reports-'));
  const articlesDir = join(dir, 'articles');
  const out = (name: string) => join(dir, name);
  let articles: Article[] = [];
  let verdict: Verdict;

  beforeAll(async () => {
    spawnSync('mkdir', ['-p', articlesDir]);
    for (const f of readdirSync('examples/harbour-fire')) copyFileSync(join('examples/harbour-fire', f), join(articlesDir, f));
    writeFileSync(join(articlesDir, '05-hostile.html'), hostileHtml);
    // The articles as the CLI will import them, to key a verdict to one of their contested statistics.
    for (const f of readdirSync(articlesDir).sort()) {
      const r = await importFile({ name: f, path: join(articlesDir, f), bytes: new Uint8Array(readFileSync(join(articlesDir, f))) });
      if (r.ok) articles.push(r.article);
    }
    const analysis = analyzeArticles(articles);
    const contested = analysis.quantities.filter((q) => q.status === 'contested');
    const target = keyedQuantities(analysis, articles).find((k) => k.id === contested[0]!.id)!;
    verdict = {
      id: 'v-cli', caseId: 'case-cli', quantityKeys: target.keys, label: 'People killed in the terminal fire', column: 'decided', order: 0,
      rating: { scaleId: 'crosscheck-default', levelId: 'misleading', label: 'Misleading', ordinal: 2 },
      accepted: { low: 15, high: 15, unit: null, text: '15 (city hall, Thursday)' }, reference: { citation: 'City hall statement', url: 'https://example.org/cityhall' },
      explanation: 'Later reports count **15** deaths.', evidenceIds: [], flag: null, createdAt: '2031-04-12T09:00:00Z', updatedAt: '2031-04-12T09:00:00Z',
    };
    const c = { id: 'case-cli', name: 'Harbour fire', description: '', articleIds: articles.map((a) => a.id), createdAt: '2031-04-12T08:00:00Z', updatedAt: '2031-04-12T08:00:00Z' };
    // The checker corrected one outlet in the app; the backup carries it.
    const corrected = articles.map((a) => (a.outlet === 'Market Daily' ? editMetadata(a, { outlet: 'Market Daily (corrected)' }) : a));
    writeFileSync(out('backup.json'), writeBackup({
      articles: corrected, cases: [c], analyses: [], layouts: [], annotations: [], corrections: [], verdicts: [verdict],
      settings: [{ key: 'publisher', value: { name: 'Example Fact Desk', url: 'https://factdesk.example.org/', reviewUrl: 'https://factdesk.example.org/checks/harbour-fire' } }],
    }, new Date('2031-04-12T10:00:00Z')));
  });

  it('without verdicts: every format written, nothing decided, no ClaimReview objects, hostile text escaped', () => {
    const run = cli(['analyze', articlesDir, '--md', out('a.md'), '--html', out('a.html'), '--csv', out('a.csv'), '--json', out('a.json'), '--claimreview', out('a.jsonld')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Imported 5 articles/);
    expect(run.stdout).toMatch(/HTML report written to .*a\.html/);
    const md = readFileSync(out('a.md'), 'utf8');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\| \\`x\\` \\[y\\](javascript:z)');
    expect(md).toMatch(/not yet decided/);
    const doc = new JSDOM(readFileSync(out('a.html'), 'utf8')).window.document;
    expect(doc.querySelectorAll('script, img, iframe').length).toBe(0);
    expect(doc.body.textContent).toContain(HOSTILE_TITLE);
    expect(doc.querySelectorAll('figure.chart svg').length).toBeGreaterThan(0);
    expect(validator(REPORT_JSON_SCHEMA)(JSON.parse(readFileSync(out('a.json'), 'utf8')))).toBe(true);
    expect(JSON.parse(readFileSync(out('a.jsonld'), 'utf8'))).toEqual([]);
    const rows: string[][] = parse(readFileSync(out('a.csv'), 'utf8'), { bom: true });
    expect(rows.flat()).toContain(`'${HOSTILE_OUTLET}`);
    expect(rows.flat().some((cell) => /^[=+@]/.test(cell))).toBe(false);
  });

  it('with a backup: the verdict follows its statistic into every format and ClaimReview validates', () => {
    const run = cli(['analyze', articlesDir, '--verdicts', out('backup.json'), '--md', out('b.md'), '--html', out('b.html'), '--csv', out('b.csv'), '--json', out('b.json'), '--claimreview', out('b.jsonld')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Verdicts: 1 from .*backup\.json \(case “Harbour fire”\)/);
    expect(run.stdout).toMatch(/ClaimReview JSON-LD written to .*\(1 decided statistic\)/);
    expect(readFileSync(out('b.md'), 'utf8')).toMatch(/\*\*Verdict:\*\* Misleading \(2 of 5\)/);
    expect(readFileSync(out('b.md'), 'utf8')).toContain('Market Daily (corrected)');
    expect(readFileSync(out('a.md'), 'utf8')).not.toContain('Market Daily (corrected)');
    const doc = new JSDOM(readFileSync(out('b.html'), 'utf8')).window.document;
    expect(doc.getElementById('claim-v-cli')!.querySelector('.rating')!.textContent).toBe('Verdict: Misleading (2 of 5)');
    expect(doc.getElementById('claim-v-cli')!.querySelector('.nl-accepted')).not.toBeNull();
    const reviews = JSON.parse(readFileSync(out('b.jsonld'), 'utf8'));
    expect(reviews).toHaveLength(1);
    const validate = validator(CLAIMREVIEW_JSON_SCHEMA);
    expect(validate(reviews[0]), JSON.stringify(validate.errors)).toBe(true);
    expect(ratingInRange(reviews[0])).toBe(true);
    expect(reviews[0]).toMatchObject({ url: 'https://factdesk.example.org/checks/harbour-fire#claim-v-cli', reviewRating: { alternateName: 'Misleading', ratingValue: 2 } });
    const report = JSON.parse(readFileSync(out('b.json'), 'utf8'));
    expect(report.summary.decided).toBe(1);
  });

  it('with an earlier JSON report as the verdict file: the same decisions come back', () => {
    const run = cli(['analyze', articlesDir, '--verdicts', out('b.json'), '--json', out('c.json'), '--claimreview', out('c.jsonld'), '--publisher', 'Desk', '--review-url', 'https://desk.example.org/fc']);
    expect(run.status, run.stderr).toBe(0);
    const before = JSON.parse(readFileSync(out('b.json'), 'utf8'));
    const after = JSON.parse(readFileSync(out('c.json'), 'utf8'));
    // A JSON report carries verdicts, not the backup's metadata corrections, so outlet names may differ: compare the
    // decisions and the mentions they hold.
    type Claim = { keys: unknown; label: string; status: string; verdict: { decided: boolean } | null; values: { mentionId: string; value: number }[] };
    const decided = (r: { claims: Claim[] }) =>
      r.claims.filter((c) => c.verdict?.decided).map((c) => ({ keys: c.keys, label: c.label, status: c.status, verdict: c.verdict, values: c.values.map((v) => [v.mentionId, v.value]) }));
    expect(decided(after).length).toBe(1);
    expect(decided(after)).toEqual(decided(before));
    expect(JSON.parse(readFileSync(out('c.jsonld'), 'utf8'))[0]).toMatchObject({ author: { name: 'Desk' }, url: 'https://desk.example.org/fc#claim-v-cli' });
  });

  it('refuses a damaged verdict file with a clear message and writes no report', () => {
    writeFileSync(out('broken.json'), readFileSync(out('backup.json'), 'utf8').replace('Harbour fire', 'Harbour fyre'));
    const run = cli(['analyze', articlesDir, '--verdicts', out('broken.json'), '--md', out('d.md')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--verdicts .*broken\.json: This backup is damaged .*checksum/);
    expect(existsSync(out('d.md'))).toBe(false);
  });
});
