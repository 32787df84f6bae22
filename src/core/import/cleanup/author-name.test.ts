import { describe, expect, it } from 'vitest';
import { authorName } from './author-name.js';

describe('authorName', () => {
  it('cuts the date, time and counters a template glues to the name', () => {
    expect(authorName('by Jane Roe12 Mar 2031481')).toBe('Jane Roe');
    expect(authorName('KIT MARLOWE March 11, 2031 3:46 PM')).toBe('KIT MARLOWE');
    expect(authorName('Ann Example  4 July 2031')).toBe('Ann Example');
    expect(authorName('Ann Example | 2031-07-04')).toBe('Ann Example');
    expect(authorName('Written by Ann Example Edited by Bo Other')).toBe('Ann Example');
    expect(authorName('Ann Example, Updated 10:40')).toBe('Ann Example');
  });

  it('keeps names that hold a month word or several writers', () => {
    expect(authorName('June Example')).toBe('June Example');
    expect(authorName('Mark May and April Example')).toBe('Mark May and April Example');
    expect(authorName('Ann Example, Bo Other')).toBe('Ann Example, Bo Other');
  });

  it('gives no author when the byline holds no name', () => {
    expect(authorName('April 28, 2031 at 6:01 am Updated April 29, 2031')).toBeNull();
    expect(authorName('Last Updated: January 7, 2031')).toBeNull();
    expect(authorName('Follow Author')).toBeNull();
    expect(authorName('  ')).toBeNull();
    expect(authorName(null)).toBeNull();
  });
});
