/**
 * Statistics by value and by what they count: "15,000" finds a mention whose value is 15,000 however it was
 * written (including words: the extractor read them), "troops" finds mentions counting troops.
 */
import type { Analysis, Mention, Quantity } from '../model/index.js';
import { isNumberTerm } from './numbers.js';
import { queryTerms } from './tokenize.js';
import { wordTerm } from './terms.js';

/** The part of an engine mention the search needs (plus its quantity's status, when an analysis has run). */
export interface StatEntry {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  sentence: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string | null;
  measure: string | null;
  subject: string | null;
  event: string | null;
  status: 'contested' | 'corroborated' | 'single-source' | null;
  label: string | null;
}

export interface StatHit {
  entry: StatEntry;
  score: number;
}

const STATUS_RANK = { contested: 0, corroborated: 1, 'single-source': 2 } as const;

/** Words of the fields that say what a statistic counts, as index terms. */
export function statWords(e: StatEntry): string[] {
  const out: string[] = [];
  for (const f of [e.measure, e.subject, e.event, e.unit]) {
    if (!f) continue;
    for (const w of f.split(/[^\p{L}\p{N}]+/u)) {
      const t = w && wordTerm(w);
      if (t) out.push(t);
    }
  }
  return out;
}

/** Endings a query word may add to a statistic's word (its lemma): "deployed" finds deploy, "children" child. */
const INFLECTION = /^(?:s|es|d|ed|ing|ings|er|ers|ren|ies|ied|ment|ments|ion|ions|ation|ations)$/;

/**
 * A query word reaches a statistic's word, from four letters, when it starts it (a prefix typed so far finds
 * "deployed") or is it plus an inflection; a longer word that only begins with it ("secretaryship") does not.
 */
function wordMatches(q: string, w: string): boolean {
  if (q === w) return true;
  if (q.length < w.length) return q.length >= 4 && w.startsWith(q);
  return w.length >= 4 && q.startsWith(w) && INFLECTION.test(q.slice(w.length));
}

function valueMatches(v: number, e: StatEntry): boolean {
  const eq = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (e.value !== null && eq(v, e.value)) return true;
  // A stated range ("between 12,000 and 15,000") holds every value inside it.
  return e.qualifier === 'range' && e.low !== null && e.high !== null && v >= e.low && v <= e.high;
}

/**
 * Statistics matching the query: every number in it must be the statistic's value (or inside its stated range),
 * and every word must name what it counts, who or what it belongs to, or the event. A query with no number and no
 * such word finds none.
 */
export function searchStats(query: string, entries: readonly StatEntry[], keep: (articleId: string) => boolean = () => true, limit = 20): { total: number; hits: StatHit[] } {
  const qt = queryTerms(query);
  const numbers = qt.filter(isNumberTerm).map(Number);
  const words = qt.filter((t) => !isNumberTerm(t));
  if (!qt.length) return { total: 0, hits: [] };
  const hits: StatHit[] = [];
  for (const e of entries) {
    if (!keep(e.articleId)) continue;
    if (!numbers.every((v) => valueMatches(v, e))) continue;
    if (words.length) {
      const ws = statWords(e);
      if (!words.every((q) => ws.some((w) => wordMatches(q, w)))) continue;
    }
    hits.push({ entry: e, score: numbers.length * 2 + words.length });
  }
  const rank = (h: StatHit) => (h.entry.status ? STATUS_RANK[h.entry.status] : 3);
  hits.sort((a, b) => b.score - a.score || rank(a) - rank(b) || a.entry.articleId.localeCompare(b.entry.articleId) || a.entry.start - b.entry.start);
  return { total: hits.length, hits: hits.slice(0, limit) };
}

/** The statistics of an engine analysis as search entries, each with its quantity's status and label. */
export function statEntries(analysis: Pick<Analysis, 'mentions' | 'quantities'>): StatEntry[] {
  const quantityOf = quantitiesByMention(analysis);
  return analysis.mentions.map((m) => statEntry(m, quantityOf.get(m.id)));
}

/** Each mention id's quantity (statEntries in parts: `statEntry` for each mention with it). */
export function quantitiesByMention(analysis: Pick<Analysis, 'quantities'>): Map<string, Quantity> {
  const quantityOf = new Map<string, Quantity>();
  for (const q of analysis.quantities) for (const id of q.mentionIds) quantityOf.set(id, q);
  return quantityOf;
}

export function statEntry(m: Mention, q: Quantity | undefined): StatEntry {
  return {
    id: m.id, articleId: m.articleId, start: m.start, end: m.end, text: m.text, sentence: m.sentence, value: m.value,
    low: m.low, high: m.high, qualifier: m.qualifier, unit: m.unit, measure: m.measure, subject: m.subject, event: m.event,
    status: q?.status ?? null, label: q?.label ?? null,
  };
}
