// Invented events, each with "true" statistics that several outlets report, hedge, round or dispute.
import { int, mulberry32, pick, type Rng } from '../lib/rng.js';
import { placeName } from './vocab.js';

export type StatKind = 'count' | 'money' | 'percent' | 'area' | 'duration' | 'length' | 'rainfall';

export interface StatDef {
  key: string;
  kind: StatKind;
  lo: number;
  hi: number;
  /** `{Q}` is the (hedged) quantity, `{P}` the place. */
  templates: string[];
}

interface KindDef {
  name: string;
  headlines: string[];
  stats: StatDef[];
}

const dead: StatDef = { key: 'dead', kind: 'count', lo: 3, hi: 400, templates: ['{Q} people were killed in {P}', 'the death toll in {P} rose to {Q}', '{Q} deaths have been confirmed so far'] };
const injured: StatDef = { key: 'injured', kind: 'count', lo: 10, hi: 2500, templates: ['{Q} people were injured', 'hospitals treated {Q} injured people', '{Q} others were wounded'] };
const evacuated: StatDef = { key: 'evacuated', kind: 'count', lo: 500, hi: 90000, templates: ['{Q} residents were evacuated from {P}', 'authorities moved {Q} people to shelters', 'some {Q} people had to leave their homes'] };
const homes: StatDef = { key: 'homes', kind: 'count', lo: 40, hi: 12000, templates: ['{Q} homes were destroyed', 'the disaster damaged {Q} houses in {P}'] };
const damage: StatDef = { key: 'damage', kind: 'money', lo: 4e6, hi: 3e9, templates: ['damage was estimated at {Q}', 'the cost of repairs could reach {Q}', 'insurers expect claims of {Q}'] };
const aid: StatDef = { key: 'aid', kind: 'money', lo: 2e5, hi: 5e8, templates: ['the government pledged {Q} in emergency aid', 'donors have promised {Q} for reconstruction'] };

const KINDS: KindDef[] = [
  { name: 'flood', headlines: ['Floods in {P} leave {Q} dead', 'Rivers burst their banks across {P}', 'Flood waters force thousands from {P}'],
    stats: [dead, evacuated, homes, damage, aid, { key: 'rain', kind: 'rainfall', lo: 80, hi: 450, templates: ['{Q} of rain fell in 48 hours', 'gauges in {P} recorded {Q} of rainfall'] }] },
  { name: 'wildfire', headlines: ['Wildfire near {P} burns out of control', 'Fire crews battle blaze outside {P}'],
    stats: [dead, evacuated, homes, { key: 'area', kind: 'area', lo: 300, hi: 90000, templates: ['the fire has burned {Q}', 'flames scorched {Q} of forest near {P}'] },
      { key: 'crews', kind: 'count', lo: 80, hi: 4000, templates: ['{Q} firefighters were deployed', 'more crews joined the {Q} already on the ground'] }] },
  { name: 'strike', headlines: ['Workers in {P} walk out over pay', 'Strike shuts down {P} port'],
    stats: [{ key: 'workers', kind: 'count', lo: 1000, hi: 250000, templates: ['{Q} workers joined the strike', 'unions said {Q} members walked out'] },
      { key: 'days', kind: 'duration', lo: 2, hi: 60, templates: ['the strike has lasted {Q}', 'the stoppage could continue for {Q}'] },
      { key: 'raise', kind: 'percent', lo: 2, hi: 18, templates: ['unions are demanding a raise of {Q}', 'the employers offered {Q}'] },
      { key: 'cost', kind: 'money', lo: 1e7, hi: 2e9, templates: ['the strike is costing the economy {Q} a day', 'losses were put at {Q}'] }] },
  { name: 'election', headlines: ['Voters in {P} go to the polls', 'Turnout surges in {P} vote'],
    stats: [{ key: 'turnout', kind: 'percent', lo: 35, hi: 85, templates: ['turnout was {Q}', 'official figures put turnout at {Q}'] },
      { key: 'votes', kind: 'count', lo: 20000, hi: 4e6, templates: ['{Q} votes were cast', 'the winning party received {Q} votes'] },
      { key: 'seats', kind: 'count', lo: 20, hi: 400, templates: ['the coalition won {Q} seats', 'the assembly has {Q} seats'] },
      { key: 'spend', kind: 'money', lo: 1e6, hi: 9e7, templates: ['campaigns spent {Q}', 'the vote cost {Q} to organise'] }] },
  { name: 'outbreak', headlines: ['Outbreak spreads in {P}', 'Health officials in {P} race to contain illness'],
    stats: [dead, { key: 'cases', kind: 'count', lo: 100, hi: 60000, templates: ['{Q} cases have been recorded', 'the number of infections rose to {Q}'] },
      { key: 'hospital', kind: 'count', lo: 20, hi: 5000, templates: ['{Q} patients were admitted to hospital', 'wards in {P} are treating {Q} people'] },
      { key: 'vaccinated', kind: 'percent', lo: 20, hi: 95, templates: ['{Q} of adults in {P} have been vaccinated', 'vaccination coverage stands at {Q}'] }] },
  { name: 'budget', headlines: ['{P} unveils spending plan', 'Budget row deepens in {P}'],
    stats: [{ key: 'total', kind: 'money', lo: 1e8, hi: 9e10, templates: ['the budget totals {Q}', 'spending will reach {Q} next year'] },
      { key: 'growth', kind: 'percent', lo: 1, hi: 12, templates: ['spending will rise by {Q}', 'the deficit is forecast to grow {Q}'] },
      { key: 'jobs', kind: 'count', lo: 500, hi: 80000, templates: ['the plan would create {Q} jobs', '{Q} public sector posts will be cut'] }, aid] },
  { name: 'collapse', headlines: ['Bridge collapse in {P} kills {Q}', 'Rescuers search rubble in {P}'],
    stats: [dead, injured, { key: 'length', kind: 'length', lo: 40, hi: 900, templates: ['the {Q} span gave way during rush hour', 'a {Q} section of the structure fell'] },
      { key: 'hours', kind: 'duration', lo: 6, hi: 96, templates: ['rescuers worked for {Q}', 'the search lasted {Q}'] }, damage] },
];

export interface SynthEvent {
  id: number;
  kind: string;
  place: string;
  headlines: string[];
  /** Year, month (0-based), day the event happened. */
  date: [number, number, number];
  stats: { def: StatDef; value: number }[];
}

export function makeEvents(count: number, seed: number): SynthEvent[] {
  const r = mulberry32(seed);
  const out: SynthEvent[] = [];
  for (let id = 0; id < count; id++) {
    const k = pick(r, KINDS);
    out.push({
      id, kind: k.name, place: placeName(r), headlines: k.headlines,
      date: [int(r, 2019, 2026), int(r, 0, 11), int(r, 1, 28)],
      stats: k.stats.map((def) => ({ def, value: sample(r, def) })),
    });
  }
  return out;
}

function sample(r: Rng, d: StatDef): number {
  // Log-uniform: small and large magnitudes are both common in news.
  const v = Math.exp(Math.log(d.lo) + r() * (Math.log(d.hi) - Math.log(d.lo)));
  return d.kind === 'percent' ? Math.round(v * 10) / 10 : Math.round(v);
}
