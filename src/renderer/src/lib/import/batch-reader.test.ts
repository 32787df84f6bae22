import { describe, expect, it } from 'vitest';
import { BatchReader } from './batch-reader.js';

const file = (text: string) => new Blob([text]);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Counts the Blob reads and how many bytes each covered; fails any Blob holding the text BAD. */
function counting() {
  const reads: number[] = [];
  const readBlob = async (blob: Blob) => {
    reads.push(blob.size);
    const buffer = await blob.arrayBuffer();
    if (new TextDecoder().decode(buffer).includes('BAD')) throw new Error('unreadable');
    return buffer;
  };
  return { reads, readBlob };
}

describe('BatchReader', () => {
  it('reads queued files in one Blob once a batch is full, and gives each file its own bytes', async () => {
    const c = counting();
    const r = new BatchReader({ batchFiles: 3, readBlob: c.readBlob });
    const a = r.read(file('alpha'));
    const b = r.read(file('be'));
    expect(c.reads).toEqual([]);
    const d = r.read(file('delta!'));
    expect((await Promise.all([a, b, d])).map(decode)).toEqual(['alpha', 'be', 'delta!']);
    expect(c.reads).toEqual([13]);
  });

  it('flush reads what is queued without waiting for a full batch; one batch in flight at a time', async () => {
    const c = counting();
    const r = new BatchReader({ batchFiles: 2, readBlob: c.readBlob });
    const one = file('one');
    const first = r.read(one);
    r.flush(one);
    // Queued while the first read is in flight: read together after it.
    const later = [r.read(file('two')), r.read(file('three')), r.read(file('four'))];
    expect(decode(await first)).toBe('one');
    expect((await Promise.all(later)).map(decode)).toEqual(['two', 'three', 'four']);
    expect(c.reads).toEqual([3, 12]);
  });

  it('keeps batches within the byte limit; a bigger file is read alone', async () => {
    const c = counting();
    const r = new BatchReader({ batchFiles: 4, maxBatchBytes: 10, readBlob: c.readBlob });
    const files = ['aaaa', 'bbbb', 'cccccccccccc', 'dd'].map(file);
    const all = files.map((f) => r.read(f));
    // The parser asks for each file in turn; a file still queued after a read is read next, batch full or not.
    for (const f of files) r.flush(f);
    expect((await Promise.all(all)).map(decode)).toEqual(['aaaa', 'bbbb', 'cccccccccccc', 'dd']);
    expect(c.reads).toEqual([8, 12, 2]);
  });

  it('a file the parser asked for is read when the batch in flight ends, however few are queued', async () => {
    const c = counting();
    const r = new BatchReader({ batchFiles: 8, readBlob: c.readBlob });
    const [a, b] = [file('first'), file('second')];
    const bytes = [r.read(a), r.read(b)];
    r.flush(a);
    r.flush(b);
    const later = file('third');
    bytes.push(r.read(later));
    r.flush(later);
    expect((await Promise.all(bytes)).map(decode)).toEqual(['first', 'second', 'third']);
    expect(c.reads).toEqual([11, 5]);
  });

  it('a file that cannot be read fails alone: the rest of its batch is read one by one', async () => {
    const c = counting();
    const r = new BatchReader({ batchFiles: 3, readBlob: c.readBlob });
    const out = await Promise.allSettled([r.read(file('ok-1')), r.read(file('BAD')), r.read(file('ok-2'))]);
    expect(out.map((o) => (o.status === 'fulfilled' ? decode(o.value) : (o.reason as Error).message))).toEqual(['ok-1', 'unreadable', 'ok-2']);
    expect(c.reads).toEqual([11, 4, 3, 4]);
  });
});
