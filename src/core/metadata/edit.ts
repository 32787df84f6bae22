// Correcting an article's metadata where the checker sees it. The corrected values replace the shown ones (so
// every view, note and report uses them without knowing about edits); the imported values stay in `original`.
import type { Article, ArticleMetadata, InferredFrom } from '../model/index.js';
import { isoDate } from '../import/article-record.js';

export type MetadataChanges = Partial<ArticleMetadata>;

export const METADATA_FIELDS = ['title', 'outlet', 'author', 'published'] as const;

export function metadataOf(a: Pick<Article, keyof ArticleMetadata>): ArticleMetadata {
  return { title: a.title, outlet: a.outlet, author: a.author, published: a.published };
}

/** Blank optional fields become null, text is trimmed; a title cannot be blank and a date must read as one. */
export function normaliseChanges(changes: MetadataChanges): { ok: true; changes: MetadataChanges } | { ok: false; message: string } {
  const out: MetadataChanges = {};
  if (changes.title !== undefined) {
    const t = changes.title.replace(/\s+/g, ' ').trim();
    if (!t) return { ok: false, message: 'The title cannot be empty.' };
    out.title = t;
  }
  for (const key of ['outlet', 'author'] as const) {
    if (changes[key] !== undefined) out[key] = changes[key]?.replace(/\s+/g, ' ').trim() || null;
  }
  if (changes.published !== undefined) {
    const raw = changes.published?.trim() || null;
    const iso = raw === null ? null : isoDate(raw);
    if (raw !== null && iso === null) return { ok: false, message: `“${raw}” is not a date (use YYYY-MM-DD).` };
    out.published = iso;
  }
  return { ok: true, changes: out };
}

/**
 * The article with `changes` applied. The first edit records the imported values in `original`; later edits keep
 * them. When every field is back to its imported value, `original` is dropped: nothing is corrected any more.
 */
export function editMetadata(article: Article, changes: MetadataChanges): Article {
  const norm = normaliseChanges(changes);
  if (!norm.ok) throw new Error(norm.message);
  const original = article.original ?? metadataOf(article);
  const next: Article = { ...article, ...norm.changes, original };
  if (METADATA_FIELDS.every((k) => next[k] === original[k])) delete next.original;
  return next;
}

/** The article with its imported metadata back. */
export function restoreMetadata(article: Article): Article {
  if (!article.original) return article;
  const { original, ...rest } = article;
  return { ...rest, ...original };
}

/** Fields whose shown value differs from the imported one. */
export function correctedFields(article: Pick<Article, keyof ArticleMetadata | 'original'>): (keyof ArticleMetadata)[] {
  const o = article.original;
  return o ? METADATA_FIELDS.filter((k) => article[k] !== o[k]) : [];
}

/**
 * Fields still showing a value the importer inferred (e.g. the outlet from the file name), with where from. A field
 * the checker has since corrected is no longer inferred.
 */
export function inferredFields(article: Pick<Article, keyof ArticleMetadata | 'original' | 'inferred'>): Partial<Record<keyof ArticleMetadata, InferredFrom>> {
  const out: Partial<Record<keyof ArticleMetadata, InferredFrom>> = {};
  for (const k of METADATA_FIELDS) {
    const from = article.inferred?.[k];
    if (from && (!article.original || article[k] === article.original[k])) out[k] = from;
  }
  return out;
}

/** A correction to apply to an article named by its content hash (or its id, the hash's first 16 characters). */
export interface MetadataRecord {
  key: string;
  changes: MetadataChanges;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Corrections from JSON, for the CLI: either a list of `{ hash | id, title?, outlet?, author?, published? }`, or a
 * workspace backup (an object with `articles`), whose corrected articles are those carrying `original`.
 */
export function readMetadataRecords(json: unknown): MetadataRecord[] {
  // A workspace backup keeps its tables under `tables` (core/backup); a bare `{ articles }` object is read alike.
  const holder = isObject(json) && isObject(json.tables) ? json.tables : json;
  const fromBackup = isObject(holder) && Array.isArray(holder.articles);
  const items: unknown[] = fromBackup ? (holder.articles as unknown[]) : Array.isArray(json) ? json : [];
  const out: MetadataRecord[] = [];
  for (const item of items) {
    if (!isObject(item) || (fromBackup && !isObject(item.original))) continue;
    const key = typeof item.hash === 'string' ? item.hash : typeof item.id === 'string' ? item.id : null;
    if (!key) continue;
    const changes: MetadataChanges = {};
    for (const f of METADATA_FIELDS) {
      const v = item[f];
      if (typeof v === 'string' || (v === null && f !== 'title')) (changes as Record<string, string | null>)[f] = v;
    }
    out.push({ key, changes });
  }
  return out;
}

/** Apply corrections to freshly imported articles; `unmatched` counts records naming none of them. */
export function applyMetadataRecords(articles: Article[], records: MetadataRecord[]): { articles: Article[]; applied: number; unmatched: number } {
  let applied = 0;
  const used = new Set<MetadataRecord>();
  const next = articles.map((a) => {
    const r = records.find((x) => x.key === a.hash || x.key === a.id);
    if (!r) return a;
    used.add(r);
    applied++;
    return editMetadata(a, r.changes);
  });
  return { articles: next, applied, unmatched: records.length - used.size };
}
