import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectReuse } from './index.js';

// The reference case: 003 restates 000 sentence by sentence; 001, 002 and 004 cover the same event independently.
const dir = '../shared/corpus/seeds/';

describe('detectReuse on the seed articles', () => {
  it('flags exactly the 000/003 pair', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const articles = files.map((f) => ({ id: f.slice(0, 3), text: readFileSync(dir + f, 'utf8') }));
    const found = detectReuse(articles);
    expect(found.map((r) => `${r.a}~${r.b}`)).toEqual(['000~003']);
    expect(found[0]!.pairs.length).toBeGreaterThanOrEqual(10);
  });
});
