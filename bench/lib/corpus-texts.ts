// The article texts the extractor speed scripts time: English news pages, NewsQuant joined into 4 KB articles (1 MB),
// or the synthetic generator's first 1 MB.
import { guessLanguage } from '../../src/core/text/words.js';
import { bodyText, generateArticles } from '../synthetic/articles.js';
import { aebArticles, newsQuantArticles } from './news-text.js';

export function corpusTexts(root: string, corpus: string): string[] {
  if (corpus === 'news') return aebArticles(root, (t) => guessLanguage(t) === 'en') ?? [];
  if (corpus === 'newsquant') return newsQuantArticles(root, 1024 * 1024) ?? [];
  const arts: string[] = [];
  const generated = generateArticles(600);
  for (let i = 0, bytes = 0; bytes < 1024 * 1024 && i < generated.length; i++) {
    arts.push(bodyText(generated[i]!));
    bytes += Buffer.byteLength(arts[i]!);
  }
  return arts;
}
