/**
 * Import session state: drives bridge.importSources and stores each streamed article in its own transaction.
 * Parsing happens elsewhere (Worker or Electron main); this module only writes and reports.
 */
import type { ImportEvent, ImportProgress, SourceList } from '../../../preload/contract.js';
import type { Article } from '../../../core/model/index.js';
import { bridge } from '../lib/bridge/index.js';
import { summarize } from '../lib/db/articles.js';
import { saveImportRecord } from '../lib/db/imports.js';
import { beginImport, findInterrupted, finishImport, lockName, logLine, settleInterrupted, storeLogged, type InterruptedImport } from '../lib/import/import-log.js';
import { db } from '../lib/db/instance.js';
import { describeDbError } from '../lib/db/errors.js';
import type { ImportRecord } from '../lib/db/schema.js';
import { library } from './library.svelte.js';
import { cases } from './cases.svelte.js';

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
    this.#sourceId = list.id;
    this.cancelling = false;
    this.phase = 'running';
    this.progress = { filesDone: 0, filesTotal: list.count, bytesDone: 0, bytesTotal: list.bytes, current: null };
    // Writes are chained so they happen in arrival order, one short transaction each, and can be awaited at the end.
    let writes = Promise.resolve();
    const journal = (line: Parameters<typeof logLine>[1]) => {
      if (importId !== null) writes = writes.then(() => logLine(db, line).catch(() => {}));
    };
    const started = new Set<string>();
    const onEvent = (event: ImportEvent) => {
      if (event.type === 'progress') {
        this.progress = event.progress;
        const current = event.progress.current;
        if (current !== null && !started.has(current)) {
          started.add(current);
          journal({ importId: importId!, path: current, status: 'started', hash: null, message: null });
        }
      } else if (event.type === 'failure') {
        record.failures.push(event.failure);
        journal({ importId: importId!, path: event.failure.path, status: 'failed', hash: null, message: event.failure.message });
      } else {
        const article = event.article;
        writes = writes.then(() => this.#store(article, record, importId));
      }
    };
    try {
      const summary = await bridge.importSources(list.id, onEvent);
      record.cancelled = summary.cancelled;
    } catch (err) {
      record.failures.push({ path: '(import)', message: describe(err) });
    }
    await writes;
    // The lock goes only once the record is final, so no other tab mistakes this import for an interrupted one.
    void this.#finish(record, importId).finally(releaseLock);
  }

  async #store(article: Article, record: ImportRecord, importId: number | null): Promise<void> {
    try {
      const result = await storeLogged(db, article, importId);
      if (result.status === 'stored') {
        record.imported.push({ id: article.id, title: article.title, path: article.path });
        library.added(summarize(article));
      } else {
        record.duplicates.push({ id: result.existing.id, title: result.existing.title, path: article.path });
      }
    } catch (err) {
      record.failures.push({ path: article.path, message: `could not save: ${describeDbError(err)}` });
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
    // Open something useful rather than leaving the reader blank after a first import.
    const first = record.imported[0];
    if (first && library.selectedId === null) void library.select(first.id);
    // The report is a convenience; failing to save it must not hide it.
    return (importId !== null ? finishImport(db, importId, record) : saveImportRecord(db, record).then(() => {})).catch(() => {});
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export const importer = new ImportState();
