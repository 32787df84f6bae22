/**
 * Negative parser: version numbers ("1.2.3", "v2.0", "version 4.1", "iOS 17.1"). Dotted triples are never
 * quantities; a decimal after "version"/"v"/a product word is a name, not a measurement.
 */
import { WordSet } from '../lexicon/dict.js';
import { draft, type Parser } from '../types.js';
import type { Token } from '../tokenizer.js';
import { isCapitalised, isFunctionWord } from '../refiners/util.js';

const BEFORE = new WordSet(['version', 'versions', 'v', 'ver', 'release', 'ios', 'android', 'windows', 'macos', 'python', 'node', 'firmware', 'build', 'update', 'patch', 'linux', 'kernel', 'chrome', 'firefox', 'java', 'php', 'ubuntu', 'debian', 'html', 'http', 'ipv', 'usb', 'bluetooth', 'wi-fi', 'rev']);

/** Cues that are also verbs taking a count as their object. */
const VERBS = new WordSet(['build', 'release', 'update', 'patch']);

/** A lowercase plural noun within three words after the number, before any function word ("900 public housing units"). */
function pluralNounAfter(toks: Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const n = toks[k];
    if (!n || n.kind !== 'word' || n.gap === 0 || isCapitalised(n) || isFunctionWord(n)) return false;
    if (n.lower.length > 3 && n.lower.endsWith('s') && !n.lower.endsWith('ss')) return true;
  }
  return false;
}

export const versionParser: Parser = {
  name: 'version',
  startsAt: ['num'],
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    if (t.kind !== 'num') return null;
    let j = i + 1;
    let dots = t.text.includes('.') ? 1 : 0;
    while (toks[j]?.text === '.' && toks[j]!.gap === 0 && toks[j + 1]?.kind === 'num' && toks[j + 1]!.gap === 0) {
      dots++;
      j += 2;
    }
    if (dots >= 2) return draft(i, j, 'count', null, { drop: 'version number' });
    const p = toks[i - 1];
    // "will build 900 homes", "release 300 prisoners": a verb cue with a noun after the number counts that noun
    const counted = p && VERBS.has(p.lower) && pluralNounAfter(toks, j);
    if (p && p.kind === 'word' && BEFORE.has(p.lower) && (p.gap >= 0) && (t.gap <= 1) && !counted) {
      return draft(i, j, 'count', null, { drop: `version after "${p.text}"` });
    }
    return null;
  },
};
