// Invented names and word lists for the synthetic corpus. Every place, person and outlet is made up from
// syllables, so no benchmark text resembles a real event (and nothing comes from ../shared).
import { int, pick, type Rng } from '../lib/rng.js';

const ONSET = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'z'];
const VOWEL = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODA = ['', '', 'n', 'r', 'l', 's', 'th', 'm', 'nd', 'rk'];
const PLACE_SUFFIX = ['', '', 'ford', 'ova', 'port', 'holm', 'stad', 'ville', 'dale', 'ia'];

export function word(r: Rng, syllables = int(r, 2, 3)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, ONSET) + pick(r, VOWEL) + (i === syllables - 1 ? pick(r, CODA) : '');
  return w;
}

export const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

export function placeName(r: Rng): string {
  const base = cap(word(r)) + pick(r, PLACE_SUFFIX);
  return r() < 0.2 ? `${base} ${pick(r, ['Bay', 'Valley', 'Heights', 'Province', 'Delta'])}` : base;
}

export function personName(r: Rng): string {
  return `${cap(word(r, 2))} ${cap(word(r, int(r, 2, 3)))}`;
}

export function outletName(r: Rng): string {
  const w = cap(word(r, 2));
  return pick(r, [`The ${w} Herald`, `${w} Daily`, `${w} Post`, `The ${w} Ledger`, `${w} News Network`, `${w} Courier`, `${w} Observer`, `The ${w} Tribune`]);
}

export const AGENCIES = ['the interior ministry', 'the regional authority', 'the fire service', 'the health ministry', 'the national statistics office', 'local officials', 'the emergency agency', 'the electoral commission', 'police', 'the finance ministry'];
export const ROLES = ['a spokesperson for', 'the director of', 'a senior official at', 'an analyst advising', 'the deputy head of'];
export const ATTRIB_VERBS = ['said', 'told reporters', 'said on Tuesday', 'said in a statement', 'confirmed'];
export const SECTIONS = ['Home', 'World', 'Politics', 'Business', 'Climate', 'Sport', 'Culture', 'Opinion', 'Video', 'Podcasts'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Paraphrase substitutions used for near-copies: close wording, same figures. */
export const PARAPHRASE: Record<string, string> = {
  said: 'stated', people: 'individuals', residents: 'inhabitants', killed: 'left dead', officials: 'authorities',
  about: 'roughly', more: 'over', reported: 'announced', town: 'municipality', estimated: 'put',
  Tuesday: 'Wednesday', also: 'additionally', however: 'but', after: 'following', damage: 'destruction',
};

/** Sentences with no statistic: the bulk of a news article. `{P}` place, `{N}` person, `{A}` agency. */
export const FILLER = [
  'Residents of {P} described scenes of confusion as the situation worsened through the night.',
  'Emergency crews worked in shifts to reach the worst-affected streets of {P}.',
  '{N}, who has lived in {P} for most of her life, said she had never seen anything like it.',
  'The government has faced criticism over how slowly it responded.',
  'Opposition politicians called for an independent inquiry into the handling of the crisis.',
  'Aid groups warned that conditions could deteriorate further without more support.',
  '{A} urged people to follow official guidance and avoid travelling unless necessary.',
  'Schools in the district remained closed, and several roads were blocked.',
  'Local businesses said it could take months to recover.',
  'Footage shared online showed volunteers handing out water and blankets.',
  '"We are doing everything we can," {N} told a press briefing in {P}.',
  'Critics said the warning signs had been visible for years.',
  'A review of the response is expected to be published later this year.',
  'Neighbouring regions have offered equipment and staff.',
  'The mayor of {P} thanked volunteers for their work.',
  'It was not immediately clear what caused the delay.',
  'Analysts said the full picture would only emerge in the coming weeks.',
  'Insurance companies have begun assessing claims from homeowners.',
];
