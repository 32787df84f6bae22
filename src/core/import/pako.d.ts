// The slice of pako 1.x (JSZip's own inflater, already in every bundle) that zip-guard.ts uses.
declare module 'pako' {
  interface InflateOptions {
    raw?: boolean;
    chunkSize?: number;
  }
  class Inflate {
    constructor(options?: InflateOptions);
    push(data: Uint8Array, mode?: boolean | number): boolean;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    ended: boolean;
    err: number;
  }
  const pako: { Inflate: typeof Inflate };
  export default pako;
}
