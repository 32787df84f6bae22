/** A lookup table without a prototype: a word like "constructor" in an article must not find Object.prototype members. */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
