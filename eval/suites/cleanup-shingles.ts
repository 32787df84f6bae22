/**
 * The article-extraction-benchmark scorer (scrapinghub evaluate.py), as its SOURCE.txt describes it:
 * tokens \w+ (Unicode), 4-gram shingle multisets, TP/FP/FN per page normalised to sum 1,
 * precision/recall averaged over pages, F1 of the means, accuracy = identical token lists.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(toks: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (toks.length < n) {
    if (toks.length) out.set(toks.join(' '), 1);
    return out;
  }
  for (let i = 0; i + n <= toks.length; i++) {
    const k = toks.slice(i, i + n).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  same: boolean;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const pt = tokens(predicted);
  const tt = tokens(truth);
  const p = shingles(pt);
  const t = shingles(tt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = t.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of t) fn += Math.max(0, m - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  const same = pt.length === tt.length && pt.every((x, i) => x === tt[i]);
  return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, same } : { tp: 0, fp: 0, fn: 0, same };
}

export function aggregate(pages: PageScore[]): { precision: number; recall: number; f1: number; accuracy: number } {
  const prec = pages.filter((s) => s.tp + s.fp > 0).map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fp)));
  const rec = pages.filter((s) => s.tp + s.fn > 0).map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fn)));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(prec);
  const recall = mean(rec);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: mean(pages.map((s) => (s.same ? 1 : 0))) };
}
