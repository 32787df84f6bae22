import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../core/import/index.js';
import type { ImportInput } from '../../../../core/model/index.js';
import { warmUp } from './warm-up.js';

describe('warmUp (decision 0086)', () => {
  it('parses one article of every format, so each parser has run once', async () => {
    const formats: string[] = [];
    const done = await warmUp(() => false, async (input: ImportInput) => {
      const outcome = await importFile(input);
      formats.push(outcome.ok ? outcome.article.format : `failed: ${outcome.failure.message}`);
      return outcome;
    }, 1);
    expect(done).toBe(5);
    expect([...formats].sort()).toEqual(['docx', 'html', 'md', 'pdf', 'txt']);
  });

  it('stops before the next sample once a picked file waits', async () => {
    let parsed = 0;
    const done = await warmUp(() => parsed >= 7, async (input: ImportInput) => {
      parsed++;
      return { ok: false, failure: { path: input.path!, message: 'stand-in' } };
    });
    expect(done).toBe(7); // into the second round, then stopped
  });
});
