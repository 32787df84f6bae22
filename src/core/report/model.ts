// The report model: one plain, serialisable description of a case's findings that every exporter (Markdown, HTML,
// JSON, CSV, ClaimReview) and the board share. Text a source wrote is cleaned and shortened here, never escaped:
// each writer escapes for its own format.
import { mentionKeyOf } from '../keys.js';
import { correctedFields } from '../metadata/edit.js';
import type { Analysis, Annotation, Article, Case, MentionKey, QuantityStatus, RatingScale, Verdict } from '../model/index.js';
import type { StatedValue } from './format-value.js';
import { attachAnnotations, attachVerdicts, keyedQuantities } from '../verdicts/attach.js';
import { currentRating, DEFAULT_RATING_SCALE } from '../verdicts/scale.js';
import { byStatus, quantityViews, sourceName } from './quantity-view.js';
import { cleanLine, MAX_NAME, MAX_SENTENCE, reportTitle, sentenceExcerpt, shorten } from './text.js';

export const REPORT_FORMAT = 'crosscheck-report';
export const REPORT_SCHEMA_VERSION = 1;

/** Which quantities a report covers: the board (contested ones and any with a verdict), all, or the ones named. */
export type ReportSelection = 'board' | 'all' | { quantityIds: string[] };

export interface ReportInput {
  articles: Article[];
  analysis: Analysis;
  case?: Pick<Case, 'id' | 'name' | 'description'> | null;
  /** Stored verdicts, from this or an earlier analysis: they are attached to the current quantities by mention keys. */
  verdicts?: Verdict[];
  annotations?: Annotation[];
  scale?: RatingScale;
  selection?: ReportSelection;
  title?: string;
  generatedAt?: Date;
}

export interface ReportArticle {
  id: string;
  hash: string;
  title: string;
  /** The title was cut to fit (the full one is in the workspace). */
  titleShortened: boolean;
  outlet: string | null;
  author: string | null;
  published: string | null;
  language: string | null;
  fileName: string;
  format: Article['format'];
  words: number;
  /** Metadata the checker corrected (the imported values are in the workspace). */
  corrected: ('title' | 'outlet' | 'author' | 'published')[];
}

/** One source's statement of the statistic: `text` is the mention as written, low..high the interval it commits to. */
export interface ReportValue extends StatedValue {
  articleId: string;
  /** Outlet, else title, else file name. */
  source: string;
  mentionId: string;
  key: MentionKey;
  measure: string | null;
  /** The sentence, or a window of it around the mention when it is long. */
  sentence: string;
  /** Where `text` starts in `sentence`, -1 when not found. */
  sentenceAt: number;
  published: string | null;
}

export interface ReportEvidence {
  id: string;
  articleHash: string;
  articleId: string | null;
  source: string | null;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** The checker's note (Markdown). */
  note: string;
}

export interface ReportVerdict {
  id: string;
  column: Verdict['column'];
  /** On the Decided column with a rating: published (ClaimReview holds only these). */
  decided: boolean;
  rating: { levelId: string; label: string; ordinal: number | null } | null;
  accepted: Verdict['accepted'];
  reference: Verdict['reference'];
  /** Markdown written by the checker. */
  explanation: string;
  flag: Verdict['flag'];
  evidence: ReportEvidence[];
  createdAt: string;
  updatedAt: string;
}

export interface ReportClaim {
  /** Quantity id of this analysis run (changes between runs; `keys` do not). */
  id: string;
  /** Fragment id for links into the HTML report (letters, digits, dashes only). */
  anchor: string;
  keys: MentionKey[];
  label: string;
  status: QuantityStatus;
  statusOverridden: boolean;
  independentSources: number;
  countsDiffer: boolean;
  roundingOnly: boolean;
  note: string;
  reasons: string[];
  unit: string | null;
  spread: { min: number; max: number } | null;
  values: ReportValue[];
  /** Null: not yet decided, and no verdict started. */
  verdict: ReportVerdict | null;
}

/** A verdict with no quantity in this analysis: its mentions are gone, or its quantity went to another verdict. */
export interface ReportOrphan {
  label: string;
  anchor: string;
  keys: MentionKey[];
  verdict: ReportVerdict;
}

export interface ReportModel {
  format: typeof REPORT_FORMAT;
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generatedAt: string;
  title: string;
  case: { id: string; name: string; description: string } | null;
  scale: RatingScale;
  summary: { articles: number; claims: number; decided: number; contested: number; corroborated: number; singleSource: number; orphaned: number };
  articles: ReportArticle[];
  claims: ReportClaim[];
  orphaned: ReportOrphan[];
  reuse: { a: string; b: string; score: number; sentences: number }[];
}

/** Fragment ids from record ids: plain characters only, unique within one report. */
function anchors(): (prefix: string, id: string) => string {
  const used = new Set<string>();
  return (prefix, id) => {
    const base = `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) || 'x'}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return anchor;
  };
}

function articleOf(a: Article): ReportArticle {
  const title = reportTitle(a.title || a.fileName);
  const line = (s: string | null) => (s === null ? null : shorten(cleanLine(s), MAX_NAME) || null);
  return {
    id: a.id, hash: a.hash, title: title.text, titleShortened: title.shortened, outlet: line(a.outlet), author: line(a.author),
    published: line(a.published), language: a.language, fileName: shorten(cleanLine(a.fileName), MAX_NAME), format: a.format, words: a.words,
    corrected: correctedFields(a),
  };
}

function evidenceOf(note: Annotation, byHash: Map<string, Article>): ReportEvidence {
  const article = byHash.get(note.anchor.articleHash);
  return {
    id: note.id, articleHash: note.anchor.articleHash, articleId: article?.id ?? null,
    source: article ? shorten(cleanLine(sourceName(article)), MAX_NAME) : null,
    start: note.anchor.start, end: note.anchor.end,
    exact: shorten(cleanLine(note.anchor.exact), MAX_SENTENCE), prefix: cleanLine(note.anchor.prefix).slice(-80), suffix: cleanLine(note.anchor.suffix).slice(0, 80), note: note.body,
  };
}

function verdictOf(v: Verdict, scale: RatingScale, evidence: ReportEvidence[]): ReportVerdict {
  const rating = v.rating ? currentRating(scale, v.rating) : null;
  return {
    id: v.id, column: v.column, decided: v.column === 'decided' && rating !== null, rating,
    accepted: v.accepted, reference: v.reference, explanation: v.explanation, flag: v.flag, evidence,
    createdAt: v.createdAt, updatedAt: v.updatedAt,
  };
}

export function buildReport(input: ReportInput): ReportModel {
  const { analysis } = input;
  const scale = input.scale ?? DEFAULT_RATING_SCALE;
  const articles = input.articles;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const byHash = new Map(articles.map((a) => [a.hash, a]));
  const mentions = new Map(analysis.mentions.map((m) => [m.id, m]));

  const keyed = keyedQuantities(analysis, articles);
  const attached = attachVerdicts(input.verdicts ?? [], keyed);
  const verdictOfQuantity = new Map(attached.filter((r) => r.quantityId !== null).map((r) => [r.quantityId!, r.verdict]));
  const notes = attachAnnotations((input.annotations ?? []).filter((n) => n.kind === 'evidence'), keyed);
  const noteById = new Map(notes.map((n) => [n.annotation.id, n]));
  const evidenceFor = (v: Verdict, quantityId: string | null) => {
    const picked = new Map<string, Annotation>();
    for (const id of v.evidenceIds) {
      const n = noteById.get(id);
      if (n) picked.set(id, n.annotation);
    }
    for (const n of notes) if (quantityId !== null && n.quantityId === quantityId) picked.set(n.annotation.id, n.annotation);
    return [...picked.values()].map((n) => evidenceOf(n, byHash));
  };

  const selection = input.selection ?? 'board';
  const named = typeof selection === 'object' ? new Set(selection.quantityIds) : null;
  const keep = (id: string, status: QuantityStatus) =>
    selection === 'all' || (named ? named.has(id) : status === 'contested' || verdictOfQuantity.has(id));

  const anchorOf = anchors();
  const claims: ReportClaim[] = [];
  const keysOf = new Map(keyed.map((x) => [x.id, x.keys]));
  for (const view of quantityViews(analysis, articles).sort(byStatus)) {
    const q = view.quantity;
    if (!keep(q.id, q.status)) continue;
    const v = verdictOfQuantity.get(q.id) ?? null;
    const values: ReportValue[] = view.values.map((sv) => {
      const m = mentions.get(sv.mentionId)!;
      const article = byId.get(sv.articleId);
      const excerpt = sentenceExcerpt(sv.sentence, cleanLine(sv.text));
      return {
        articleId: sv.articleId, source: shorten(cleanLine(sv.source), MAX_NAME), mentionId: sv.mentionId,
        key: mentionKeyOf({ hash: article?.hash ?? sv.articleId }, m), text: cleanLine(sv.text), value: sv.value, low: sv.low, high: sv.high,
        qualifier: sv.qualifier, unit: sv.unit, measure: sv.measure, sentence: excerpt.text, sentenceAt: excerpt.at,
        published: article?.published ?? null,
      };
    });
    claims.push({
      id: q.id, anchor: anchorOf('claim', v?.id ?? q.id), keys: keysOf.get(q.id) ?? [],
      label: shorten(cleanLine(v?.label || q.label), MAX_NAME), status: q.status, statusOverridden: q.statusOverridden ?? false,
      independentSources: q.independentSources, countsDiffer: q.countsDiffer, roundingOnly: q.roundingOnly ?? false,
      note: cleanLine(q.note), reasons: (q.reasons ?? []).map(cleanLine), unit: q.unit, spread: q.spread, values,
      verdict: v ? verdictOf(v, scale, evidenceFor(v, q.id)) : null,
    });
  }

  const orphaned: ReportOrphan[] = attached
    .filter((r) => r.quantityId === null)
    .map((r) => ({ label: shorten(cleanLine(r.verdict.label), MAX_NAME), anchor: anchorOf('verdict', r.verdict.id), keys: r.verdict.quantityKeys, verdict: verdictOf(r.verdict, scale, evidenceFor(r.verdict, null)) }));

  const count = (s: QuantityStatus) => claims.filter((c) => c.status === s).length;
  const reuse = analysis.reuse
    .filter((r) => byId.has(r.a) && byId.has(r.b))
    .map((r) => ({ a: r.a, b: r.b, score: r.score, sentences: r.pairs.length }));

  const title = input.title ?? (input.case ? `${input.case.name}: fact-check report` : 'Crosscheck report');
  return {
    format: REPORT_FORMAT,
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (input.generatedAt ?? new Date()).toISOString(),
    title: reportTitle(title).text,
    case: input.case ? { id: input.case.id, name: shorten(cleanLine(input.case.name), MAX_NAME), description: input.case.description } : null,
    scale,
    summary: {
      articles: articles.length, claims: claims.length, decided: claims.filter((c) => c.verdict?.decided).length,
      contested: count('contested'), corroborated: count('corroborated'), singleSource: count('single-source'), orphaned: orphaned.length,
    },
    articles: articles.map(articleOf),
    claims,
    orphaned,
    reuse,
  };
}
