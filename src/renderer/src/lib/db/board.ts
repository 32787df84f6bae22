/**
 * The board's records: verdicts and corrections of a case (keyed by the analysis key: a case id, or '*all' for the
 * whole library) and the workspace's rating scale. Every board action is written at once, in one transaction, as
 * the list of record changes its undo step holds (lib/board/history.ts).
 */
import type { RatingScale, Verdict } from '../../../../core/model/index.js';
import { RATING_SCALE_SETTING, readScale } from '../../../../core/verdicts/scale.js';
import type { RecordChange } from '../board/history.js';
import type { CorrectionRecord, CrosscheckDb } from './schema.js';

export interface BoardRecords {
  verdicts: Verdict[];
  corrections: CorrectionRecord[];
  scale: RatingScale;
}

export async function loadBoard(db: CrosscheckDb, caseKey: string): Promise<BoardRecords> {
  return db.transaction('r', [db.verdicts, db.corrections, db.settings], async () => {
    const [verdicts, corrections, scale] = await Promise.all([
      db.verdicts.where('caseId').equals(caseKey).toArray(),
      db.corrections.where('caseId').equals(caseKey).sortBy('createdAt'),
      db.settings.get(RATING_SCALE_SETTING),
    ]);
    return { verdicts, corrections, scale: readScale(scale?.value) };
  });
}

/** Writes the `after` side of each change (null deletes), all or nothing. */
export async function writeChanges(db: CrosscheckDb, changes: readonly RecordChange[]): Promise<void> {
  if (!changes.length) return;
  await db.transaction('rw', [db.verdicts, db.corrections, db.settings], async () => {
    for (const c of changes) {
      const table = db.table(c.table);
      if (c.after === null) await table.delete(c.key);
      else await table.put(c.after);
    }
  });
}
