import { describe, expect, it } from 'vitest';
import { validator } from '../../../test/helpers/ajv.js';
import { DEFAULT_RATING_SCALE } from '../verdicts/scale.js';
import { claimReviews, claimSentence } from './claimreview.js';
import { buildReport } from './model.js';
import { CLAIMREVIEW_JSON_SCHEMA, ratingInRange } from './schemas/claimreview.schema.js';
import { hostileCase } from './test-util.js';

const validate = validator(CLAIMREVIEW_JSON_SCHEMA);
const publisher = { name: 'Example Fact Desk', url: 'https://factdesk.example.org/', reviewUrl: 'https://factdesk.example.org/checks/terminal-fire' };

describe('ClaimReview', () => {
  const f = hostileCase();
  const undecided = { ...f.verdicts[0]!, id: 'v2', column: 'review' as const, quantityKeys: [] };

  it('writes one valid ClaimReview per decided claim, with the fields Google requires', () => {
    const model = buildReport({ ...f, verdicts: [...f.verdicts, undecided], selection: 'all', generatedAt: new Date('2024-03-08T12:00:00Z') });
    const { reviews, warnings } = claimReviews(model, { publisher });
    expect(warnings).toEqual([]);
    expect(reviews).toHaveLength(1);
    const r = reviews[0]!;
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(ratingInRange(r)).toBe(true);
    expect(r).toMatchObject({
      '@context': 'https://schema.org', '@type': 'ClaimReview', datePublished: '2024-03-08',
      url: 'https://factdesk.example.org/checks/terminal-fire#claim-verdict-1',
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Inaccurate' },
      author: { '@type': 'Organization', name: 'Example Fact Desk', url: 'https://factdesk.example.org/' },
    });
    const claim = r.itemReviewed as { appearance: { headline: string }[]; firstAppearance: { datePublished: string } };
    expect(claim.appearance).toHaveLength(3);
    expect(claim.firstAppearance.datePublished).toBe('2024-03-04');
    expect(r.claimReviewed).not.toMatch(/Inaccurate/);
    expect((r.claimReviewed as string).length).toBeLessThanOrEqual(75);
  });

  it('holds nothing without verdicts', () => {
    expect(claimReviews(buildReport({ ...f, verdicts: [] }), { publisher }).reviews).toEqual([]);
  });

  it('marks a rating outside the numeric order with -1 throughout, as published fact-check markup does', () => {
    const unverifiable = { ...f.verdicts[0]!, rating: { scaleId: DEFAULT_RATING_SCALE.id, levelId: 'unverifiable', label: 'Unverifiable', ordinal: null } };
    const [r] = claimReviews(buildReport({ ...f, verdicts: [unverifiable] }), { publisher }).reviews;
    expect(r!.reviewRating).toMatchObject({ ratingValue: -1, bestRating: -1, worstRating: -1, alternateName: 'Unverifiable' });
    expect(validate(r)).toBe(true);
    expect(ratingInRange(r!)).toBe(true);
  });

  it('leaves out what it does not know, says so, and the schema then refuses it', () => {
    const { reviews, warnings } = claimReviews(buildReport({ ...f }), {});
    expect(warnings.join(' ')).toMatch(/review page URL/);
    expect(warnings.join(' ')).toMatch(/publisher name/);
    expect(reviews[0]).not.toHaveProperty('url');
    expect(validate(reviews[0])).toBe(false);
    expect(validate.errors!.map((e) => e.params)).toEqual(expect.arrayContaining([{ missingProperty: 'url' }, { missingProperty: 'author' }]));
  });

  it('refuses a javascript: review URL', () => {
    const { reviews, warnings } = claimReviews(buildReport({ ...f }), { publisher: { ...publisher, reviewUrl: 'javascript:alert(1)' } });
    expect(reviews[0]).not.toHaveProperty('url');
    expect(warnings.length).toBe(1);
  });

  it('sums up the claim in at most 75 characters, without the verdict', () => {
    const model = buildReport({ ...f });
    expect(claimSentence(model.claims[0]!)).toBe('Residents evacuated: 3,000 to 5,000');
    const long = { ...model.claims[0]!, label: 'x '.repeat(100) };
    expect(claimSentence(long).length).toBeLessThanOrEqual(75);
  });
});
