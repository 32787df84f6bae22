// Engine suite: scores extraction + reuse + grouping + status against every expected.json under ../shared/corpus
// that lists "quantities" (the seeds first, then the events). Articles are read raw (quotes in expected.json are
// exact substrings of the files), so the score does not depend on the importer. Besides the per-event rows it
// prints an aggregate over all events: link precision/recall/F1 over pairs of annotated mentions, contested recall
// and precision, corroborated recall, and how many events pass (see `passes`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalRow } from '../types.js';
import type { Analysis, Article, Mention, Quantity, QuantityStatus } from '../../src/core/model/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

export interface ExpectedMention { file: string; quote: string; value: number; qualifier?: string; unit?: string; low?: number; high?: number }
export interface ExpectedQuantity { id: string; label: string; expect: QuantityStatus; note?: string; mentions: ExpectedMention[] }
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
  /** Together counting only the mentions we found: false means a grouping error, not only an extraction miss. */
  foundTogether: boolean;
  /** Expected corroborated, but every agreeing article is folded into one source: we report single-source by design. */
  derivedOnly: boolean;
}

export interface LinkCounts { tp: number; fp: number; fn: number }

export interface CorpusScore {
  mentionsMatched: number; mentionsTotal: number; checks: QuantityCheck[];
  ourContested: number; contestedMatching: number; reuseFound: number; reuseExpected: number; falseReuse: string[];
  links: LinkCounts;
  /** Our contested quantities that hold no mention of an expected contested one: a short description each. */
  falseContested: string[];
}

/** Our mention covering an expected quote: same article, overlapping span, same value (null allowed for wordy tallies). */
export function findMention(byArticle: Map<string, Mention[]>, text: string, e: ExpectedMention): Mention | null {
  const id = e.file.replace(/\.[^.]+$/, '');
  const at = text.indexOf(e.quote);
  if (at < 0) return null;
  const end = at + e.quote.length;
  const hits = (byArticle.get(id) ?? []).filter((m) => m.start < end && m.end > at);
  const ok = (m: Mention) => m.value !== null ? Math.abs(m.value - e.value) <= 1e-6 * Math.abs(e.value) + 1e-9
    : !/\d/.test(e.quote);
  return hits.find(ok) ?? null;
}

/** Annotated mentions found by the extractor: our mention and the expected quantity it belongs to. */
export function annotatedMentions(expected: Expected, articles: Article[], mentions: Mention[]): { m: Mention; q: string; e: ExpectedMention }[] {
  const byArticle = new Map<string, Mention[]>();
  for (const m of mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  const text = new Map(articles.map((a) => [a.id, a.text]));
  const out: { m: Mention; q: string; e: ExpectedMention }[] = [];
  for (const eq of expected.quantities)
    for (const e of eq.mentions) {
      const m = findMention(byArticle, text.get(e.file.replace(/\.[^.]+$/, '')) ?? '', e);
      if (m) out.push({ m, q: eq.id, e });
    }
  return out;
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
      foundTogether: ours.length > 0 && qs.size === 1, matched: ours.length, total: eq.mentions.length,
      derivedOnly: eq.expect === 'corroborated' && sources.size === 1 };
  });
  const contested = analysis.quantities.filter((q) => q.status === 'contested');
  const matching = (q: Quantity) => q.mentionIds.some((id) => contestedMentions.has(id));
  const mentionById = new Map(analysis.mentions.map((m) => [m.id, m]));
  const falseContested = contested.filter((q) => !matching(q))
    .map((q) => `${q.label}: ${q.mentionIds.map((id) => mentionById.get(id)?.text ?? id).join(' | ')}`);
  const pairKey = (a: string, b: string) => [a, b].sort().join('~');
  const expReuse = new Set((expected.reuse ?? []).map((r) => pairKey(r.a.replace(/\.[^.]+$/, ''), r.b.replace(/\.[^.]+$/, ''))));
  const got = analysis.reuse.map((r) => pairKey(r.a, r.b));
  return { mentionsMatched, mentionsTotal, checks, ourContested: contested.length, contestedMatching: contested.length - falseContested.length,
    reuseFound: got.filter((k) => expReuse.has(k)).length, reuseExpected: expReuse.size, falseReuse: got.filter((k) => !expReuse.has(k)),
    links: linkCounts(annotatedMentions(expected, articles, analysis.mentions), qOf), falseContested };
}

/**
 * Pairs of distinct found annotated mentions: put in one quantity by the checker (expected) vs by us (predicted).
 * A mention the checker lists twice (one span covering two quotes) counts once.
 */
function linkCounts(found: { m: Mention; q: string }[], qOf: Map<string, Quantity>): LinkCounts {
  const seen = new Map<string, string>();
  for (const f of found) if (!seen.has(f.m.id)) seen.set(f.m.id, f.q);
  const items = [...seen];
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const gold = items[i]![1] === items[j]![1];
      const pred = qOf.get(items[i]![0])?.id === qOf.get(items[j]![0])?.id;
      if (gold && pred) tp++; else if (pred) fp++; else if (gold) fn++;
    }
  return { tp, fp, fn };
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

export const eventName = (dir: string) => dir.slice(ROOT.length + 1);

/** Per-event figures the issue asks for, and whether the event passes. */
export interface EventFigures {
  name: string;
  mentionRecall: number; mentionsTotal: number;
  links: LinkCounts;
  contestedRight: number; contestedExpected: number;
  ourContested: number; falseContested: number;
  corroboratedRight: number; corroboratedExpected: number;
  singleRight: number; singleExpected: number;
  pass: boolean;
  wrong: Record<QuantityStatus, string[]>;
  falseContestedList: string[];
}

/**
 * Passing: mention recall ≥ 0.8, at least half of the expected contested and 70% of the expected corroborated
 * quantities right (all their mentions in one quantity with that status), at most 2 false contested.
 */
export function figures(name: string, s: CorpusScore): EventFigures {
  const right = (st: QuantityStatus) => s.checks.filter((c) => c.expect === st && c.together && c.got === st).length;
  const count = (st: QuantityStatus) => s.checks.filter((c) => c.expect === st).length;
  const wrong = (st: QuantityStatus) => s.checks.filter((c) => c.expect === st && !(c.together && c.got === st))
    .map((c) => `${c.id}: ${c.together ? c.got : c.matched < c.total
      ? `extraction miss (${c.matched}/${c.total} found${c.matched > 1 ? `, ${c.foundTogether ? `together, ${c.got}` : 'split'}` : ''})` : 'split'}`);
  const f: EventFigures = {
    name, mentionRecall: s.mentionsMatched / s.mentionsTotal, mentionsTotal: s.mentionsTotal, links: s.links,
    contestedRight: right('contested'), contestedExpected: count('contested'),
    ourContested: s.ourContested, falseContested: s.ourContested - s.contestedMatching,
    corroboratedRight: right('corroborated'), corroboratedExpected: count('corroborated'),
    singleRight: right('single-source'), singleExpected: count('single-source'), pass: false,
    wrong: { contested: wrong('contested'), corroborated: wrong('corroborated'), 'single-source': wrong('single-source') },
    falseContestedList: s.falseContested,
  };
  f.pass = f.mentionRecall >= 0.8 && f.contestedRight >= f.contestedExpected / 2 &&
    f.corroboratedRight >= 0.7 * f.corroboratedExpected && f.falseContested <= 2;
  return f;
}

export const prf = (l: LinkCounts) => {
  const p = l.tp + l.fp ? l.tp / (l.tp + l.fp) : 1, r = l.tp + l.fn ? l.tp / (l.tp + l.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function aggregate(fs: EventFigures[]) {
  const sum = (k: (f: EventFigures) => number) => fs.reduce((a, f) => a + k(f), 0);
  const links = { tp: sum((f) => f.links.tp), fp: sum((f) => f.links.fp), fn: sum((f) => f.links.fn) };
  const ourContested = sum((f) => f.ourContested), falseContested = sum((f) => f.falseContested);
  return {
    mentionRecall: sum((f) => f.mentionRecall * f.mentionsTotal) / sum((f) => f.mentionsTotal), mentionsTotal: sum((f) => f.mentionsTotal),
    links, ...prf(links),
    contestedRecall: sum((f) => f.contestedRight) / sum((f) => f.contestedExpected), contestedExpected: sum((f) => f.contestedExpected),
    contestedPrecision: ourContested ? (ourContested - falseContested) / ourContested : 1, ourContested, falseContested,
    corroboratedRecall: sum((f) => f.corroboratedRight) / sum((f) => f.corroboratedExpected), corroboratedExpected: sum((f) => f.corroboratedExpected),
    singleAccuracy: sum((f) => f.singleRight) / sum((f) => f.singleExpected), singleExpected: sum((f) => f.singleExpected),
    passing: fs.filter((f) => f.pass).length, events: fs.length,
  };
}

/** Scores every annotated corpus with `analyze` (the engine's default, or a fitted variant for leave-one-event-out). */
export async function evaluate(analyze?: (articles: Article[], dir: string) => Analysis): Promise<{ events: EventFigures[]; scores: CorpusScore[] }> {
  const run = analyze ?? (await import('../../src/core/analyze.js')).analyzeArticles;
  const events: EventFigures[] = [], scores: CorpusScore[] = [];
  for (const dir of corpusDirs()) {
    const { expected, articles } = loadCorpus(dir);
    const s = scoreCorpus(expected, articles, run(articles, dir));
    scores.push(s);
    events.push(figures(eventName(dir), s));
  }
  return { events, scores };
}

export function rowsOf(events: EventFigures[], scores: CorpusScore[], prefix = 'engine'): EvalRow[] {
  const rows: EvalRow[] = [];
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  events.forEach((f, i) => {
    const s = scores[i]!;
    const suite = `${prefix}/${f.name}`;
    const row = (metric: string, value: number, n?: number, target?: number, note?: string) =>
      rows.push({ suite, metric, value: r3(value), n, target, note });
    row('mention recall', f.mentionRecall, f.mentionsTotal, 1, 'expected quote covered by a mention with the right value');
    const l = prf(f.links);
    row('link precision', l.p, f.links.tp + f.links.fp, 1, 'pairs of annotated mentions we put in one quantity that the checker does too');
    row('link recall', l.r, f.links.tp + f.links.fn, 1, 'pairs of annotated mentions the checker puts in one quantity that we do too');
    row('link F1', l.f1, undefined, 0.9);
    if (f.contestedExpected) row('quantities contested', f.contestedRight / f.contestedExpected, f.contestedExpected, 1, f.wrong.contested.length ? `wrong: ${f.wrong.contested.join('; ')}` : 'all right');
    if (f.corroboratedExpected) row('quantities corroborated', f.corroboratedRight / f.corroboratedExpected, f.corroboratedExpected, 1, f.wrong.corroborated.length ? `wrong: ${f.wrong.corroborated.join('; ')}` : 'all right');
    if (f.singleExpected) row('quantities single-source', f.singleRight / f.singleExpected, f.singleExpected, 1, f.wrong['single-source'].length ? `wrong: ${f.wrong['single-source'].join('; ')}` : 'all right');
    row('contested precision', f.ourContested ? 1 - f.falseContested / f.ourContested : 1, f.ourContested, 1, 'share of our contested quantities that match an expected contested one');
    row('false contested', f.falseContested, undefined, 0, f.falseContestedList.join(' || ') || undefined);
    if (s.reuseExpected) row('reuse pairs found', s.reuseFound / s.reuseExpected, s.reuseExpected, 1);
    row('false reuse pairs', s.falseReuse.length, undefined, 0, s.falseReuse.join(', ') || undefined);
    row('pass', f.pass ? 1 : 0, undefined, 1, 'mention recall ≥ 0.8, ≥ half of contested and ≥ 70% of corroborated right, ≤ 2 false contested');
  });
  const a = aggregate(events);
  const row = (metric: string, value: number, n?: number, target?: number, note?: string) =>
    rows.push({ suite: `${prefix}/all`, metric, value: r3(value), n, target, note });
  row('mention recall', a.mentionRecall, a.mentionsTotal, 0.8);
  row('link precision', a.p, a.links.tp + a.links.fp, 0.9);
  row('link recall', a.r, a.links.tp + a.links.fn, 0.9);
  row('link F1', a.f1, undefined, 0.9);
  row('contested recall', a.contestedRecall, a.contestedExpected, 0.8);
  row('contested precision', a.contestedPrecision, a.ourContested, 0.8);
  row('false contested', a.falseContested, undefined, 0);
  row('corroborated recall', a.corroboratedRecall, a.corroboratedExpected, 0.8);
  row('single-source accuracy', a.singleAccuracy, a.singleExpected, 1);
  row('events passing', a.passing, a.events, a.events, events.filter((f) => !f.pass).map((f) => f.name).join(', ') || 'all');
  return rows;
}

/** One line per event and the aggregate, for people (the rows hold the same figures). */
export function summary(events: EventFigures[]): string {
  const pct = (x: number) => x.toFixed(2);
  const line = (name: string, mr: number, l: LinkCounts, cr: string, fc: number, co: string, single: string, pass: string) => {
    const { p, r, f1 } = prf(l);
    return [name.replace(/^events\//, '').padEnd(28), pct(mr), `${pct(p)}/${pct(r)}/${pct(f1)}`.padEnd(15), cr.padEnd(6), String(fc).padEnd(4), co.padEnd(6), single.padEnd(6), pass].join(' ');
  };
  const out = [['event'.padEnd(28), 'ment', 'link P/R/F1    ', 'contd ', 'fals', 'corro ', 'single', 'pass'].join(' ')];
  for (const f of events) out.push(line(f.name, f.mentionRecall, f.links, `${f.contestedRight}/${f.contestedExpected}`, f.falseContested, `${f.corroboratedRight}/${f.corroboratedExpected}`, `${f.singleRight}/${f.singleExpected}`, f.pass ? 'yes' : 'no'));
  const a = aggregate(events);
  out.push(line('ALL', a.mentionRecall, a.links, `${Math.round(a.contestedRecall * a.contestedExpected)}/${a.contestedExpected}`, a.falseContested,
    `${Math.round(a.corroboratedRecall * a.corroboratedExpected)}/${a.corroboratedExpected}`, `${Math.round(a.singleAccuracy * a.singleExpected)}/${a.singleExpected}`, `${a.passing}/${a.events}`));
  return out.join('\n');
}

export async function run(): Promise<EvalRow[]> {
  const { events, scores } = await evaluate();
  console.error(`\nengine (per event, then all):\n${summary(events)}\n`);
  // The pair model is fitted on these events: the figures that count are leave-one-event-out (each event scored by
  // a model fitted on the others, threshold included).
  const fit = await import('../fit/fit-pairs.js');
  const loeo = fit.leaveOneEventOut(fit.loadEvents());
  console.error(`engine, leave-one-event-out:\n${summary(loeo.figures)}\n`);
  // The same held out with every fold at the committed threshold and shift (the medians of the folds' choices): a
  // fold's own choice can flip on a near tie and move the figures above more than a change does (decisions 0012,
  // 0015); a new event meets one threshold, this one.
  const committed = fit.committedChoice(loeo.folds);
  const fixed = fit.leaveOneEventOut(fit.loadEvents(), { t: committed.t, d: committed.d });
  console.error(`engine, leave-one-event-out at the committed threshold ${committed.t} and shift ${committed.d}:\n${summary(fixed.figures)}\n`);
  return [...rowsOf(events, scores), ...rowsOf(loeo.figures, loeo.scores, 'engine/loeo'), ...rowsOf(fixed.figures, fixed.scores, 'engine/loeo-committed')];
}
