import { describe, expect, it } from 'vitest';
import { packageOf, shares } from './profile-share.js';

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({ id, callFrame: { functionName, url }, children });

describe('profile shares', () => {
  it('names the package of a node_modules file', () => {
    expect(packageOf('file:///r/node_modules/pdfjs-dist/legacy/build/pdf.mjs')).toBe('pdfjs-dist');
    expect(packageOf('file:///r/node_modules/@mozilla/readability/Readability.js')).toBe('@mozilla/readability');
    expect(packageOf('file:///r/src/core/import/html.ts')).toBeNull();
  });

  it('charges self time to libraries or our code, built-ins to their caller, V8 buckets and the inspector to neither', () => {
    const profile = {
      nodes: [
        frame(1, '(root)', '', [2, 5, 6, 7]),
        frame(2, 'importHtml', 'file:///r/src/core/import/html.ts', [3]),
        frame(3, 'parse', 'file:///r/node_modules/linkedom/esm/index.js', [4]),
        frame(4, 'exec', ''), // a RegExp built-in called by linkedom: linkedom's time
        frame(5, '(garbage collector)', ''),
        frame(6, 'post', 'node:inspector', [8]),
        frame(7, 'cleanText', 'file:///r/src/core/import/cleanup/index.ts'),
        frame(8, 'dispatch', ''),
      ],
      samples: [2, 3, 4, 4, 5, 8, 7, 7],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
    };
    const s = shares(profile);
    expect(s.libraries).toEqual({ linkedom: 3 });
    expect(s.ours).toBe(3);
    expect(s.system).toBe(1);
    expect(s.outsideLibraryShare).toBe(0.5);
  });

  it("charges a node: built-in to the library that called it, and to us when we did", () => {
    const profile = {
      nodes: [
        frame(1, '(root)', '', [2, 5]),
        frame(2, 'getDocument', 'file:///r/node_modules/pdfjs-dist/legacy/build/pdf.mjs', [3]),
        frame(3, 'write', 'node:internal/webstreams/readablestream', [4]),
        frame(4, 'processChunk', 'node:zlib'),
        frame(5, 'decodeText', 'file:///r/src/core/import/decode-text.ts', [6]),
        frame(6, 'decode', 'node:internal/encoding'),
      ],
      samples: [4, 4, 3, 6],
      timeDeltas: [1000, 1000, 1000, 1000],
    };
    const s = shares(profile);
    expect(s.libraries).toEqual({ 'pdfjs-dist': 3 });
    expect(s.ours).toBe(1);
  });
});
