import { describe, expect, it } from 'vitest';
import type { ImportInput } from '../core/model/index.js';
import { parseTask } from './parse-task.js';

const task = { id: 7, path: '/docs/a.txt', name: 'a.txt', maxBytes: 100 };

describe('parseTask', () => {
  it('passes the bytes, name, path and size limit to importFile', async () => {
    let seen: { input: ImportInput; maxBytes?: number } | undefined;
    const reply = await parseTask(task, {
      readFile: async () => new Uint8Array([104, 105]),
      importFile: async (input, options) => {
        seen = { input, maxBytes: options?.maxBytes };
        return { ok: false, failure: { path: input.path, message: 'empty file' } };
      },
    });
    expect(seen?.input).toMatchObject({ name: 'a.txt', path: '/docs/a.txt' });
    expect([...seen!.input.bytes]).toEqual([104, 105]);
    expect(seen?.maxBytes).toBe(100);
    expect(reply).toEqual({ id: 7, outcome: { ok: false, failure: { path: '/docs/a.txt', message: 'empty file' } } });
  });

  it('turns a read error into a failure line', async () => {
    const reply = await parseTask(task, {
      readFile: async () => {
        throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      },
      importFile: async () => {
        throw new Error('must not be called');
      },
    });
    expect(reply.outcome).toEqual({ ok: false, failure: { path: '/docs/a.txt', message: 'could not read file: ENOENT: no such file' } });
  });

  it('turns a parser exception into a failure line for that file only', async () => {
    const reply = await parseTask(task, {
      readFile: async () => new Uint8Array(1),
      importFile: async () => {
        throw new TypeError('x is undefined');
      },
    });
    expect(reply.outcome).toEqual({ ok: false, failure: { path: '/docs/a.txt', message: 'parser error: x is undefined' } });
  });
});
