/**
 * What a case's analysis depends on, as one string: the case's articles (content hash and the metadata the views
 * show, which a checker may correct) and the case's corrections. The cached analysis of a case is reused while its
 * fingerprint is unchanged. Pure, so the UI thread and the worker compute it alike.
 */
import type { Article, Correction } from '../../../../core/model/index.js';
import { sha256Hex } from '../../../../core/text/index.js';

/** Analysis cache key of the whole library (the "All articles" view); case ids are UUIDs and never collide. */
export const ALL_ARTICLES_KEY = '*all';

export type FingerprintArticle = Pick<Article, 'id' | 'hash' | 'title' | 'outlet' | 'author' | 'published'>;

/** JSON with object keys sorted, so the same record read back from IndexedDB gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The text the fingerprint hashes. */
function fingerprintText(articles: readonly FingerprintArticle[], corrections: readonly Correction[]): string {
  // Order of the case's list does not change the analysis: sort by hash (ties, the same content twice, by id).
  const rows = articles
    .map((a) => [a.hash, a.id, a.title, a.outlet, a.author, a.published])
    .sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : x[1]! < y[1]! ? -1 : 1));
  const fixes = [...corrections]
    .map((c) => {
      const { caseId: _case, ...rest } = c as Correction & { caseId?: string };
      return rest;
    })
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  // = canonical({ articles: rows, corrections: fixes }): the rows are arrays of strings and nulls, for which
  // canonical and JSON.stringify write the same text (undefined as null too), and the native one is several times
  // faster (canonical over 10,000 rows was 500 ms of a 1 s task after a 10k import, loaded machine).
  return `{"articles":${JSON.stringify(rows)},"corrections":${canonical(fixes)}}`;
}

export function analysisFingerprint(articles: readonly FingerprintArticle[], corrections: readonly Correction[]): string {
  return sha256Hex(fingerprintText(articles, corrections));
}

/**
 * The same value, hashed by the platform (WebCrypto, native and off the JS thread) where there is one: on the UI
 * thread the script SHA-256 of a 10,000-article library was 130 ms of a 320 ms task at the end of an import (loaded
 * machine). The worker checks the value with analysisFingerprint; both are SHA-256 of the same UTF-8 text.
 */
export async function analysisFingerprintAsync(articles: readonly FingerprintArticle[], corrections: readonly Correction[]): Promise<string> {
  const text = fingerprintText(articles, corrections);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(text);
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
