// Cutting text to GitHub's API limits without breaking it: never inside a UTF-8 sequence or a UTF-16
// surrogate pair, and (for markdown) never leaving a code fence open, so the note that says the text
// was cut is rendered as text and not swallowed by the fence.

/** The longest prefix of `text` that fits in `maxBytes` UTF-8 bytes, cut on a character boundary. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let cut = Math.max(0, maxBytes);
  // Back off over continuation bytes (10xxxxxx) so the cut lands on the start of a character.
  while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--;
  return bytes.subarray(0, cut).toString('utf8');
}

/** The longest prefix of `text` that fits in `maxChars` UTF-16 code units, never splitting a pair. */
export function truncateChars(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = Math.max(0, maxChars);
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return text.slice(0, cut);
}

interface Fence {
  char: string;
  length: number;
}

/** The code fence left open at the end of a markdown text (CommonMark fenced code blocks), if any. */
export function openFenceAtEnd(markdown: string): Fence | null {
  let open: Fence | null = null;
  for (const line of markdown.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line.replace(/\r$/, ''));
    if (!match) continue;
    const run = match[1];
    const rest = match[2];
    if (open === null) {
      // A backtick fence's info string may not contain backticks.
      if (run[0] === '`' && rest.includes('`')) continue;
      open = { char: run[0], length: run.length };
    } else if (run[0] === open.char && run.length >= open.length && rest.trim() === '') {
      open = null;
    }
  }
  return open;
}

/**
 * Cuts markdown to `max` (bytes or chars), closes a code fence the cut left open, then appends `note`
 * as its own paragraph. Returns the text unchanged when it fits.
 */
export function truncateMarkdown(
  markdown: string,
  max: number,
  unit: 'bytes' | 'chars',
  note: string,
): string {
  const size = unit === 'bytes' ? (s: string) => Buffer.byteLength(s, 'utf8') : (s: string) => s.length;
  if (size(markdown) <= max) return markdown;
  const cut = unit === 'bytes' ? truncateUtf8 : truncateChars;
  const tail = `\n\n${note}\n`;
  let budget = max - size(tail);
  let result = '';
  // The closing fence found on one pass is reserved on the next; a fence changes at most a few times.
  for (let pass = 0; pass < 4; pass++) {
    const head = cut(markdown, Math.max(0, budget));
    const fence = openFenceAtEnd(head);
    const closing = fence ? `\n${fence.char.repeat(fence.length)}` : '';
    result = head + closing + tail;
    if (size(result) <= max) return result;
    budget -= size(closing);
  }
  return cut(result, max);
}
