/**
 * The web build's store worker (decision 0039): the parse workers hand it their articles over MessagePorts and it
 * writes them, with their journal lines, in batched transactions of its own connection to the app's database. The UI
 * thread then never receives, clones or writes an article's body; it gets one small message per transaction.
 * It parses nothing untrusted, so the pool never terminates it: a parse worker killed for its time budget or by
 * cancel cannot abort a transaction holding other files' articles.
 */
import type { StoredOutcome } from '../../../../preload/contract.js';
import { createDb } from '../db/schema.js';
import { summarize, type StoreResult } from '../db/articles.js';
import { describeDbError } from '../db/errors.js';
import { storeBatch, storeLogged, takeBatch, type JournalItem } from './import-log.js';
import { fromWire, IMPORT_CHANNEL, type FromStore, type ToStore, type ToStorePort } from './worker-protocol.js';

interface Scope {
  postMessage(message: FromStore): void;
  onmessage: ((e: MessageEvent<ToStore | undefined>) => void) | null;
}
const scope = self as unknown as Scope;

/**
 * Articles per transaction. Off the UI thread a batch no longer bounds a UI task (it did at 40, decision 0048);
 * larger batches mean fewer commits, and the batch's clone is this worker's own time.
 */
const MAX_ARTICLES = 100;

const db = createDb();
let importId: number | null = null;
const ports: MessagePort[] = [];
const queue: (JournalItem & { kind: 'article' })[] = [];
let writer: Promise<void> | null = null;

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg?.channel !== IMPORT_CHANNEL) return;
  if (msg.type === 'open') importId = msg.importId;
  else if (msg.type === 'port') {
    ports.push(msg.port);
    msg.port.onmessage = (m: MessageEvent<ToStorePort | undefined>) => {
      const article = m.data?.channel === IMPORT_CHANNEL ? m.data.article : undefined;
      if (!article) return;
      const wire = fromWire({ ok: true, article });
      if (wire.ok) queue.push({ kind: 'article', article: wire.article });
      writer ??= drain();
    };
  } else if (msg.type === 'close') {
    // A closed port delivers nothing more: an article still in flight from a parse worker that cancel terminated
    // is neither stored nor listed, so the library and the import record agree.
    for (const p of ports) p.close();
    void (writer ?? Promise.resolve()).then(() => scope.postMessage({ channel: IMPORT_CHANNEL, type: 'closed' }));
  }
};

async function drain(): Promise<void> {
  while (queue.length) {
    const items = takeBatch(queue, MAX_ARTICLES, MAX_ARTICLES) as (JournalItem & { kind: 'article' })[];
    scope.postMessage({ channel: IMPORT_CHANNEL, type: 'stored', results: await store(items) });
  }
  writer = null;
}

/** One transaction; if it fails, article by article, so only the one that cannot be saved is lost (as the page did). */
async function store(items: (JournalItem & { kind: 'article' })[]): Promise<{ path: string; outcome: StoredOutcome }[]> {
  const out = (path: string, r: StoreResult): { path: string; outcome: StoredOutcome } => ({
    path,
    outcome: r.status === 'stored' ? { status: 'stored', summary: summarize(r.article) } : { status: 'duplicate', existing: r.existing },
  });
  try {
    const results = await storeBatch(db, items, importId);
    return items.map((item, i) => out(item.article.path, results[i]!));
  } catch {
    /* below, one by one */
  }
  const results: { path: string; outcome: StoredOutcome }[] = [];
  for (const { article } of items) {
    try {
      results.push(out(article.path, await storeLogged(db, article, importId)));
    } catch (err) {
      results.push({ path: article.path, outcome: { status: 'failed', message: describeDbError(err) } });
    }
  }
  return results;
}
