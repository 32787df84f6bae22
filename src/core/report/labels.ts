// How a verdict reads in every report format.
import { formatInterval } from './format-value.js';
import type { ReportModel, ReportVerdict } from './model.js';

export const NOT_DECIDED = 'not yet decided';

/** "Inaccurate (1 of 5)", "Unverifiable", or "not yet decided (in review)". */
export function verdictText(v: ReportVerdict | null, model: Pick<ReportModel, 'scale'>): string {
  if (!v?.decided || !v.rating) return v?.column === 'review' ? `${NOT_DECIDED} (in review)` : NOT_DECIDED;
  const best = Math.max(...model.scale.levels.map((l) => l.ordinal ?? -Infinity));
  return v.rating.ordinal !== null && Number.isFinite(best) ? `${v.rating.label} (${v.rating.ordinal} of ${best})` : v.rating.label;
}

export function acceptedText(v: ReportVerdict | null): string {
  if (!v?.accepted) return '';
  return v.accepted.text.trim() || formatInterval(v.accepted.low, v.accepted.high, v.accepted.unit);
}

