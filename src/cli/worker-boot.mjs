// Starts a TypeScript worker entry under tsx (worker threads do not inherit tsx's loader); a built .js entry
// is imported directly.
import { workerData } from 'node:worker_threads';

const entry = workerData?.entry;
if (typeof entry !== 'string') throw new Error('worker-boot: workerData.entry is missing');
if (entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(entry);
