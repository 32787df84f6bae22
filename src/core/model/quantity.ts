export type QuantityStatus = 'contested' | 'corroborated' | 'single-source';

/** Mentions, within and across articles, that refer to the same real-world quantity. */
export interface Quantity {
  id: string;
  /** Human label, e.g. "troops / personnel (mission)". */
  label: string;
  status: QuantityStatus;
  mentionIds: string[];
  /** Independent sources after folding articles that copy each other. */
  independentSources: number;
  /** Why the status was given, and any caveat (e.g. mentions count different things). */
  note: string;
  /** Lowest and highest point value stated. */
  spread: { min: number; max: number } | null;
  /** Mentions differ in what they count (personnel vs troops): the checker needs context. */
  countsDiffer: boolean;
  unit: string | null;
  /** Why the status was given, one plain sentence each (which independent sources disagree, and why they cannot both hold). */
  reasons?: string[];
  /** The stated values differ only within rounding (8,000 vs 8,400): not contested, but the checker needs context. */
  roundingOnly?: boolean;
  /** The links that hold the quantity together, with the features that agreed on each. */
  links?: QuantityLink[];
  /** The status was set by a checker's correction, not by the engine. */
  statusOverridden?: boolean;
}

export interface QuantityLink {
  /** Mention ids. */
  a: string;
  b: string;
  score: number;
  /** Feature names that agreed (`noun`, `role`, `value`, `context` ...). */
  agreed: string[];
}

/** One aligned sentence pair between two articles that share text. */
export interface ReusePair {
  a: string;
  b: string;
  score: number;
}

/** Two articles that share sentences or close paraphrases. */
export interface Reuse {
  a: string;
  b: string;
  /** 0..1: share of the smaller article's sentences that align. */
  score: number;
  pairs: ReusePair[];
}

export interface Analysis {
  mentions: import('./mention.js').Mention[];
  quantities: Quantity[];
  reuse: Reuse[];
  /** Corrections passed to the analysis that could not be applied (their mention no longer exists ...). */
  unresolved?: import('./correction.js').UnresolvedCorrection[];
}
