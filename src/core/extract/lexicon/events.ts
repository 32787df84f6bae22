/**
 * Event words → lemma. Verbs get their regular inflections generated; irregular forms and event nouns are listed.
 * The grouper maps variants itself; these lemmas only need to be stable.
 */
import { dict } from './dict.js';
const REGULAR = (
  'kill wound injure deploy withdraw spend vote create launch start end attack arrest displace evacuate rescue infect ' +
  'vaccinate hospitalize hospitalise sentence fine raise invest pay earn sell export import produce build found protest ' +
  'march attend employ hire lay die cost fund allocate donate pledge receive count record report register detain ' +
  'abduct kidnap execute bomb shell destroy damage burn flee deport remove oust elect win lose deliver ship station ' +
  'train recruit serve patrol return release free claim estimate visit reach increase decrease rise fall grow drop cut ' +
  'borrow owe lend charge save approve adopt reject establish displace evacuate'
).split(' ');
export const EVENT_LEMMAS: Record<string, string> = dict({});
for (const v of REGULAR) {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  EVENT_LEMMAS[v] = v;
  EVENT_LEMMAS[v + 's'] = v;
  EVENT_LEMMAS[v.endsWith('e') ? v + 'd' : v + 'ed'] = v;
  EVENT_LEMMAS[stem + 'ing'] = v;
}
Object.assign(EVENT_LEMMAS, {
  died: 'die', dies: 'die', dying: 'die', dead: 'die', death: 'die', deaths: 'die', killing: 'kill', killings: 'kill',
  wounded: 'wound', injured: 'wound', injuries: 'wound', injury: 'wound', casualties: 'casualty', fatalities: 'die',
  withdrew: 'withdraw', withdrawn: 'withdraw', withdrawal: 'withdraw', deployment: 'deploy', deployed: 'deploy',
  spent: 'spend', spending: 'spend', creation: 'create', founded: 'found', establishment: 'create', established: 'create',
  began: 'begin', begun: 'begin', begin: 'begin', begins: 'begin', beginning: 'begin', start: 'begin', started: 'begin',
  coup: 'coup', coups: 'coup', putsch: 'coup', takeover: 'coup', removal: 'remove', ousted: 'remove', overthrow: 'remove',
  overthrew: 'remove', overthrown: 'remove', vote: 'vote', votes: 'vote', voted: 'vote', election: 'elect', elections: 'elect',
  budget: 'budget', costs: 'cost', cost: 'cost', paid: 'pay', payment: 'pay', sold: 'sell', sales: 'sell', bought: 'buy',
  buy: 'buy', built: 'build', won: 'win', lost: 'lose', loss: 'lose', losses: 'lose', fled: 'flee', arrests: 'arrest',
  attacks: 'attack', invasion: 'invade', invaded: 'invade', invade: 'invade', rose: 'rise', risen: 'rise', fell: 'fall',
  fallen: 'fall', grew: 'grow', grown: 'grow', dropped: 'drop', cuts: 'cut', held: 'hold', took: 'take', taken: 'take',
  displaced: 'displace', evacuated: 'evacuate', missing: 'miss', captured: 'capture', seized: 'seize', lives: 'die',
  protests: 'protest', strike: 'strike', strikes: 'strike', struck: 'strike', earthquake: 'earthquake', flood: 'flood',
  floods: 'flood', war: 'war', conflict: 'conflict', insurgency: 'insurgency', mutiny: 'mutiny',
  ceasefire: 'ceasefire', agreement: 'agree', signed: 'sign', treaty: 'sign', massacre: 'kill', attack: 'attack',
});
/** Lemmas that are nouns: they describe an event at a year ("a 2020 coup") as well as verbs do. */
export const EVENT_NOUNS = new Set(['coup', 'election', 'creation', 'establishment', 'removal', 'invasion', 'war', 'earthquake', 'flood', 'massacre', 'mutiny', 'ceasefire', 'agreement', 'treaty', 'withdrawal', 'deployment', 'budget', 'death', 'deaths', 'attack', 'attacks', 'strike', 'vote']);
