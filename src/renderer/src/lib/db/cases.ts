/** Case storage: cases and their article sets (an article may sit in several cases). */
import type { Case } from '../../../../core/model/index.js';
import { newId, type CrosscheckDb } from './schema.js';

export function listCases(db: CrosscheckDb): Promise<Case[]> {
  return db.cases.orderBy('name').toArray();
}

export async function createCase(db: CrosscheckDb, name: string, articleIds: string[] = [], description = ''): Promise<Case> {
  const now = new Date().toISOString();
  const c: Case = { id: newId(), name, description, articleIds: [...new Set(articleIds)], createdAt: now, updatedAt: now };
  await db.cases.add(c);
  return c;
}

/** Add articles to a case (ids already there are kept once). */
export function addToCase(db: CrosscheckDb, caseId: string, articleIds: string[]): Promise<void> {
  return db.transaction('rw', db.cases, async () => {
    const c = await db.cases.get(caseId);
    if (!c) throw new Error('case not found');
    const ids = [...new Set([...c.articleIds, ...articleIds])];
    await db.cases.update(caseId, { articleIds: ids, updatedAt: new Date().toISOString() });
  });
}

/** Remove articles from a case; the articles stay in the library. */
export function removeFromCase(db: CrosscheckDb, caseId: string, articleIds: string[]): Promise<void> {
  const drop = new Set(articleIds);
  return db.transaction('rw', db.cases, async () => {
    const c = await db.cases.get(caseId);
    if (!c) return;
    await db.cases.update(caseId, { articleIds: c.articleIds.filter((id) => !drop.has(id)), updatedAt: new Date().toISOString() });
  });
}

export function updateCase(db: CrosscheckDb, caseId: string, changes: Partial<Pick<Case, 'name' | 'description'>>): Promise<number> {
  return db.cases.update(caseId, { ...changes, updatedAt: new Date().toISOString() });
}

/** Delete a case and what belongs only to it (analysis cache, layout, notes, corrections, verdicts); articles stay. */
export function deleteCase(db: CrosscheckDb, caseId: string): Promise<void> {
  return db.transaction('rw', [db.cases, db.analyses, db.layouts, db.annotations, db.corrections, db.verdicts], async () => {
    await db.cases.delete(caseId);
    await db.analyses.delete(caseId);
    await db.layouts.delete(caseId);
    await db.annotations.where('caseId').equals(caseId).delete();
    await db.corrections.where('caseId').equals(caseId).delete();
    await db.verdicts.where('caseId').equals(caseId).delete();
  });
}
