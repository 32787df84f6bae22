/**
 * DOM -> paragraphs: block elements end a paragraph, inline text is joined with collapsed whitespace.
 * Works on any DOM-like tree (linkedom here) through the few Node fields it needs.
 */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'THEAD', 'TBODY', 'FIGURE', 'FIGCAPTION', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'CANVAS']);

export interface BlockOptions {
  /** Element names (upper case) whose text is dropped, e.g. FIGCAPTION. */
  drop?: Set<string>;
}

/**
 * Iterative (an explicit stack, no recursion), so a page nested 100,000 deep cannot overflow the call stack.
 * A `null` on the stack marks the end of a block element: its text is flushed there.
 */
export function domToParagraphs(root: DomNode, opts: BlockOptions = {}): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  const stack: (DomNode | null)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || opts.drop?.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push(null);
    } else if (name === 'TD' || name === 'TH') buf += ' '; // a table row reads as one line: cells joined by spaces
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return out;
}

/** Deepest element nesting under `root`, walked iteratively; stops counting once past `cap`. */
export function elementDepth(root: DomNode, cap: number): number {
  let max = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) {
      max = depth;
      if (max > cap) return max;
    }
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], depth + 1]);
  }
  return max;
}
