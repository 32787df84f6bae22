/**
 * A linear scan of how deep an HTML page nests, run before the DOM is built. The parser under linkedom (htmlparser2
 * 10) keeps its open-element stack with Array.unshift, so building the DOM costs the square of the depth: a page of
 * 100,000 nested <div> cost ~10 s of CPU only to be refused afterwards, and on a loaded machine ran into the 30 s
 * parse budget instead of being refused for its depth. This scan follows the same rules as that parser (void
 * elements, raw-text elements, a close tag closing up to its nearest open match, an opening tag closing the ones it
 * implies) with a push/pop stack, so it is linear. Where it cannot follow the parser exactly it errs towards a lower
 * depth (self-closing tags are not counted, an unterminated tag ends the scan), and the caller refuses only far past
 * the bound: anything nearer is left to the exact check on the parsed document.
 */

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content the tokenizer reads as text up to their own close tag. */
const RAW_TEXT = new Map(['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** htmlparser2's openImpliesClose: opening the key closes the open elements named, while they are on top. */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']], ['li', ['li']],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, P] as [string, string[]]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, string[]]),
  ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
  ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
].map(([k, v]) => [k as string, new Set(v as string[])]));

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Deepest open-element stack while reading `html`, stopping as soon as it passes `cap`. */
export function scanHtmlDepth(html: string, cap: number): number {
  const stack: string[] = [];
  const open = new Map<string, number>(); // how many of each name are on the stack
  const push = (name: string) => (stack.push(name), open.set(name, (open.get(name) ?? 0) + 1));
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    return name;
  };
  let max = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      // Comment, doctype or processing instruction: nothing inside counts.
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = lt + (closing ? 2 : 1);
    if (nameStart >= n || !isLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let j = nameStart;
    while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 47 && html.charCodeAt(j) !== 62) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    // To the tag's end: a `>` outside a quoted attribute value.
    let selfClosing = false;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (d === 62 /* > */) break;
      if (d === 61 /* = */) {
        j++;
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        const q = html.charCodeAt(j);
        if (q === 34 || q === 39) {
          const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
          if (close < 0) return max; // an unterminated value: the rest is one tag
          j = close + 1;
        }
        continue;
      }
      selfClosing = d === 47 && html.charCodeAt(j + 1) === 62;
      j++;
    }
    if (j >= n) break;
    i = j + 1;
    if (closing) {
      if (!VOID.has(name) && (open.get(name) ?? 0) > 0) while (pop() !== name);
      continue;
    }
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) pop();
    if (VOID.has(name) || selfClosing) continue;
    push(name);
    if (stack.length > max && (max = stack.length) > cap) return max;
    const end = RAW_TEXT.get(name);
    if (end) {
      // Skip the text to the element's own close tag, which the loop then reads (one compiled pattern per name).
      end.lastIndex = i;
      if (!end.exec(html)) break;
      i = end.lastIndex - name.length - 2;
    }
  }
  return max;
}
