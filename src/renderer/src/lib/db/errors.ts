/** Turn storage errors into the one-line reason shown in the import report. */

/** Quota errors arrive wrapped in Dexie's AbortError (`.inner`); name the real cause so the user knows what to do. */
export function describeDbError(err: unknown): string {
  const e = err as { name?: string; message?: string; inner?: { name?: string } } | null;
  if (e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError') return 'storage is full';
  if (e?.name === 'ConstraintError' || e?.inner?.name === 'ConstraintError') return 'an article with the same id is already stored';
  return err instanceof Error ? err.message : String(err);
}
