/** A candidate paragraph (or a single line of a block that is a list of lines) and whether it was judged furniture. */
export interface Unit {
  text: string;
  /** Index of the blank-line-separated block it came from. */
  block: number;
  furniture: boolean;
  reason?: string;
  /** Set by the `repeated` step: a headline the page repeats as its first paragraph (the title search takes it). */
  headline?: boolean;
  /** Its lexicon key and whether it is prose, worked out once (several steps ask; see unitKey, unitIsProse). */
  key?: string;
  prose?: boolean;
}

/** Invisible and odd whitespace that web copy/paste leaves behind. */
export function normaliseText(raw: string): string {
  let t = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // Each pass only when its characters occur: a clean file is scanned, not copied.
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  if (INVISIBLE.test(t)) t = t.replace(INVISIBLE_G, '');
  if (hasOddSpace(t)) t = t.replace(ODD_SPACE_G, ' ');
  // Trailing spaces, line by line only where a line has them.
  return t.includes(' \n') || t.endsWith(' ') ? t.split('\n').map(trimSpacesEnd).join('\n') : t;
}
/** ODD_SPACE.test by indexOf, one character at a time: a quarter of the regex's time on a clean text. */
const hasOddSpace = (t: string) => t.includes('\t') || t.includes('\u00a0') || t.includes('\u2007') || t.includes('\u202f');
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/;
const INVISIBLE_G = new RegExp(INVISIBLE.source, 'g');
const ODD_SPACE_G = /[\u00a0\u2007\u202f\t]/g;

/** Trailing spaces off one line by index (the regex / +$/m retries every space of a long run: quadratic). */
function trimSpacesEnd(line: string): string {
  let e = line.length;
  while (e > 0 && line.charCodeAt(e - 1) === 32) e--;
  return e === line.length ? line : line.slice(0, e);
}

export const TERMINAL = /[.!?…:;]["'”’»)\]]*$|[.!?]\s*\[\d+\]$/;

/** A block whose lines fill a fixed width (e-mail, PDF, typewriter text) was wrapped by a tool, not by the author. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1).map((l) => l.trim().length);
  // reduce, not Math.max(...body): a block of 200,000 lines would overflow the call stack as arguments.
  const max = body.reduce((m, n) => (n > m ? n : m), 0);
  if (max < 40 || max > 110) return false;
  return body.filter((n) => n >= max * 0.7).length >= body.length * 0.8;
}

/** Whether `next` continues the sentence of `prev` (a wrapped line rather than a new paragraph). */
export function continues(prev: string, next: string, prevLength = prev.length): boolean {
  // Only the end of `prev` decides (TERMINAL is anchored at $): testing a tail keeps long runs of joins linear.
  if (prevLength < 30 || !CONTINUATION.test(next)) return false;
  return !TERMINAL.test(prev.length > 64 ? prev.slice(-64) : prev);
}
const CONTINUATION = /^[\p{Ll}(,;–—-]/u;

/** Splits text into blocks at blank lines; lines inside a block become units unless the block was hard-wrapped. */
export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const blocks = normaliseText(text).split(/\n\s*\n/);
  blocks.forEach((block, b) => {
    const lines: string[] = [];
    for (const l of block.split('\n')) {
      const t = l.trim();
      if (t) lines.push(t);
    }
    if (!lines.length) return;
    if (isHardWrapped(lines)) {
      units.push({ text: joinLines(lines), block: b, furniture: false });
      return;
    }
    let current: LineJoiner | null = null;
    for (const line of lines) {
      if (current && continues(current.tail(), line, current.length)) current.add(line);
      else {
        if (current) units.push({ text: current.text(), block: b, furniture: false });
        current = new LineJoiner();
        current.add(line);
      }
    }
    if (current) units.push({ text: current.text(), block: b, furniture: false });
  });
  return units;
}

/**
 * Joins wrapped lines one at a time, undoing end-of-line hyphenation ("inter-\nnational") but keeping real dashes
 * ("737–\n9"). Pieces are kept in a list and only the tail is examined, so joining n lines costs O(total length).
 */
export class LineJoiner {
  #parts: string[] = [];
  /** The last (up to) 64 characters joined so far, kept as pieces are added. */
  #tail = '';
  length = 0;

  /** The last (up to) 64 characters joined so far. */
  tail(): string {
    return this.#tail;
  }

  add(raw: string): void {
    // Whitespace is collapsed only in lines that have a run of it or a tab/odd space (most lines have neither).
    this.addTidy(MESSY_SPACE.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim());
  }

  /**
   * `add` for a line already trimmed with single spaces only, as every unit's text is (each came out of a joiner):
   * mergeBroken joins units, and scanning each whole paragraph for whitespace again found nothing to change.
   */
  addTidy(line: string): void {
    const parts = this.#parts;
    if (!parts.length) this.#push(line);
    else {
      const out = this.#tail;
      const last = out.charCodeAt(out.length - 1);
      // Only a tail ending in a hyphen or dash can join without a space: the patterns run only then.
      if (last !== 45 && last !== 0x2013 && last !== 0x2014) this.#push(' ' + line);
      else if (last === 45 && /\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(line)) {
        const end = parts.length - 1;
        parts[end] = parts[end].slice(0, -1);
        this.#tail = out.slice(0, -1);
        this.length--;
        this.#push(line);
      } else if (/^[\p{N}\p{L}]/u.test(line) && /[\p{N}\p{Lu}][–—-]$/u.test(out)) this.#push(line);
      else this.#push(' ' + line);
    }
  }

  #push(s: string): void {
    this.#parts.push(s);
    this.length += s.length;
    const t = s.length >= 64 ? s : this.#tail + s;
    this.#tail = t.length > 64 ? t.slice(-64) : t;
  }

  text(): string {
    return this.#parts.length === 1 ? this.#parts[0] : this.#parts.join('');
  }
}
const MESSY_SPACE = /\s\s|[^\S ]/;

export function joinLines(lines: string[]): string {
  const joiner = new LineJoiner();
  for (const line of lines) joiner.add(line);
  return joiner.text();
}
