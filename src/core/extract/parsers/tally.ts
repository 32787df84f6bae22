/**
 * Vote tallies: "a 12-0 vote", "voted 412 to 95", "by 412 votes to 95", "voted unanimously", "a unanimous vote".
 * Kind `ratio`, measure `vote`, event `vote`, value = votes in favour (null when unanimous: the count of voters is
 * not in the text), `tally` carries both sides. Text keeps the digits so grouping can re-read them.
 */
import { WordSet } from '../lexicon/dict.js';
import { isDigits, type Token } from '../tokenizer.js';
import { draft, type Draft, type Parser } from '../types.js';

const VOTE_NOUNS = new WordSet(['vote', 'votes', 'ballot', 'decision', 'majority', 'margin', 'verdict', 'ruling', 'tally', 'count']);
const VOTE_VERBS = new WordSet(['voted', 'vote', 'votes', 'voting', 'approved', 'passed', 'adopted', 'rejected', 'backed', 'endorsed', 'confirmed', 'ruled', 'decided', 'agreed', 'elected']);
const DASHES = new Set(['-', '–', '—', ':']);

function tally(s: number, e: number, yes: number | null, no: number | null, unanimous: boolean): Draft {
  return draft(s, e, 'ratio', yes, {
    measure: 'vote', event: 'vote', tally: { for: yes, against: no, unanimous }, unit: null,
    low: yes, high: yes,
  });
}

function near(toks: Token[], from: number, to: number, set: WordSet): boolean {
  for (let k = Math.max(0, from); k < Math.min(toks.length, to); k++) if (set.has(toks[k]!.lower)) return true;
  return false;
}

export const tallyParser: Parser = {
  name: 'tally',
  startsAt: ['num', 'word'], // the votes for, or "unanimous(ly)"
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    if (t.kind === 'word' && (t.lower === 'unanimously' || t.lower === 'unanimous')) {
      const p = toks[i - 1];
      const n = toks[i + 1];
      if (t.lower === 'unanimously' && p && VOTE_VERBS.has(p.lower)) return tally(i - 1, i + 1, null, null, true);
      if (t.lower === 'unanimously' && n && VOTE_VERBS.has(n.lower)) return tally(i, i + 2, null, null, true);
      if (t.lower === 'unanimous' && n && VOTE_NOUNS.has(n.lower)) return tally(i, i + 2, null, null, true);
      return null;
    }
    if (t.kind !== 'num' || !isDigits(t.text, 1, 4)) return null;
    const d = toks[i + 1];
    const m = toks[i + 2];
    let e = -1;
    let no = -1;
    if (d && m && DASHES.has(d.text) && d.gap === 0 && m.gap === 0 && m.kind === 'num' && isDigits(m.text, 1, 4)) {
      e = i + 3;
      no = m.num!;
    } else if (d && d.lower === 'to' && m?.kind === 'num' && near(toks, i - 3, i, VOTE_VERBS)) {
      e = i + 3;
      no = m.num!;
    } else if (d && (d.lower === 'votes') && toks[i + 2]?.lower === 'to' && toks[i + 3]?.kind === 'num') {
      e = i + 4;
      no = toks[i + 3]!.num!;
    }
    if (e < 0) return null;
    // a vote needs the word nearby: "a 12-0 vote", "voted 9-6", "by a 7-2 margin"
    const voteContext = (toks[e] && VOTE_NOUNS.has(toks[e]!.lower)) || near(toks, i - 4, i, VOTE_VERBS) || near(toks, i - 4, i, VOTE_NOUNS);
    if (!voteContext) {
      // "beat them 2-1", "ended 2-2": a descending or level pair of small numbers with a dash is a score
      if (d!.text !== ':' && no <= t.num! && t.num! < 100 && e === i + 3) return draft(i, e, 'ratio', null, { drop: 'score' });
      return null;
    }
    if (toks[e] && VOTE_NOUNS.has(toks[e]!.lower)) e++;
    return tally(i, e, t.num!, no, no === 0);
  },
};
