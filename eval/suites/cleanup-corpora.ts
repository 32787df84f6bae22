/** Corpus loaders for the cleanup suite (read-only ../shared inputs; paths relative to the repo root). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { ImportInput } from '../../src/core/model/index.js';

export const SHARED = '../shared/corpus';

export function fileInput(dir: string, name: string): ImportInput {
  return { name, path: `${dir}/${name}`, bytes: new Uint8Array(readFileSync(`${dir}/${name}`)) };
}

export function benchmarkPages(): { id: string; input: ImportInput; truth: string }[] {
  const dir = `${SHARED}/article-extraction-benchmark`;
  const gt = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(gt).map((id) => ({
    id,
    truth: gt[id].articleBody,
    input: { name: `${id}.html`, path: id, bytes: new Uint8Array(gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`))) },
  }));
}

export function benchmarkBaseline(name: 'readability_js' | 'trafilatura'): Record<string, string> {
  const raw = JSON.parse(readFileSync(`${SHARED}/article-extraction-benchmark/output/${name}.json`, 'utf8')).output as Record<string, { articleBody: string }>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.articleBody]));
}

export interface ReadabilityPage {
  name: string;
  input: ImportInput;
  expectedHtml: string;
  meta: { title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null };
}

export function readabilityPages(): ReadabilityPage[] {
  const dir = `${SHARED}/readability-pages`;
  return readdirSync(dir)
    .filter((d) => existsSync(`${dir}/${d}/source.html`))
    .map((d) => ({
      name: d,
      input: fileInput(`${dir}/${d}`, 'source.html'),
      expectedHtml: readFileSync(`${dir}/${d}/expected.html`, 'utf8'),
      meta: JSON.parse(readFileSync(`${dir}/${d}/expected-metadata.json`, 'utf8')),
    }));
}

export function manifest(kind: 'pdf' | 'docx'): { file: string; expect?: Record<string, unknown>; encryption?: { user_password?: string } }[] {
  return JSON.parse(readFileSync(`${SHARED}/formats/${kind}/manifest.json`, 'utf8'));
}
