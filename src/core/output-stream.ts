// Turns one stream's raw chunks into redacted lines, counts them and keeps a bounded tail.
// Hot path: it runs on every chunk the command writes, so it works a chunk at a time, splits on the
// last newline byte (a newline never falls inside a UTF-8 sequence, so no character is cut there)
// and decodes only whole lines.
import stripAnsi from 'strip-ansi';
import { ByteRing } from './byte-ring.js';
import type { OutputBatch } from './events.js';
import type { StreamName, StreamStats } from './record.js';
import { findAddMasks, type Redactor } from './mask.js';

/** A line longer than this (in bytes) is passed on in pieces, so an endless line cannot exhaust memory. */
export const MAX_LINE_LENGTH = 64 * 1024;

/** Whole lines nothing was masked in: counted in one pass, split only if a consumer reads `lines`. */
class WholeLines implements OutputBatch {
  readonly partial = false;
  readonly count: number;
  readonly longest: number;
  private split: string[] | undefined;

  constructor(
    readonly stream: StreamName,
    readonly text: string,
    readonly raw: Buffer,
  ) {
    let count = 1;
    let longest = 0;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (end - start > longest) longest = end - start;
      count += 1;
      start = end + 1;
    }
    this.count = count;
    this.longest = Math.max(longest, text.length - start);
  }

  get lines(): readonly string[] {
    return (this.split ??= this.text.split('\n'));
  }
}

export class OutputStream {
  /** Bytes of the unterminated last line, as received. */
  private held: Buffer[] = [];
  private heldBytes = 0;
  private bytes = 0;
  private lineCount = 0;
  /**
   * The last bytes of output, twice the limit and a line more (so the limit is still filled once
   * ANSI codes are stripped). Bytes written while nothing was masked are the command's own,
   * redacted when read; the rest is redacted text.
   */
  private readonly tail: ByteRing;

  constructor(
    private readonly redactor: Redactor,
    private readonly outputLimit: number,
    private readonly stream: StreamName = 'stdout',
  ) {
    this.tail = new ByteRing(2 * outputLimit + MAX_LINE_LENGTH);
  }

  /** Returns the complete lines this chunk finished (redacted), or null when it finished none. */
  push(chunk: Buffer): OutputBatch | null {
    this.bytes += chunk.length;
    // Searched in the new chunk only: rescanning a long unterminated line per chunk is quadratic.
    const found = chunk.lastIndexOf(0x0a);
    if (found === -1) {
      this.hold(chunk);
      return this.heldBytes > MAX_LINE_LENGTH ? this.cutLongLine() : null;
    }
    const head = chunk.subarray(0, found + 1);
    const raw = this.heldBytes === 0 ? head : Buffer.concat([...this.held, head]);
    this.held = [];
    this.heldBytes = 0;
    // A copy: the start of a line is small, and holding a slice would keep the whole chunk alive.
    if (found + 1 < chunk.length) this.hold(Buffer.from(chunk.subarray(found + 1)));
    const complete = raw.toString('utf8', 0, raw.length - 1);
    const announced = findAddMasks(complete);
    if (announced.length > 0) this.redactor.add(...announced);
    if (!this.redactor.active && this.heldBytes <= MAX_LINE_LENGTH) {
      const batch = new WholeLines(this.stream, complete, raw);
      this.lineCount += batch.count;
      this.tail.push(raw);
      return batch;
    }
    // Line by line (each line of a multi-line secret is a secret too): redaction keeps the line count.
    const split = complete.split('\n');
    const masking = this.redactor.active;
    const lines = masking ? split.map((line) => this.redactor.redact(line)) : split;
    this.lineCount += lines.length;
    const text = masking ? lines.join('\n') : complete;
    this.tail.push(masking ? Buffer.from(text + '\n') : raw);
    if (this.heldBytes > MAX_LINE_LENGTH) {
      const piece = this.cutLongLine();
      lines.push(...piece.lines);
      return { stream: this.stream, lines, count: lines.length, partial: true };
    }
    return { stream: this.stream, lines, count: lines.length, partial: false, text };
  }

  /** The unterminated last line at the end of an attempt, if any. */
  flush(): OutputBatch | null {
    if (this.heldBytes === 0) return null;
    // A character cut off at the very end becomes U+FFFD.
    const rest = Buffer.concat(this.held).toString('utf8');
    this.held = [];
    this.heldBytes = 0;
    const announced = findAddMasks(rest);
    if (announced.length > 0) this.redactor.add(...announced);
    const line = this.redactor.redact(rest);
    this.lineCount += 1;
    this.tail.push(Buffer.from(line + '\n'));
    return { stream: this.stream, lines: [line], count: 1, partial: false, text: line, longest: line.length };
  }

  private hold(bytes: Buffer): void {
    this.held.push(bytes);
    this.heldBytes += bytes.length;
  }

  /** Emits the front of an over-long line, holding back enough to redact a secret that straddles the cut. */
  private cutLongLine(): OutputBatch {
    const bytes = Buffer.concat(this.held);
    // Decoded up to the last whole character; a character still arriving stays held as bytes.
    const whole = wholeCharacters(bytes);
    const text = bytes.toString('utf8', 0, whole);
    const hold = Math.max(0, this.redactor.maxLength - 1);
    let cut = this.redactor.safeCut(text, text.length - hold);
    // Never between the two halves of a surrogate pair: the held side is re-encoded on its own.
    if (cut > 0 && cut < text.length && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
    const line = this.redactor.redact(text.slice(0, cut));
    const rest =
      cut < text.length
        ? Buffer.concat([Buffer.from(text.slice(cut)), bytes.subarray(whole)])
        : bytes.subarray(whole);
    this.held = rest.length > 0 ? [rest] : [];
    this.heldBytes = rest.length;
    // Nothing masked and nothing held back: the piece is exactly the decoded bytes, keep those.
    this.tail.push(
      !this.redactor.active && cut === text.length ? bytes.subarray(0, whole) : Buffer.from(line),
    );
    return { stream: this.stream, lines: [line], count: 1, partial: true };
  }

  stats(): StreamStats {
    const heldBytes = Buffer.concat(this.held);
    const held = heldBytes.toString('utf8', 0, wholeCharacters(heldBytes));
    const raw = this.redactor.redact(this.keptText() + held).replace(/\n$/, '');
    // Redacted again once stripped: colour codes inside a secret must not let it through.
    const clean = this.redactor.redact(collapseCarriageReturns(stripAnsi(raw)));
    const { text, cut } = lastBytes(clean, this.outputLimit);
    return { bytes: this.bytes, lines: this.lineCount, tail: text, truncated: this.tail.wrapped || cut };
  }

  /** The tail's text; once the ring has wrapped, its front was cut anywhere, so it starts on a
   * whole character and shows nothing of a secret it cut through. */
  private keptText(): string {
    const kept = this.tail.contents();
    if (!this.tail.wrapped) return kept.toString('utf8');
    let start = 0;
    while (start < kept.length && start < 3 && (kept[start] & 0xc0) === 0x80) start += 1;
    return this.redactor.redactCutFront(this.redactor.redact(kept.toString('utf8', start)));
  }
}

/** `\r` progress bars: keep what the terminal would show, the text after the last `\r` of each line. */
export function collapseCarriageReturns(text: string): string {
  if (!text.includes('\r')) return text;
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
      const at = trimmed.lastIndexOf('\r');
      return at === -1 ? trimmed : trimmed.slice(at + 1);
    })
    .join('\n');
}

/** The last `limit` UTF-8 bytes of `text`, cut on a code point boundary. */
export function lastBytes(text: string, limit: number): { text: string; cut: boolean } {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= limit) return { text, cut: false };
  let start = buffer.length - limit;
  while (start < buffer.length && (buffer[start] & 0xc0) === 0x80) start += 1;
  return { text: buffer.subarray(start).toString('utf8'), cut: true };
}

/** The first `limit` UTF-8 bytes of `text`, cut on a code point boundary. */
export function firstBytes(text: string, limit: number): { text: string; cut: boolean } {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= limit) return { text, cut: false };
  let end = limit;
  while (end > 0 && (buffer[end] & 0xc0) === 0x80) end -= 1;
  return { text: buffer.subarray(0, end).toString('utf8'), cut: true };
}

/** How many leading bytes of `bytes` hold whole UTF-8 characters (a sequence cut at the end is left out). */
function wholeCharacters(bytes: Buffer): number {
  const end = bytes.length;
  for (let i = end - 1; i >= 0 && i >= end - 3; i--) {
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + size > end ? i : end;
  }
  return end;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
