/**
 * Notes and evidence picked in the reader (core Annotation with a Hypothesis-style TextAnchor). Stored per case;
 * the board reads evidence by case and by the quantity's mention keys.
 */
import type { Annotation, MentionKey, TextAnchor } from '../../../../core/model/index.js';
import { keyId } from '../../../../core/keys.js';
import { newId, type CrosscheckDb } from './schema.js';

export interface NewAnnotation {
  caseId: string;
  kind: Annotation['kind'];
  anchor: TextAnchor;
  body: string;
  quantityKeys?: MentionKey[];
}

export async function addAnnotation(db: CrosscheckDb, input: NewAnnotation, now = new Date()): Promise<Annotation> {
  const at = now.toISOString();
  const a: Annotation = {
    id: newId(),
    caseId: input.caseId,
    kind: input.kind,
    anchor: input.anchor,
    body: input.body,
    quantityKeys: input.kind === 'evidence' ? (input.quantityKeys ?? []) : [],
    createdAt: at,
    updatedAt: at,
  };
  await db.annotations.add(a);
  return a;
}

export function listAnnotations(db: CrosscheckDb, caseId: string): Promise<Annotation[]> {
  return db.annotations.where('caseId').equals(caseId).sortBy('createdAt');
}

export async function updateAnnotation(
  db: CrosscheckDb,
  id: string,
  changes: Partial<Pick<Annotation, 'body' | 'kind' | 'quantityKeys' | 'anchor'>>,
  now = new Date(),
): Promise<void> {
  await db.annotations.update(id, { ...changes, updatedAt: now.toISOString() });
}

export function deleteAnnotation(db: CrosscheckDb, id: string): Promise<void> {
  return db.annotations.delete(id);
}

/** Evidence of a case for a quantity: any piece whose keys share a mention with `keys` (as verdicts are matched). */
export async function evidenceFor(db: CrosscheckDb, caseId: string, keys: readonly MentionKey[]): Promise<Annotation[]> {
  const wanted = new Set(keys.map(keyId));
  const all = await listAnnotations(db, caseId);
  return all.filter((a) => a.kind === 'evidence' && a.quantityKeys.some((k) => wanted.has(keyId(k))));
}
