/**
 * The two extension points, as in chrono: a Parser proposes a draft at a token; a Refiner rewrites the list of
 * drafts. `configuration.ts` orders them. Drafts use token indices; offsets are computed once at the end.
 */
import type { MentionKind, Qualifier, Trend } from '../model/mention.js';
import type { Token } from './tokenizer.js';

export interface Draft {
  /** Token range [s, e) of the mention's surface text. */
  s: number;
  e: number;
  kind: MentionKind;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: Qualifier;
  trend: Trend;
  /** Half-width of the implicit rounding interval, in the value's units (0 = stated exactly). */
  precision: number;
  measure: string | null;
  subject: string | null;
  event: string | null;
  timeFrame: string | null;
  attribution: string | null;
  /** Set by negative parsers/refiners: the draft is dropped, the reason is logged. */
  drop?: string;
  /** Tallies: votes for / against, or a unanimous vote. */
  tally?: { for: number | null; against: number | null; unanimous: boolean };
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD, or --MM-DD without a year) for kind date. */
  iso?: string;
  /** Token index where the words after the number start (for the measure refiner); defaults to e. */
  after?: number;
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
  /** The parser can only start at a `num` token (or "+"/"(" before one): skipped at word triggers. */
  numericStart?: boolean;
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
  };
  // the same as spreading `extra` into the literal, without the empty default object when there is none
  return extra ? Object.assign(d, extra) : d;
}
