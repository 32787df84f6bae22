export type * from './article.js';
export type * from './mention.js';
export type * from './quantity.js';
export { DEFAULT_MAX_BYTES } from './article.js';
