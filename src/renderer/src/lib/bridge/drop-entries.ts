/**
 * Web only: expand a drop into files, walking dropped folders with the (non-standard but universal) entry API.
 * Entries must be taken synchronously inside the drop handler; the walk itself is async.
 */
const dropPaths = new WeakMap<File, string>();

/** Relative path recorded for a file that came from a dropped folder (falls back to its name). */
export function droppedPath(file: File): string {
  return dropPaths.get(file) ?? (file.webkitRelativePath || file.name);
}

/** Call synchronously in the drop handler; returns a promise for every file, folders walked recursively. */
export function collectDroppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const f = item.getAsFile();
      if (f) loose.push(f);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(dt.files));
  return Promise.all(entries.map((e) => walk(e, ''))).then((lists) => [...loose, ...lists.flat()]);
}

async function walk(entry: FileSystemEntry, prefix: string): Promise<File[]> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  // Hidden folders are not descended into at all (a .git folder can hold thousands of files).
  if (entry.name.startsWith('.')) return [];
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    dropPaths.set(file, path);
    return [file];
  }
  if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    const nested = await Promise.all(children.map((c) => walk(c, path)));
    return nested.flat();
  }
  return [];
}

/** readEntries returns results in batches (100 in Chromium) until it yields an empty batch. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
