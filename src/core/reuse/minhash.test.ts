import { describe, expect, it } from 'vitest';
import { jaccard, lshCandidates, shingles, signature, K } from './minhash.js';
import { signatureCandidates } from './signatures.js';
import { splitUnits } from './sentences.js';
import { words } from './tokens.js';
import { Lexicon } from './lexicon.js';
import { Scratch, sketch } from './scan.js';

// Deterministic pseudo-random prose: every document is distinct; copies are planted with small edits.
function prng(seed: number) {
  return () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
}
const rnd = prng(7);
const vocab = Array.from({ length: 3000 }, (_, i) => `tok${i.toString(36)}`);
const doc = () => Array.from({ length: 400 }, () => vocab[Math.floor(rnd() ** 2 * vocab.length)]!).join(' ');

describe('MinHash/LSH', () => {
  it('estimates Jaccard through signature agreement', () => {
    const a = shingles(words(doc())), b = shingles(words(doc()));
    const sa = signature(a), sb = signature(a), sc = signature(b);
    expect([...sa]).toEqual([...sb]);
    const agree = sa.reduce((n, x, i) => n + (x === sc[i] ? 1 : 0), 0) / K;
    expect(agree).toBeLessThan(0.1);
    expect(jaccard(a, a)).toBe(1);
  });

  it('finds planted near copies among unrelated documents and nothing else', () => {
    const texts = Array.from({ length: 60 }, doc);
    const planted: Array<[number, number]> = [];
    for (let k = 0; k < 5; k++) {
      const src = texts[k * 10]!.split(' ');
      const copy = src.slice(20).map((w, i) => (i % 50 === 7 ? 'edited' : w)); // cropped start + 2% edits
      texts[k * 10 + 1] = copy.join(' ');
      planted.push([k * 10, k * 10 + 1]);
    }
    const sigs = texts.map((t) => signature(shingles(words(t))));
    const found = lshCandidates(sigs).map(([i, j]) => `${i}-${j}`);
    for (const [i, j] of planted) expect(found).toContain(`${i}-${j}`);
    expect(found.length).toBe(planted.length);
  });
});

describe('rare sentence signatures', () => {
  it('make a paraphrase a candidate but not unrelated texts', () => {
    const a = 'Engineers from Dravo Works inspected the collapsed Selm bridge on Tuesday morning. ' +
      'The inspection team counted fourteen cracked girders along the eastern span. ' +
      'Mayor Ilse Brandt ordered the riverside road closed until further notice. ' +
      'Repairs could take eight months and cost the city about nine million euros.';
    const b = 'On Tuesday morning, Dravo Works engineers inspected the Selm bridge that collapsed. ' +
      'Along the eastern span, the team of inspectors counted fourteen girders that had cracked. ' +
      'Until further notice the riverside road stays closed on the orders of Mayor Ilse Brandt. ' +
      'The city may pay about nine million euros for repairs that could take eight months.';
    const c = 'The orchestra opened its season with a programme of Nordic symphonies and a new commission. ' +
      'Critics praised the brass section and the young conductor from the northern conservatory. ' +
      'Tickets for the spring concerts go on sale next week at the usual outlets.';
    const units = [a, b, c].map((t) => splitUnits(t));
    expect(signatureCandidates(units, { maxDf: 12, minShared: 2, minShare: 0 })).toEqual([[0, 1]]);
  });
});

describe('the sketch pass with one scratch for every article (decision 0088)', () => {
  it('gives each article the signature and sentence signatures of a fresh scratch', () => {
    const texts = [doc(), 'Short one. Only a few words here.', doc(), doc()].map((t) => t.replace(/(tok\w+ ){12}/g, '$&. '));
    const fresh = texts.map((t) => sketch(t, new Lexicon(), new Scratch(), 2, new Uint32Array(K)));
    const lex = new Lexicon(), sc = new Scratch(), into = new Uint32Array(texts.length * K);
    // The shared lexicon numbers words in order of appearance, so compare against fresh sketches made in one lexicon.
    const oneLex = new Lexicon();
    const expected = texts.map((t) => sketch(t, oneLex, new Scratch(), 2, new Uint32Array(K)));
    texts.forEach((t, i) => {
      const s = sketch(t, lex, sc, 2, into.subarray(i * K, (i + 1) * K));
      expect(s.sig && [...s.sig]).toEqual(expected[i]!.sig && [...expected[i]!.sig!]);
      expect(s.sents && [...s.sents]).toEqual(expected[i]!.sents && [...expected[i]!.sents!]);
    });
    // The MinHash signature does not depend on the lexicon (word hashes), only the sentence signatures' ids do.
    expect(fresh.map((s) => s.sig && [...s.sig])).toEqual(expected.map((s) => s.sig && [...s.sig]));
    expect(fresh[0]!.sents?.length).toBeGreaterThan(0);
  });
});
