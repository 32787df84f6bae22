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

type Row = (string | null | undefined)[];

/** Order of the case's list does not change the analysis: sort by hash (ties, the same content twice, by id). */
function sortedRows(articles: readonly FingerprintArticle[]): Row[] {
  return articles
    .map((a) => [a.hash, a.id, a.title, a.outlet, a.author, a.published])
    .sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : x[1]! < y[1]! ? -1 : 1));
}

/** The text the fingerprint hashes. */
function fingerprintText(articles: readonly FingerprintArticle[], corrections: readonly Correction[]): string {
  return `{"articles":${JSON.stringify(sortedRows(articles))},"corrections":${fixesText(corrections)}}`;
}

/** Rows written per task by fingerprintTextSliced. */
const ROWS_PER_SLICE = 1000;

/**
 * The same text as fingerprintText, with the rows written 1,000 at a time and `pause` between (decision 0047: after a
 * 10,000-article import the whole text was one UI task that grew with the library). `JSON.stringify` of an array is
 * its elements' texts joined with commas, so slices joined the same way give the same text.
 */
export async function fingerprintTextSliced(articles: readonly FingerprintArticle[], corrections: readonly Correction[], pause: () => Promise<void>): Promise<string> {
  const rows = sortedRows(articles);
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_SLICE) {
    if (i > 0) await pause();
    parts.push(JSON.stringify(rows.slice(i, i + ROWS_PER_SLICE)).slice(1, -1));
  }
  return `{"articles":[${parts.join(',')}],"corrections":${fixesText(corrections)}}`;
}

function fixesText(corrections: readonly Correction[]): string {
  const fixes = [...corrections]
    .map((c) => {
      const { caseId: _case, ...rest } = c as Correction & { caseId?: string };
      return rest;
    })
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  // With the rows: = canonical({ articles: rows, corrections: fixes }): the rows are arrays of strings and nulls, for
  // which canonical and JSON.stringify write the same text (undefined as null too), and the native one is several
  // times faster (canonical over 10,000 rows was 500 ms of a 1 s task after a 10k import, loaded machine).
  return canonical(fixes);
}

export function analysisFingerprint(articles: readonly FingerprintArticle[], corrections: readonly Correction[]): string {
  return sha256Hex(fingerprintText(articles, corrections));
}

/**
 * The same value, hashed by the platform (WebCrypto, native and off the JS thread) where there is one: on the UI
 * thread the script SHA-256 of a 10,000-article library was 130 ms of a 320 ms task at the end of an import (loaded
 * machine). The worker checks the value with analysisFingerprint; both are SHA-256 of the same UTF-8 text.
 */
export async function analysisFingerprintAsync(
  articles: readonly FingerprintArticle[],
  corrections: readonly Correction[],
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<string> {
  const text = await fingerprintTextSliced(articles, corrections, pause);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(text);
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
