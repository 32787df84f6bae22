import { describe, expect, it } from 'vitest';
import { markRuns, matchRanges, snippets } from './snippets.js';

const T = (...t: string[]) => new Set(t);
const joined = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
const marked = (runs: { text: string; mark: boolean }[]) => runs.filter((r) => r.mark).map((r) => r.text);

describe('snippets', () => {
  const text = 'Intro paragraph with nothing.\n\nThe harbour fire forced 15,000 residents indoors, officials said on Tuesday evening after the blaze.\n\nLater the troops arrived at the harbour.';

  it('marks the matched words as written, numbers in any form', () => {
    const [s] = snippets(text, T('harbour', '15000'), { max: 1 });
    expect(marked(s!.runs)).toEqual(['harbour', '15,000']);
    expect(text.slice(s!.matchStart, s!.matchEnd)).toBe('harbour');
  });

  it('prefers the passage holding more distinct terms, and keeps several passages in text order', () => {
    const all = snippets(text, T('harbour', 'troop'));
    expect(all.map((s) => marked(s.runs))).toEqual([['harbour'], ['troops', 'harbour']]);
    const best = snippets(text, T('harbour', 'troop'), { max: 1 });
    expect(marked(best[0]!.runs)).toEqual(['troops', 'harbour']);
  });

  it('never crosses a paragraph break and says where it cut', () => {
    const long = 'x '.repeat(200) + 'target word ' + 'y '.repeat(200);
    const [s] = snippets(`${long}\n\nother`, T('target'), { width: 60 });
    expect(s!.runs[0]!.text).toBe('…');
    expect(s!.runs[s!.runs.length - 1]!.text).toBe('…');
    expect(joined(s!.runs)).not.toContain('\n');
    expect(joined(s!.runs)).toContain('target');
  });

  it('gives back the text unchanged around the marks', () => {
    const runs = markRuns('abc def ghi', [[4, 7]]);
    expect(runs).toEqual([{ text: 'abc ', mark: false }, { text: 'def', mark: true }, { text: ' ghi', mark: false }]);
    expect(matchRanges('Fires, fire and FIRE', T('fire'))).toEqual([[0, 5], [7, 11], [16, 20]]);
  });

  it('returns nothing when no term occurs', () => {
    expect(snippets(text, T('nothingmatches'))).toEqual([]);
  });
});
