/** Article storage: one short read-write transaction per article, with no foreign async work inside it. */
import type { Article } from '../../../../core/model/index.js';
import { inferredFields } from '../../../../core/metadata/edit.js';
import type { CrosscheckDb } from './schema.js';

export type StoreResult =
  | { status: 'stored'; article: Article }
  | { status: 'duplicate'; existing: Pick<Article, 'id' | 'title' | 'path'> };

/** Fields the library table needs; the body stays in the DB until an article is opened. */
export type ArticleSummary = Pick<
  Article,
  'id' | 'hash' | 'title' | 'outlet' | 'author' | 'published' | 'format' | 'words' | 'importedAt' | 'path' | 'fileName'
> & {
  /** The outlet shown was inferred from the file name (and not corrected since). */
  outletFromFileName?: boolean;
};

export function summarize(a: Article): ArticleSummary {
  return {
    id: a.id,
    hash: a.hash,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    published: a.published,
    format: a.format,
    words: a.words,
    importedAt: a.importedAt,
    path: a.path,
    fileName: a.fileName,
    ...(inferredFields(a).outlet === 'file name' ? { outletFromFileName: true } : {}),
  };
}

/**
 * Store a parsed article unless the same content (same hash) is already there.
 * The duplicate check and the write share one transaction, so two concurrent imports cannot both store it.
 * Any failure (quota, constraint) aborts the whole transaction and rejects: nothing partial is left behind.
 */
export async function storeArticle(db: CrosscheckDb, article: Article): Promise<StoreResult> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('hash').equals(article.hash).first();
    if (existing) {
      return { status: 'duplicate', existing: { id: existing.id, title: existing.title, path: existing.path } } as const;
    }
    await db.articles.add(article);
    return { status: 'stored', article } as const;
  });
}

/** Articles read per request by `listArticles`. */
export const LIST_CHUNK = 100;

/**
 * Summaries of every article, in id order. Read a chunk at a time: each read's whole articles (bodies included) are
 * deserialised on this thread in its own task, and 1,000 at once was a 0.2 s task at startup (0095).
 */
export function listArticles(db: CrosscheckDb): Promise<ArticleSummary[]> {
  // One read-only transaction: an import between two chunks cannot be half seen.
  return db.transaction('r', db.articles, async () => {
    const out: ArticleSummary[] = [];
    let last: string | null = null;
    for (;;) {
      const chunk: Article[] = await (last === null ? db.articles.orderBy(':id') : db.articles.where(':id').above(last)).limit(LIST_CHUNK).toArray();
      for (const a of chunk) out.push(summarize(a));
      if (chunk.length < LIST_CHUNK) return out;
      last = chunk[chunk.length - 1]!.id;
    }
  });
}

export function getArticle(db: CrosscheckDb, id: string): Promise<Article | undefined> {
  return db.articles.get(id);
}

/** Delete an article and take it out of every case that held it, in one transaction. */
export function deleteArticle(db: CrosscheckDb, id: string): Promise<void> {
  return db.transaction('rw', db.articles, db.cases, async () => {
    await db.articles.delete(id);
    const now = new Date().toISOString();
    await db.cases.where('articleIds').equals(id).modify((c) => {
      c.articleIds = c.articleIds.filter((x) => x !== id);
      c.updatedAt = now;
    });
  });
}
