import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import type { OutputBatch } from '../../src/core/events.js';
import { Redactor } from '../../src/core/mask.js';
import {
  MAX_LINE_LENGTH,
  OutputStream,
  collapseCarriageReturns,
  firstBytes,
  lastBytes,
} from '../../src/core/output-stream.js';

/** The batch as plain data, its lines read (a batch of whole lines splits them on first use). */
function plain(batch: OutputBatch | null) {
  if (!batch) return batch;
  const { lines, count, partial = false, text } = batch;
  return { lines: [...lines], count, partial, text, bytes: batch.bytes.toString('latin1') };
}

/** Feeds chunks and rebuilds the text a live log would show from the batches (pieces joined). */
function feed(stream: OutputStream, chunks: (string | Buffer)[]): string {
  let text = '';
  const take = (batch: OutputBatch | null, final: boolean) => {
    if (!batch) return;
    batch.lines.forEach((line, i) => {
      const piece = batch.partial && i === batch.lines.length - 1;
      text += line + (piece || final ? '' : '\n');
    });
  };
  for (const chunk of chunks)
    take(stream.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk), false);
  take(stream.flush(), true);
  return text;
}

/** Splits `text` into chunks of `size` bytes (cutting through multi-byte characters on purpose). */
function chunked(text: string, size: number): Buffer[] {
  const buffer = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) chunks.push(buffer.subarray(i, i + size));
  return chunks;
}

/** What a batch shows, as a string that keeps every byte. */
const latin1 = (value: string | Buffer | number[]) =>
  (typeof value === 'string' ? Buffer.from(value) : Buffer.from(value)).toString('latin1');

function streamOf(masks: string[] = [], limit = 64 * 1024): OutputStream {
  return new OutputStream(new Redactor(masks), limit);
}

describe('lines and counts', () => {
  test('splits on \\n across chunks, returns only finished lines, flushes the last one', () => {
    const stream = streamOf();
    expect(plain(stream.push(Buffer.from('a\nb')))).toEqual({
      lines: ['a'],
      count: 1,
      partial: false,
      text: 'a',
      bytes: latin1('a\n'),
    });
    expect(stream.push(Buffer.from('c'))).toBeNull();
    expect(plain(stream.push(Buffer.from('\n\n')))).toEqual({
      lines: ['bc', ''],
      count: 2,
      partial: false,
      text: 'bc\n',
      bytes: latin1('bc\n\n'),
    });
    expect(stream.push(Buffer.from('tail'))).toBeNull();
    // The last line as written: no newline is added to what is shown.
    expect(plain(stream.flush())).toEqual({
      lines: ['tail'],
      count: 1,
      partial: false,
      text: 'tail',
      bytes: 'tail',
    });
    expect(stream.flush()).toBeNull();
    expect(stream.stats()).toEqual({ bytes: 10, lines: 4, tail: 'a\nbc\n\ntail', truncated: false });
  });

  test('whole lines are counted and measured in one pass; `lines` is split from the text when read', () => {
    const batch = streamOf().push(Buffer.from('one\n\nthree33\nfour\n'))!;
    expect(batch).toMatchObject({ count: 4, longest: 7, text: 'one\n\nthree33\nfour' });
    expect(batch.lines).toEqual(['one', '', 'three33', 'four']);
    expect(batch.lines).toBe(batch.lines);
    expect(streamOf().push(Buffer.from('\n'))).toMatchObject({ count: 1, longest: 0, lines: [''] });
    expect(streamOf().push(Buffer.from('last is longest\n'))).toMatchObject({ count: 1, longest: 15 });
  });

  test('counts bytes as written (before redaction) and lines as printed', () => {
    const stream = streamOf(['s3cr3t']);
    feed(stream, ['€ s3cr3t\n', 'x\n']);
    expect(stream.stats()).toMatchObject({ bytes: 13, lines: 2, tail: '€ ***\nx' });
  });

  test('no output: zero counts and an empty tail', () => {
    const stream = streamOf();
    expect(stream.flush()).toBeNull();
    expect(stream.stats()).toEqual({ bytes: 0, lines: 0, tail: '', truncated: false });
  });

  test('a million short lines: counted, and the tail holds the last ones', () => {
    const stream = streamOf([], 20);
    const text = Array.from({ length: 1_000_000 }, (_, i) => i + 1).join('\n') + '\n';
    let count = 0;
    for (const chunk of chunked(text, 65_536)) count += stream.push(chunk)?.lines.length ?? 0;
    expect(count).toBe(1_000_000);
    expect(stream.stats()).toEqual({
      bytes: Buffer.byteLength(text),
      lines: 1_000_000,
      // 20 bytes: the limit cuts inside 999998.
      tail: '99998\n999999\n1000000',
      truncated: true,
    });
  });
});

describe('the bytes shown', () => {
  /** Everything the batches show, joined, for a chunk size. */
  const shownOf = (stream: OutputStream, bytes: Buffer, size: number) => {
    const out: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += size) {
      const batch = stream.push(bytes.subarray(at, at + size));
      if (batch) out.push(batch.bytes);
    }
    const last = stream.flush();
    if (last) out.push(last.bytes);
    return Buffer.concat(out);
  };

  test('with nothing masked, the batches show exactly the bytes written, however chunked', () => {
    // Random bytes: invalid UTF-8, NULs, lines far over the line cap, no newline at the end.
    const bytes = Buffer.concat([Buffer.from('ü€😀 line\n'), randomBytes(300_000), Buffer.from('\nend\xff')]);
    for (const size of [1, 7, 4096, 65_536, 1024 * 1024]) {
      expect(shownOf(streamOf(), bytes, size).equals(bytes), `size ${size}`).toBe(true);
    }
  });

  test('masked: only the secret changes, every other byte (invalid UTF-8 too) stays as written', () => {
    const line = (middle: string) =>
      Buffer.concat([Buffer.from([0xff, 0xfe, 0x20]), Buffer.from(middle), Buffer.from([0x20, 0xc3, 0x0a])]);
    const bytes = Buffer.concat([line('s3cr3t'), randomBytes(50_000), line('xs3cr3ts3cr3t')]);
    const expected = Buffer.from(bytes.toString('latin1').replaceAll('s3cr3t', '***'), 'latin1');
    for (const size of [1, 5, 4096, 65_536]) {
      expect(shownOf(streamOf(['s3cr3t']), bytes, size).equals(expected), `size ${size}`).toBe(true);
    }
  });

  test('a mask the command announces applies from its own line on, to bytes and lines', () => {
    const stream = streamOf();
    expect(plain(stream.push(Buffer.from('before t0ken\n')))?.bytes).toBe('before t0ken\n');
    expect(plain(stream.push(Buffer.from('::add-mask::t0ken\nuse t0ken\n')))).toEqual({
      lines: ['::add-mask::***', 'use ***'],
      count: 2,
      partial: false,
      text: '::add-mask::***\nuse ***',
      bytes: '::add-mask::***\nuse ***\n',
    });
  });

  test('an announcement in any case is found among lines full of `::` (test ids, C++ names)', () => {
    const noise = 'tests/test_net.py::test_download PASSED\nstd::vector<int>::size k:: K::\n'.repeat(50);
    for (const command of ['::add-mask::', '::ADD-MASK::', '::Add-Mask::', '  ::add-masK::']) {
      const stream = streamOf();
      const shown = stream.push(Buffer.from(`${noise}${command}t0ken\n${noise}use t0ken\n`));
      expect(shown?.bytes.toString(), command).toContain('use ***\n');
      expect(shown?.bytes.toString(), command).not.toContain('t0ken');
    }
    // `k::` that ends no announcement masks nothing.
    const plainStream = streamOf();
    expect(
      plainStream.push(Buffer.from(`${noise}::add-mas k::t0ken\nuse t0ken\n`))?.bytes.toString(),
    ).toContain('use t0ken\n');
  });

  test('the start of a line is shown when released, and the line is still whole for the observers', () => {
    const stream = streamOf();
    const first = stream.push(Buffer.from('done\ntests/test_net.py::test_download '));
    expect(first?.bytes.toString()).toBe('done\n');
    expect(stream.holding).toBe(true);
    expect(plain(stream.release())).toEqual({
      lines: [],
      count: 0,
      partial: false,
      text: undefined,
      bytes: 'tests/test_net.py::test_download ',
    });
    expect(stream.holding).toBe(false);
    expect(stream.release()).toBeNull();
    expect(plain(stream.push(Buffer.from('PASSED\n')))).toEqual({
      lines: ['tests/test_net.py::test_download PASSED'],
      count: 1,
      partial: false,
      text: 'tests/test_net.py::test_download PASSED',
      bytes: 'PASSED\n',
    });
    expect(stream.stats()).toMatchObject({ lines: 2, tail: 'done\ntests/test_net.py::test_download PASSED' });
  });

  test('a release keeps back what could be the start of a secret, and never cuts one', () => {
    const stream = streamOf(['s3cr3t']);
    stream.push(Buffer.from('key s3cr3t and s3c'));
    expect(stream.release()?.bytes.toString()).toBe('key *** and ');
    expect(stream.push(Buffer.from('r3t!\n'))?.bytes.toString()).toBe('***!\n');
    // `aXa` is there whole and `aX` could start another: the cut goes after the whole one.
    const other = streamOf(['aXa']);
    other.push(Buffer.from('aXaX'));
    expect(other.release()?.bytes.toString()).toBe('***');
    expect(other.flush()?.bytes.toString()).toBe('X');
  });

  test('a line that may be an ::add-mask:: command is not released before its end', () => {
    for (const start of ['::add-m', '  ::ADD-MASK::sec', '\t::']) {
      const stream = streamOf();
      stream.push(Buffer.from(start));
      expect(stream.release(), start).toBeNull();
    }
    const stream = streamOf();
    stream.push(Buffer.from(':: not a mask'));
    expect(stream.release()?.bytes.toString()).toBe(':: not a mask');
  });

  test('a piece of an over-long line is shown and passed on as a piece', () => {
    const batch = streamOf().push(Buffer.from('x'.repeat(MAX_LINE_LENGTH + 10)));
    expect(batch?.partial).toBe(true);
    expect(batch?.bytes.length).toBe(MAX_LINE_LENGTH + 10);
  });
});

describe('decoding', () => {
  test('a multi-byte character split across chunks is decoded whole', () => {
    const stream = streamOf();
    expect(stream.push(Buffer.from([0xe2, 0x82]))).toBeNull();
    expect(plain(stream.push(Buffer.from([0xac, 0x75, 0x0a])))).toEqual({
      lines: ['€u'],
      count: 1,
      partial: false,
      text: '€u',
      bytes: latin1('€u\n'),
    });
    const emoji = Buffer.from('😀\n');
    expect(stream.push(emoji.subarray(0, 1))).toBeNull();
    expect(stream.push(emoji.subarray(1, 3))).toBeNull();
    expect(plain(stream.push(emoji.subarray(3)))).toEqual({
      lines: ['😀'],
      count: 1,
      partial: false,
      text: '😀',
      bytes: latin1(emoji),
    });
  });

  test('every chunking of multi-byte text gives the same lines', () => {
    const text = 'ü€😀 — 日本語\nzweite Zeile ß\n';
    for (let size = 1; size <= 8; size++)
      expect(feed(streamOf(), chunked(text, size)), `size ${size}`).toBe(text);
  });

  test('invalid bytes become U+FFFD, NUL is kept, a truncated character at the end too', () => {
    const stream = streamOf();
    expect(plain(stream.push(Buffer.from([0x66, 0xff, 0xfe, 0x00, 0x0a])))).toEqual({
      lines: ['f\uFFFD\uFFFD\u0000'],
      count: 1,
      partial: false,
      text: 'f\uFFFD\uFFFD\u0000',
      // The console gets the bytes as written; only the lines (tails, matchers) are decoded.
      bytes: latin1([0x66, 0xff, 0xfe, 0x00, 0x0a]),
    });
    stream.push(Buffer.from([0x61, 0xe2, 0x82]));
    // Shown as written; only the line (tails, matchers) is decoded.
    expect(plain(stream.flush())).toEqual({
      lines: ['a\uFFFD'],
      count: 1,
      partial: false,
      text: 'a\uFFFD',
      bytes: latin1([0x61, 0xe2, 0x82]),
    });
  });

  test('random bytes give the same lines however they are chunked', () => {
    const bytes = randomBytes(200_000);
    const linesOf = (size: number) => {
      const stream = streamOf();
      const lines: string[] = [];
      const take = (batch: OutputBatch | null) => {
        if (!batch) return;
        // What the batch says of its lines without splitting them agrees with the split.
        expect(batch.count).toBe(batch.lines.length);
        // The longest line's UTF-8 length: never less than its length in characters.
        if (batch.longest !== undefined)
          expect(batch.longest).toBeGreaterThanOrEqual(Math.max(...batch.lines.map((line) => line.length)));
        lines.push(...batch.lines);
      };
      for (let at = 0; at < bytes.length; at += size) take(stream.push(bytes.subarray(at, at + size)));
      take(stream.flush());
      return lines;
    };
    const whole = linesOf(bytes.length);
    for (const size of [1, 2, 3, 5, 7, 64, 4096]) expect(linesOf(size), `size ${size}`).toEqual(whole);
  });

  test('random bytes: no crash, the tail is valid UTF-8 within the limit', () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const stream = streamOf([], 1000);
    for (let i = 0; i < bytes.length; i += 4096) stream.push(bytes.subarray(i, i + 4096));
    stream.flush();
    const stats = stream.stats();
    const newlines = bytes.filter((b) => b === 0x0a).length;
    expect(stats.bytes).toBe(bytes.length);
    expect(stats.lines).toBe(bytes.at(-1) === 0x0a ? newlines : newlines + 1);
    expect(Buffer.byteLength(stats.tail)).toBeLessThanOrEqual(1000);
    expect(Buffer.from(stats.tail, 'utf8').toString('utf8')).toBe(stats.tail);
    expect(stats.tail).not.toMatch(/[\uD800-\uDFFF]/u);
    expect(stats.truncated).toBe(true);
  });
});

describe('redaction across chunks and cuts', () => {
  test('a secret written in two chunks is redacted', () => {
    const stream = streamOf(['s3cr3tValue']);
    expect(stream.push(Buffer.from('token=s3cr'))).toBeNull();
    expect(plain(stream.push(Buffer.from('3tValue!\n')))).toEqual({
      lines: ['token=***!'],
      count: 1,
      partial: false,
      text: 'token=***!',
      bytes: 'token=***!\n',
    });
    stream.push(Buffer.from('end s3cr3'));
    expect(stream.push(Buffer.from('tV'))).toBeNull();
    expect(plain(stream.flush())).toEqual({
      lines: ['end s3cr3tV'],
      count: 1,
      partial: false,
      text: 'end s3cr3tV',
      bytes: 'end s3cr3tV',
    });
    expect(stream.stats().tail).toBe('token=***!\nend s3cr3tV');
  });

  test('every chunking of a text with secrets gives the redacted text', () => {
    const text = 'a s3cr3t b\ns3cr3ts3cr3t\n€s3cr3t€\n';
    const expected = 'a *** b\n******\n€***€\n';
    for (let size = 1; size <= 12; size++) {
      expect(feed(streamOf(['s3cr3t']), chunked(text, size)), `size ${size}`).toBe(expected);
    }
  });

  test('a multi-line secret: each line redacted, the line structure kept', () => {
    const stream = streamOf(['line-one\nline-two']);
    expect(feed(stream, ['x line-one\nline-two y\n'])).toBe('x ***\n*** y\n');
    expect(stream.stats()).toMatchObject({ lines: 2, tail: 'x ***\n*** y' });
  });

  test('an over-long line is passed on in pieces marked partial', () => {
    const stream = streamOf();
    const batch = stream.push(Buffer.from('x'.repeat(MAX_LINE_LENGTH + 10)));
    expect(batch?.partial).toBe(true);
    expect(batch?.lines.join('').length).toBe(MAX_LINE_LENGTH + 10);
    expect(plain(stream.push(Buffer.from('y\nnext\n')))).toEqual({
      lines: ['y', 'next'],
      count: 2,
      partial: false,
      text: 'y\nnext',
      bytes: latin1('y\nnext\n'),
    });
    expect(stream.stats().lines).toBe(2);
  });

  // The cut of an over-long line must never fall inside a secret, whatever the chunking and
  // however close secrets sit to the cut (what is held back can itself start a secret). The first
  // chunk's length moves the cut across the secrets one character at a time.
  test('a secret straddling the over-long-line cut is never split', () => {
    const secret = 'SECRET';
    for (const masks of [[secret], [secret, 'a-longer-secret-held-back']]) {
      for (const line of [
        (n: number) => 'a'.repeat(n) + secret + 'b'.repeat(40),
        (n: number) => 'a'.repeat(n) + secret + secret + 'b'.repeat(40),
        (n: number) => 'a'.repeat(n) + 'SECRE' + secret + 'SE' + secret + 'b',
      ]) {
        for (const n of [MAX_LINE_LENGTH - 12, MAX_LINE_LENGTH]) {
          const text = line(n);
          const expected = text.split(secret).join('***');
          const splits = [[text], chunked(text, 4096)];
          for (let first = MAX_LINE_LENGTH + 1; first <= MAX_LINE_LENGTH + 40; first++) {
            splits.push([text.slice(0, first), text.slice(first)]);
          }
          for (const chunks of splits) {
            expect(feed(streamOf(masks), chunks), `n=${n} first=${chunks[0].length}`).toBe(expected);
          }
        }
      }
    }
  });

  test('a secret straddling the tail cut leaves no fragment in the tail', () => {
    const stream = streamOf(['SECRET-VALUE'], 8);
    feed(stream, ['start SECRET-VALUE', '12345\n']);
    // Redacted before cutting: the tail is cut out of `start ***12345`.
    expect(stream.stats()).toMatchObject({ tail: '***12345', truncated: true });
    const two = streamOf(['SECRET-VALUE'], 6);
    feed(two, ['x SECRET-VALUE']);
    expect(two.stats()).toMatchObject({ tail: 'x ***', truncated: false });
  });

  test('the tail of an unfinished line hides a secret too', () => {
    const stream = streamOf(['SECRET-VALUE'], 100);
    stream.push(Buffer.from('done\nwaiting SECRET-VALUE'));
    expect(stream.stats().tail).toBe('done\nwaiting ***');
  });
});

describe('tails', () => {
  test('a \\r progress bar of 10 000 updates collapses to its final state', () => {
    const stream = streamOf([], 1000);
    const updates: string[] = [];
    for (let i = 0; i <= 10_000; i++) updates.push(`\rprogress ${(i / 100).toFixed(2)}%`);
    feed(stream, ['before\n', ...updates, '\rdone   \n', 'after\n']);
    const { tail, lines } = stream.stats();
    expect(lines).toBe(3);
    expect(tail).toMatch(/(^|\n)done {3}\nafter$/);
    expect(tail).not.toContain('progress');
    expect(tail).not.toContain('\r');
  });

  test('a short progress bar keeps the lines around it', () => {
    const stream = streamOf([], 1000);
    feed(stream, ['before\n', '\r10%', '\r50%', '\r100%\n', 'after\n']);
    expect(stream.stats().tail).toBe('before\n100%\nafter');
  });

  test('collapseCarriageReturns keeps what a terminal shows, CRLF included', () => {
    expect(collapseCarriageReturns('a\r\nb\r\n')).toBe('a\nb\n');
    expect(collapseCarriageReturns('10%\r50%\r100%\nnext')).toBe('100%\nnext');
    expect(collapseCarriageReturns('x\r')).toBe('x');
    expect(collapseCarriageReturns('plain')).toBe('plain');
  });

  test('CRLF output leaves no stray \\r in the tail', () => {
    const stream = streamOf();
    expect(feed(stream, ['one\r\ntwo\r\n'])).toBe('one\r\ntwo\r\n');
    expect(stream.stats().tail).toBe('one\ntwo');
  });

  test('ANSI colours, cursor moves, OSC 8 links and window titles are stripped from tails', () => {
    const stream = streamOf();
    const line =
      '\u001b[1;31mred\u001b[0m \u001b[2K\u001b[1G\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007 ' +
      '\u001b]0;title\u0007done\n';
    expect(feed(stream, [line])).toBe(line);
    expect(stream.stats().tail).toBe('red link done');
  });

  test('a secret broken up by colour codes is redacted once they are stripped', () => {
    const stream = streamOf(['SECRET']);
    feed(stream, ['SEC\u001b[31mRET\n']);
    expect(stream.stats().tail).toBe('***');
  });

  test('the tail is at most the limit in UTF-8 bytes, cut on a code point boundary', () => {
    for (let limit = 1; limit <= 12; limit++) {
      const stream = streamOf([], limit);
      feed(stream, ['€😀€😀€😀\n']);
      const { tail, truncated } = stream.stats();
      expect(Buffer.byteLength(tail), `limit ${limit}`).toBeLessThanOrEqual(limit);
      expect(Buffer.byteLength(tail)).toBeGreaterThan(limit - 4);
      expect('€😀€😀€😀'.endsWith(tail)).toBe(true);
      expect(truncated).toBe(true);
    }
  });

  test('the tail keeps the last limit bytes when a huge line precedes a short last one', () => {
    const stream = streamOf([], 10);
    stream.push(Buffer.from('x'.repeat(70_000) + '\ncd\n'));
    expect(stream.stats()).toMatchObject({ tail: 'xxxxxxx\ncd', truncated: true });
  });

  test('the tail keeps the last limit bytes after many pieces of an endless line', () => {
    const stream = streamOf([], 10);
    for (let i = 0; i < 40; i++) stream.push(Buffer.from('p'.repeat(MAX_LINE_LENGTH + 1)));
    stream.push(Buffer.from('ab\n' + 'x'.repeat(70_000) + '\n1234567\n'));
    expect(stream.stats()).toMatchObject({ tail: 'xx\n1234567', truncated: true });
  });

  // The tail keeps twice the limit and a line more; ANSI codes can strip that down until its cut
  // front shows. The front may fall inside a character or a secret: neither may show.
  test('a tail whose front was cut inside a secret shows none of it', () => {
    const limit = 100;
    const capacity = 2 * limit + MAX_LINE_LENGTH;
    // The secret is printed before the command masks it, so the tail holds it as written.
    const later = '::add-mask::SECRET-VALUE\n';
    const keptOfLater = '::add-mask::***\n';
    const after = 'end\n';
    // ANSI codes fill the rest of the ring (stripped to nothing in the tail), then a few x's.
    const fill = capacity - 'RET-VALUE'.length - after.length - keptOfLater.length;
    const padded = '\u001b[0m'.repeat(Math.floor(fill / 4)) + 'x'.repeat(fill % 4);
    const stream = streamOf([], limit);
    // The ring's front ends up on the R of SECRET-VALUE.
    feed(stream, ['y'.repeat(1000) + 'SECRET-VALUE' + padded + after, later]);
    const { tail, truncated } = stream.stats();
    expect(truncated).toBe(true);
    expect(tail).toBe('***' + 'x'.repeat(fill % 4) + 'end\n::add-mask::***');
  });

  test('a tail whose front was cut inside a character starts at the next one', () => {
    const stream = streamOf([], 100);
    const capacity = 2 * 100 + MAX_LINE_LENGTH;
    // '€' is 3 bytes; the front of the ring falls on its second byte.
    const rest = 'z'.repeat(capacity - 2);
    feed(stream, ['€' + rest]);
    const { tail } = stream.stats();
    expect(tail).toBe('z'.repeat(100));
    const all = streamOf([], capacity);
    feed(all, ['€' + rest]);
    expect(all.stats().tail.startsWith('z')).toBe(true);
    expect(all.stats().tail).not.toContain('\uFFFD');
  });

  test('lastBytes and firstBytes cut on code point boundaries', () => {
    expect(lastBytes('abc', 3)).toEqual({ text: 'abc', cut: false });
    expect(lastBytes('a€b', 4)).toEqual({ text: '€b', cut: true });
    expect(lastBytes('a€b', 3)).toEqual({ text: 'b', cut: true });
    expect(lastBytes('😀', 3)).toEqual({ text: '', cut: true });
    expect(firstBytes('a€b', 4)).toEqual({ text: 'a€', cut: true });
    expect(firstBytes('a€b', 3)).toEqual({ text: 'a', cut: true });
    expect(firstBytes('😀x', 3)).toEqual({ text: '', cut: true });
    expect(firstBytes('abc', 5)).toEqual({ text: 'abc', cut: false });
    expect(firstBytes('abc', 0)).toEqual({ text: '', cut: true });
  });
});

describe('bounded memory', () => {
  // Forced collections make heap figures meaningful; the bound is generous (the line is 100 MB).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Buffers are freed by a background sweeper after the collection: give it a moment, twice.
  const used = async () => {
    for (let i = 0; i < 2; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };

  test('a 100 MB line with no newline streams through in bounded memory', async () => {
    const stream = streamOf(['a-secret-to-hold-back'], 64 * 1024);
    const chunk = Buffer.alloc(64 * 1024, 'z');
    const before = await used();
    let passed = 0;
    for (let i = 0; i < 1600; i++) {
      const batch = stream.push(chunk);
      for (const line of batch?.lines ?? []) passed += line.length;
    }
    const growth = (await used()) - before;
    expect(passed).toBeGreaterThan(1600 * chunk.length - 64);
    expect(growth).toBeLessThan(16 * 1024 * 1024);
    const stats = stream.stats();
    expect(stats).toMatchObject({ bytes: 1600 * chunk.length, lines: 0, truncated: true });
    expect(stats.tail).toBe('z'.repeat(64 * 1024));
    // Nothing of it could start the secret: nothing was held back.
    expect(stream.flush()).toBeNull();
  });

  test('the same with nothing masked: every piece passes on at once, nothing is held', async () => {
    const stream = streamOf([], 64 * 1024);
    const chunk = Buffer.alloc(64 * 1024, 'z');
    const before = await used();
    let passed = 0;
    for (let i = 0; i < 1600; i++) passed += stream.push(chunk)?.lines[0].length ?? 0;
    expect((await used()) - before).toBeLessThan(16 * 1024 * 1024);
    expect(passed).toBe(1600 * chunk.length);
    expect(stream.stats()).toMatchObject({ lines: 0, tail: 'z'.repeat(64 * 1024), truncated: true });
    expect(stream.flush()).toBeNull();
  });
});
