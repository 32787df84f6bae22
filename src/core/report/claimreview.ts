// schema.org ClaimReview JSON-LD, one object per decided claim, with the properties Google's fact-check markup
// requires and recommends (docs/reports.md, "ClaimReview"). Only decided verdicts are published.
import type { ReportArticle, ReportClaim, ReportModel } from './model.js';
import { formatInterval, formatNumber } from './format-value.js';
import { shorten } from './text.js';
import { scaleBounds } from '../verdicts/scale.js';

/** Settings key of the publisher details used in ClaimReview. */
export const PUBLISHER_SETTING = 'publisher';

export interface Publisher {
  /** The fact-checking organisation (ClaimReview `author`). */
  name: string;
  /** Its home page. */
  url: string;
  /** The page that will carry the fact check; each claim links to its anchor there. */
  reviewUrl: string;
}

export interface ClaimReviewOptions {
  publisher?: Partial<Publisher> | null;
  /** Publication date of the fact check (ISO date); defaults to the report's generation date. */
  datePublished?: string;
}

export interface ClaimReviewExport {
  /** One ClaimReview per decided claim, each with its own @context (a JSON-LD array). */
  reviews: Record<string, unknown>[];
  /** What is missing for Google's required properties (e.g. no review page URL was set). */
  warnings: string[];
}

/** Textual-only levels (no ordinal) carry -1 as their number, the convention of published fact-check markup. */
const UNRATED = -1;

/** What the sources claim, without the verdict: "deaths: 12 to 15", at most 75 characters as Google asks. */
export function claimSentence(c: ReportClaim): string {
  const points = c.values.map((v) => v.value).filter((v): v is number => v !== null);
  let stated = '';
  if (points.length) {
    const [min, max] = [Math.min(...points), Math.max(...points)];
    stated = min === max ? formatInterval(min, max, c.unit) : `${formatNumber(min, c.unit)} to ${formatInterval(max, max, c.unit)}`;
  }
  return shorten(stated ? `${c.label}: ${stated}` : c.label, 75);
}

function appearance(a: ReportArticle): Record<string, unknown> {
  const work: Record<string, unknown> = { '@type': 'CreativeWork', headline: a.title, name: a.title };
  if (a.outlet) work.publisher = { '@type': 'Organization', name: a.outlet };
  if (a.author) work.author = { '@type': 'Person', name: a.author };
  if (a.published) work.datePublished = a.published;
  return work;
}

function validHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function claimReviews(model: ReportModel, options: ClaimReviewOptions = {}): ClaimReviewExport {
  const warnings: string[] = [];
  const publisher = options.publisher ?? {};
  const reviewUrl = validHttpUrl(publisher.reviewUrl);
  const orgUrl = validHttpUrl(publisher.url);
  const name = publisher.name?.trim();
  const decided = model.claims.filter((c) => c.verdict?.decided && c.verdict.rating);
  if (decided.length) {
    if (!reviewUrl) warnings.push('No review page URL set: "url" is left out, which Google requires.');
    if (!name) warnings.push('No publisher name set: "author" is left out, which Google recommends.');
  }
  const bounds = scaleBounds(model.scale);
  const articles = new Map(model.articles.map((a) => [a.id, a]));
  const date = options.datePublished ?? model.generatedAt.slice(0, 10);

  const reviews = decided.map((c) => {
    const rating = c.verdict!.rating!;
    const numeric = rating.ordinal !== null && bounds !== null;
    const reviewRating = {
      '@type': 'Rating',
      ratingValue: numeric ? rating.ordinal : UNRATED,
      bestRating: numeric ? bounds.best : UNRATED,
      worstRating: numeric ? bounds.worst : UNRATED,
      alternateName: rating.label,
      name: rating.label,
    };
    const sources = [...new Set(c.values.map((v) => v.articleId))].map((id) => articles.get(id)).filter((a): a is ReportArticle => !!a);
    const dated = sources.filter((a) => a.published).sort((a, b) => (a.published! < b.published! ? -1 : 1));
    const claim: Record<string, unknown> = { '@type': 'Claim', appearance: sources.map(appearance) };
    if (dated.length) {
      claim.firstAppearance = appearance(dated[0]!);
      claim.datePublished = dated[0]!.published;
    }
    const review: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claimSentence(c),
      reviewRating,
      itemReviewed: claim,
      datePublished: date,
    };
    if (reviewUrl) {
      const u = new URL(reviewUrl);
      u.hash = c.anchor;
      review.url = u.href;
    }
    if (name) review.author = { '@type': 'Organization', name, ...(orgUrl ? { url: orgUrl } : {}) };
    return review;
  });
  return { reviews, warnings };
}

export function claimReviewJson(model: ReportModel, options: ClaimReviewOptions = {}): { json: string; warnings: string[] } {
  const { reviews, warnings } = claimReviews(model, options);
  return { json: `${JSON.stringify(reviews, null, 2)}\n`, warnings };
}
