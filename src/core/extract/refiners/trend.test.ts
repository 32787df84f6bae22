import { describe, expect, it } from 'vitest';
import { mentionFor } from '../test-util.js';

describe('trend refiner', () => {
  it('finds changes from verbs, nouns and "by"', () => {
    expect(mentionFor('Exports rose 7 percent in May.', '7 percent').trend).toBe('up');
    expect(mentionFor('Revenue fell by $2bn last year.', '$2bn').trend).toBe('down');
    expect(mentionFor('The firm posted a 5% rise in sales.', '5%').trend).toBe('up');
    expect(mentionFor('They saw an increase of 12% in fares.', '12%').trend).toBe('up');
    expect(mentionFor('Budgets were cut by 10% again.', '10%').trend).toBe('down');
  });
  it('reads signed percentages, restatements after "or", and verbs before "by"', () => {
    expect(mentionFor('Markets: Alpha +0.8% Beta -1.2%.', '+0.8%').trend).toBe('up');
    expect(mentionFor('Markets: Alpha +0.8% Beta -1.2%.', '-1.2%')).toMatchObject({ trend: 'down', value: -1.2 });
    expect(mentionFor('The index lost 190 points, or 0.6%, on Friday.', '0.6%').trend).toBe('down');
    expect(mentionFor('The chain plans to grow sales by 35 per cent.', '35 per cent').trend).toBe('up');
  });
  it('does not mark levels or plain counts', () => {
    expect(mentionFor('Shares closed at 41 dollars.', '41 dollars').trend).toBeNull();
    expect(mentionFor('The army lost 40 soldiers.', '40').trend).toBeNull();
  });
});
