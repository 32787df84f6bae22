/** Test helpers (chrono's testSingleCase / testUnexpectedResult): on failure, print the refiners' debug log. */
import { expect } from 'vitest';
import type { Mention } from '../model/mention.js';
import { extractMentions } from './index.js';

export function extract(text: string): { mentions: Mention[]; log: string[] } {
  const log: string[] = [];
  return { mentions: extractMentions(text, 't', { debug: (m) => log.push(m) }), log };
}

/** The mention whose text contains `surface` (exactly one must exist). */
export function mentionFor(text: string, surface: string): Mention {
  const { mentions, log } = extract(text);
  const at = text.indexOf(surface);
  const hits = mentions.filter((m) => m.start <= at && m.end >= at + surface.length);
  expect(hits, `no mention covering "${surface}" in: ${text}\nall: ${mentions.map((m) => m.text).join(' | ')}\nlog: ${log.join('\n')}`).toHaveLength(1);
  return hits[0]!;
}

export function expectNone(text: string): void {
  const { mentions, log } = extract(text);
  expect(mentions.map((m) => m.text), `unexpected in: ${text}\nlog: ${log.join('\n')}`).toEqual([]);
}
