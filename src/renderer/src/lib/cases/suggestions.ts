/** Turning the engine's stories into case suggestions (pure, so it is unit-tested without the worker). */
import type { Story } from '../../../../core/cases/index.js';
import { sha256Hex } from '../../../../core/text/index.js';
import type { CaseSuggestion } from '../db/cases.js';

export function suggestionKey(caseId: string | null, articleIds: string[]): string {
  return sha256Hex(`${caseId ?? ''}|${[...articleIds].sort().join(',')}`).slice(0, 24);
}

export function toSuggestion(s: Story): CaseSuggestion {
  return {
    key: suggestionKey(s.caseId, s.caseId ? s.newArticleIds : s.articleIds),
    label: s.label,
    names: s.names,
    articleIds: s.articleIds,
    caseId: s.caseId,
    newArticleIds: s.newArticleIds,
  };
}

/**
 * What to propose now: stories that hold one of `touched` (the articles just imported; all stories when omitted),
 * plus those still pending from before; never one the checker dismissed.
 */
export function pickSuggestions(
  stories: Story[],
  pending: CaseSuggestion[],
  dismissed: Set<string>,
  touched?: Iterable<string>,
): CaseSuggestion[] {
  const fresh = touched ? new Set(touched) : null;
  const waiting = new Set(pending.map((p) => p.key));
  return stories
    .map(toSuggestion)
    .filter((s) => !dismissed.has(s.key))
    .filter((s) => !fresh || waiting.has(s.key) || s.newArticleIds.some((id) => fresh.has(id)));
}
