/**
 * Writes a file so that a crash or a full disk leaves either the old file or the new one, never a torn mix:
 * temp file in the same folder (same file system, so rename is atomic), fsync, rename, then fsync the folder.
 */
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink'>;

export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  const dir = dirname(target);
  // Hidden and random so it never collides with, or shows up as, a user file if we die before cleanup.
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (err) {
    await fs.unlink(temp).catch(() => {});
    throw err;
  }
  await syncDir(dir, fs);
}

/** Makes the rename itself durable. Not possible on Windows (EPERM/EISDIR), where rename durability is the OS's job. */
async function syncDir(dir: string, fs: AtomicFs): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
