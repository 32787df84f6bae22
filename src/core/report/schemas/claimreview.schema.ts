// JSON Schema (2020-12) of one ClaimReview object as Google's fact-check structured data documents it
// (required: claimReviewed, reviewRating with alternateName, url; recommended: author, datePublished, itemReviewed
// as a Claim with appearance; ratingValue within worstRating..bestRating), plus what this export always writes:
// the rating's numbers, the schema.org @context, an appearance per source article. docs/reports.md cites the sources.
const text = { type: 'string', minLength: 1 } as const;
const httpUrl = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' } as const;

const organization = {
  type: 'object', required: ['@type', 'name'],
  properties: { '@type': { enum: ['Organization', 'Person'] }, name: text, url: httpUrl, sameAs: httpUrl },
} as const;

const creativeWork = {
  type: 'object', required: ['@type'], anyOf: [{ required: ['url'] }, { required: ['headline'] }, { required: ['name'] }],
  properties: {
    '@type': { enum: ['CreativeWork', 'NewsArticle', 'Article', 'WebPage'] },
    url: httpUrl, headline: text, name: text, datePublished: isoDate,
    author: organization, publisher: organization,
  },
} as const;

export const CLAIMREVIEW_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:crosscheck:schema:claimreview:1',
  title: 'ClaimReview (schema.org) as Google fact-check markup expects it',
  type: 'object',
  required: ['@context', '@type', 'claimReviewed', 'reviewRating', 'url', 'author', 'datePublished', 'itemReviewed'],
  properties: {
    '@context': { enum: ['https://schema.org', 'http://schema.org', 'https://schema.org/', 'http://schema.org/'] },
    '@type': { const: 'ClaimReview' },
    // Google: a short summary of the claim; keep it under about 75 characters; never the verdict.
    claimReviewed: { type: 'string', minLength: 1, maxLength: 75 },
    reviewRating: {
      type: 'object',
      required: ['@type', 'alternateName', 'ratingValue', 'bestRating', 'worstRating'],
      properties: {
        '@type': { const: 'Rating' },
        alternateName: text,
        name: text,
        ratingValue: { type: 'number' },
        bestRating: { type: 'number' },
        worstRating: { type: 'number' },
      },
    },
    url: httpUrl,
    author: organization,
    datePublished: isoDate,
    itemReviewed: {
      type: 'object',
      required: ['@type', 'appearance'],
      properties: {
        '@type': { const: 'Claim' },
        appearance: { type: 'array', minItems: 1, items: creativeWork },
        firstAppearance: creativeWork,
        datePublished: isoDate,
        author: organization,
      },
    },
  },
} as const;

/** The cross-field rule JSON Schema cannot state: worstRating ≤ ratingValue ≤ bestRating. */
export function ratingInRange(review: { reviewRating?: { ratingValue?: number; bestRating?: number; worstRating?: number } }): boolean {
  const r = review.reviewRating;
  if (!r || r.ratingValue === undefined || r.bestRating === undefined || r.worstRating === undefined) return false;
  return r.worstRating <= r.ratingValue && r.ratingValue <= r.bestRating;
}
