// Engine suite: scores extraction + reuse + grouping against every expected.json under ../shared/corpus that
// lists "quantities" (the seeds first). Articles are read raw (quotes in expected.json are exact substrings of
// the files), so the score does not depend on the importer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalRow } from '../types.js';
import type { Analysis, Article, Mention, Quantity, QuantityStatus } from '../../src/core/model/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

export interface ExpectedMention { file: string; quote: string; value: number; qualifier?: string; unit?: string }
export interface ExpectedQuantity { id: string; label: string; expect: QuantityStatus; mentions: ExpectedMention[] }
export interface Expected {
  articles: { file: string; title: string }[];
  quantities: ExpectedQuantity[];
  reuse?: { a: string; b: string }[];
}

export function loadCorpus(dir: string): { expected: Expected; articles: Article[] } {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const articles = expected.articles.map((e) => rawArticle(e.file.replace(/\.[^.]+$/, ''), e.title, readFileSync(join(dir, e.file), 'utf8')));
  return { expected, articles };
}

export function rawArticle(id: string, title: string, text: string): Article {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return { id, hash: id, fileName: `${id}.txt`, path: `${id}.txt`, format: 'txt', title, outlet: null, author: null,
    published: null, language: 'en', paragraphs, text, words: text.split(/\s+/).length,
    importedAt: '2026-01-01T00:00:00.000Z', bytes: text.length, encoding: 'utf-8', removed: [] };
}

export interface QuantityCheck {
  id: string; expect: QuantityStatus; got: QuantityStatus | null; together: boolean; matched: number; total: number;
  /** Expected corroborated, but every agreeing article is folded into one source: we report single-source by design. */
  derivedOnly: boolean;
}

export interface CorpusScore {
  mentionsMatched: number; mentionsTotal: number; checks: QuantityCheck[];
  ourContested: number; contestedMatching: number; reuseFound: number; reuseExpected: number; falseReuse: string[];
}

/** Our mention covering an expected quote: same article, overlapping span, same value (null allowed for wordy tallies). */
function findMention(byArticle: Map<string, Mention[]>, text: string, e: ExpectedMention): Mention | null {
  const id = e.file.replace(/\.[^.]+$/, '');
  const at = text.indexOf(e.quote);
  if (at < 0) return null;
  const end = at + e.quote.length;
  const hits = (byArticle.get(id) ?? []).filter((m) => m.start < end && m.end > at);
  const ok = (m: Mention) => m.value !== null ? Math.abs(m.value - e.value) <= 1e-6 * Math.abs(e.value) + 1e-9
    : !/\d/.test(e.quote);
  return hits.find(ok) ?? null;
}

export function scoreCorpus(expected: Expected, articles: Article[], analysis: Analysis): CorpusScore {
  const byArticle = new Map<string, Mention[]>();
  for (const m of analysis.mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  const qOf = new Map<string, Quantity>();
  for (const q of analysis.quantities) for (const id of q.mentionIds) qOf.set(id, q);
  const text = new Map(articles.map((a) => [a.id, a.text]));
  const folded = foldSources(analysis);
  let mentionsMatched = 0, mentionsTotal = 0;
  const contestedMentions = new Set<string>();
  const checks: QuantityCheck[] = expected.quantities.map((eq) => {
    const found = eq.mentions.map((e) => findMention(byArticle, text.get(e.file.replace(/\.[^.]+$/, '')) ?? '', e));
    mentionsTotal += eq.mentions.length;
    mentionsMatched += found.filter(Boolean).length;
    const ours = found.filter((m): m is Mention => !!m);
    if (eq.expect === 'contested') for (const m of ours) contestedMentions.add(m.id);
    const qs = new Set(ours.map((m) => qOf.get(m.id)?.id));
    const q = ours.length ? qOf.get(ours[0]!.id) ?? null : null;
    const sources = new Set(eq.mentions.map((e) => folded(e.file.replace(/\.[^.]+$/, ''))));
    return { id: eq.id, expect: eq.expect, got: q?.status ?? null, together: ours.length === eq.mentions.length && qs.size === 1,
      matched: ours.length, total: eq.mentions.length, derivedOnly: eq.expect === 'corroborated' && sources.size === 1 };
  });
  const contested = analysis.quantities.filter((q) => q.status === 'contested');
  const contestedMatching = contested.filter((q) => q.mentionIds.some((id) => contestedMentions.has(id))).length;
  const pairKey = (a: string, b: string) => [a, b].sort().join('~');
  const expReuse = new Set((expected.reuse ?? []).map((r) => pairKey(r.a.replace(/\.[^.]+$/, ''), r.b.replace(/\.[^.]+$/, ''))));
  const got = analysis.reuse.map((r) => pairKey(r.a, r.b));
  return { mentionsMatched, mentionsTotal, checks, ourContested: contested.length, contestedMatching,
    reuseFound: got.filter((k) => expReuse.has(k)).length, reuseExpected: expReuse.size, falseReuse: got.filter((k) => !expReuse.has(k)) };
}

function foldSources(analysis: Analysis): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => (parent.has(x) && parent.get(x) !== x ? find(parent.get(x)!) : x);
  for (const r of analysis.reuse) { const a = find(r.a), b = find(r.b); if (a !== b) parent.set(a < b ? b : a, a < b ? a : b); }
  return find;
}

export function corpusDirs(): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 3 || !existsSync(d)) return;
    const f = join(d, 'expected.json');
    if (existsSync(f) && /"quantities"/.test(readFileSync(f, 'utf8'))) out.push(d);
    for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) walk(p, depth + 1); }
  };
  walk(ROOT, 0);
  return out.sort((a, b) => (a.endsWith('seeds') ? -1 : b.endsWith('seeds') ? 1 : a < b ? -1 : 1));
}

export async function run(): Promise<EvalRow[]> {
  const { analyzeArticles } = await import('../../src/core/analyze.js');
  const rows: EvalRow[] = [];
  for (const dir of corpusDirs()) {
    const name = dir.slice(ROOT.length + 1);
    const { expected, articles } = loadCorpus(dir);
    const s = scoreCorpus(expected, articles, analyzeArticles(articles));
    const suite = `engine/${name}`;
    const row = (metric: string, value: number, n?: number, target?: number, note?: string) =>
      rows.push({ suite, metric, value: Math.round(value * 1000) / 1000, n, target, note });
    row('mention recall', s.mentionsMatched / s.mentionsTotal, s.mentionsTotal, 1, 'expected quote covered by a mention with the right value');
    for (const st of ['contested', 'corroborated', 'single-source'] as QuantityStatus[]) {
      const cs = s.checks.filter((c) => c.expect === st);
      if (!cs.length) continue;
      const right = cs.filter((c) => c.together && c.got === st);
      const wrong = cs.filter((c) => !(c.together && c.got === st)).map((c) => `${c.id}: ${c.together ? c.got : 'split/missing'}`);
      row(`quantities ${st}`, right.length / cs.length, cs.length, 1, wrong.length ? `wrong: ${wrong.join('; ')}` : 'all right');
    }
    row('contested precision', s.ourContested ? s.contestedMatching / s.ourContested : 1, s.ourContested, 1, 'share of our contested quantities that match an expected contested one');
    if (s.reuseExpected) row('reuse pairs found', s.reuseFound / s.reuseExpected, s.reuseExpected, 1);
    row('false reuse pairs', s.falseReuse.length, undefined, 0, s.falseReuse.join(', ') || undefined);
  }
  return rows;
}
