/**
 * Main side of CrosscheckApi: exactly one handler per invoke method, typed from the contract's wire map, so a
 * missing or mistyped handler fails `tsc`. Every call passes ipc-guard.ts first (prefix, sender frame, arguments).
 */
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_METHODS, importChannel, invokeChannel, type ImportMessage, type IpcInvokeMap, type InvokeMethod } from '../preload/ipc-channels.js';
import type { ImportEvent, SourceList } from '../preload/contract.js';
import { argValidators, hasChannelPrefix, IpcRefused, isTrustedSender } from './ipc-guard.js';
import type { ImportJob, ImportPool } from './import-pool.js';
import { collectSources } from './read-files.js';
import { printToPdf } from './print-pdf.js';
import { saveFile } from './save-file.js';
import { SourceStore } from './source-store.js';

type Handlers = {
  [K in InvokeMethod]: (sender: WebContents, ...args: IpcInvokeMap[K]['args']) => Promise<IpcInvokeMap[K]['result']>;
};

export interface IpcOptions {
  origins: readonly string[];
  pool: ImportPool;
}

export function registerIpc({ origins, pool }: IpcOptions): void {
  const sources = new SourceStore();
  const jobs = new Map<string, { job: ImportJob; owner: number }>();
  const tracked = new WeakSet<WebContents>();

  const collect = async (sender: WebContents, paths: string[]): Promise<SourceList> => {
    if (!tracked.has(sender)) {
      tracked.add(sender);
      // A closed window leaves no held lists behind (its imports are cancelled in importSources).
      sender.once('destroyed', () => sources.forget(sender.id));
    }
    return sources.add(sender.id, await collectSources(paths));
  };

  const handlers: Handlers = {
    async pickSources(sender, kind) {
      const owner = BrowserWindow.fromWebContents(sender);
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] =
        kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'];
      const options = { title: kind === 'folder' ? 'Import a folder' : 'Import files', properties };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      if (result.canceled || result.filePaths.length === 0) return null;
      return collect(sender, result.filePaths);
    },
    async sourcesFromDrop(sender, paths) {
      return collect(sender, paths);
    },
    async importSources(sender, sourceId) {
      const files = sources.take(sourceId, sender.id);
      if (!files) throw new IpcRefused('unknown or already imported source list');
      const channel = importChannel(sourceId);
      const post = (message: ImportMessage) => {
        if (!sender.isDestroyed()) sender.send(channel, message);
      };
      const job = pool.run(files, (event: ImportEvent) => post({ type: 'event', event }));
      jobs.set(sourceId, { job, owner: sender.id });
      sender.once('destroyed', () => job.cancel());
      job.done.then(
        (summary) => post({ type: 'done', summary }),
        (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
      ).finally(() => jobs.delete(sourceId));
    },
    async cancelImport(sender, sourceId) {
      const running = jobs.get(sourceId);
      if (running?.owner === sender.id) running.job.cancel();
    },
    async saveFile(sender, request) {
      return saveFile(BrowserWindow.fromWebContents(sender), request);
    },
    async printToPdf(_sender, html) {
      return printToPdf(html);
    },
  };

  for (const method of INVOKE_METHODS) register(method, handlers, origins);
}

function register<K extends InvokeMethod>(method: K, handlers: Handlers, origins: readonly string[]): void {
  const channel = invokeChannel(method);
  if (!hasChannelPrefix(channel)) throw new Error(`channel ${channel} lacks the crosscheck prefix`);
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...raw: unknown[]) => {
    const frame = event.senderFrame;
    const sender = { url: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame };
    if (!isTrustedSender(sender, origins)) throw new IpcRefused(`refused ${method} from ${sender.url ?? 'a closed frame'}`);
    const args = argValidators[method](raw);
    return handlers[method](event.sender, ...args);
  });
}
