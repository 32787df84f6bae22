import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenizer.js';
import type { Context } from '../types.js';
import { eventLemma, nextMark, prevMark, sentenceMarks, CLAUSE_BREAK, COMMA, LEMMA, PERIOD_START, PERIOD_STARTS, STOP } from './sentence-marks.js';
import { isClauseBreak } from './util.js';

// invented sentences
const TEXT_A = 'The council voted in 2019 to spend $4 million over the past decade; the plan was approved (after a long debate). ' +
  'Since then, 300 workers were hired during the first year, and 12 more quit by March!';
const TEXT_B = 'Rainfall rose 8% last summer. Over two weeks, the town built 40 houses and sold 30 of them?';

function contextOf(text: string): Context {
  return { text, tokens: tokenize(text), sentenceTokens: () => [0, 0], debug: () => {} };
}

/** The class bits of one token, from the word lists and character tests directly. */
function expectedClass(ctx: Context, k: number): number {
  const t = ctx.tokens[k]!;
  let c = 0;
  if (t.kind === 'sym' && [';', '.', '!', '?'].includes(t.text)) c |= STOP;
  if (eventLemma(t)) c |= LEMMA;
  if (t.kind === 'word' && PERIOD_STARTS.has(t.lower)) c |= PERIOD_START;
  if (isClauseBreak(t)) c |= CLAUSE_BREAK;
  if (t.kind === 'sym' && t.text === ',') c |= COMMA;
  return c;
}

/** Every class, next and previous mark of the range [s0, s1), against a plain scan of the tokens. */
function checkRange(ctx: Context, s0: number, s1: number): void {
  const m = sentenceMarks(ctx, s0, s1);
  const isEvent = (k: number) => (expectedClass(ctx, k) & (STOP | LEMMA)) !== 0;
  const isFrame = (k: number) => (expectedClass(ctx, k) & (CLAUSE_BREAK | PERIOD_START)) !== 0;
  for (let k = s0; k < s1; k++) {
    const what = `${ctx.tokens[k]!.text} at ${k}`;
    expect(m.cls[k], what).toBe(expectedClass(ctx, k));
    if (m.cls[k]! & LEMMA) expect(m.lem[k], what).toBe(eventLemma(ctx.tokens[k]!));
    for (let end = k; end <= s1; end++) {
      let ev = k, fr = k;
      while (ev < end && !isEvent(ev)) ev++;
      while (fr < end && !isFrame(fr)) fr++;
      // a returned mark at or past `end` means "none before end"
      expect(Math.min(nextMark(m.eventNext, k, end), end), what).toBe(ev);
      expect(Math.min(nextMark(m.frameNext, k, end), end), what).toBe(fr);
    }
    for (let start = s0; start <= k + 1; start++) {
      let ev = k;
      while (ev >= start && !isEvent(ev)) ev--;
      expect(Math.max(prevMark(m.eventPrev, k, start), start - 1), what).toBe(ev);
    }
  }
}

describe('sentenceMarks', () => {
  it('classes each token and finds the next and previous marks as a scan of the sentence would', () => {
    const ctx = contextOf(TEXT_A);
    const n = ctx.tokens.length;
    const semi = ctx.tokens.findIndex((t) => t.text === ';');
    // the marks are the words and symbols the test text was written around
    const m = sentenceMarks(ctx, 0, n);
    const at = (w: string) => m.cls[ctx.tokens.findIndex((t) => t.lower === w)]!;
    expect(at('voted') & LEMMA).toBe(LEMMA);
    expect(at('over') & PERIOD_START).toBe(PERIOD_START);
    expect(at('decade')).toBe(0);
    expect(m.cls[semi]! & (STOP | CLAUSE_BREAK)).toBe(STOP | CLAUSE_BREAK);
    checkRange(ctx, 0, n);
    // two ranges of the same article, as two sentences
    const ctx2 = contextOf(TEXT_A);
    checkRange(ctx2, 0, semi + 1);
    checkRange(ctx2, semi + 1, n);
  });

  it('builds the tables again for the next article, also for a range it has seen', () => {
    const a = contextOf(TEXT_A);
    const b = contextOf(TEXT_B);
    const n = Math.min(a.tokens.length, b.tokens.length);
    checkRange(a, 0, n);
    checkRange(b, 0, n);
    checkRange(a, 0, n);
  });
});
