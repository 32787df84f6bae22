import type { MentionKey } from './correction.js';

/** One level of a rating scale. `ordinal` orders levels (higher = more accurate); null for levels outside the order. */
export interface RatingLevel {
  id: string;
  label: string;
  ordinal: number | null;
  description: string;
}

export interface RatingScale {
  id: string;
  name: string;
  levels: RatingLevel[];
}

/**
 * An anchored passage of an article, as Hypothesis anchors annotations: a text position plus the quoted text with
 * some context, so it can be found again after a re-import of the same content, or of lightly edited content.
 */
export interface TextAnchor {
  articleHash: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A note or a piece of evidence a checker picked in the reader. */
export interface Annotation {
  id: string;
  caseId: string;
  kind: 'note' | 'evidence';
  anchor: TextAnchor;
  /** The checker's words (Markdown). */
  body: string;
  /** For evidence: mentions of the quantity it supports (matched like verdicts after a re-analysis). */
  quantityKeys: MentionKey[];
  createdAt: string;
  updatedAt: string;
}

export type BoardColumn = 'todo' | 'review' | 'decided';

/** The checker's decision on one quantity of a case. */
export interface Verdict {
  id: string;
  caseId: string;
  /** The quantity's mentions when last seen; after a re-analysis the verdict follows the quantity holding most of them. */
  quantityKeys: MentionKey[];
  label: string;
  column: BoardColumn;
  order: number;
  rating: { scaleId: string; levelId: string; label: string; ordinal: number | null } | null;
  /** The value the checker accepts, as an interval (low === high for a point), in the quantity's unit. */
  accepted: { low: number; high: number; unit: string | null; text: string } | null;
  reference: { citation: string; url: string } | null;
  /** Markdown; rendered sanitised. */
  explanation: string;
  evidenceIds: string[];
  /**
   * Set by a re-analysis (core/verdicts/attach.ts): `split` when the quantity's mentions went to several quantities
   * (the verdict stayed on the part holding most of them; kept until the checker clears it), `orphaned` when none of
   * its mentions is left, `merged` when its quantity was merged into one that kept another verdict.
   */
  flag: 'split' | 'orphaned' | 'merged' | null;
  createdAt: string;
  updatedAt: string;
}
