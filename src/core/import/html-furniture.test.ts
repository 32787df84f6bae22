import { describe, expect, it } from 'vitest';
import { filterParagraphs } from './html-furniture.js';

const prose = (n: number) => `The committee reviewed ${n} applications over three days and approved most of them, the chair said in a statement on Friday.`;

describe('filterParagraphs (furniture Readability leaves in)', () => {
  it('drops labels before the body, bylines, datelines, credits and related lists; keeps end-of-article lists', () => {
    const { kept, removed } = filterParagraphs(
      ['Budget vote', 'News', 'Politics', 'By Jane Roe | March 3, 2024', prose(40), '(Photo credit: Example Agency)', prose(12),
        'Step 1: apply online', 'Step 2: wait for a letter', 'You may also like...', 'Ten bridges to see', 'Why rents rise'],
      'Budget vote',
    );
    expect(kept).toEqual([prose(40), prose(12), 'Step 1: apply online', 'Step 2: wait for a letter']);
    expect(removed).toContain('You may also like...');
    expect(removed).toContain('News');
  });
});
