/** The renderer's single door to the outside world: Electron's preload API when present, else the browser twin. */
import type { CrosscheckApi } from '../../../../preload/contract.js';
import { browserBridge } from './browser-bridge.js';
import { collectDroppedFiles } from './drop-entries.js';

declare global {
  interface Window {
    crosscheck?: CrosscheckApi;
  }
}

export const bridge: CrosscheckApi = window.crosscheck ?? browserBridge;

/**
 * Files from a drop event, ready for `bridge.sourcesFromDrop`. Must be called synchronously in the handler.
 * Electron resolves dropped folders itself from the File objects; the web walks them here.
 */
export function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  return bridge.platform === 'web' ? collectDroppedFiles(dt) : Promise.resolve(Array.from(dt.files));
}

export type { CrosscheckApi };
