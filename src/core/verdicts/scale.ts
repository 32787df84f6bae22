// The rating scale a workspace decides on. Levels carry ordinals so exports (ClaimReview's ratingValue) can map them.
import type { RatingLevel, RatingScale, Verdict } from '../model/index.js';

/** Settings key under which a workspace keeps its edited scale. */
export const RATING_SCALE_SETTING = 'ratingScale';

export const DEFAULT_RATING_SCALE: RatingScale = {
  id: 'crosscheck-default',
  name: 'Crosscheck rating scale',
  levels: [
    { id: 'accurate', label: 'Accurate', ordinal: 5, description: 'The figure matches the best available evidence.' },
    { id: 'mostly-accurate', label: 'Mostly accurate', ordinal: 4, description: 'Close to the evidence; the difference does not change the picture.' },
    { id: 'needs-context', label: 'Needs context', ordinal: 3, description: 'Right as stated, but it misleads without saying what was counted, when or how.' },
    { id: 'misleading', label: 'Misleading', ordinal: 2, description: 'Holds some truth but leaves a false impression.' },
    { id: 'inaccurate', label: 'Inaccurate', ordinal: 1, description: 'Contradicted by the best available evidence.' },
    { id: 'unverifiable', label: 'Unverifiable', ordinal: null, description: 'No evidence available to confirm or refute it.' },
  ],
};

/** What is wrong with a scale, one sentence each; empty when it can be used. */
export function scaleProblems(scale: RatingScale): string[] {
  const problems: string[] = [];
  if (!scale.id.trim()) problems.push('The scale needs an id.');
  if (!scale.name.trim()) problems.push('The scale needs a name.');
  if (!scale.levels.length) problems.push('The scale needs at least one level.');
  const ids = new Set<string>();
  const ordinals = new Set<number>();
  for (const level of scale.levels) {
    if (!level.id.trim()) problems.push('Every level needs an id.');
    else if (ids.has(level.id)) problems.push(`Two levels share the id "${level.id}".`);
    ids.add(level.id);
    if (!level.label.trim()) problems.push(`Level "${level.id}" needs a label.`);
    if (level.ordinal !== null) {
      if (!Number.isInteger(level.ordinal) || level.ordinal < 1) problems.push(`Level "${level.label}" needs a whole number of 1 or more as its value, or none.`);
      else if (ordinals.has(level.ordinal)) problems.push(`Two levels share the value ${level.ordinal}.`);
      ordinals.add(level.ordinal);
    }
  }
  return problems;
}

function isLevel(value: unknown): value is RatingLevel {
  if (typeof value !== 'object' || value === null) return false;
  const l = value as Record<string, unknown>;
  return typeof l.id === 'string' && typeof l.label === 'string' && typeof l.description === 'string' &&
    (l.ordinal === null || typeof l.ordinal === 'number');
}

/** The scale stored in settings, or the default when there is none or it is unusable. */
export function readScale(value: unknown): RatingScale {
  if (typeof value !== 'object' || value === null) return DEFAULT_RATING_SCALE;
  const s = value as Record<string, unknown>;
  if (typeof s.id !== 'string' || typeof s.name !== 'string' || !Array.isArray(s.levels) || !s.levels.every(isLevel)) return DEFAULT_RATING_SCALE;
  const scale: RatingScale = { id: s.id, name: s.name, levels: s.levels.map((l) => ({ id: l.id, label: l.label, ordinal: l.ordinal, description: l.description })) };
  return scaleProblems(scale).length ? DEFAULT_RATING_SCALE : scale;
}

/**
 * Levels in the order given, ordered levels renumbered so the first listed is the best (highest ordinal) and the
 * last ordered one is 1; levels without an ordinal stay outside the order. The board calls this after an edit.
 */
export function withLevels(scale: RatingScale, levels: RatingLevel[]): RatingScale {
  let n = levels.filter((l) => l.ordinal !== null).length;
  return { ...scale, levels: levels.map((l) => ({ ...l, ordinal: l.ordinal === null ? null : n-- })) };
}

/** Highest and lowest ordinal of the scale; null when no level is ordered. */
export function scaleBounds(scale: RatingScale): { best: number; worst: number } | null {
  const ordinals = scale.levels.map((l) => l.ordinal).filter((o): o is number => o !== null);
  return ordinals.length ? { best: Math.max(...ordinals), worst: Math.min(...ordinals) } : null;
}

/** The rating a verdict stores for a level: a snapshot, so the verdict still reads right if the scale is edited later. */
export function ratingOf(scale: RatingScale, levelId: string): NonNullable<Verdict['rating']> | null {
  const level = scale.levels.find((l) => l.id === levelId);
  return level ? { scaleId: scale.id, levelId: level.id, label: level.label, ordinal: level.ordinal } : null;
}

/**
 * A verdict's rating as the current scale names it: the level's current label and ordinal when the level still
 * exists, else the snapshot the verdict kept (its ordinal dropped, since it may no longer fit the scale's range).
 */
export function currentRating(scale: RatingScale, rating: NonNullable<Verdict['rating']>): { levelId: string; label: string; ordinal: number | null } {
  const level = scale.id === rating.scaleId ? scale.levels.find((l) => l.id === rating.levelId) : undefined;
  return level ? { levelId: level.id, label: level.label, ordinal: level.ordinal } : { levelId: rating.levelId, label: rating.label, ordinal: null };
}
