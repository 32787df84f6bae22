import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notAnArticle } from './not-article.js';

describe('not an article, by name', () => {
  it('data, images, media, archives and page assets by extension, any case', () => {
    for (const name of ['expected.json', 'EXPECTED.JSON', 'table.csv', 'feed.xml', 'photo.JPG', 'chart.png', 'clip.mp4', 'page_files/app.js',
      'page_files/site.css', 'corpus.zip', 'C:\\cases\\fire\\notes.yaml']) {
      expect(notAnArticle(name), name).toMatch(/^not an article \(\.[a-z0-9]+ file\)$/);
    }
    expect(notAnArticle('seeds/expected.json')).toBe('not an article (.json file)');
  });

  it('README, LICENSE, SOURCE, CHANGELOG-type notes by name, case-insensitive, when plain text or Markdown', () => {
    for (const name of ['README', 'README.md', 'readme.txt', 'LICENSE', 'Licence.txt', 'SOURCE.txt', 'events/SOURCE.txt', 'sources.md',
      'CHANGELOG.md', 'Changes', 'AUTHORS', 'NOTICE.txt', 'CITATION.md', 'README.en.md']) {
      expect(notAnArticle(name), name).toMatch(/^not an article \(.+ note\)$/);
    }
    expect(notAnArticle('events/SOURCE.txt')).toBe('not an article (SOURCE note)');
  });

  it('articles, formats we cannot read and unknown files are left to the importer (which reads or fails them)', () => {
    for (const name of ['000_huffpost.txt', 'story.md', 'page.html', 'page.php', 'saved.aspx', 'download', 'report.pdf', 'a.docx', 'old.doc',
      'letter.rtf', 'x.xyz', 'source-of-the-fire.txt', 'readme-style guide.txt', 'source.html', 'survey 3.5', 'resourced.txt']) {
      expect(notAnArticle(name), name).toBeNull();
    }
  });

  it('the shared corpora: only expected.json and SOURCE.txt are left out, every numbered article is read', () => {
    const root = '../shared/corpus';
    const dirs = [`${root}/seeds`, `${root}/events`, ...readdirSync(`${root}/events`).map((d) => `${root}/events/${d}`)]
      .filter((d) => statSync(d).isDirectory());
    const left: string[] = [];
    const read: string[] = [];
    for (const dir of dirs) {
      for (const name of readdirSync(dir)) {
        if (statSync(join(dir, name)).isDirectory()) continue;
        (notAnArticle(join(dir, name)) ? left : read).push(name);
      }
    }
    expect(new Set(left)).toEqual(new Set(['expected.json', 'SOURCE.txt']));
    expect(left.length).toBeGreaterThanOrEqual(dirs.length);
    expect(read.length).toBeGreaterThan(20);
    for (const name of read) expect(name).toMatch(/^\d{3}_[^.]+\.txt$/);
  });
});
