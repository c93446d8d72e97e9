// Searching batches for anchors must find exactly what matching every line finds. Random outputs
// built from real tool lines (the samples), cut into chunks at random byte boundaries and passed
// through the output stream as the logger does, with ANSI colours, CRLF endings, `\r` progress
// updates, over-long lines and filler that holds anchor words without being a problem; compared
// with matchLine on each line. Seeded: a failure names the seed that reproduces it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/mask.js';
import { requiredLiterals } from '../../src/matchers/compile.js';
import { OutputStream } from '../../src/core/output-stream.js';
import { createMatcherEngine, loadMatchers, type FoundAnnotation } from '../../src/matchers/index.js';
import type { ProblemMatcher } from '../../src/matchers/types.js';
import { FIXTURES, WORKSPACE } from './helpers.js';

/** mulberry32: small, seedable, good enough to shuffle test input. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const samplesDir = path.join(FIXTURES, 'samples');
const toolLines = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(samplesDir, name), 'utf8').replace(/\n$/, '').split('\n'));

/** Lines that hold anchor words and match no problem, and plain noise. */
const FILLER = [
  '2026-12-06T13:09:48.123Z INFO  worker-3 processed 1200 records in 35 ms',
  'test_parser.py::test_error_messages PASSED                              [ 42%]',
  'warning: no error handling configured for FAILED retries (see docs/errors.md)',
  '[2/7] Compiling src/net/http.c',
  'src/a.ts',
  '',
  '    at Object.<anonymous> (/home/runner/work/app/app/src/index.js:12:5)',
  'ERROR in job 4: retrying',
  '--- PASS: TestParse (0.00s)',
  'E',
  'File "x"',
  '::debug::not an annotation',
  'main.go:12: not a location without column',
];

const colour = (text: string, next: () => number) =>
  next() < 0.5
    ? `\x1b[3${Math.floor(next() * 8)}m${text}\x1b[0m`
    : `\x1b[1m${text.slice(0, 3)}\x1b[22m${text.slice(3)}`;

/** A random output: runs of real tool output and filler, some lines coloured, CRLF, \r, long. */
function randomOutput(next: () => number, lines: number): string {
  const out: string[] = [];
  while (out.length < lines) {
    const roll = next();
    if (roll < 0.5) {
      const sample = toolLines[Math.floor(next() * toolLines.length)];
      const from = Math.floor(next() * sample.length);
      out.push(...sample.slice(from, from + 1 + Math.floor(next() * 12)));
    } else {
      out.push(FILLER[Math.floor(next() * FILLER.length)]);
    }
    const last = out.length - 1;
    const twist = next();
    if (twist < 0.08) out[last] = colour(out[last], next);
    else if (twist < 0.12) out[last] += '\r';
    else if (twist < 0.15) out[last] = `progress 10%\rprogress 90%\r${out[last]}`;
    else if (twist < 0.16) out[last] = 'y'.repeat(5000) + out[last];
    else if (twist < 0.17) out[last] = `${out[last]}\u2028${out[last]}`;
  }
  return out.join('\n') + '\n';
}

function lineByLine(matchers: ProblemMatcher[], text: string): FoundAnnotation[] {
  const engine = createMatcherEngine(matchers, { workspace: WORKSPACE });
  return text
    .replace(/\n$/, '')
    .split('\n')
    .flatMap((line) => [...engine.matchLine(line)]);
}

/** As the logger does it: random chunks through the output stream, each batch's lines to matchBatch. */
function chunked(matchers: ProblemMatcher[], text: string, next: () => number): FoundAnnotation[] {
  const engine = createMatcherEngine(matchers, { workspace: WORKSPACE });
  const stream = new OutputStream(new Redactor(), 1024);
  const bytes = Buffer.from(text);
  const found: FoundAnnotation[] = [];
  const take = (batch: ReturnType<OutputStream['push']>) => {
    if (!batch || batch.count === 0) return;
    const lines = batch.partial ? { lines: batch.lines.slice(0, -1), count: batch.count - 1 } : batch;
    found.push(...engine.matchBatch(lines));
  };
  for (let at = 0; at < bytes.length;) {
    // Mostly small chunks, sometimes a whole pipe read.
    const size = next() < 0.8 ? 1 + Math.floor(next() * 400) : 1 + Math.floor(next() * 65_536);
    take(stream.push(bytes.subarray(at, at + size)));
    at += size;
  }
  take(stream.flush());
  return found;
}

describe('anchored batch matching equals line-by-line matching', async () => {
  const builtin = await loadMatchers(['builtin'], { workspace: WORKSPACE, label: 'matchers' });
  // A matcher from a file: its anchors are read from its regexps.
  const fromFile: ProblemMatcher = {
    owner: 'from-file',
    pattern: [
      {
        regexp: String.raw`^##\[(error|warning)\] (\S+)\((\d+)\): (.+)$`,
        severity: 1,
        file: 2,
        line: 3,
        message: 4,
      },
    ],
  };
  const sets: [string, ProblemMatcher[]][] = [
    ['all built-ins', builtin],
    ['all built-ins and a matcher from a file', [fromFile, ...builtin]],
    ['the multi-line ones alone', builtin.filter((m) => m.pattern.length > 1)],
  ];

  it.each(sets)('%s, 60 random outputs', (_name, matchers) => {
    let total = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed * 7919);
      const text = randomOutput(next, 200 + Math.floor(next() * 400));
      const expected = lineByLine(matchers, text);
      total += expected.length;
      expect({ seed, found: chunked(matchers, text, next) }).toEqual({ seed, found: expected });
    }
    // The comparison is between real findings, not two empty lists.
    expect(total).toBeGreaterThan(300);
  });
});

describe('requiredLiterals: what every line a regexp matches contains', () => {
  it.each([
    [String.raw`^(.+):(\d+): error: (.*)$`, [': error: ']],
    [String.raw`^(error|warning)\s+(TS\d+)`, ['error', 'warning']],
    [String.raw`^\s*File "(.+)", line (\d+)`, ['", line ']],
    [String.raw`^(?:FAILED|ERROR) (\S+)`, ['FAILED', 'ERROR']],
    [String.raw`^colou?r: (.*)$`, ['colo']],
    [String.raw`^ab+c\.d`, ['c.d']],
    [String.raw`^(?:x: )?(.+)$`, null],
    [String.raw`^(a|.*)$`, null],
    // A lookbehind has no characters of its own.
    [String.raw`(?<=warning)!`, ['!']],
    [String.raw`^[abc]\d+$`, null],
  ])('%s', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals);
  });
});
