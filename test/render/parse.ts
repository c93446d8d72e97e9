// Reads markdown back the way a CommonMark/GFM renderer does (markdown-it with raw HTML and bare-URL
// linking on, GitHub's settings), so the tests check structure, not strings.
import MarkdownIt, { type Token } from 'markdown-it';

export type { Token };

export const md = new MarkdownIt({ html: true, linkify: true });

/** Block tokens and, flattened after each inline token, its children. */
export function tokensOf(markdown: string): Token[] {
  return md.parse(markdown, {}).flatMap((token) => [token, ...(token.children ?? [])]);
}

/** The text a reader sees in inline markdown: text and code spans, `<br>` as `\n`. */
export function visibleText(children: readonly Token[]): string {
  return children
    .map((t) => {
      if (t.type === 'text' || t.type === 'code_inline') return t.content;
      if (t.type === 'softbreak' || t.type === 'hardbreak') return '\n';
      if (t.type === 'html_inline' && t.content === '<br>') return '\n';
      return '';
    })
    .join('');
}

/** Inline children of one line of inline markdown. */
export function inlineTokens(markdown: string): Token[] {
  const [inline] = md.parseInline(markdown, {});
  return inline.children ?? [];
}

/** What GitHub links or notifies in text outside code. */
export const REFERENCE_IN_TEXT = /(?:^|[^\w])(?:@[a-z\d]|#\d|GH-\d)|https?:\/\/|www\./i;

/** Controls that must not reach markdown. */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
