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
  described: 'recounted', warned: 'cautioned', urged: 'called on', streets: 'roads', homes: 'houses',
  expected: 'likely', began: 'started', several: 'a number of', families: 'households', asked: 'pressed',
};

/**
 * Sentences with no statistic, the bulk of a news article, from a small grammar: each template has slots with
 * several fillers, names and places are made up per sentence, so two outlets that write about one event share its
 * names and topic words but (as in real reporting) seldom a whole sentence. `{P}` place, `{N}` person, `{A}` agency,
 * `{W}` a made-up proper name (street, district, school); `{slot}` picks from FILLER_SLOTS.
 */
export const FILLER_TEMPLATES = [
  '{who} {described} {scenes} {when}.',
  '{crews} {worked} to reach {where} {when}.',
  '{N}, who has {lived} in {P} for {span}, said she had never seen {anything}.',
  'The {govt} has faced {criticism} over {how} it {responded}.',
  '{opposition} called for {inquiry} into {handling}.',
  '{aidgroups} warned that {conditions} could {worsen} without {support}.',
  '{A} urged {people} to {guidance} and avoid {travel} {unless}.',
  '{institutions} in {where} remained closed, and {roads} were {blocked}.',
  '{business} said it could take {recovery} to recover.',
  '{footage} showed {volunteers} handing out {supplies} in {where}.',
  '"{quote}," {N} told {briefing} in {P}.',
  '{critics} said the {signs} had been {visible} for {span}.',
  'A {review} of the {response} is expected to be {published} {later}.',
  '{neighbours} have offered {equipment} and {staff}.',
  'The mayor of {P} thanked {volunteers} for {work} {when}.',
  'It was not immediately clear {unclear}.',
  '{analysts} said the {picture} would only emerge {later}.',
  '{insurers} have begun {assessing} claims from {claimants}.',
  'On {W} Street, {who} {queued} for {supplies} {when}.',
  '{N}, a {job} from the {W} district, said {quote2}.',
  'The {W} bridge and the road to {W} {remained} {blocked} {when}.',
  '{who} said they had {heard} {warning} {when}.',
  'At the {W} community centre, {volunteers} sorted {supplies} while {crews2} {waited}.',
  '{N} said the {govt} had promised {promise} but {nothing} had happened {yet}.',
  'Power returned to {where} {when}, but {services} were still {down}.',
  'A spokesperson for the {W} hospital said {staffers} were {coping}.',
  'Many {claimants} in {where} said they had no {insurance} and feared {fear}.',
  'The {W} family, who run a {shop} near the river, lost {loss}.',
  'Church bells rang in {P} {when} as {who} gathered {gathered}.',
  '{N}, an engineer who studied the {W} dam, said {structure} had been {neglected} for {span}.',
  'Officials in {P} set up a hotline for {callers}, and {calls} came in within hours.',
  'Trains between {P} and {W} were {cancelled}, and {buses} replaced them {partly}.',
  'Children from the {W} school were taken to {shelter} {when}.',
  'Some {who} refused to leave, saying they wanted to {guard} their {property}.',
  'The {W} shelter, built for {capacity} people, was housing {overflow} by {time}.',
  'Flights from {W} airport were {cancelled} for {hours}, and {trains} trains ran late.',
  '{N}, {age}, said the last time anything similar happened was in {year}.',
];

export const FILLER_SLOTS: Record<string, string[]> = {
  who: ['residents of {P}', 'shopkeepers near the {W} market', 'families in the {W} district', 'commuters', 'volunteers from a nearby church',
    'several witnesses', 'neighbours', 'people sheltering at the {W} school', 'farmers outside {P}', 'older residents'],
  described: ['described', 'recalled', 'spoke of', 'told of', 'remembered'],
  scenes: ['scenes of confusion', 'chaos in the streets', 'long queues for water', 'hours without power', 'a night of fear',
    'a frantic search for relatives', 'panic at the main junction', 'a sudden roar'],
  when: ['as the situation worsened through the night', 'on Monday evening', 'before help arrived', 'in the first hours', 'at about 6 a.m.',
    'shortly after 11 p.m.', 'within 48 hours', 'for three days', 'on the second day',
    'throughout the weekend', 'early on Sunday', 'late into the night', 'by mid-morning', 'for most of the day', 'as darkness fell'],
  crews: ['Emergency crews', 'Rescue teams', 'Army engineers', 'Volunteer brigades', 'Utility workers', 'Paramedics'],
  worked: ['worked in shifts', 'struggled', 'pushed through debris', 'battled heavy rain', 'used boats', 'cleared roads'],
  where: ['the worst-affected streets of {P}', 'outlying villages', 'the {W} neighbourhood', 'the old town', 'the riverside',
    'the industrial zone', 'the hills above {P}', 'the district around {W}'],
  lived: ['lived', 'worked', 'run a bakery', 'taught', 'farmed'],
  span: ['most of her life', 'three decades', 'years', 'a generation', 'as long as anyone remembers', 'two decades', '40 years', '15 years',
    'more than 20 years', 'since 1998', 'since 2011'],
  anything: ['anything like it', 'such destruction', 'the town so quiet', 'water this high', 'so many people afraid'],
  govt: ['government', 'regional council', 'city administration', 'ruling coalition', 'provincial cabinet'],
  criticism: ['criticism', 'sharp questions', 'growing anger', 'complaints', 'mounting pressure'],
  how: ['how slowly', 'how clumsily', 'the way', 'how late'],
  responded: ['responded', 'acted', 'communicated', 'coordinated the rescue', 'handled warnings'],
  opposition: ['Opposition politicians', 'Community leaders', 'Two local lawmakers', 'Campaign groups', 'The main opposition party'],
  inquiry: ['an independent inquiry', 'a parliamentary hearing', 'a full investigation', 'an external audit'],
  handling: ['the handling of the crisis', 'the early warnings', 'the evacuation orders', 'the spending decisions', 'the emergency plan'],
  aidgroups: ['Aid groups', 'Charities', 'Doctors working in {P}', 'The Red Crescent', 'United Nations staff', 'Local clinics'],
  conditions: ['conditions', 'the situation', 'sanitation', 'access to clean water', 'the health of children'],
  worsen: ['deteriorate further', 'get worse', 'collapse', 'worsen quickly'],
  support: ['more support', 'extra funding', 'fresh supplies', 'international help', 'more staff'],
  people: ['people', 'drivers', 'families', 'visitors', 'everyone'],
  guidance: ['follow official guidance', 'stay indoors', 'keep away from the river', 'check on neighbours', 'listen to local radio'],
  travel: ['travelling', 'driving', 'crowded places', 'the coast road'],
  unless: ['unless necessary', 'after dark', 'until further notice', 'for now'],
  institutions: ['Schools', 'Libraries', 'Two hospitals', 'Government offices', 'Markets', 'Courts', 'Some 30 schools', 'Three clinics'],
  roads: ['several roads', 'the ring road', 'two bridges', 'the rail line', 'most side streets', 'Route 9', 'at least four roads', 'the A3 motorway'],
  blocked: ['blocked', 'closed', 'under water', 'cut off', 'impassable'],
  business: ['Local businesses', 'The chamber of commerce', 'Hotel owners', 'A trade association', 'Fishing cooperatives'],
  recovery: ['months', 'the rest of the year', 'several seasons', 'a long time', 'years'],
  footage: ['Footage shared online', 'Photographs from the scene', 'A video filmed by a resident', 'Television pictures', 'Drone images'],
  volunteers: ['volunteers', 'students', 'soldiers', 'nuns', 'teenagers', 'firefighters'],
  supplies: ['water and blankets', 'hot meals', 'bread', 'medicine', 'fuel', 'dry clothes'],
  quote: ['We are doing everything we can', 'Nobody expected this', 'We need more help', 'The next days will be hard',
    'We will rebuild', 'Please stay safe', 'It is too early to say'],
  quote2: ['nobody had come to help yet', 'the water rose in minutes', 'the street had gone quiet', 'her shop was ruined',
    'the siren never sounded', 'neighbours had saved her family'],
  briefing: ['a press briefing', 'reporters', 'a local radio station', 'a crowd of residents', 'a town hall meeting'],
  critics: ['Critics', 'Engineers', 'Environmental groups', 'Former officials', 'Residents'],
  signs: ['warning signs', 'risks', 'cracks', 'problems', 'gaps in planning'],
  visible: ['visible', 'known', 'reported', 'ignored', 'obvious'],
  review: ['review', 'report', 'study', 'formal assessment', '200-page report'],
  response: ['response', 'rescue effort', 'early warning system', 'evacuation'],
  published: ['published', 'released', 'presented to parliament', 'made public'],
  later: ['later this year', 'in the coming weeks', 'next spring', 'before the summer', 'within months', 'by March 2027', 'within 90 days'],
  neighbours: ['Neighbouring regions', 'Two nearby cities', 'Foreign governments', 'Private companies', 'The army'],
  equipment: ['equipment', 'pumps', 'generators', 'tents', 'helicopters', 'trucks', '12 helicopters', '40 water pumps', '250 tents'],
  staff: ['staff', 'engineers', 'medical teams', 'drivers', 'interpreters', '150 soldiers', 'two medical teams'],
  work: ['their work', 'their courage', 'their patience', 'long hours'],
  unclear: ['what caused the delay', 'who gave the order', 'when power would return', 'how the fire started',
    'why the alarm failed', 'where the missing were last seen'],
  analysts: ['Analysts', 'Economists', 'Seismologists', 'Hydrologists', 'Officials', 'Observers'],
  picture: ['full picture', 'true cost', 'scale of the losses', 'cause', 'final toll'],
  insurers: ['Insurance companies', 'Loss adjusters', 'Two large insurers', 'Banks'],
  assessing: ['assessing', 'processing', 'reviewing', 'paying out on'],
  claimants: ['homeowners', 'farmers', 'shop owners', 'car owners', 'factories'],
  queued: ['queued', 'waited', 'lined up', 'crowded'],
  job: ['nurse', 'teacher', 'taxi driver', 'pharmacist', 'fisherman', 'student', 'baker', '34-year-old nurse', '61-year-old retired teacher',
    'mother of three', '19-year-old student'],
  remained: ['remained', 'were still', 'stayed'],
  heard: ['heard', 'received', 'seen', 'noticed'],
  crews2: ['drivers', 'soldiers', 'nurses', 'council workers', 'reporters'],
  waited: ['waited outside', 'unloaded trucks', 'took names', 'checked lists'],
  promise: ['new pumps', 'a relief fund', 'temporary housing', 'a new embankment', 'compensation'],
  nothing: ['nothing', 'little', 'not much', 'none of it'],
  yet: ['yet', 'so far', 'since then', 'in years'],
  services: ['phone lines', 'water mains', 'bank machines', 'the internet', 'bus services'],
  down: ['down', 'out of service', 'patchy', 'unreliable'],
  staffers: ['staff', 'surgeons', 'nurses', 'volunteers'],
  coping: ['coping', 'exhausted', 'under strain', 'working double shifts', 'short of beds'],
  insurance: ['insurance', 'savings', 'papers', 'cover'],
  fear: ['losing everything', 'the winter', 'looting', 'eviction', 'another storm'],
  shop: ['bakery', 'hardware store', 'café', 'pharmacy', 'garage'],
  loss: ['almost everything', 'their stock', 'the ground floor', 'two cars', 'the family archive', 'stock worth $20,000', '80% of their stock'],
  gathered: ['to mourn', 'in silence', 'outside the town hall', 'for a vigil'],
  structure: ['the spillway', 'the embankment', 'the drainage network', 'the old sluice gates'],
  neglected: ['neglected', 'underfunded', 'poorly maintained', 'left unrepaired'],
  callers: ['relatives', 'people searching for family', 'stranded travellers', 'volunteers'],
  calls: ['hundreds of calls', 'a flood of calls', 'calls from abroad', 'dozens of messages', 'more than 1,000 calls', 'about 400 messages'],
  cancelled: ['cancelled', 'suspended', 'halted', 'delayed for hours'],
  buses: ['coaches', 'army trucks', 'minibuses', 'ferries'],
  partly: ['on some routes', 'at first', 'for part of the day', 'where roads allowed'],
  shelter: ['a sports hall', 'the cathedral', 'a hotel', 'relatives in the hills', 'a barracks'],
  guard: ['protect', 'watch over', 'stay with', 'look after'],
  property: ['homes', 'animals', 'shops', 'fields', 'boats'],
  capacity: ['200', '350', '1,200', 'about 500', 'fewer than 100'],
  overflow: ['twice that', 'nearly 800', 'more than it could hold', 'over 1,000', 'three times as many'],
  time: ['Tuesday', 'nightfall', '9 p.m.', 'the weekend', 'noon'],
  hours: ['six hours', '36 hours', 'two days', 'most of Monday', '14 hours'],
  trains: ['dozens of', 'about 60', 'most', 'nearly 90%'],
  age: ['72', '45', '58', '81', '33', '66'],
  year: ['1987', '1999', '2004', '2013', 'the 1970s', '1962'],
  warning: ['no warning', 'a text alert', 'sirens', 'a loudspeaker van', 'a radio bulletin'],
};
