/** The application menu as data (Electron-free, so tests can check accelerators and the dev-only items). */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../preload/contract.js';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Developer tools only in unpackaged runs: a shipped app has no use for them and they widen the attack surface. */
  devTools: boolean;
  send(command: MenuCommand): void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, devTools, send } = options;
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => send('about') };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => send('import-files') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-folder') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(devTools ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [about] };
  const mac: MenuItemConstructorOptions[] = isMac
    ? [{ label: appName, submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  return [...mac, file, { role: 'editMenu' }, view, help];
}
