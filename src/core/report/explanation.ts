// The checker's Markdown (verdict explanations, evidence notes) as HTML, safe without a DOM sanitiser:
// markdown-it with raw HTML off escapes every tag, and its link check refuses javascript:, vbscript:, file: and
// data: targets. We allow only http(s) and mailto links and open them outside the report's context.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
markdown.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());
// Images would be fetched when the report opens: shown as their alt text instead.
markdown.renderer.rules.image = (tokens, idx) => markdown.utils.escapeHtml(tokens[idx]!.content);
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown to HTML with no raw HTML, no images, and only http(s)/mailto links. */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
