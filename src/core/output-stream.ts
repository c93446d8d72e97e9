// Turns one stream's raw chunks into what is shown of them (the command's bytes, redacted) and the
// lines the observers and the tail see, counts them and keeps a bounded tail.
// Hot path: it runs on every chunk the command writes, so it works a chunk at a time and splits on
// the last newline byte. The bytes shown are the bytes the command wrote: redaction works on bytes,
// nothing is decoded and encoded again and no newline is added. Lines are decoded only when an
// observer or a sink reads them (a newline never falls inside a UTF-8 sequence, so no character is
// cut there).
import stripAnsi from 'strip-ansi';
import { ByteRing } from './byte-ring.js';
import type { OutputBatch } from './events.js';
import type { StreamName, StreamStats } from './record.js';
import { findAddMasks, type Redactor } from './mask.js';

/** A line longer than this (in bytes) is passed on in pieces, so an endless line cannot exhaust memory. */
export const MAX_LINE_LENGTH = 64 * 1024;

const NEWLINE = 0x0a;
const NO_BYTES = Buffer.alloc(0);
const NEWLINE_BYTES = Buffer.from('\n');
const NO_LINES: readonly string[] = Object.freeze([]);

/** Lines shorter than this are counted by a loop over the bytes rather than by indexOf. */
const SHORT_LINE_BYTES = 48;

/**
 * What one push shows, and the lines it finishes. The lines are counted on the bytes, and decoded
 * and split only if a consumer reads `text` or `lines`: with nothing that reads them (no matcher,
 * no prefix, a plain console) output passes through without a string ever being made of it.
 */
class Batch implements OutputBatch {
  readonly count: number;
  /** The longest line's UTF-8 length: never less than its length in characters. */
  readonly longest: number;
  private joined: string | undefined;
  private split: readonly string[] | undefined;

  /**
   * `source`: finished lines, each with its `\n`; `last`: one more line after them without one (a
   * piece of an over-long line, or the last line of the output), already decoded.
   */
  constructor(
    readonly stream: StreamName,
    readonly bytes: Buffer,
    private readonly source: Buffer | null,
    private readonly last: string | undefined,
    readonly partial: boolean,
  ) {
    let count = 0;
    let longest = 0;
    if (source !== null) {
      // indexOf is memchr, 3–5× faster than a loop over the bytes for lines of 100 bytes; but each
      // call costs more than a few bytes of the loop, which wins for short lines (29 bytes: 1.7×).
      // A batch's lines tend to be alike: its first line decides.
      const first = source.indexOf(NEWLINE);
      if (first !== -1 && first < SHORT_LINE_BYTES) {
        let start = 0;
        for (let i = 0; i < source.length; i++) {
          if (source[i] !== NEWLINE) continue;
          if (i - start > longest) longest = i - start;
          count += 1;
          start = i + 1;
        }
      } else {
        for (let start = 0, end = first; end !== -1; end = source.indexOf(NEWLINE, start)) {
          if (end - start > longest) longest = end - start;
          count += 1;
          start = end + 1;
        }
      }
    }
    if (last !== undefined) {
      count += 1;
      longest = Math.max(longest, Buffer.byteLength(last));
    }
    this.count = count;
    this.longest = longest;
    if (count === 0) this.split = NO_LINES;
  }

  get text(): string | undefined {
    if (this.count === 0) return undefined;
    if (this.joined !== undefined) return this.joined;
    const { source, last } = this;
    const whole = source === null ? undefined : source.toString('utf8', 0, source.length - 1);
    this.joined = whole === undefined ? last! : last === undefined ? whole : `${whole}\n${last}`;
    return this.joined;
  }

  get lines(): readonly string[] {
    return (this.split ??= this.text!.split('\n'));
  }

  containsAny(needles: readonly string[]): boolean {
    const { source, last } = this;
    return needles.some((needle) => source?.includes(needle) || last?.includes(needle));
  }
}

/** Why the start of an unfinished line is shown before its end arrived. */
type Release = 'quiet' | 'long';

export class OutputStream {
  /** Bytes of the unterminated last line not shown yet, as received. */
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** The shown (redacted) bytes of the unterminated last line: its start, for the observers. */
  private lineHead: Buffer[] = [];
  private lineHeadBytes = 0;
  private bytes = 0;
  private lineCount = 0;
  /**
   * The last bytes shown, twice the limit and a line more (so the limit is still filled once
   * ANSI codes are stripped); redacted again when read (a value masked later must not show).
   */
  private readonly tail: ByteRing;

  constructor(
    private readonly redactor: Redactor,
    private readonly outputLimit: number,
    private readonly stream: StreamName = 'stdout',
  ) {
    this.tail = new ByteRing(2 * outputLimit + MAX_LINE_LENGTH);
  }

  /** True while the start of a line waits for its end. */
  get holding(): boolean {
    return this.heldBytes > 0;
  }

  /** What this chunk lets show (redacted) and the lines it finished; null when it shows nothing yet. */
  push(chunk: Buffer): OutputBatch | null {
    this.bytes += chunk.length;
    // Searched in the new chunk only: rescanning a long unterminated line per chunk is quadratic.
    const found = chunk.lastIndexOf(NEWLINE);
    if (found === -1) {
      this.hold(chunk);
      return this.heldBytes > MAX_LINE_LENGTH ? this.release('long') : null;
    }
    const head = chunk.subarray(0, found + 1);
    const raw = this.heldBytes === 0 ? head : Buffer.concat([...this.held, head]);
    this.held = [];
    this.heldBytes = 0;
    // A copy: the start of a line is small, and holding a slice would keep the whole chunk alive.
    if (found + 1 < chunk.length) this.hold(Buffer.from(chunk.subarray(found + 1)));
    this.announce(raw);
    const shown = this.redactor.active ? this.redactor.redactBytes(raw) : raw;
    this.tail.push(shown);
    const whole = this.lineHeadBytes === 0 ? shown : Buffer.concat([...this.lineHead, shown]);
    this.lineHead = [];
    this.lineHeadBytes = 0;
    if (this.heldBytes > MAX_LINE_LENGTH) {
      const more = this.showHeld('long');
      const bytes = more.bytes.length > 0 ? Buffer.concat([shown, more.bytes]) : shown;
      return this.batch(bytes, whole, more.piece, more.piece !== undefined);
    }
    return this.batch(shown, whole, undefined, false);
  }

  /**
   * Shows the start of the unfinished line now (the command has been quiet: a prompt, a test name
   * before its result), keeping back only what could be the start of a secret. Null when there is
   * nothing to show, or when the line may be an `::add-mask::` command whose value is still coming.
   */
  release(why: Release = 'quiet'): OutputBatch | null {
    if (this.heldBytes === 0) return null;
    if (why === 'quiet' && this.lineHeadBytes === 0 && mayBeAddMask(Buffer.concat(this.held))) return null;
    const { bytes, piece } = this.showHeld(why);
    if (bytes.length === 0 && piece === undefined) return null;
    return this.batch(bytes, null, piece, piece !== undefined);
  }

  /** The unterminated last line at the end of an attempt, if any: shown as it is, no newline added. */
  flush(): OutputBatch | null {
    if (this.heldBytes === 0 && this.lineHeadBytes === 0) return null;
    const raw = this.heldBytes === 0 ? NO_BYTES : Buffer.concat(this.held);
    this.held = [];
    this.heldBytes = 0;
    this.announce(raw);
    const shown = this.redactor.active ? this.redactor.redactBytes(raw) : raw;
    // The tail ends the line: the next attempt's output starts a line of its own there.
    this.tail.push(shown);
    this.tail.push(NEWLINE_BYTES);
    // A character cut off at the very end becomes U+FFFD in the line (not in what is shown).
    const line = Buffer.concat([...this.lineHead, shown]).toString('utf8');
    this.lineHead = [];
    this.lineHeadBytes = 0;
    return this.batch(shown, null, line, false);
  }

  private batch(bytes: Buffer, source: Buffer | null, last: string | undefined, partial: boolean): Batch {
    const batch = new Batch(this.stream, bytes, source, last, partial);
    // A piece of an over-long line is not a line yet.
    this.lineCount += partial ? batch.count - 1 : batch.count;
    return batch;
  }

  private hold(bytes: Buffer): void {
    this.held.push(bytes);
    this.heldBytes += bytes.length;
  }

  /** Values a command announces with `::add-mask::` apply from the line that announces them. */
  private announce(raw: Buffer): void {
    // A byte search first: decoding a whole batch costs more than looking for the command in it.
    if (!mentionsAddMask(raw)) return;
    const announced = findAddMasks(raw.toString('utf8'));
    if (announced.length > 0) this.redactor.add(...announced);
  }

  /**
   * Moves the held bytes (all but what could start a secret) to what is shown. The observers get the
   * line's start as a piece only once it is longer than the line cap.
   */
  private showHeld(why: Release): { bytes: Buffer; piece: string | undefined } {
    const raw = this.held.length === 1 ? this.held[0] : Buffer.concat(this.held);
    const cut = this.redactor.active ? this.redactor.safeByteCut(raw) : raw.length;
    const rest = raw.subarray(cut);
    this.held = rest.length > 0 ? [why === 'long' ? rest : Buffer.from(rest)] : [];
    this.heldBytes = rest.length;
    if (cut === 0) return { bytes: NO_BYTES, piece: undefined };
    const front = raw.subarray(0, cut);
    const shown = this.redactor.active ? this.redactor.redactBytes(front) : front;
    this.tail.push(shown);
    this.lineHead.push(shown);
    this.lineHeadBytes += shown.length;
    if (this.lineHeadBytes <= MAX_LINE_LENGTH) return { bytes: shown, piece: undefined };
    // A piece for the observers, up to the last whole character; a character still arriving stays.
    const line = Buffer.concat(this.lineHead);
    const whole = wholeCharacters(line);
    const left = line.subarray(whole);
    this.lineHead = left.length > 0 ? [Buffer.from(left)] : [];
    this.lineHeadBytes = left.length;
    return { bytes: shown, piece: line.toString('utf8', 0, whole) };
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

const ADD_MASK_PREFIX = Buffer.from('::add-mask::');
/** The end of the command's name, in both cases: rare in logs, unlike `::` alone (pytest ids, C++). */
const ADD_MASK_ENDS = [Buffer.from('k::'), Buffer.from('K::')];
const K_AT = ADD_MASK_PREFIX.indexOf('k::');

/**
 * Whether `bytes` may hold `::add-mask::` in any case (a superset: ASCII letters are compared with
 * their case bit set), found from the rare `k::` by two plain byte searches.
 */
function mentionsAddMask(bytes: Buffer): boolean {
  for (const end of ADD_MASK_ENDS) {
    for (let at = bytes.indexOf(end, K_AT); at !== -1; at = bytes.indexOf(end, at + 1)) {
      const start = at - K_AT;
      let i = 0;
      while (i < ADD_MASK_PREFIX.length && (bytes[start + i] | 0x20) === (ADD_MASK_PREFIX[i] | 0x20)) i += 1;
      if (i === ADD_MASK_PREFIX.length) return true;
    }
  }
  return false;
}

/** Whether a line that starts with `bytes` may be an `::add-mask::` command (its value not all here yet). */
function mayBeAddMask(bytes: Buffer): boolean {
  let start = 0;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09)) start += 1;
  const length = Math.min(bytes.length - start, ADD_MASK_PREFIX.length);
  if (length === 0) return true;
  for (let i = 0; i < length; i++) {
    if ((bytes[start + i] | 0x20) !== (ADD_MASK_PREFIX[i] | 0x20)) return false;
  }
  return true;
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
