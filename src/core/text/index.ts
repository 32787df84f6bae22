export { sha256Hex, normaliseForHash } from './hash.js';
export { countWords, guessLanguage } from './words.js';
