/**
 * The import journal: an import writes its record when it starts and one `importLog` line per file as it goes
 * (started, then stored / duplicate / failed), so a tab that is killed mid-import leaves enough behind to say what
 * was and was not imported. A stored article and its journal line are written in one transaction: the journal never
 * claims an article that is not there. A running import holds a Web Lock named after its id; an unfinished record
 * whose lock nobody holds belonged to a tab that died.
 */
import type { Article } from '../../../../core/model/index.js';
import type { StoreResult } from '../db/articles.js';
import type { CrosscheckDb, ImportLogRecord, ImportPartRecord, ImportRecord } from '../db/schema.js';

export const lockName = (importId: number) => `crosscheck-import-${importId}`;

export async function beginImport(db: CrosscheckDb, record: ImportRecord): Promise<number> {
  return (await db.imports.add({ ...record, finishedAt: null })) as number;
}

export async function logLine(db: CrosscheckDb, line: Omit<ImportLogRecord, 'seq' | 'at'>): Promise<void> {
  await db.importLog.add({ ...line, at: new Date().toISOString() });
}

/** storeArticle plus its journal line, all or nothing. */
export async function storeLogged(db: CrosscheckDb, article: Article, importId: number | null): Promise<StoreResult> {
  return db.transaction('rw', db.articles, db.importLog, async () => {
    const existing = await db.articles.where('hash').equals(article.hash).first();
    const at = new Date().toISOString();
    if (existing) {
      if (importId !== null) await db.importLog.add({ importId, path: article.path, status: 'duplicate', hash: article.hash, message: null, at });
      return { status: 'duplicate', existing: { id: existing.id, title: existing.title, path: existing.path } } as const;
    }
    await db.articles.add(article);
    if (importId !== null) await db.importLog.add({ importId, path: article.path, status: 'stored', hash: article.hash, message: null, at });
    return { status: 'stored', article } as const;
  });
}

/** One write an import asks for: an article to store (with its journal line) or a journal line alone. */
export type JournalItem = { kind: 'article'; article: Article } | { kind: 'line'; line: Omit<ImportLogRecord, 'seq' | 'at'> };

/**
 * Takes the next batch off the front of `queue`: at most `maxItems` items and at most `maxArticles` articles.
 * IndexedDB clones every article it is given synchronously, and the library takes each stored one in the same task,
 * so the articles of one batch bound the longest UI task of an import (decision 0048); journal lines are small.
 */
export function takeBatch(queue: JournalItem[], maxItems: number, maxArticles: number): JournalItem[] {
  let n = 0;
  let articles = 0;
  while (n < queue.length && n < maxItems) {
    if (queue[n]!.kind === 'article') {
      if (articles === maxArticles) break;
      articles++;
    }
    n++;
  }
  return queue.splice(0, n);
}

/**
 * Many articles and journal lines in ONE transaction (an import of thousands of files would otherwise pay a
 * transaction, a commit and a cross-tab change message per file, all on the UI thread). Same rules as storeLogged:
 * an article whose hash is stored, or comes earlier in the batch, is a duplicate; each article's journal line is
 * written with it; lines keep their order. Returns one result per article, in order. All or nothing: when the
 * transaction fails the caller stores the items one by one to find the one that cannot be saved.
 */
export async function storeBatch(db: CrosscheckDb, items: JournalItem[], importId: number | null): Promise<StoreResult[]> {
  const articles = items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
  return db.transaction('rw', db.articles, db.importLog, async () => {
    const known = new Map<string, { id: string; title: string; path: string }>();
    if (articles.length) {
      const found = await db.articles.where('hash').anyOf(articles.map((a) => a.hash)).toArray();
      for (const a of found) known.set(a.hash, { id: a.id, title: a.title, path: a.path });
    }
    const at = new Date().toISOString();
    const results: StoreResult[] = [];
    const fresh: Article[] = [];
    const lines: Omit<ImportLogRecord, 'seq'>[] = [];
    for (const item of items) {
      if (item.kind === 'line') {
        lines.push({ ...item.line, at });
        continue;
      }
      const a = item.article;
      const existing = known.get(a.hash);
      if (existing) {
        results.push({ status: 'duplicate', existing });
        if (importId !== null) lines.push({ importId, path: a.path, status: 'duplicate', hash: a.hash, message: null, at });
      } else {
        known.set(a.hash, { id: a.id, title: a.title, path: a.path });
        fresh.push(a);
        results.push({ status: 'stored', article: a });
        if (importId !== null) lines.push({ importId, path: a.path, status: 'stored', hash: a.hash, message: null, at });
      }
    }
    if (fresh.length) await db.articles.bulkAdd(fresh);
    if (lines.length) await db.importLog.bulkAdd(lines);
    return results;
  });
}

/** Most list entries (imported, duplicates, failures, not articles together) a finished record writes in one transaction. */
export const PART_ENTRIES = 500;

/** A macrotask break: lets input, rendering and IndexedDB replies in between. */
export function yieldToUi(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type Lists = Pick<ImportRecord, 'imported' | 'duplicates' | 'failures'> & { notArticles: NonNullable<ImportRecord['notArticles']> };
const LIST_KEYS = ['imported', 'duplicates', 'failures', 'notArticles'] as const;

/** The record's lists cut into parts of at most `size` entries in all, in order. */
export function splitLists(record: ImportRecord, size: number): Lists[] {
  const parts: Lists[] = [];
  let cur: Lists = { imported: [], duplicates: [], failures: [], notArticles: [] };
  let n = 0;
  for (const key of LIST_KEYS) {
    const list = (record[key] ?? []) as unknown[];
    for (let i = 0; i < list.length; ) {
      if (n === size) {
        parts.push(cur);
        cur = { imported: [], duplicates: [], failures: [], notArticles: [] };
        n = 0;
      }
      const take = Math.min(size - n, list.length - i);
      (cur[key] as unknown[]).push(...list.slice(i, i + take));
      i += take;
      n += take;
    }
  }
  if (n) parts.push(cur);
  return parts;
}

/**
 * The import ended normally: its record is final and its journal is no longer needed. A record with more than
 * `partSize` list entries is written in parts, each in its own transaction with a yield in between (IndexedDB clones a
 * value synchronously, so one put of a 10,000-file record was one long UI task that grew with the folder); the small
 * head record, marked finished, and the journal's removal come last, in one transaction. Until then the record is
 * unfinished and the journal intact: a tab that dies in between leaves an interrupted import, as before (0042).
 */
export async function finishImport(
  db: CrosscheckDb,
  id: number,
  record: ImportRecord,
  options: { partSize?: number; pause?: () => Promise<void> } = {},
): Promise<void> {
  const size = options.partSize ?? PART_ENTRIES;
  const pause = options.pause ?? yieldToUi;
  const total = LIST_KEYS.reduce((n, k) => n + (record[k]?.length ?? 0), 0);
  let head: ImportRecord = { ...record, id };
  if (total > size) {
    const parts = splitLists(record, size);
    for (let part = 0; part < parts.length; part++) {
      await pause();
      await db.importParts.put({ importId: id, part, ...parts[part]! });
    }
    await pause();
    head = { ...record, id, imported: [], duplicates: [], failures: [], notArticles: [], parts: parts.length };
  }
  await db.transaction('rw', db.imports, db.importLog, async () => {
    await db.imports.put(head);
    await dropJournal(db, id);
  });
}

/**
 * Delete an import's journal lines. Dexie deletes by a secondary index one key at a time (20,000 requests for a
 * 10,000-file import, 200 a task); an import's lines are usually one run of `seq` (one import per tab at a time),
 * and then a single range delete on the primary key does it. Lines of another tab's import in between: key by key.
 */
async function dropJournal(db: CrosscheckDb, id: number): Promise<void> {
  // A fresh collection each time: Dexie's first()/last() set a limit and a direction on the collection they run on.
  const mine = () => db.importLog.where('importId').equals(id);
  const [first, last, count] = await Promise.all([mine().first(), mine().last(), mine().count()]);
  if (!first || !last) return;
  const run = () => db.importLog.where('seq').between(first.seq!, last.seq!, true, true);
  if ((await run().count()) === count) await run().delete();
  else await mine().delete();
}

/** A stored import record with its lists whole (the parts of a long import joined in order). */
export async function readImportRecord(db: CrosscheckDb, record: ImportRecord): Promise<ImportRecord> {
  if (!record.parts || record.id === undefined) return record;
  const parts: ImportPartRecord[] = await db.importParts.where('importId').equals(record.id).sortBy('part');
  const whole: ImportRecord = { ...record, imported: [...record.imported], duplicates: [...record.duplicates], failures: [...record.failures], notArticles: [...(record.notArticles ?? [])] };
  for (const p of parts.slice(0, record.parts)) for (const key of LIST_KEYS) (whole[key] as unknown[]).push(...p[key]);
  delete whole.parts;
  return whole;
}

export interface InterruptedImport {
  id: number;
  startedAt: string;
  kind: ImportRecord['kind'];
  filesTotal: number | null;
  /** Articles stored (and still in the library), in journal order. */
  stored: { id: string; title: string; path: string }[];
  duplicates: string[];
  failed: { path: string; message: string }[];
  /** Files being parsed when the tab died: the likely cause. */
  inProgress: string[];
  /** Files never reached (only a count: the journal lists what was started). */
  notReached: number | null;
}

/** Names of the Web Locks held by live imports in any tab (empty where the API is missing). */
async function heldLocks(): Promise<Set<string>> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks?.query) return new Set();
  const state = await locks.query();
  return new Set([...(state.held ?? []), ...(state.pending ?? [])].map((l) => l.name ?? ''));
}

/** Unfinished imports whose tab is gone, each with what its journal says was and was not stored. */
export async function findInterrupted(db: CrosscheckDb, live?: Set<string>): Promise<InterruptedImport[]> {
  const open = (await db.imports.toArray()).filter((r) => r.finishedAt === null && r.id !== undefined);
  if (!open.length) return [];
  const held = live ?? (await heldLocks());
  const out: InterruptedImport[] = [];
  for (const r of open) {
    if (held.has(lockName(r.id!))) continue;
    const lines = await db.importLog.where('importId').equals(r.id!).sortBy('seq');
    const ended = new Map<string, ImportLogRecord>();
    const started: string[] = [];
    for (const l of lines) {
      if (l.status === 'started') started.push(l.path);
      else ended.set(l.path, l);
    }
    const stored: InterruptedImport['stored'] = [];
    for (const l of ended.values()) {
      if (l.status !== 'stored' || !l.hash) continue;
      const a = await db.articles.where('hash').equals(l.hash).first();
      if (a) stored.push({ id: a.id, title: a.title, path: l.path });
    }
    const duplicates = [...ended.values()].filter((l) => l.status === 'duplicate').map((l) => l.path);
    const failed = [...ended.values()].filter((l) => l.status === 'failed').map((l) => ({ path: l.path, message: l.message ?? '' }));
    const inProgress = [...new Set(started)].filter((p) => !ended.has(p));
    const total = r.filesTotal ?? null;
    out.push({
      id: r.id!,
      startedAt: r.startedAt,
      kind: r.kind,
      filesTotal: total,
      stored,
      duplicates,
      failed,
      inProgress,
      notReached: total === null ? null : Math.max(0, total - ended.size - inProgress.length),
    });
  }
  return out.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** The user has seen it (dismissed or resumed): the record becomes a finished, interrupted import; journal dropped. */
export async function settleInterrupted(db: CrosscheckDb, item: InterruptedImport): Promise<void> {
  await db.transaction('rw', db.imports, db.importLog, db.importParts, async () => {
    // Parts a finishing import wrote before the tab died: this record keeps its lists inline.
    await db.importParts.where('importId').equals(item.id).delete();
    const r = await db.imports.get(item.id);
    if (r) {
      await db.imports.put({
        ...r,
        finishedAt: new Date().toISOString(),
        interrupted: true,
        imported: item.stored,
        failures: [...r.failures, ...item.failed, ...item.inProgress.map((path) => ({ path, message: 'being parsed when the import was interrupted; not imported' }))],
      });
    }
    await db.importLog.where('importId').equals(item.id).delete();
  });
}
