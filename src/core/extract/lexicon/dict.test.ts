import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenizer.js';
import { WordMap, WordSet } from './dict.js';

// hasTok/getTok must answer exactly what has(t.lower)/get(t.lower) answer, for every token the tokenizer makes: the
// tokenizer hashes ASCII words itself (decision 0026), and any disagreement would change the extractor's output.
const WORDS = ["don't", "o'clock", 'year', 'image', 'café', 'nato', 'us', 'the', 'a', 'per', '%', '-', 'said', 'mcdonald', 'iphone', 'x'];
const TEXT = "Don't DON'T don'T o'clock O'CLOCK yearImage YEAR Year café CAFÉ Café NATO Nato U.S. US the The THE a A per " +
  "50% 10-year McDonald iPhone said Said SAID x X don’t www.example.com ann@host.org 1,000 ½ naïve résumé";

describe('lexicon numbers', () => {
  it('hasTok and getTok agree with has and get on every token, for sets made before and after tokenizing', () => {
    const before = new WordSet(WORDS);
    const beforeMap = new WordMap(Object.fromEntries(WORDS.map((w, i) => [w, i + 1])));
    const tokens = tokenize(TEXT);
    const after = new WordSet(['yearimage', 'don', 't', ...WORDS.slice(0, 5)]); // grows the lexicon after the tokens exist
    let hits = 0;
    for (const t of tokens) {
      expect(before.hasTok(t), t.text).toBe(before.has(t.lower));
      expect(after.hasTok(t), t.text).toBe(after.has(t.lower));
      expect(beforeMap.getTok(t), t.text).toBe(beforeMap.get(t.lower));
      if (before.hasTok(t)) hits++;
    }
    expect(hits).toBeGreaterThan(15);
  });
});
