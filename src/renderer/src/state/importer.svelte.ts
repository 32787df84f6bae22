/**
 * Import session state: drives bridge.importSources and stores the streamed articles, with their journal lines, in
 * batched transactions (see storeBatch).
 * Parsing happens elsewhere (Worker or Electron main); this module only writes and reports.
 */
import type { ImportEvent, ImportProgress, SourceList } from '../../../preload/contract.js';
import type { Article } from '../../../core/model/index.js';
import { bridge } from '../lib/bridge/index.js';
import { summarize, type StoreResult } from '../lib/db/articles.js';
import { saveImportRecord } from '../lib/db/imports.js';
import { beginImport, findInterrupted, finishImport, lockName, logLine, settleInterrupted, storeBatch, storeLogged, takeBatch, type InterruptedImport, type JournalItem } from '../lib/import/import-log.js';
import { db } from '../lib/db/instance.js';
import { describeDbError } from '../lib/db/errors.js';
import type { ImportLogRecord, ImportRecord } from '../lib/db/schema.js';
import { library } from './library.svelte.js';
import { cases } from './cases.svelte.js';

/** Most items (articles and journal lines) written in one transaction. */
const MAX_BATCH = 200;
/**
 * Most articles among them: storing one (IndexedDB's synchronous clone, Dexie, the library row) is the UI thread's
 * biggest cost per file, and a batch is one task; 200 articles made tasks of 200+ ms mid-import (decision 0048).
 */
const MAX_BATCH_ARTICLES = 40;
/** Shortest interval between two progress updates on screen. */
const PROGRESS_MS = 250;

/** preparing: reading a drop (folders being walked). An open file picker is not a phase: see pick(). */
export type ImportPhase = 'idle' | 'preparing' | 'running' | 'done';

class ImportState {
  phase = $state<ImportPhase>('idle');
  progress = $state.raw<ImportProgress | null>(null);
  /** Report of the last import, shown until dismissed. */
  report = $state.raw<ImportRecord | null>(null);
  cancelling = $state(false);
  busy = $derived(this.phase === 'preparing' || this.phase === 'running');
  /** Imports found unfinished at start-up (their tab was closed or crashed), oldest first. */
  interrupted = $state.raw<InterruptedImport[]>([]);
  #sourceId: string | null = null;
  #pickSeq = 0;

  /** Looks for imports a killed tab left unfinished (call once at start-up). */
  async loadInterrupted(): Promise<void> {
    try {
      this.interrupted = await findInterrupted(db);
    } catch {
      this.interrupted = [];
    }
  }

  /** The user has read the notice: the import is recorded as interrupted and the notice goes. */
  async dismissInterrupted(item: InterruptedImport): Promise<void> {
    this.interrupted = this.interrupted.filter((x) => x.id !== item.id);
    await settleInterrupted(db, item).catch(() => {});
  }

  /** Pick the same files or folder again; files already stored are recognised by their content hash. */
  async resume(item: InterruptedImport): Promise<void> {
    await this.dismissInterrupted(item);
    await this.pick(item.kind === 'folder' ? 'folder' : 'files');
  }

  /**
   * The UI stays enabled while a picker is open: if a browser never reports that its picker was dismissed,
   * the user can simply pick again. Only the latest pick counts.
   */
  async pick(kind: 'files' | 'folder'): Promise<void> {
    if (this.busy) return;
    const seq = ++this.#pickSeq;
    let list: SourceList | null;
    try {
      list = await bridge.pickSources(kind);
    } catch (err) {
      void this.#finish(this.#newRecord([{ path: '(selection)', message: describe(err) }]));
      return;
    }
    if (list && seq === this.#pickSeq && !this.busy) await this.#run(list, kind);
  }

  /** `files` is the promise from filesFromDrop, taken synchronously in the drop handler. */
  async drop(files: Promise<File[]>): Promise<void> {
    if (this.busy) return;
    const previous = this.phase;
    this.phase = 'preparing';
    let list: SourceList | null = null;
    try {
      const dropped = await files;
      if (dropped.length) list = await bridge.sourcesFromDrop(dropped);
    } catch (err) {
      void this.#finish(this.#newRecord([{ path: '(dropped files)', message: describe(err) }]));
      return;
    }
    if (list) await this.#run(list, 'drop');
    else this.phase = previous === 'done' ? 'done' : 'idle';
  }

  async cancel(): Promise<void> {
    if (!this.#sourceId || this.cancelling) return;
    this.cancelling = true;
    await bridge.cancelImport(this.#sourceId);
  }

  dismiss(): void {
    this.report = null;
    if (!this.busy) this.phase = 'idle';
  }

  async #run(list: SourceList, kind: NonNullable<ImportRecord['kind']>): Promise<void> {
    const record = this.#newRecord([...list.skipped]);
    record.notArticles = [...(list.notArticles ?? [])];
    // Importing while a case is open imports into it; switching cases meanwhile does not move the import.
    record.caseId = cases.currentId;
    record.filesTotal = list.count;
    record.kind = kind;
    // The journal (lib/import/import-log.ts): the record now, a line per file as it goes, a Web Lock while alive.
    const importId = await beginImport(db, record).catch(() => null);
    let releaseLock = () => {};
    if (importId !== null && navigator.locks) {
      await new Promise<void>((held) => {
        void navigator.locks.request(lockName(importId), () => new Promise<void>((release) => {
          releaseLock = release;
          held();
        })).catch(() => held());
      });
    }
    this.report = null;
    // An open suggestions panel closes: the stories this import brings are counted on the import line and in the
    // switcher, and a list changing under the checker's eyes is not shown (decisions 0078, 0089).
    if (cases.panelOpen) cases.closePanel();
    this.#sourceId = list.id;
    this.cancelling = false;
    this.phase = 'running';
    this.progress = { filesDone: 0, filesTotal: list.count, bytesDone: 0, bytesTotal: list.bytes, current: null };
    // Writes go through one queue, in arrival order: while a transaction is open the next items gather, and the
    // writer takes all of them in the next one (one transaction per batch, not one per file or journal line).
    const queue: JournalItem[] = [];
    let writer: Promise<void> | null = null;
    const drain = async () => {
      while (queue.length) await this.#storeBatch(takeBatch(queue, MAX_BATCH, MAX_BATCH_ARTICLES), record, importId);
      writer = null;
    };
    const enqueue = (item: JournalItem) => {
      queue.push(item);
      writer ??= drain();
    };
    const journal = (line: Omit<ImportLogRecord, 'seq' | 'at'>) => {
      if (importId !== null) enqueue({ kind: 'line', line });
    };
    const started = new Set<string>();
    // Progress is shown at most every PROGRESS_MS (the latest figures; each file's start is still journalled).
    let shownAt = 0;
    let latest: ImportProgress | null = null;
    let progressTimer: ReturnType<typeof setTimeout> | null = null;
    const showProgress = () => {
      progressTimer = null;
      shownAt = performance.now();
      if (latest && this.#sourceId === list.id) this.progress = latest;
    };
    const onEvent = (event: ImportEvent) => {
      if (event.type === 'progress') {
        latest = event.progress;
        const wait = PROGRESS_MS - (performance.now() - shownAt);
        if (wait <= 0) showProgress();
        else progressTimer ??= setTimeout(showProgress, wait);
        const current = event.progress.current;
        if (current !== null && !started.has(current)) {
          started.add(current);
          journal({ importId: importId!, path: current, status: 'started', hash: null, message: null });
        }
      } else if (event.type === 'failure') {
        record.failures.push(event.failure);
        journal({ importId: importId!, path: event.failure.path, status: 'failed', hash: null, message: event.failure.message });
      } else {
        enqueue({ kind: 'article', article: event.article });
      }
    };
    try {
      const summary = await bridge.importSources(list.id, onEvent);
      record.cancelled = summary.cancelled;
    } catch (err) {
      record.failures.push({ path: '(import)', message: describe(err) });
    }
    if (progressTimer) clearTimeout(progressTimer);
    while (writer) await writer;
    // The lock goes only once the record is final, so no other tab mistakes this import for an interrupted one.
    void this.#finish(record, importId).finally(releaseLock);
  }

  /** One batch in one transaction; if that fails, item by item, so only the article that cannot be saved is lost. */
  async #storeBatch(items: JournalItem[], record: ImportRecord, importId: number | null): Promise<void> {
    let results: StoreResult[] | null = null;
    try {
      results = await storeBatch(db, items, importId);
    } catch {
      /* below, one by one */
    }
    if (results) {
      let r = 0;
      for (const item of items) if (item.kind === 'article') this.#stored(item.article, results[r++]!, record);
      return;
    }
    for (const item of items) {
      if (item.kind === 'line') await logLine(db, item.line).catch(() => {});
      else await this.#store(item.article, record, importId);
    }
  }

  async #store(article: Article, record: ImportRecord, importId: number | null): Promise<void> {
    try {
      this.#stored(article, await storeLogged(db, article, importId), record);
    } catch (err) {
      record.failures.push({ path: article.path, message: `could not save: ${describeDbError(err)}` });
    }
  }

  #stored(article: Article, result: StoreResult, record: ImportRecord): void {
    if (result.status === 'stored') {
      record.imported.push({ id: article.id, title: article.title, path: article.path });
      library.added(summarize(article));
    } else {
      record.duplicates.push({ id: result.existing.id, title: result.existing.title, path: article.path });
    }
  }

  /** Imported into a case: add what came in (new and already-known articles). Otherwise propose the stories seen. */
  #sort(record: ImportRecord): void {
    const ids = [...record.imported, ...record.duplicates].map((a) => a.id);
    if (!ids.length) return;
    const target = record.caseId ? cases.items.find((c) => c.id === record.caseId) : undefined;
    if (target) void cases.addArticles(target.id, ids);
    else cases.suggest(ids);
  }

  #newRecord(failures: ImportRecord['failures']): ImportRecord {
    return { startedAt: new Date().toISOString(), finishedAt: null, imported: [], duplicates: [], failures, cancelled: false };
  }

  #finish(record: ImportRecord, importId: number | null = null): Promise<void> {
    library.flushAdded();
    this.#sort(record);
    record.finishedAt = new Date().toISOString();
    this.report = { ...record };
    this.phase = 'done';
    this.progress = null;
    this.cancelling = false;
    this.#sourceId = null;
    // Open something useful rather than leaving the reader blank after a first import: the imported article that
    // comes first in the table's order. (The first one imported, by path, can be row 5,000 of a sorted 10,000, and the
    // table builds every row up to the open one: a 2 s task and seconds of layout at the end of a 10k import.)
    if (record.imported.length && library.selectedId === null) {
      const ids = new Set(record.imported.map((a) => a.id));
      const first = library.sorted.find((a) => ids.has(a.id));
      if (first) void library.select(first.id);
    }
    // The report is a convenience; failing to save it must not hide it.
    return (importId !== null ? finishImport(db, importId, record) : saveImportRecord(db, record).then(() => {})).catch(() => {});
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export const importer = new ImportState();
