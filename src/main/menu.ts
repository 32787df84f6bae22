/** Installs the application menu; commands go to the focused window, which handles them like its own buttons. */
import { app, BrowserWindow, Menu } from 'electron';
import type { MenuCommand } from '../preload/contract.js';
import { MENU_CHANNEL } from '../preload/ipc-channels.js';
import { menuTemplate } from './menu-template.js';

export function installMenu(): void {
  const send = (command: MenuCommand) => {
    const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (win && !win.webContents.isDestroyed()) win.webContents.send(MENU_CHANNEL, command);
  };
  const template = menuTemplate({ appName: app.getName(), isMac: process.platform === 'darwin', devTools: !app.isPackaged, send });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
