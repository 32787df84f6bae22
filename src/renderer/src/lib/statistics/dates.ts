/**
 * Quantities that are dates or ordinals, not statistics: a bare year ("2019"), a date ("January 1"), "first" or
 * "10th". The extractor keeps them (they anchor time frames and the reader marks them) and the grouper groups them
 * like any figure, which put "year elected" and "first" pick-vs-resignation among the statistics a checker scans.
 * The Statistics list and the Board leave them out unless the checker asks for them (decision 0117).
 *
 * A quantity counts as one only when every mention in it is of such a kind: "10th anniversary" grouped with
 * "10-year" and "decade-long" is a duration, and stays. A contested one stays too: sources disagreeing on when
 * something happened (2018 vs 2019) is a finding, and a checker must not have to open a filter to see it.
 */
import type { Analysis, MentionKind } from '../../../../core/model/index.js';

const DATE_KINDS: ReadonlySet<MentionKind> = new Set<MentionKind>(['year', 'date', 'ordinal']);

/** Ids of the quantities, not contested, whose mentions are all years, dates or ordinals. */
export function dateQuantityIds(analysis: Pick<Analysis, 'mentions' | 'quantities'> | null): Set<string> {
  const out = new Set<string>();
  if (!analysis) return out;
  const kind = new Map(analysis.mentions.map((m) => [m.id, m.kind]));
  for (const q of analysis.quantities) {
    if (q.status !== 'contested' && q.mentionIds.length && q.mentionIds.every((id) => DATE_KINDS.has(kind.get(id)!))) out.add(q.id);
  }
  return out;
}
