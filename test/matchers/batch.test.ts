// matchBatch must give exactly what matchLine gives line by line, however the output is cut into
// batches: the skipping it does is an optimisation, never a change in results.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMatcherEngine, loadMatchers, type FoundAnnotation } from '../../src/matchers/index.js';

const SAMPLES = fileURLToPath(new URL('../fixtures/matchers/samples/', import.meta.url));
const samples = readdirSync(SAMPLES).filter((name) => name.endsWith('.txt'));

function perLine(lines: string[], engine: ReturnType<typeof createMatcherEngine>): FoundAnnotation[] {
  return lines.flatMap((line) => [...engine.matchLine(line)]);
}

function inBatches(lines: string[], size: number, engine: ReturnType<typeof createMatcherEngine>) {
  const found: FoundAnnotation[] = [];
  for (let at = 0; at < lines.length; at += size) {
    const batch = lines.slice(at, at + size);
    // Every other batch with its joined text and longest line, as the output stream passes it.
    const whole = (at / size) % 2 === 0;
    const longest = Math.max(...batch.map((line) => line.length));
    found.push(
      ...engine.matchBatch(
        whole
          ? { lines: batch, count: batch.length, text: batch.join('\n'), longest }
          : { lines: batch, count: batch.length },
      ),
    );
  }
  return found;
}

describe('matchBatch', async () => {
  const matchers = await loadMatchers(['builtin'], { workspace: '/work', label: 'matchers' });
  // Every sample, then all of them one after the other with noise between (matches across tools).
  const noise = ['x'.repeat(99), 'src/file.ts', '  12:3  error  Unexpected thing  no-thing', ''];
  const all = samples.flatMap((name) => [
    ...readFileSync(path.join(SAMPLES, name), 'utf8').split('\n'),
    ...noise,
  ]);
  const cases: [string, string[]][] = [
    ...samples.map((name): [string, string[]] => [
      name,
      readFileSync(path.join(SAMPLES, name), 'utf8').split('\n'),
    ]),
    ['all samples with noise between', all],
    [
      'a long line and ANSI codes',
      ['y'.repeat(5000) + ':1:2: error: far', '\x1b[31msrc/a.c:1:2: error: red\x1b[0m', ...all],
    ],
  ];

  it.each(cases)('gives the same annotations as matchLine for %s, in batches of any size', (_name, lines) => {
    const expected = perLine(lines, createMatcherEngine(matchers, { workspace: '/work' }));
    for (const size of [1, 2, 3, 5, 8, 64, lines.length]) {
      const actual = inBatches(lines, size, createMatcherEngine(matchers, { workspace: '/work' }));
      expect({ size, actual }).toEqual({ size, actual: expected });
    }
  });

  it('takes a batch of 130 000 lines without its text (a masked 64 KiB chunk of empty lines and more)', () => {
    const lines = new Array<string>(130_000).fill('');
    lines[129_999] = 'src/a.ts(1,2): error TS2304: Cannot find name';
    const found = createMatcherEngine(matchers, { workspace: '/work' }).matchBatch({
      lines,
      count: lines.length,
    });
    expect(found.map((a) => a.message)).toEqual(['Cannot find name']);
  });

  it('finds something in the samples, so the comparison is not between two empty lists', () => {
    const found = perLine(all, createMatcherEngine(matchers, { workspace: '/work' }));
    expect(found.length).toBeGreaterThan(50);
    expect(new Set(found.map((a) => a.source)).size).toBeGreaterThanOrEqual(6);
  });
});
