import type { Extracted } from './article-record.js';
import { cleanText, outletFromStaffByline } from './cleanup/index.js';

/** .txt: usually a web page saved or pasted as text, so run the furniture cleanup over it. */
export function importPlainText(text: string, encoding: string): Extracted {
  const clean = cleanText(text);
  return { format: 'txt', title: clean.title, author: clean.byline, outlet: clean.outlet ?? outletFromStaffByline(clean.byline), published: clean.published, paragraphs: clean.paragraphs, removed: clean.removed, encoding };
}
