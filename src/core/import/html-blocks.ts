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

export function domToParagraphs(root: DomNode, opts: BlockOptions = {}): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || opts.drop?.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    // A table row reads as one line: cells joined by spaces.
    else if (name === 'TD' || name === 'TH') buf += ' ';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
