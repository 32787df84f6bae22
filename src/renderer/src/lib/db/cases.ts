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

/** A story the app proposes as a case (or as more articles for an existing case), until accepted or dismissed. */
export interface CaseSuggestion {
  /** Stable for the same proposal: the case it extends (if any) and the articles it holds. */
  key: string;
  label: string;
  names: string[];
  articleIds: string[];
  /** Set when the story extends an existing case: accepting adds `newArticleIds` to it. */
  caseId: string | null;
  newArticleIds: string[];
}

const SUGGESTIONS_KEY = 'caseSuggestions';
const DISMISSED_KEY = 'dismissedStories';
/** Dismissed proposals remembered, newest kept: enough for any real library, bounded for a pathological one. */
const DISMISSED_MAX = 500;

export async function loadSuggestions(db: CrosscheckDb): Promise<CaseSuggestion[]> {
  const value = (await db.settings.get(SUGGESTIONS_KEY))?.value;
  return Array.isArray(value) ? (value as CaseSuggestion[]) : [];
}

export async function saveSuggestions(db: CrosscheckDb, list: CaseSuggestion[]): Promise<void> {
  await db.settings.put({ key: SUGGESTIONS_KEY, value: list });
}

export async function dismissedKeys(db: CrosscheckDb): Promise<Set<string>> {
  const value = (await db.settings.get(DISMISSED_KEY))?.value;
  return new Set(Array.isArray(value) ? (value as string[]) : []);
}

/** Remember dismissed proposals so the same story is not proposed again. */
export function dismissSuggestions(db: CrosscheckDb, keys: string[]): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    const known = [...(await dismissedKeys(db))].filter((k) => !keys.includes(k));
    await db.settings.put({ key: DISMISSED_KEY, value: [...known, ...keys].slice(-DISMISSED_MAX) });
  });
}
