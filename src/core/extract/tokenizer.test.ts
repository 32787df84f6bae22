import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.js';

describe('tokenize', () => {
  it('reads thousands separators and decimals as one number', () => {
    const t = tokenize('13,000 and 1.24 and 2,5');
    expect(t.filter((x) => x.kind === 'num').map((x) => x.num)).toEqual([13000, 1.24, 2, 5]);
  });
  it('splits glued scales and units with gap 0', () => {
    const t = tokenize('2bn 10km');
    expect(t.map((x) => [x.text, x.gap])).toEqual([['2', 0], ['bn', 0], ['10', 1], ['km', 0]]);
  });
  it('splits caption text glued to a word ("yearImage")', () => {
    expect(tokenize('a yearImage').map((x) => x.text)).toEqual(['a', 'year', 'Image']);
  });
  it('keeps URLs and e-mails as one opaque token', () => {
    const t = tokenize('see https://x.org/a/2021/05 or mail ann.lee99@corp.example now');
    expect(t.filter((x) => x.kind === 'url').map((x) => x.text)).toEqual(['https://x.org/a/2021/05', 'ann.lee99@corp.example']);
    expect(t.some((x) => x.kind === 'num')).toBe(false);
  });
  it('reads a leading-dot decimal', () => {
    expect(tokenize('a .500 record')[1]!.num).toBe(0.5);
  });
});
