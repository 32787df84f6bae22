/** Closed-class words: they end a noun phrase when looking for the measure or the subject. */
import { dict } from './dict.js';
export const FUNCTION_WORDS = new Set((
  'a an the and or but nor of in on at to for from by with without within into onto over under about above below ' +
  'than as per each every this that these those which who whom whose what where when while since until till ' +
  'is are was were be been being am have has had having do does did will would shall should can could may might must ' +
  'it its they them their he she his her him we us our you your i me my not no so such also only just even still ' +
  'more most less least many much some any all both either neither other another there here then now if after before ' +
  'during through across among between against toward towards around including like up down out off again further ' +
  'once very too per cent percent vs via amid despite according said says say told reported last next past ago ' +
  'earlier later yesterday today tomorrow tonight behind beside beyond beneath underneath alongside upon throughout unlike'
).split(' '));

/** Irregular plurals for the lemmatiser. */
export const IRREGULAR_PLURALS: Record<string, string> = dict({
  people: 'person', men: 'man', women: 'woman', children: 'child', lives: 'life', wives: 'wife', knives: 'knife',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', data: 'data', media: 'media', police: 'police',
  personnel: 'personnel', staff: 'staff', cattle: 'cattle', sheep: 'sheep', fish: 'fish', deer: 'deer', series: 'series',
  species: 'species', crises: 'crisis', analyses: 'analysis', thieves: 'thief', leaves: 'leaf', halves: 'half',
  shelves: 'shelf', wolves: 'wolf', selves: 'self', calves: 'calf', loaves: 'loaf', scarves: 'scarf',
  hooves: 'hoof', elves: 'elf', wharves: 'wharf', sheaves: 'sheaf', dwarves: 'dwarf', indices: 'index', criteria: 'criterion', phenomena: 'phenomenon',
  news: 'news', physics: 'physics', economics: 'economics', politics: 'politics', aircraft: 'aircraft', troops: 'troop',
  civilians: 'civilian', casualties: 'casualty', refugees: 'refugee', employees: 'employee', attendees: 'attendee',
  trainees: 'trainee', hostages: 'hostage', votes: 'vote', houses: 'house', cases: 'case', bases: 'base', uses: 'use',
  courses: 'course', sources: 'source', responses: 'response', nurses: 'nurse', purposes: 'purpose', horses: 'horse',
  licenses: 'license', expenses: 'expense', increases: 'increase', releases: 'release', diseases: 'disease',
  businesses: 'business', witnesses: 'witness', losses: 'loss', buses: 'bus', viruses: 'virus', bonuses: 'bonus',
  campuses: 'campus', statuses: 'status', movies: 'movie', cookies: 'cookie', lies: 'lie', ties: 'tie', dies: 'die',
  // "-uses"/"-ases" plurals of nouns in -us/-as/-s: the suffix rules would leave an "e" ("caucuse", "surpluse").
  caucuses: 'caucus', surpluses: 'surplus', censuses: 'census', consensuses: 'consensus', geniuses: 'genius',
  circuses: 'circus', choruses: 'chorus', prospectuses: 'prospectus', stimuluses: 'stimulus', fetuses: 'fetus',
  syllabuses: 'syllabus', apparatuses: 'apparatus', octopuses: 'octopus', sinuses: 'sinus', walruses: 'walrus',
  gases: 'gas', atlases: 'atlas', aliases: 'alias', canvases: 'canvas', lenses: 'lens', plusses: 'plus', pluses: 'plus',
});

/**
 * Verbs (as lemmas) that follow a bare count as its predicate, never as what is counted: "About 1,000 come from
 * abroad", "one proposal asks". Only verbs that are rarely nouns, so "work"/"report"/"cost" are not here.
 */
export const PREDICATE_VERBS = new Set((
  'come go went gone become became seem appear remain die died live lived say said think believe expect predict want ' +
  'need ask tell know get got make made take took give gave sell sold buy bought receive leave left arrive join enter ' +
  'stay agree hope plan try tried fail failed claim argue warn suggest show shown find found keep kept hold held ' +
  'own owns earn pay paid spend spent reach reached'
).split(' '));
