// Turns one stream's raw chunks into redacted lines, counts them and keeps a bounded tail.
// Hot path: it runs on every chunk the command writes, so it works a chunk at a time.
import { StringDecoder } from 'node:string_decoder';
import stripAnsi from 'strip-ansi';
import type { StreamStats } from './record.js';
import { findAddMasks, type Redactor } from './mask.js';

/** A line longer than this is passed on in pieces, so an endless line cannot exhaust memory. */
export const MAX_LINE_LENGTH = 64 * 1024;

export interface LineBatch {
  lines: string[];
  /** The last element is a piece of an over-long line, not a whole one. */
  partial: boolean;
}

export class OutputStream {
  private decoder = new StringDecoder('utf8');
  private pending = '';
  private bytes = 0;
  private lineCount = 0;
  /** Redacted tail text in blocks (one per chunk); trimmed from the front beyond twice the limit. */
  private tailBlocks: string[] = [];
  private tailChars = 0;
  private dropped = false;

  constructor(
    private readonly redactor: Redactor,
    private readonly outputLimit: number,
  ) {}

  /** Returns the complete lines this chunk finished (redacted), or null when it finished none. */
  push(chunk: Buffer): LineBatch | null {
    this.bytes += chunk.length;
    const decoded = this.decoder.write(chunk);
    // Searched in the new text only: rescanning a long unterminated line per chunk is quadratic.
    const found = decoded.lastIndexOf('\n');
    if (found === -1) {
      this.pending += decoded;
      return this.pending.length > MAX_LINE_LENGTH ? this.cutLongLine() : null;
    }
    const text = this.pending + decoded;
    const end = this.pending.length + found;
    this.pending = text.slice(end + 1);
    const complete = text.slice(0, end);
    const announced = findAddMasks(complete);
    if (announced.length > 0) this.redactor.add(...announced);
    // Line by line (each line of a multi-line secret is a secret too): redaction keeps the line count.
    const raw = complete.split('\n');
    const lines = this.redactor.active ? raw.map((line) => this.redactor.redact(line)) : raw;
    this.lineCount += lines.length;
    // The tail keeps whole blocks, not lines: one string per chunk instead of one per line.
    this.keep((this.redactor.active ? lines.join('\n') : complete) + '\n');
    if (this.pending.length > MAX_LINE_LENGTH) {
      const piece = this.cutLongLine();
      lines.push(...piece.lines);
      return { lines, partial: true };
    }
    return { lines, partial: false };
  }

  /** The unterminated last line at the end of an attempt, if any. */
  flush(): LineBatch | null {
    const rest = this.pending + this.decoder.end();
    this.pending = '';
    this.decoder = new StringDecoder('utf8');
    if (!rest) return null;
    const announced = findAddMasks(rest);
    if (announced.length > 0) this.redactor.add(...announced);
    const line = this.redactor.redact(rest);
    this.lineCount += 1;
    this.keep(line + '\n');
    return { lines: [line], partial: false };
  }

  /** Emits the front of an over-long line, holding back enough to redact a secret that straddles the cut. */
  private cutLongLine(): LineBatch {
    const hold = Math.max(0, this.redactor.maxLength - 1);
    const cut = this.redactor.safeCut(this.pending, this.pending.length - hold);
    const line = this.redactor.redact(this.pending.slice(0, cut));
    this.pending = this.pending.slice(cut);
    this.keep(line);
    return { lines: [line], partial: true };
  }

  /** Appends redacted text to the tail; drops whole blocks from the front beyond twice the limit. */
  private keep(text: string): void {
    this.tailBlocks.push(text);
    this.tailChars += text.length;
    if (this.tailChars > 2 * this.outputLimit + MAX_LINE_LENGTH) {
      let drop = 0;
      // Drop only what leaves 2 × limit behind: a long block before a short last one still counts.
      while (
        drop < this.tailBlocks.length - 1 &&
        this.tailChars - this.tailBlocks[drop].length >= 2 * this.outputLimit
      ) {
        this.tailChars -= this.tailBlocks[drop].length;
        drop += 1;
      }
      if (drop > 0) {
        this.tailBlocks.splice(0, drop);
        this.dropped = true;
      }
    }
  }

  stats(): StreamStats {
    const raw = (this.tailBlocks.join('') + this.redactor.redact(this.pending)).replace(/\n$/, '');
    // Redacted again once stripped: colour codes inside a secret must not let it through.
    const clean = this.redactor.redact(collapseCarriageReturns(stripAnsi(raw)));
    const { text, cut } = lastBytes(clean, this.outputLimit);
    return { bytes: this.bytes, lines: this.lineCount, tail: text, truncated: this.dropped || cut };
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
