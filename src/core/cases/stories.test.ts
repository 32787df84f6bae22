import { describe, expect, it } from 'vitest';
import { averageLinkage } from './cluster.js';
import { suggestStories, type StoryInput } from './stories.js';
import { articleTerms, stem } from './terms.js';

// Invented stories: a ferry strike in Varnholm, a museum theft in Castelbruna, and a mine rescue in Dunmarrow,
// with two articles that fit none of them.
const a = (id: string, title: string, text: string): StoryInput => ({ id, title, text });
const FERRY = [
  a('ferry-1', 'Ferry crews walk out', 'Crews of the Varnholm Ferry Company stopped work on Monday. The union, Nordsea Mariners, ' +
    'said talks with Varnholm Ferry Company had failed. Passengers at Varnholm harbour waited for hours, and the ' +
    'mayor, Ilse Marrow, asked Nordsea Mariners to return to talks. Marrow said the islands depend on the ferries.'),
  a('ferry-2', 'Islands cut off as ferry strike goes on', 'The strike at Varnholm Ferry Company entered its second day. ' +
    'Nordsea Mariners leader Tomas Greve said crews were underpaid. Mayor Ilse Marrow of Varnholm warned that food ' +
    'deliveries to the islands would stop. Greve said the union would meet Varnholm Ferry Company on Thursday.'),
  a('ferry-3', 'Strike talks resume', 'Talks between Nordsea Mariners and the Varnholm Ferry Company resumed. Tomas Greve said ' +
    'an offer was on the table. In Varnholm, shops ran short of milk. Ilse Marrow welcomed the talks.'),
];
const MUSEUM = [
  a('museum-1', 'Paintings stolen from Castelbruna museum', 'Thieves took four paintings from the Galleria Orsini in Castelbruna ' +
    'overnight. Director Paola Venturi said alarms at the Galleria Orsini had been switched off. Castelbruna police ' +
    'chief Marco Leni asked witnesses to come forward. Venturi said the works were by Benedetto Aldi.'),
  a('museum-2', 'Police search for Aldi paintings', 'Castelbruna police are searching for four works by Benedetto Aldi taken ' +
    'from the Galleria Orsini. Chief Marco Leni said the thieves knew the building. Paola Venturi, who runs the ' +
    'Galleria Orsini, offered a reward. Leni said Castelbruna airport was being watched.'),
];
const MINE = [
  a('mine-1', 'Miners trapped in Dunmarrow', 'Eleven miners are trapped after a collapse at the Dunmarrow Colliery. The operator, ' +
    'Harlow Coal, said air was being pumped down. Rescue chief Owen Baird said teams from Kelso Rescue were digging. ' +
    'Families gathered at Dunmarrow Colliery through the night, and Baird promised news by morning.'),
  a('mine-2', 'Dunmarrow rescuers reach miners', 'Rescuers from Kelso Rescue reached the miners trapped in Dunmarrow Colliery. ' +
    'Owen Baird said all were alive. Harlow Coal thanked the Kelso Rescue teams, and families in Dunmarrow cheered. ' +
    'Baird said the miners would be taken to hospital in Kelso.'),
];
const LONERS = [
  a('recipe', 'A summer salad', 'Toss the tomatoes with olive oil, salt and basil. Leave the bowl in a cool place for an hour ' +
    'before serving. Fresh bread goes well with it, and so does a glass of cold water.'),
  a('review', 'Concert review', 'The Halvard Quartet played Brenner and Ostrova at the Lindqvist Hall. The Halvard Quartet was ' +
    'in fine form, and Lindqvist Hall was full. Ostrova would have approved.'),
];
const ALL = [...FERRY, ...MUSEUM, ...MINE, ...LONERS];
const sets = (stories: { articleIds: string[] }[]) => stories.map((s) => [...s.articleIds].sort()).sort();

describe('suggestStories', () => {
  it('finds each story once and leaves articles that fit none unsorted', () => {
    const stories = suggestStories(ALL);
    expect(sets(stories)).toEqual(sets([FERRY, MUSEUM, MINE].map((s) => ({ articleIds: s.map((x) => x.id) }))));
    for (const s of stories) {
      expect(s.caseId).toBeNull();
      expect(s.newArticleIds).toEqual(s.articleIds);
    }
  });

  it('labels a story with the names its articles share, joining names written together', () => {
    const ferry = suggestStories(ALL).find((s) => s.articleIds.includes('ferry-1'))!;
    expect(ferry.label).toMatch(/Varnholm/);
    expect(ferry.names.some((n) => n === 'Nordsea Mariners' || n === 'Ilse Marrow' || n === 'Tomas Greve')).toBe(true);
    expect(ferry.names.join(' ')).not.toMatch(/Castelbruna|Dunmarrow/);
  });

  it('does not depend on the order of the articles', () => {
    const reversed = suggestStories([...ALL].reverse());
    expect(sets(reversed)).toEqual(sets(suggestStories(ALL)));
  });

  it('puts the largest story first', () => {
    expect(suggestStories(ALL)[0]!.articleIds.sort()).toEqual(FERRY.map((x) => x.id).sort());
  });

  it('lets an existing case absorb a new article of its story, and never merges two cases', () => {
    const existing = [{ id: 'case-ferry', articleIds: ['ferry-1', 'ferry-2'] }, { id: 'case-ferry-bis', articleIds: ['ferry-3'] }];
    const stories = suggestStories(ALL, { existing: [existing[0]!] });
    const ferry = stories.find((s) => s.caseId === 'case-ferry');
    expect(ferry?.newArticleIds).toEqual(['ferry-3']);
    // Both ferry groups exist as cases: neither gains anything, so neither is suggested.
    const two = suggestStories(ALL, { existing });
    expect(two.some((s) => s.articleIds.some((id) => id.startsWith('ferry')))).toBe(false);
  });

  it('does not suggest a case that would gain nothing', () => {
    const stories = suggestStories(MUSEUM, { existing: [{ id: 'c', articleIds: MUSEUM.map((x) => x.id) }] });
    expect(stories).toEqual([]);
  });

  it('never joins text that names nothing', () => {
    const plain = [
      a('x', '', 'prices rose again in the shops this week and the shops said prices would rise again in the winter.'),
      a('y', '', 'prices rose again in the shops this week and the shops said prices would rise again in the spring.'),
    ];
    expect(suggestStories(plain)).toEqual([]);
  });

  it('returns nothing for fewer than two articles', () => {
    expect(suggestStories([])).toEqual([]);
    expect(suggestStories([FERRY[0]!])).toEqual([]);
  });
});

describe('articleTerms', () => {
  it('counts names that do not open a sentence, and topic words without function words', () => {
    const t = articleTerms('Ferry strike', 'The union said Varnholm was quiet. Varnholm waited. Crews met in Varnholm harbour.');
    expect(t.names.get('varnholm')).toBe(2); // the second one opens a sentence
    expect(t.words.get('varnholm')).toBe(3);
    expect(t.words.has('the')).toBe(false);
    expect(t.words.get('strike')).toBe(2); // title words count twice
    expect(t.words.get('crew')).toBe(1); // plural folded
  });

  it('counts a name that opens a sentence when the next word continues it, not a lone opening capital', () => {
    const t = articleTerms('', 'VARNHOLM – Ilse Marrow spoke. Ilse Marrow left. Crews stayed. Tomas said no.');
    expect(t.names.get(stem('ilse'))).toBe(2); // after a dateline dash and after a full stop, continued by Marrow
    expect(t.names.get('marrow')).toBe(2);
    expect(t.names.has('crew')).toBe(false); // opens a sentence, nothing continues it
    expect(t.names.has(stem('tomas'))).toBe(false);
    expect(t.spelling.get(stem('ilse'))).toBe('Ilse');
  });

  it('labels a name in the form that is the name itself when an article writes it so', () => {
    const texts = [
      'The Varnholm Ferry Company said the Greves had left. Ilse Marrow met the Greves in Varnholm. The Greves said no.',
      'Officials of Varnholm Ferry Company met Tomas Greve. Ilse Marrow said Greve and the Greves would return to Varnholm.',
    ];
    const [story] = suggestStories(texts.map((text, i) => a(`g${i}`, '', text)));
    expect(story!.names.join(' ')).toMatch(/\bGreve\b/);
    expect(story!.names.join(' ')).not.toMatch(/Greves/);
  });

  it('keeps the spelling of names and the pairs written together', () => {
    const t = articleTerms('', 'Officials met NORDSEA staff. Later, NORDSEA and Tomas Greve spoke, and then Tomas Greve left.');
    expect(t.spelling.get('nordsea')).toBe('NORDSEA');
    expect(t.pairs.get(`${stem('tomas')} greve`)).toBe(2);
    expect(t.spelling.get(stem('tomas'))).toBe('Tomas');
  });

  it("treats contractions as function words", () => {
    const t = articleTerms('', "They said I'm late and we'll see. Then I'm gone.");
    expect([...t.words.keys()].some((k) => k.includes('’') || k.includes("'"))).toBe(false);
  });
});

describe('averageLinkage', () => {
  it('does not chain two groups through one pair (single linkage would)', () => {
    const edges = [{ a: 0, b: 1, score: 0.6 }, { a: 2, b: 3, score: 0.6 }, { a: 1, b: 2, score: 0.35 }];
    expect(averageLinkage(4, edges, 0.3)).toEqual([[0, 1], [2, 3]]);
  });

  it('joins groups whose average similarity reaches the threshold', () => {
    const edges = [{ a: 0, b: 1, score: 0.9 }, { a: 1, b: 2, score: 0.8 }, { a: 0, b: 2, score: 0.5 }];
    expect(averageLinkage(3, edges, 0.3)).toEqual([[0, 1, 2]]);
  });

  it('lets an item left alone join the group it is most alike at the lower attach bar, never two groups or two lone items', () => {
    // 0-1 and 2-3 are groups; 4 averages 0.27 with 0-1 and 0.1 with 2-3; 5-6 a lone pair at 0.27; 1-2 link the groups.
    const edges = [
      { a: 0, b: 1, score: 0.6 }, { a: 2, b: 3, score: 0.6 }, { a: 1, b: 2, score: 0.27 }, { a: 0, b: 3, score: 0.27 },
      { a: 0, b: 4, score: 0.28 }, { a: 1, b: 4, score: 0.26 }, { a: 2, b: 4, score: 0.2 }, { a: 5, b: 6, score: 0.27 },
    ];
    expect(averageLinkage(7, edges, 0.3)).toEqual([[0, 1], [2, 3], [4], [5], [6]]);
    expect(averageLinkage(7, edges, 0.3, [], 0.25)).toEqual([[0, 1, 4], [2, 3], [5], [6]]);
  });

  it('never joins two fixed groups but lets them absorb free items', () => {
    const edges = [{ a: 0, b: 1, score: 0.9 }, { a: 1, b: 2, score: 0.9 }];
    expect(averageLinkage(3, edges, 0.3, [[0], [1]])).toEqual([[0], [1, 2]]);
  });
});
