/**
 * The checks every IPC call passes before a handler runs (Electron checklist item 17), as pure functions:
 * the channel prefix, the sending frame, and the shape of each argument. A renderer compromised by a hostile
 * article must not be able to reach past these with made-up channels, frames or values.
 */
import { isAbsolute } from 'node:path';
import { CHANNEL_PREFIX, type SaveRequest } from '../preload/contract.js';
import type { IpcInvokeMap, InvokeMethod } from '../preload/ipc-channels.js';
import { isAllowedUrl } from './security-policy.js';

export class IpcRefused extends Error {
  override name = 'IpcRefused';
}

export interface SenderInfo {
  /** `event.senderFrame?.url`; undefined once the frame is gone. */
  url: string | undefined;
  /** Only the top-level document may call: a subframe (there should be none) is refused. */
  isMainFrame: boolean;
}

export function isTrustedSender(sender: SenderInfo, origins: readonly string[]): boolean {
  return sender.isMainFrame && sender.url !== undefined && isAllowedUrl(sender.url, origins);
}

export function hasChannelPrefix(channel: string): boolean {
  return channel.startsWith(CHANNEL_PREFIX);
}

/** Source ids are minted by main (`src-<uuid>`); they also become channel names, so keep them plain. */
export const SOURCE_ID = /^src-[0-9a-f-]{36}$/;

/** A drop of tens of thousands of files is plausible; a million paths is not a drop. */
const MAX_DROP_PATHS = 100_000;
const MAX_PATH_LENGTH = 4096;
/** Exports are text reports and JSON backups; anything near this is a bug or an attack. */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

type Validators = { [K in InvokeMethod]: (args: readonly unknown[]) => IpcInvokeMap[K]['args'] };

function arity(args: readonly unknown[], n: number): void {
  if (args.length !== n) throw new IpcRefused(`expected ${n} argument(s), got ${args.length}`);
}

function sourceId(value: unknown): string {
  if (typeof value !== 'string' || !SOURCE_ID.test(value)) throw new IpcRefused('invalid source id');
  return value;
}

/** Exported with the limit as a parameter so tests need not allocate half a gigabyte. */
export function checkSaveRequest(value: unknown, maxBytes = MAX_SAVE_BYTES): SaveRequest {
  if (typeof value !== 'object' || value === null) throw new IpcRefused('save request must be an object');
  const { suggestedName, mime, data } = value as Record<string, unknown>;
  if (typeof suggestedName !== 'string' || suggestedName.length === 0 || suggestedName.length > 255) {
    throw new IpcRefused('suggestedName must be a non-empty string of at most 255 characters');
  }
  if (typeof mime !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/.test(mime.split(';')[0]!.trim())) throw new IpcRefused('invalid mime type');
  const size = typeof data === 'string' ? data.length : data instanceof Uint8Array ? data.byteLength : -1;
  if (size < 0) throw new IpcRefused('data must be a string or Uint8Array');
  if (size > maxBytes) throw new IpcRefused('data too large to save');
  return { suggestedName, mime, data: data as string | Uint8Array };
}

/** A report's HTML; far above any real report (charts are a few kB each), far below what would strain main. */
export const MAX_PRINT_CHARS = 64 * 1024 * 1024;

/** One validator per invoke method; the mapped type makes a missing one a compile error. */
export const argValidators: Validators = {
  pickSources(args) {
    arity(args, 1);
    if (args[0] !== 'files' && args[0] !== 'folder') throw new IpcRefused("kind must be 'files' or 'folder'");
    return [args[0]];
  },
  sourcesFromDrop(args) {
    arity(args, 1);
    const paths = args[0];
    if (!Array.isArray(paths) || paths.length > MAX_DROP_PATHS) throw new IpcRefused('paths must be an array');
    for (const p of paths) {
      if (typeof p !== 'string' || p.length === 0 || p.length > MAX_PATH_LENGTH || p.includes('\0') || !isAbsolute(p)) {
        throw new IpcRefused('every path must be a non-empty absolute path');
      }
    }
    return [paths as string[]];
  },
  importSources(args) {
    arity(args, 1);
    return [sourceId(args[0])];
  },
  cancelImport(args) {
    arity(args, 1);
    return [sourceId(args[0])];
  },
  saveFile(args) {
    arity(args, 1);
    return [checkSaveRequest(args[0])];
  },
  printToPdf(args) {
    arity(args, 1);
    const html = args[0];
    if (typeof html !== 'string' || html.length === 0) throw new IpcRefused('html must be a non-empty string');
    if (html.length > MAX_PRINT_CHARS) throw new IpcRefused('report too large to print');
    return [html];
  },
};
