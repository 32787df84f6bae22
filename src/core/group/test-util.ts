/** Test helpers for invented articles read by the real extractor and grouped by the committed model. */
import { extractMentions } from '../extract/index.js';
import { groupMentions } from './index.js';
import type { Mention, Quantity } from '../model/index.js';

export interface Doc { id: string; outlet: string; text: string }

export const run = (docs: Doc[]) => {
  const mentions = docs.flatMap((d) => extractMentions(d.text, d.id));
  return { mentions, qs: groupMentions(mentions, docs, []) };
};

/** The first mention of `doc` whose text contains `text`; throws with the document's mentions when there is none. */
export const find = (ms: Mention[], doc: string, text: string) => {
  const m = ms.find((x) => x.articleId === doc && x.text.includes(text));
  if (!m) throw new Error(`no mention ${text} in ${doc}: ${ms.filter((x) => x.articleId === doc).map((x) => x.text).join(', ')}`);
  return m;
};

export const qOf = (qs: Quantity[], m: Mention) => qs.find((q) => q.mentionIds.includes(m.id))!;
