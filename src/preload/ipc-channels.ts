/**
 * The wire format of CrosscheckApi over Electron IPC, shared by the preload (src/preload/index.ts) and main
 * (src/main/ipc.ts). The renderer never sees this file: it codes against contract.ts only.
 */
import { CHANNEL_PREFIX } from './contract.js';
import type { CrosscheckApi, ImportEvent, ImportSummary, MenuCommand, SaveRequest, SourceList } from './contract.js';

/** Contract methods that are request/response calls; `platform` is a constant and `onMenuCommand` a subscription. */
export type InvokeMethod = Exclude<keyof CrosscheckApi, 'platform' | 'onMenuCommand'>;

/**
 * What each invoke call carries. Where the preload adapts the renderer-facing signature it is noted:
 * File objects become paths, and the import callback becomes the per-source channel below.
 */
export interface IpcInvokeMap {
  pickSources: { args: [kind: 'files' | 'folder']; result: SourceList | null };
  /** Paths from `webUtils.getPathForFile`, resolved in the preload. */
  sourcesFromDrop: { args: [paths: string[]]; result: SourceList };
  /** Resolves once the import has started; events and the summary arrive on `importChannel(sourceId)`. */
  importSources: { args: [sourceId: string]; result: void };
  cancelImport: { args: [sourceId: string]; result: void };
  saveFile: { args: [request: SaveRequest]; result: string | null };
  printToPdf: { args: [html: string]; result: Uint8Array };
}

// Compile-time guard: adding a method to CrosscheckApi without a wire shape (or the reverse) fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type InvokeMapCoversContract = Assert<Same<keyof IpcInvokeMap, InvokeMethod>>;

/** Runtime list of the invoke methods; typed so it must name each one exactly once. */
export const INVOKE_METHODS = ['pickSources', 'sourcesFromDrop', 'importSources', 'cancelImport', 'saveFile', 'printToPdf'] as const;
export type InvokeMethodsListed = Assert<Same<(typeof INVOKE_METHODS)[number], InvokeMethod>>;

export function invokeChannel(method: InvokeMethod): string {
  return `${CHANNEL_PREFIX}invoke:${method}`;
}

/** One channel per source list, so concurrent imports never see each other's events. */
export function importChannel(sourceId: string): string {
  return `${CHANNEL_PREFIX}import:${sourceId}`;
}

export const MENU_CHANNEL = `${CHANNEL_PREFIX}menu`;

/** Messages on an import channel: events as they happen, then exactly one `done` or `error`. */
export type ImportMessage =
  | { type: 'event'; event: ImportEvent }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; message: string };

export type { MenuCommand };
