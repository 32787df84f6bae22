/**
 * The two extension points, as in chrono: a Parser proposes a draft at a token; a Refiner rewrites the list of
 * drafts. `configuration.ts` orders them. Drafts use token indices; offsets are computed once at the end.
 */
import type { Mention, MentionKind } from '../model/mention.js';
import type { Token } from './tokenizer.js';

/** The kinds of token a parse can start at (a URL never starts one). */
export type StartKind = 'num' | 'word' | 'sym';

/** The resolved fields of a Mention, plus what only the pipeline needs (token range, rounding, drop reason). */
export interface Draft extends Pick<Mention, 'kind' | 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'trend' | 'measure' |
  'subject' | 'event' | 'ownEvent' | 'timeFrame' | 'attribution' | 'tally' | 'iso' | 'noun' | 'denominator' | 'change' | 'direction' | 'delta'> {
  /** Token range [s, e) of the mention's surface text. */
  s: number;
  e: number;
  /** Half-width of the implicit rounding interval, in the value's units (0 = stated exactly). */
  precision: number;
  /** Set by negative parsers/refiners: the draft is dropped, the reason is logged. */
  drop?: string;
  /** Token index where the words after the number start (for the measure refiner); defaults to e. */
  after?: number;
  /** A second draft read by the same parser, right after this one ("from $30bn" then "to $6bn"). */
  next?: Draft;
}

export interface Context {
  text: string;
  tokens: Token[];
  /** Token range [start, end) of the sentence that contains token i. */
  sentenceTokens(i: number): [number, number];
  debug(msg: () => string): void;
}

export interface Parser {
  name: string;
  /**
   * The token kinds a draft of this parser can start at; triggers of any other kind are not offered to it (decision
   * 0019). Absent: every kind. It restates the parser's own first test on the token, so it never changes a result
   * (`start-kinds.test.ts` checks that the parser returns null at the other kinds).
   */
  startsAt?: readonly StartKind[];
  /** Try to read a draft starting at token i; null when the parser does not apply. */
  parse(ctx: Context, i: number): Draft | null;
}

export interface Refiner {
  name: string;
  refine(ctx: Context, drafts: Draft[]): Draft[];
}

export function draft(s: number, e: number, kind: MentionKind, value: number | null, extra?: Partial<Draft>): Draft {
  const d: Draft = {
    s, e, kind, value, low: null, high: null, unit: null, qualifier: 'exact', trend: null, precision: 0,
    measure: null, subject: null, event: null, timeFrame: null, attribution: null,
    // the optional fields too, so every draft has one shape (refiners read them on every draft)
    noun: undefined, denominator: undefined, change: undefined, direction: undefined, delta: undefined, next: undefined,
    // and the parser-only ones: a draft given `tally` or `drop` by a parser would otherwise take another hidden class,
    // and every refiner's `d.tally` / `d.after` read would see several shapes (all are read by truthiness or `??`)
    tally: undefined, iso: undefined, drop: undefined, after: undefined, ownEvent: undefined,
  };
  // the same as spreading `extra` into the literal, without the empty default object when there is none
  return extra ? Object.assign(d, extra) : d;
}
