/**
 * Metadata corrections made in the reader: the article record is updated in one transaction (core editMetadata
 * keeps the imported values in `original`), then every registered follower hears about it. The full-text search
 * index registers here to re-index the article's title, outlet and author.
 */
import type { Article } from '../../../../core/model/index.js';
import { editMetadata, restoreMetadata, type MetadataChanges } from '../../../../core/metadata/edit.js';
import type { CrosscheckDb } from './schema.js';

type Follower = (article: Article) => void | Promise<void>;
const followers = new Set<Follower>();

/** Hook for whatever keeps a copy of article metadata (the search index): called after each saved correction. */
export function onArticleMetadataEdited(follower: Follower): () => void {
  followers.add(follower);
  return () => followers.delete(follower);
}

async function save(db: CrosscheckDb, id: string, change: (a: Article) => Article): Promise<Article> {
  const updated = await db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article) throw new Error('This article is no longer in the library.');
    const next = change(article);
    await db.articles.put(next);
    return next;
  });
  for (const f of followers) {
    try {
      await f(updated);
    } catch (err) {
      // A follower's failure (the search index) must not undo or hide a saved correction.
      console.warn('metadata follower failed', err);
    }
  }
  return updated;
}

export function correctArticle(db: CrosscheckDb, id: string, changes: MetadataChanges): Promise<Article> {
  return save(db, id, (a) => editMetadata(a, changes));
}

export function restoreArticle(db: CrosscheckDb, id: string): Promise<Article> {
  return save(db, id, restoreMetadata);
}
