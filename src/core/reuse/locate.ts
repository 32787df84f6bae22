// Where the engine's aligned sentences sit in each article. Reuse pairs carry sentence text only (the alignment
// works on split units); the reader needs character spans to mark and align them. A unit is a trimmed piece of
// one line of `article.text`, so it occurs verbatim: find it, preferring the first unused occurrence after the
// previous one on the same side (aligned sentences mostly keep their order; a repeated sentence is taken once).
import type { Reuse } from '../model/index.js';

export interface Span {
  start: number;
  end: number;
}

export interface LocatedPair {
  a: Span;
  b: Span;
  score: number;
}

/** Spans of every pair of `reuse` in the texts of its articles `a` and `b`; pairs not found verbatim are left out. */
export function locateReuse(reuse: Pick<Reuse, 'pairs'>, textA: string, textB: string): LocatedPair[] {
  const findA = finder(textA);
  const findB = finder(textB);
  const out: LocatedPair[] = [];
  for (const p of reuse.pairs) {
    const a = findA(p.a);
    const b = findB(p.b);
    if (a && b) out.push({ a, b, score: p.score });
  }
  return out.sort((x, y) => x.a.start - y.a.start);
}

function finder(text: string): (sentence: string) => Span | null {
  const used = new Set<number>();
  let last = 0;
  return (sentence) => {
    if (!sentence) return null;
    let at = -1;
    for (const from of [last, 0]) {
      for (let i = text.indexOf(sentence, from); i >= 0; i = text.indexOf(sentence, i + 1)) {
        if (!used.has(i)) {
          at = i;
          break;
        }
      }
      if (at >= 0) break;
    }
    if (at < 0) return null;
    used.add(at);
    last = at + sentence.length;
    return { start: at, end: at + sentence.length };
  };
}
