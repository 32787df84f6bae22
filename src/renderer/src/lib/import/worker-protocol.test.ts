import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../core/import/index.js';
import { fromWire, oversized, toWire } from './worker-protocol.js';

const enc = new TextEncoder();

describe('worker wire format', () => {
  it('sends the article without text and gives back the same article', async () => {
    const out = await importFile({
      name: 'a.md',
      path: 'f/a.md',
      bytes: enc.encode('# Floods in the valley\n\nThe river rose by 3 metres overnight, officials said.\n\nAbout 1,200 people left their homes.\n'),
    });
    expect(out.ok).toBe(true);
    const wire = toWire(out);
    expect(wire.ok && 'text' in wire.article).toBe(false);
    const back = fromWire(structuredClone(wire));
    expect(back).toEqual(out);
    expect(back.ok && Object.keys(back.article).sort()).toEqual(out.ok && Object.keys(out.article).sort());
  });

  it('passes failures through unchanged', () => {
    const failure = { ok: false as const, failure: { path: 'x', message: 'empty file' } };
    expect(fromWire(toWire(failure))).toEqual(failure);
  });

  it('refuses a file over its size limit with one line, by size alone', () => {
    const file = new File([new Uint8Array(3 * 1024 * 1024)], 'big.pdf');
    expect(oversized({ file, path: 'f/big.pdf', maxBytes: 2 * 1024 * 1024 })).toEqual({ path: 'f/big.pdf', message: 'too large (3.0 MB; limit 2.0 MB)' });
    expect(oversized({ file, path: 'f/big.pdf', maxBytes: 3 * 1024 * 1024 })).toBeNull();
    expect(oversized({ file, path: 'f/big.pdf' })).toBeNull();
  });
});
