export { CONTEXT_CHARS, makeAnchor } from './make.js';
export { resolveAnchor, type AnchorMatch, type AnchorMethod, type ResolveOptions } from './resolve.js';
