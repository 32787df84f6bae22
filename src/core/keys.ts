// Stable names for mentions across analysis runs (see model/correction.ts).
import type { Article, Mention, MentionKey } from './model/index.js';

export function mentionKeyOf(article: Pick<Article, 'hash'>, mention: Pick<Mention, 'start' | 'end'>): MentionKey {
  return { hash: article.hash, start: mention.start, end: mention.end };
}

/** One string per key, for maps and sets. */
export function keyId(key: MentionKey): string {
  return `${key.hash}:${key.start}-${key.end}`;
}
