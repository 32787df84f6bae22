import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** SHA-256 hex of a string's UTF-8 bytes (pure JS: works in Node, Worker and browser alike). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Normalisation used before hashing article content: same words, same hash, whatever the whitespace or quote style. */
export function normaliseForHash(text: string): string {
  // Below U+0300 nothing composes or decomposes under NFC, and the quotes replaced are above it: text made only of
  // such characters (most Western text) skips those three passes.
  const wide = ABOVE_LATIN.test(text);
  return (wide ? text.normalize('NFC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"') : text)
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .toLowerCase();
}
/** Whitespace runs other than a lone space (the same result as /\s+/g -> ' ', without a match per word). */
const WHITESPACE_RUN = /[^\S ]\s*| \s+/g;
const ABOVE_LATIN = /[^\u0000-\u02ff]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033]/g;
