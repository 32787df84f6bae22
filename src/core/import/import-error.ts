/** Thrown inside the pipeline with the one-line message shown in the import report; importFile turns it into an ImportFailure. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export function fail(message: string): never {
  throw new ImportError(message);
}

/**
 * One human line from anything thrown by a library (first line only, no stack, bounded length). A library's own
 * programming error on malformed input ("Cannot read properties of null") tells the checker nothing, so it is
 * named for what it means.
 */
export function oneLine(e: unknown): string {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'nested too deeply to read';
  if (e instanceof TypeError || e instanceof ReferenceError) return 'malformed content the parser could not follow';
  const raw = e instanceof Error ? e.message : String(e);
  const line = raw.split('\n')[0].trim();
  return line.length > 160 ? line.slice(0, 157) + '...' : line || 'unknown error';
}

export function formatMb(bytes: number): string {
  if (bytes < 100 * 1024) return `${bytes} bytes`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
