// bench/board: what the board recomputes after every analysis or board action — mention keys of every quantity,
// verdicts re-attached (core attachVerdicts), the three columns laid out and ordered — on a synthetic analysis, as a
// same-run ratio to what the Statistics view already does for the same analysis (quantity views sorted by status).
// Also one undo step: folding typed edits into the history and inverting them.
import type { Analysis, Article, Mention, Quantity, QuantityStatus, Verdict } from '../src/core/model/index.js';
import { byStatus, quantityViews } from '../src/core/report/quantity-view.js';
import { attachVerdicts, keyedQuantities } from '../src/core/verdicts/attach.js';
import { boardLayout, newVerdict } from '../src/renderer/src/lib/board/columns.js';
import { History } from '../src/renderer/src/lib/board/history.js';
import { log, ROOT, SMOKE } from './lib/env.js';
import { formatTable, resultsPath, row, writeResults, type ResultRow } from './lib/results.js';
import { median } from './lib/stats.js';

const SIZES = SMOKE ? [200] : [1000, 10_000];
const REPEATS = SMOKE ? 3 : 9;

/** `n` quantities of 2–6 mentions over n/2 articles; one in ten contested; a verdict on one quantity in five. */
function synthetic(n: number): { articles: Article[]; analysis: Analysis; verdicts: Verdict[] } {
  const nArticles = Math.max(2, n >> 1);
  const articles = Array.from({ length: nArticles }, (_, i) => ({ id: `a${i}`, hash: `h${i}`.padEnd(64, '0'), title: `Article ${i}`, outlet: `Outlet ${i % 40}`, fileName: `a${i}.txt` }) as Article);
  const mentions: Mention[] = [];
  const quantities: Quantity[] = [];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let q = 0; q < n; q++) {
    const ids: string[] = [];
    const k = 2 + Math.floor(rnd() * 5);
    for (let j = 0; j < k; j++) {
      const a = Math.floor(rnd() * nArticles);
      const start = q * 40 + j * 7;
      const value = 1000 + Math.floor(rnd() * 500);
      const id = `a${a}:${start}`;
      ids.push(id);
      mentions.push({ id, articleId: `a${a}`, text: `${value} people`, start, end: start + 10, sentence: `About ${value} people left.`, kind: 'count', value, low: value, high: value, unit: null, qualifier: 'exact', trend: null, measure: 'people', subject: null, event: null, timeFrame: null, attribution: null });
    }
    const status: QuantityStatus = q % 10 === 0 ? 'contested' : q % 3 === 0 ? 'corroborated' : 'single-source';
    quantities.push({ id: `q${q}`, label: `quantity ${q}`, status, mentionIds: ids, independentSources: k, note: '', spread: null, countsDiffer: false, unit: null });
  }
  const analysis: Analysis = { mentions, quantities, reuse: [] };
  const keyed = keyedQuantities(analysis, articles);
  const verdicts = keyed.filter((_, i) => i % 5 === 0).map((q, i) => newVerdict({ id: `v${i}`, caseId: 'c', keys: q.keys, label: '', column: i % 2 ? 'review' : 'todo', order: i, now: '2026-01-01T00:00:00Z' }));
  return { articles, analysis, verdicts };
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const rows: ResultRow[] = [];
for (const n of SIZES) {
  const { articles, analysis, verdicts } = synthetic(n);
  const views = quantityViews(analysis, articles).sort(byStatus);
  const board: number[] = [], base: number[] = [], ratios: number[] = [];
  for (let r = 0; r < REPEATS + 1; r++) {
    const b = time(() => quantityViews(analysis, articles).sort(byStatus));
    const t = time(() => {
      const keyed = keyedQuantities(analysis, articles);
      const attached = attachVerdicts(verdicts, keyed);
      const verdictOf = new Map(attached.filter((a) => a.quantityId).map((a) => [a.quantityId!, a.verdict]));
      boardLayout(views, verdictOf, { corroborated: true, singleSource: false });
    });
    if (r === 0) continue; // warm-up
    board.push(t);
    base.push(b);
    ratios.push(t / b);
  }
  rows.push(row('board_recompute_ms_vs_statistics_views', n, median(board), 'ms', median(base), median(ratios)));
  log(`board n=${n}: ${median(board).toFixed(1)} ms (views ${median(base).toFixed(1)} ms)`);
}

// Undo: 2,000 typed edits folded into steps, then every step undone.
const h = new History(1_000_000);
const edits = SMOKE ? 200 : 2000;
const tPush = time(() => {
  for (let i = 0; i < edits; i++) {
    const before = { id: 'v', label: 'x'.repeat(i) }, after = { id: 'v', label: 'x'.repeat(i + 1) };
    h.push({ label: 'type', merge: 'label:v', changes: [{ table: 'verdicts', key: 'v', before, after }] }, i * 100);
  }
});
rows.push(row('history_push_typed_edit_us', edits, (tPush * 1000) / edits, 'us'));
const steps = h.past.length;
const tUndo = time(() => { while (h.undo()); });
rows.push(row('history_undo_step_us', steps, (tUndo * 1000) / Math.max(1, steps), 'us'));

console.log(formatTable(rows));
writeResults(resultsPath(ROOT, 'board', SMOKE), rows);
