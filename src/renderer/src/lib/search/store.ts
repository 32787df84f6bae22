/**
 * The search index in IndexedDB (table `searchIndex`): MiniSearch's own JSON for the metadata index, the document
 * table, and each body segment under its own key. Segments never change once made, so a save writes only the new
 * ones and deletes the merged-away ones, all in one transaction: a crash leaves the previous index or the new one.
 */
import { INDEX_FORMAT, SearchEngine, type EngineSnapshot } from '../../../../core/search/engine.js';
import type { PackedSegment, Segment } from '../../../../core/search/segment.js';
import type { CrosscheckDb } from '../db/schema.js';

interface Manifest {
  format: number;
  segments: string[];
  savedAt: string;
}

/** Which stored key holds each segment already written. */
export type StoredSegments = Map<Segment, string>;

export async function loadIndex(db: CrosscheckDb): Promise<{ engine: SearchEngine; stored: StoredSegments } | null> {
  const manifest = (await db.searchIndex.get('manifest'))?.value as Manifest | undefined;
  if (!manifest || manifest.format !== INDEX_FORMAT) return null;
  const keys = ['meta', 'docs', 'body', ...manifest.segments];
  const recs = await db.searchIndex.bulkGet(keys);
  if (recs.some((r) => !r)) return null;
  const [meta, docs, body, ...segments] = recs.map((r) => r!.value);
  const snapshot = { format: manifest.format, meta, docs, body: { ...(body as object), segments } } as EngineSnapshot;
  const engine = SearchEngine.fromSnapshot(snapshot);
  const stored: StoredSegments = new Map(engine.segments.map((s, i) => [s, manifest.segments[i]!]));
  return { engine, stored };
}

export async function saveIndex(db: CrosscheckDb, engine: SearchEngine, stored: StoredSegments): Promise<StoredSegments> {
  const snap = engine.snapshot();
  const { segments: packed, ...body } = snap.body;
  // engine.segments[i] is the live form of packed[i]: identity says which are already stored.
  const segments = engine.segments;
  const next: StoredSegments = new Map();
  const fresh: { key: string; value: PackedSegment }[] = [];
  segments.forEach((s, i) => {
    const key = stored.get(s) ?? `seg:${crypto.randomUUID()}`;
    next.set(s, key);
    if (!stored.has(s)) fresh.push({ key, value: packed[i]! });
  });
  const gone = [...stored.entries()].filter(([s]) => !next.has(s)).map(([, k]) => k);
  const manifest: Manifest = { format: snap.format, segments: segments.map((s) => next.get(s)!), savedAt: new Date().toISOString() };
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.bulkPut([
      { key: 'meta', value: snap.meta },
      { key: 'docs', value: snap.docs },
      { key: 'body', value: body },
      ...fresh,
      { key: 'manifest', value: manifest },
    ]);
    if (gone.length) await db.searchIndex.bulkDelete(gone);
  });
  return next;
}

/** Remove a stored index (of an old format, or unreadable). */
export async function clearIndex(db: CrosscheckDb): Promise<void> {
  await db.searchIndex.clear();
}
