/** saveFile: the native save dialog, then an atomic write (a crash mid-save never leaves a torn export). */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { SaveRequest } from '../preload/contract.js';
import { writeFileAtomic } from './atomic-write.js';
import { safeFileName, saveFilters } from './save-options.js';

export async function saveFile(owner: BrowserWindow | null, request: SaveRequest): Promise<string | null> {
  const name = safeFileName(request.suggestedName);
  const options = { defaultPath: join(app.getPath('documents'), name), filters: saveFilters(name, request.mime) };
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFileAtomic(result.filePath, request.data);
  return result.filePath;
}
