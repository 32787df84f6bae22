/** Article metadata from <meta>, JSON-LD and the URL, read before Readability mutates the document. */
export interface PageMeta {
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  lang: string | null;
  url: string | null;
}

interface QueryRoot {
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage|Report|ScholarlyArticle)$/;

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const oneName = (v: unknown): string | null => str(v) ?? (v && typeof v === 'object' && !Array.isArray(v) ? str((v as Json).name) : null);
/** A name or a list of names (nested lists flattened one level at a time, iteratively: JSON-LD is input). */
const nameOf = (v: unknown): string | null => {
  if (!Array.isArray(v)) return oneName(v);
  const names: string[] = [];
  const stack: unknown[] = [v];
  while (stack.length && names.length < 50) {
    const item = stack.pop();
    if (Array.isArray(item)) for (let i = Math.min(item.length, 200) - 1; i >= 0; i--) stack.push(item[i]);
    else {
      const name = oneName(item);
      if (name) names.push(name);
    }
  }
  return names.length ? names.join(', ') : null;
};

function jsonLdArticle(doc: QueryRoot): Json | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    // Breadth-first with a read index (no shift, no spread: a hostile @graph may hold a million items).
    for (let q = 0; q < queue.length && q < 100_000; q++) {
      const item = queue[q];
      if (Array.isArray(item)) for (const x of item) queue.push(x);
      else if (item && typeof item === 'object') {
        const o = item as Json;
        const types = ([] as unknown[]).concat(o['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage')) return o;
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return null;
}

export function domainOutlet(url: string | null): string | null {
  const host = url?.match(/^https?:\/\/([^/:?#]+)/i)?.[1]?.toLowerCase();
  if (!host) return null;
  return host.replace(/^(www\d?|m|amp|edition|mobile)\./, '');
}

export function readPageMeta(doc: QueryRoot): PageMeta {
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const el = doc.querySelector(`meta[property="${k}"]`) ?? doc.querySelector(`meta[name="${k}"]`) ?? doc.querySelector(`meta[itemprop="${k}"]`);
      const v = str(el?.getAttribute('content'));
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLdArticle(doc);
  const url = meta('og:url') ?? str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  return {
    title: str(ld?.headline) ?? meta('og:title', 'twitter:title', 'dc.title', 'DC.title') ?? null,
    author: nameOf(ld?.author) ?? meta('author', 'article:author', 'parsely-author', 'dc.creator', 'byl'),
    outlet: meta('og:site_name', 'application-name', 'publisher') ?? nameOf(ld?.publisher) ?? domainOutlet(url),
    published:
      str(ld?.datePublished) ?? meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'parsely-pub-date', 'sailthru.date'),
    lang: str(doc.querySelector('html')?.getAttribute('lang')) ?? meta('og:locale', 'language', 'content-language'),
    url,
  };
}
