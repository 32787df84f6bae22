/** The one application window. Options come from security-policy.ts; only the preload path is added here. */
import { BrowserWindow } from 'electron';
import { WEB_PREFERENCES } from './security-policy.js';

export interface WindowOptions {
  url: string;
  preload: string;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 520,
    title: 'Crosscheck',
    // Shown once the first paint is ready, so the user never sees a blank white frame.
    show: false,
    webPreferences: { ...WEB_PREFERENCES, preload: options.preload },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.url);
  return win;
}
