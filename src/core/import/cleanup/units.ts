/** A candidate paragraph (or a single line of a block that is a list of lines) and whether it was judged furniture. */
export interface Unit {
  text: string;
  /** Index of the blank-line-separated block it came from. */
  block: number;
  furniture: boolean;
  reason?: string;
  /** Set by the `repeated` step: a headline the page repeats as its first paragraph (the title search takes it). */
  headline?: boolean;
}

/** Invisible and odd whitespace that web copy/paste leaves behind. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[ ]+$/gm, '');
}

export const TERMINAL = /[.!?…:;]["'”’»)\]]*$|[.!?]\s*\[\d+\]$/;

/** A block whose lines fill a fixed width (e-mail, PDF, typewriter text) was wrapped by a tool, not by the author. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1).map((l) => l.trim().length);
  const max = Math.max(...body);
  if (max < 40 || max > 110) return false;
  return body.filter((n) => n >= max * 0.7).length >= body.length * 0.8;
}

/** Whether `next` continues the sentence of `prev` (a wrapped line rather than a new paragraph). */
export function continues(prev: string, next: string): boolean {
  if (TERMINAL.test(prev)) return false;
  return /^[\p{Ll}(,;–—-]/u.test(next) && prev.length >= 30;
}

/** Splits text into blocks at blank lines; lines inside a block become units unless the block was hard-wrapped. */
export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const blocks = normaliseText(text).split(/\n\s*\n/);
  blocks.forEach((block, b) => {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) return;
    if (isHardWrapped(lines)) {
      units.push({ text: joinLines(lines), block: b, furniture: false });
      return;
    }
    let current = '';
    for (const line of lines) {
      if (current && continues(current, line)) current = joinLines([current, line]);
      else {
        if (current) units.push({ text: current, block: b, furniture: false });
        current = line;
      }
    }
    if (current) units.push({ text: current, block: b, furniture: false });
  });
  return units;
}

/** Joins wrapped lines, undoing end-of-line hyphenation ("inter-\nnational") but keeping real dashes ("737–\n9"). */
export function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!out) out = line;
    else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(line)) out = out.slice(0, -1) + line;
    else if (/[–—-]$/.test(out) && /^[\p{N}\p{L}]/u.test(line) && /[\p{N}\p{Lu}][–—-]$/u.test(out)) out += line;
    else out += ' ' + line;
  }
  return out;
}
