/**
 * Electron main process: lifecycle only. Everything with a policy in it lives in its own module
 * (security.ts, protocol.ts, ipc.ts, menu.ts); see docs/shell.md.
 */
import { app, BrowserWindow, session, utilityProcess } from 'electron';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import importHostEntry from './import-host-entry?modulePath';
import { DEFAULT_HOST_LIMITS, hostExecArgv, HostWorker } from './import-host.js';
import { ImportPool } from './import-pool.js';
import { registerIpc } from './ipc.js';
import { installMenu } from './menu.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { hardenSession, installSecurity } from './security.js';
import { allowedOrigins, APP_ENTRY_URL } from './security-policy.js';
import { createMainWindow } from './window.js';

// Privileged schemes must be registered before `ready`.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Only an unpackaged run (`electron-vite dev`) may load Vite's dev server.
  const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const origins = allowedOrigins(devUrl);
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  const openWindow = () => createMainWindow({ url: devUrl ?? APP_ENTRY_URL, preload });
  // One or two parser host processes: parsing is CPU-bound and the UI and main loop need a core of their own.
  // Each is a utilityProcess (hostile files never touch main's heap), killed and respawned when it overruns a bound.
  const limits = DEFAULT_HOST_LIMITS;
  const memoryMb = (pid: number) => {
    const metric = app.getAppMetrics().find((m) => m.pid === pid);
    return metric ? metric.memory.workingSetSize / 1024 : undefined;
  };
  const spawnHost = () =>
    new HostWorker(
      utilityProcess.fork(importHostEntry, [], { execArgv: hostExecArgv(limits), serviceName: 'Crosscheck parser' }),
      { limits, sampleMemoryMb: memoryMb },
    );
  const pool = new ImportPool(spawnHost, { size: Math.min(2, Math.max(1, availableParallelism() - 1)), timeoutMs: limits.timeBudgetMs });

  installSecurity(origins);

  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, origins);
    serveRenderer(join(import.meta.dirname, '../renderer'));
    registerIpc({ origins, pool });
    installMenu();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void pool.close());
}
