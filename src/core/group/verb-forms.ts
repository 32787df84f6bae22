/**
 * Irregular English verbs: lemma -> [past tense, past participle]. English morphology, not a grouping rule: the
 * WordNet lookup reads either form back to its lemma ("withdrawn" -> withdraw), and labels write the participle
 * after the counted noun ("troops withdrawn").
 */
export const IRREGULAR_VERBS: Readonly<Record<string, readonly [string, string]>> = Object.assign(Object.create(null) as Record<string, readonly [string, string]>, {
  pay: ['paid', 'paid'], spend: ['spent', 'spent'], win: ['won', 'won'], lose: ['lost', 'lost'], sell: ['sold', 'sold'],
  buy: ['bought', 'bought'], give: ['gave', 'given'], take: ['took', 'taken'], make: ['made', 'made'], get: ['got', 'got'],
  hold: ['held', 'held'], leave: ['left', 'left'], lead: ['led', 'led'], begin: ['began', 'begun'], fall: ['fell', 'fallen'],
  rise: ['rose', 'risen'], grow: ['grew', 'grown'], cut: ['cut', 'cut'], put: ['put', 'put'], set: ['set', 'set'],
  hit: ['hit', 'hit'], shoot: ['shot', 'shot'], strike: ['struck', 'struck'], say: ['said', 'said'], tell: ['told', 'told'],
  bring: ['brought', 'brought'], think: ['thought', 'thought'], find: ['found', 'found'], keep: ['kept', 'kept'],
  meet: ['met', 'met'], run: ['ran', 'run'], see: ['saw', 'seen'], go: ['went', 'gone'], come: ['came', 'come'],
  become: ['became', 'become'], write: ['wrote', 'written'], draw: ['drew', 'drawn'], send: ['sent', 'sent'],
  build: ['built', 'built'], fight: ['fought', 'fought'], stand: ['stood', 'stood'], sit: ['sat', 'sat'],
  understand: ['understood', 'understood'], mean: ['meant', 'meant'], choose: ['chose', 'chosen'], break: ['broke', 'broken'],
  freeze: ['froze', 'frozen'], hide: ['hid', 'hidden'], sink: ['sank', 'sunk'], sweep: ['swept', 'swept'],
  swear: ['swore', 'sworn'], throw: ['threw', 'thrown'], wear: ['wore', 'worn'], withdraw: ['withdrew', 'withdrawn'],
  overtake: ['overtook', 'overtaken'], undertake: ['undertook', 'undertaken'], forgive: ['forgave', 'forgiven'],
  forget: ['forgot', 'forgotten'], flee: ['fled', 'fled'], lay: ['laid', 'laid'], lend: ['lent', 'lent'],
  seek: ['sought', 'sought'], steal: ['stole', 'stolen'], know: ['knew', 'known'], speak: ['spoke', 'spoken'],
  drive: ['drove', 'driven'], spread: ['spread', 'spread'], quit: ['quit', 'quit'], catch: ['caught', 'caught'],
  teach: ['taught', 'taught'], cost: ['cost', 'cost'], hurt: ['hurt', 'hurt'], shut: ['shut', 'shut'], bid: ['bid', 'bid'],
  split: ['split', 'split'],
});
