/**
 * Entry of a parser host process (Electron `utilityProcess`, built by electron-vite via `?modulePath`): serves
 * ParseTasks from main until main kills it. It has Node but no Electron API and no window; see import-host.ts.
 */
import { serveParseTasks } from './host-serve.js';

const port = (process as { parentPort?: Parameters<typeof serveParseTasks>[0] }).parentPort;
if (!port) throw new Error('import-host-entry must run in an Electron utility process');
serveParseTasks(port);
