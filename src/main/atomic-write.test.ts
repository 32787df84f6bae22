import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFs } from './atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing an existing file, leaving no temp file', async () => {
    const target = join(dir, 'report.md');
    await writeFile(target, 'old contents');
    await writeFileAtomic(target, '# new report\n');
    expect(await readFile(target, 'utf8')).toBe('# new report\n');
    await writeFileAtomic(target, new Uint8Array([0xe2, 0x82, 0xac]));
    expect(await readFile(target, 'utf8')).toBe('€');
    expect(await readdir(dir)).toEqual(['report.md']);
  });

  it('leaves the old file intact and removes the temp file when the write fails', async () => {
    const target = join(dir, 'backup.json');
    await writeFile(target, '{"old":true}');
    const failing: AtomicFs = {
      ...fs,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await fs.open(path, flags, mode);
        if (flags === 'wx') {
          // Simulate ENOSPC after a partial write.
          handle.writeFile = async () => {
            await fs.appendFile(path, '{"new":');
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          };
        }
        return handle;
      }) as AtomicFs['open'],
    };
    await expect(writeFileAtomic(target, '{"new":true}', failing)).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('{"old":true}');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing/x.md'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
