export type * from './article.js';
export type * from './mention.js';
export type * from './quantity.js';
export type * from './case.js';
export type * from './correction.js';
export type * from './verdict.js';
export { DEFAULT_MAX_BYTES } from './article.js';
export { UNSORTED_CASE_NAME } from './case.js';
