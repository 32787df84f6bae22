export * from './engine.js';
export * from './snippets.js';
export * from './stats.js';
export { queryTerms, tokenize, type TermToken } from './tokenize.js';
export { canonicalDecimal, isNumberTerm } from './numbers.js';
export { fold, wordTerm, STOP_WORDS } from './terms.js';
