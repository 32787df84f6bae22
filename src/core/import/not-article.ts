/**
 * Which files in a picked or dropped folder are not articles at all, decided from the name alone so the walkers (web,
 * desktop, CLI) leave them out before reading a byte: a folder of saved articles often carries annotation data
 * (expected.json), tables, images, a page's `_files/` assets and notes about the corpus (README, LICENSE, SOURCE.txt).
 * Those are listed as "skipped (not an article)", not reported as failures.
 *
 * A failure stays a failure: an article format we cannot read (.doc, .rtf, .odt), an unknown extension, or a corrupt
 * PDF is something the checker may need to convert or fix. Extensions that saved web pages carry (.php, .aspx, none)
 * are not listed here: their bytes decide (see detect-format.ts).
 */
import { extensionOf } from './detect-format.js';

/** Data, images, media, archives, fonts, code and styles: never an article, whatever their text says. */
const NOT_ARTICLE_EXTENSIONS = new Set([
  // data and annotations
  'json', 'jsonl', 'ndjson', 'geojson', 'csv', 'tsv', 'xml', 'yaml', 'yml', 'toml', 'ini', 'sqlite', 'db', 'parquet', 'xlsx', 'xls', 'ods',
  // images
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'bmp', 'tif', 'tiff', 'ico', 'heic', 'avif',
  // audio and video
  'mp3', 'wav', 'ogg', 'oga', 'm4a', 'flac', 'aac', 'mp4', 'm4v', 'mov', 'avi', 'mkv', 'webm',
  // archives
  'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar', 'tar',
  // a saved page's assets and code
  'js', 'mjs', 'cjs', 'ts', 'css', 'map', 'py', 'sh', 'wasm', 'woff', 'woff2', 'ttf', 'otf', 'eot',
  // programs
  'exe', 'dll', 'so', 'dylib', 'dmg', 'msi', 'apk',
]);

/** Notes about a corpus or a project, by the name before the first dot (README.md, LICENSE, SOURCE.txt, CHANGELOG.en.md). */
const NOTE_NAMES = new Set([
  'readme', 'license', 'licence', 'copying', 'notice', 'source', 'sources', 'changelog', 'changes', 'authors', 'contributors',
  'citation', 'credits',
]);
/** A note is plain text or Markdown (or has no extension); "source.html" is more likely a saved page. */
const NOTE_EXTENSIONS = new Set(['', 'txt', 'text', 'md', 'markdown', 'rst']);

/**
 * Why the file is not an article ("data file (.json)", "notes file (README)"), or null when it may be one and the
 * importer should read it. `name` may be a path: only its last segment counts.
 */
export function notAnArticle(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const ext = extensionOf(base);
  if (NOT_ARTICLE_EXTENSIONS.has(ext)) return `not an article (.${ext} file)`;
  const stem = base.split('.')[0]!.toLowerCase();
  if (NOTE_NAMES.has(stem) && NOTE_EXTENSIONS.has(ext)) return `not an article (${base.split('.')[0]} note)`;
  return null;
}
