import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../core/cases/index.js';
import { pickSuggestions, suggestionKey, toSuggestion } from './suggestions.js';

const story = (ids: string[], caseId: string | null = null, added = ids): Story =>
  ({ articleIds: ids, caseId, newArticleIds: added, names: ['Varnholm'], label: 'Varnholm', cohesion: 0.5 });

describe('case suggestions', () => {
  it('keys a proposal by its articles, whatever their order, and by the case it extends', () => {
    expect(suggestionKey(null, ['b', 'a'])).toBe(suggestionKey(null, ['a', 'b']));
    expect(suggestionKey('case-1', ['a'])).not.toBe(suggestionKey(null, ['a']));
    expect(toSuggestion(story(['a', 'b', 'c'], 'case-1', ['c'])).key).toBe(suggestionKey('case-1', ['c']));
  });

  it('after an import proposes the stories holding an imported article, and keeps those still waiting', () => {
    const old = toSuggestion(story(['x', 'y']));
    const stories = [story(['a', 'b']), story(['x', 'y']), story(['p', 'q'])];
    const picked = pickSuggestions(stories, [old], new Set(), ['b']);
    expect(picked.map((p) => p.articleIds)).toEqual([['a', 'b'], ['x', 'y']]);
  });

  it('never proposes a dismissed story again, and asked for, proposes every story', () => {
    const stories = [story(['a', 'b']), story(['p', 'q'])];
    const dismissed = new Set([toSuggestion(stories[0]!).key]);
    expect(pickSuggestions(stories, [], dismissed).map((p) => p.articleIds)).toEqual([['p', 'q']]);
  });

  it('proposes adding to a case only for the articles it would gain', () => {
    const picked = pickSuggestions([story(['a', 'b', 'n'], 'case-1', ['n'])], [], new Set(), ['n']);
    expect(picked[0]).toMatchObject({ caseId: 'case-1', newArticleIds: ['n'] });
    expect(pickSuggestions([story(['a', 'b', 'n'], 'case-1', ['n'])], [], new Set(), ['a'])).toEqual([]);
  });
});
