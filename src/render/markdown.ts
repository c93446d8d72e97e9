// The one place where text goes into markdown. Everything the command printed (tails, annotation
// messages, file names) and every value a user typed (name, command, cwd) passes through here, so
// that it renders as the text it is: no raw HTML, no code fence it can close, no table it can
// reshape, no @mention or #reference that notifies someone.

/** C0 controls but `\t` and `\n`, DEL and C1 controls: invisible, and NUL is not valid in markdown. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Normalises line endings to `\n` and removes every other control character. */
export function stripControls(text: string): string {
  // A lone `\r` is a line ending to CommonMark; the tails already collapsed `\r` progress bars.
  return text.replace(/\r\n/g, '\n').replace(CONTROLS, '');
}

function longestRun(text: string, char: string): number {
  const code = char.charCodeAt(0);
  let longest = 0;
  let run = 0;
  // charCodeAt, not text[i]: no string per character on megabytes of tail.
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === code) {
      run += 1;
      if (run > longest) longest = run;
    } else run = 0;
  }
  return longest;
}

/**
 * A fenced code block that nothing inside can close: the backtick fence is longer than any backtick
 * run in the text (CommonMark: a closing fence is at least as long as the opening one, and of the
 * same character, so `~~~` cannot close it either). Ends with a newline.
 */
export function codeBlock(text: string, info = ''): string {
  const body = stripControls(text);
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  // An info string after a backtick fence may not contain a backtick; keep one word of it.
  const lang = stripControls(info).replace(/[`\s]/g, '');
  const content = body === '' ? '' : body.endsWith('\n') ? body : `${body}\n`;
  return `${fence}${lang}\n${content}${fence}\n`;
}

/** An inline code span for one line of text; newlines become spaces (a blank line would end the paragraph). */
export function inlineCode(text: string): string {
  const body = stripControls(text).replace(/\n/g, ' ');
  if (body === '') return '` `';
  const ticks = '`'.repeat(longestRun(body, '`') + 1);
  // CommonMark strips one space on each side when both are there (unless it is all spaces): pad
  // whenever an edge would be read as part of the delimiter or stripped.
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

/**
 * GitHub links these in text (and notifies or back-links) but never inside code, so they are put in
 * code spans: URLs and e-mail addresses (no links from output), `org/repo#2`, `@user`, `@org/team`,
 * `#1`, `GH-1`.
 * A zero-width joiner would also break them, but it is invisible, survives copy and paste, and
 * whether GitHub ignores it is not documented; code spans are.
 * A URL stops at a pipe or backtick so a code span in a table cell never holds a `|`.
 */
const REFERENCE = new RegExp(
  [
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>|\x60]+`,
    String.raw`(?<![\w.\/-])[\w.-]+\/[\w.-]+#\d+`,
    String.raw`[\w.+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+`,
    String.raw`(?<![\w\x60])@[a-z\d][a-z\d-]*(?:\/[a-z\d][\w.-]*)?`,
    String.raw`(?<!\w)#\d+`,
    String.raw`(?<!\w)GH-\d+`,
  ].join('|'),
  'gi',
);

/**
 * Characters with an inline meaning in CommonMark/GFM, GitHub's `$` math, and `#` (an ATX heading
 * drops a trailing ` #`): backslash-escaped, which CommonMark allows for any ASCII punctuation.
 */
const INLINE_SPECIAL = /[\\`*_[\]|~$#]/g;
const HTML_SPECIAL = /[&<>]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeText(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ENTITIES[c]).replace(INLINE_SPECIAL, '\\$&');
}

/** What would start a block at the beginning of a line: list item, setext underline, ordered list. */
const BLOCK_START = /^(?:[+=-]|\d+(?=[.)]))/;

/**
 * One line of untrusted text for inline markdown (a heading, a paragraph, a table cell): newlines
 * become spaces, edges are trimmed, HTML is escaped as entities, markdown punctuation with a
 * backslash, references go in code spans, and a leading block marker is escaped.
 */
export function escapeInline(text: string): string {
  const line = stripControls(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  let out = '';
  let at = 0;
  for (const match of line.matchAll(REFERENCE)) {
    out += escapeText(line.slice(at, match.index));
    out += inlineCode(match[0]);
    at = match.index + match[0].length;
  }
  out += escapeText(line.slice(at));
  return out.replace(BLOCK_START, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/**
 * Text for a GFM table cell: each line escaped as inline text (pipes are escaped there, and a
 * leading `=`, `+` or `-` too), lines joined with `<br>`, our only HTML inside tables.
 */
export function tableCell(text: string): string {
  return stripControls(text)
    .split('\n')
    .map((line) => escapeInline(line))
    .filter((line) => line !== '')
    .join('<br>');
}

/**
 * Inline markdown made safe for a table cell: a `|` inside a code span would end the cell, and GFM
 * reads `\|` as a pipe even inside code spans. Pipes already escaped as text are left alone.
 */
export function inlineToTableCell(markdown: string): string {
  return markdown.replace(/(?<!\\)\|/g, '\\|');
}

/** A GFM table from cells that are already markdown (tableCell, inlineCode or our own literals). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  return line(header) + line(header.map(() => '---')) + rows.map(line).join('');
}

/** The first `max` characters of `text`, never splitting a surrogate pair, with `…` when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
