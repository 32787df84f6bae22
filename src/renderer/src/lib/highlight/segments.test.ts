import { describe, expect, it } from 'vitest';
import { paragraphOffsets, paragraphSegments, type Segment } from './segments.js';

interface M {
  start: number;
  end: number;
  id: string;
}

const paragraphs = ['Alpha has 12 boats.', 'Beta has 300 and 4,000.', 'Gamma.'];
const text = paragraphs.join('\n\n');

function mark(needle: string, id = needle): M {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: ${needle}`);
  return { start, end: start + needle.length, id };
}

const show = (rows: Segment<M>[][]) => rows.map((row) => row.map((s) => (s.mark ? `[${s.text}|${s.mark.id}]` : s.text)).join(''));

describe('paragraphOffsets', () => {
  it('accounts for the blank-line separator', () => {
    const offsets = paragraphOffsets(paragraphs);
    expect(offsets).toEqual([0, 21, 46]);
    paragraphs.forEach((p, i) => expect(text.slice(offsets[i], offsets[i] + p.length)).toBe(p));
  });
});

describe('paragraphSegments', () => {
  it('leaves paragraphs without marks as one plain run', () => {
    expect(show(paragraphSegments(paragraphs, []))).toEqual(paragraphs);
  });

  it('marks text in later paragraphs at the right place', () => {
    const rows = paragraphSegments(paragraphs, [mark('12'), mark('300'), mark('4,000')]);
    expect(show(rows)).toEqual(['Alpha has [12|12] boats.', 'Beta has [300|300] and [4,000|4,000].', 'Gamma.']);
    // Joining the runs gives back every paragraph unchanged.
    rows.forEach((row, i) => expect(row.map((s) => s.text).join('')).toBe(paragraphs[i]));
  });

  it('handles marks at the very start and end of a paragraph', () => {
    const rows = paragraphSegments(paragraphs, [mark('Alpha'), mark('boats.'), mark('Gamma.')]);
    expect(show(rows)).toEqual(['[Alpha|Alpha] has 12 [boats.|boats.]', paragraphs[1], '[Gamma.|Gamma.]']);
  });

  it('is independent of input order', () => {
    const a = [mark('12'), mark('300'), mark('Gamma')];
    expect(paragraphSegments(paragraphs, [...a].reverse())).toEqual(paragraphSegments(paragraphs, a));
  });

  it('keeps the first of two overlapping marks and clips the second', () => {
    const first = mark('has 12', 'first');
    const second = mark('12 boats', 'second');
    expect(show(paragraphSegments(paragraphs, [second, first]))).toEqual([
      'Alpha [has 12|first][ boats|second].',
      paragraphs[1],
      paragraphs[2],
    ]);
  });

  it('drops a mark fully inside an earlier one', () => {
    expect(show(paragraphSegments(paragraphs, [mark('has 12 boats', 'outer'), mark('12', 'inner')]))[0]).toBe(
      'Alpha [has 12 boats|outer].',
    );
  });

  it('cuts a mark that crosses a paragraph break and never marks the separator', () => {
    const start = text.indexOf('boats.');
    const end = text.indexOf(' has 300');
    const rows = paragraphSegments(paragraphs, [{ start, end, id: 'x' }]);
    expect(show(rows)).toEqual(['Alpha has 12 [boats.|x]', '[Beta|x] has 300 and 4,000.', 'Gamma.']);
  });

  it('ignores empty, inverted and out-of-range marks', () => {
    const rows = paragraphSegments(paragraphs, [
      { start: 5, end: 5, id: 'empty' },
      { start: 9, end: 3, id: 'inverted' },
      { start: text.length + 5, end: text.length + 9, id: 'beyond' },
      { start: 19, end: 21, id: 'separator' },
    ]);
    expect(show(rows)).toEqual(paragraphs);
  });

  it('copes with empty paragraphs', () => {
    const ps = ['', 'x 1', ''];
    const rows = paragraphSegments(ps, [{ start: 4, end: 5, id: 'one' }]);
    expect(show(rows)).toEqual(['', 'x [1|one]', '']);
  });
});
