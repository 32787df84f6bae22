/**
 * The preload: builds CrosscheckApi over IPC and exposes it as `window.crosscheck`. Nothing else crosses the
 * bridge (no ipcRenderer, no Node). Bundled to one CommonJS file because sandboxed preloads cannot load ESM.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { CrosscheckApi, ImportSummary, MenuCommand } from './contract.js';
import { importChannel, invokeChannel, MENU_CHANNEL, type ImportMessage, type IpcInvokeMap, type InvokeMethod } from './ipc-channels.js';

function invoke<K extends InvokeMethod>(method: K, ...args: IpcInvokeMap[K]['args']): Promise<IpcInvokeMap[K]['result']> {
  return ipcRenderer.invoke(invokeChannel(method), ...args);
}

const MENU_COMMANDS: ReadonlySet<string> = new Set<MenuCommand>(['import-files', 'import-folder', 'about']);

const api = {
  platform: 'electron',
  pickSources: (kind) => invoke('pickSources', kind),
  // Only the preload can map a dropped File to its path; files without one (made in the page) are left out.
  sourcesFromDrop: (files) => invoke('sourcesFromDrop', Array.from(files, (file) => webUtils.getPathForFile(file)).filter(Boolean)),
  importSources(sourceId, onEvent) {
    const channel = importChannel(sourceId);
    return new Promise<ImportSummary>((resolve, reject) => {
      // Subscribe before asking main to start, so not even the first progress event can be missed.
      const listener = (_event: IpcRendererEvent, message: ImportMessage) => {
        if (message.type === 'event') {
          onEvent(message.event);
          return;
        }
        ipcRenderer.removeListener(channel, listener);
        if (message.type === 'done') resolve(message.summary);
        else reject(new Error(message.message));
      };
      ipcRenderer.on(channel, listener);
      invoke('importSources', sourceId).catch((err: unknown) => {
        ipcRenderer.removeListener(channel, listener);
        reject(err);
      });
    });
  },
  cancelImport: (sourceId) => invoke('cancelImport', sourceId),
  saveFile: (request) => invoke('saveFile', request),
  printToPdf: (html) => invoke('printToPdf', html),
  onMenuCommand(listener) {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && MENU_COMMANDS.has(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(MENU_CHANNEL, relay);
  },
} satisfies CrosscheckApi;

contextBridge.exposeInMainWorld('crosscheck', api);
