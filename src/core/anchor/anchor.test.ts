import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importFile } from '../import/index.js';
import { makeAnchor } from './make.js';
import { resolveAnchor } from './resolve.js';

const TEXT = [
  'Harbour board reports record autumn',
  'The harbour board said on Tuesday that 4,200 ships called at the port this autumn, the most since records began.',
  'Officials said the figure was about 4,200 ships. Dock workers put it lower, at roughly 3,900, citing their own logs.',
  'The board will publish its full accounts in March, when it also expects to name a new chair.',
].join('\n\n');

const article = { hash: 'h1', text: TEXT };
const at = (needle: string, from = 0) => TEXT.indexOf(needle, from);

describe('makeAnchor', () => {
  it('keeps the position, the exact quote and context on both sides', () => {
    const s = at('4,200 ships called');
    const a = makeAnchor(article, s, s + '4,200 ships called'.length, 10)!;
    expect(a).toEqual({ articleHash: 'h1', start: s, end: s + 18, exact: '4,200 ships called', prefix: TEXT.slice(s - 10, s), suffix: TEXT.slice(s + 18, s + 28) });
  });

  it('trims whitespace at the edges, accepts reversed offsets, refuses empty selections', () => {
    const s = at('Dock workers');
    const a = makeAnchor(article, s + 12, s - 1)!;
    expect(a.exact).toBe('Dock workers');
    expect(makeAnchor(article, 5, 5)).toBeNull();
    const gap = at('\n\n');
    expect(makeAnchor(article, gap, gap + 2)).toBeNull();
  });
});

describe('resolveAnchor', () => {
  const s = at('Dock workers put it lower');
  const anchor = makeAnchor(article, s, s + 'Dock workers put it lower'.length)!;

  it('finds the passage by position in the same text', () => {
    expect(resolveAnchor(anchor, TEXT)).toEqual({ start: anchor.start, end: anchor.end, method: 'position', score: 1 });
  });

  it('finds it by quote when text was inserted before it', () => {
    const moved = 'Update: this story was corrected.\n\n' + TEXT;
    const m = resolveAnchor(anchor, moved)!;
    expect(m.method).toBe('quote');
    expect(moved.slice(m.start, m.end)).toBe(anchor.exact);
  });

  it('tells a repeated phrase apart by its context, not by its old position', () => {
    // "4,200 ships" occurs twice; anchor the second, then move text so the first sits at the old position.
    const second = at('4,200 ships', at('4,200 ships') + 1);
    const a = makeAnchor(article, second, second + 11)!;
    const shifted = TEXT.replace('Harbour board reports record autumn', 'Harbour board reports record autumn, and much more besides this');
    const m = resolveAnchor(a, shifted)!;
    expect(m.method).toBe('quote');
    expect(m.start).toBe(shifted.indexOf('about 4,200 ships') + 'about '.length);
  });

  it('finds a lightly edited passage approximately', () => {
    const long = makeAnchor(article, at('Officials said'), at(', citing their own logs'))!;
    const edited = TEXT.replace('Dock workers put it lower', 'Dockworkers put the number lower').replace('roughly 3,900', 'around 3,900');
    const m = resolveAnchor(long, edited)!;
    expect(m.method).toBe('fuzzy');
    expect(m.score).toBeGreaterThan(0.7);
    expect(edited.slice(m.start, m.start + 14)).toBe('Officials said');
    expect(Math.abs(m.end - edited.indexOf(', citing their own logs'))).toBeLessThanOrEqual(3);
  });

  it('gives up when the passage is gone', () => {
    const gone = TEXT.replace(/Officials said[^\n]+/, 'The paragraph was replaced by something else entirely, about the weather on the coast.');
    expect(resolveAnchor(anchor, gone)).toBeNull();
  });

  it('holds for any selection of the same text, and for any text inserted before it when the quote is unique', () => {
    fc.assert(
      fc.property(fc.nat(TEXT.length - 1), fc.integer({ min: 8, max: 60 }), fc.string({ maxLength: 40 }), (start, len, inserted) => {
        const a = makeAnchor(article, start, Math.min(TEXT.length, start + len));
        if (!a) return;
        const same = resolveAnchor(a, TEXT)!;
        expect([same.start, same.end, same.method]).toEqual([a.start, a.end, 'position']);
        const moved = inserted + '\n\n' + TEXT;
        const m = resolveAnchor(a, moved)!;
        expect(moved.slice(m.start, m.end)).toBe(a.exact);
        if (TEXT.indexOf(a.exact) === TEXT.lastIndexOf(a.exact) && !inserted.includes(a.exact.slice(0, 4))) {
          expect(m.start).toBe(a.start + inserted.length + 2);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('anchors across re-import', () => {
  const file = (body: string) => ({ name: 'harbour.txt', path: 'harbour.txt', bytes: new TextEncoder().encode(body) });
  const imported = async (body: string) => {
    const out = await importFile(file(body), { now: () => new Date('2024-01-01T00:00:00Z') });
    if (!out.ok) throw new Error(out.failure.message);
    return out.article;
  };

  it('the same content imported again has the same hash and the anchor holds by position', async () => {
    const first = await imported(TEXT);
    const s = first.text.indexOf('roughly 3,900');
    const a = makeAnchor(first, s, s + 13)!;
    const again = await imported(TEXT);
    expect(again.hash).toBe(a.articleHash);
    expect(resolveAnchor(a, again.text)).toMatchObject({ method: 'position', start: s });
  });

  it('a lightly edited version of the file re-anchors to the edited passage', async () => {
    const first = await imported(TEXT);
    const s = first.text.indexOf('The board will publish');
    const a = makeAnchor(first, s, first.text.indexOf(', when it also'))!;
    const edited = await imported(TEXT.replace('The harbour board said on Tuesday', 'The harbour board said late on Tuesday').replace('full accounts', 'complete accounts'));
    expect(edited.hash).not.toBe(first.hash);
    const m = resolveAnchor(a, edited.text)!;
    expect(m.method).toBe('fuzzy');
    expect(edited.text.slice(m.start, m.end)).toMatch(/^The board will publish its complete accounts in March/);
  });
});
