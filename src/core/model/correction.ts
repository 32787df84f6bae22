import type { MentionKind, QuantityStatus } from './index.js';

/**
 * A mention named independently of any analysis run: the article's content hash and the mention's character
 * span in `article.text`. Quantity ids change from run to run; these do not, so corrections and verdicts are
 * stored against them.
 */
export interface MentionKey {
  hash: string;
  start: number;
  end: number;
}

/** A checker's correction to the grouping, stored as a constraint on mention keys. */
export type Correction =
  | CorrectionBase & { type: 'must-link'; a: MentionKey; b: MentionKey }
  | CorrectionBase & { type: 'cannot-link'; a: MentionKey; b: MentionKey }
  | CorrectionBase & { type: 'dismiss'; key: MentionKey }
  | CorrectionBase & { type: 'add'; key: MentionKey; mention: AddedMention; with: MentionKey | null }
  | CorrectionBase & { type: 'status'; keys: MentionKey[]; status: QuantityStatus };

export interface CorrectionBase {
  id: string;
  /** ISO 8601. */
  createdAt: string;
}

/** A statistic the extractor missed, as the checker selected and read it. `with` joins it to that mention's quantity. */
export interface AddedMention {
  kind: MentionKind;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  measure: string | null;
}

/** A correction the analysis could not apply (its mention is gone or the constraints contradict each other). */
export interface UnresolvedCorrection {
  id: string;
  reason: string;
}
