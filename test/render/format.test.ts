import { expect, test } from 'vitest';
import { formatBytes, formatDuration, plural } from '../../src/render/format.js';

test.each([
  [0, '0ms'],
  [0.4, '0ms'],
  [850, '850ms'],
  [999.6, '1s'],
  [1000, '1s'],
  [10_000, '10s'],
  [12_340, '12.3s'],
  [59_949, '59.9s'],
  [59_960, '1m'],
  [245_000, '4m 05s'],
  [300_000, '5m'],
  [3_599_600, '1h'],
  [3_720_000, '1h 02m'],
  [90_061_000, '25h 01m'],
  [-5, '0ms'],
  [Number.NaN, '—'],
  [Number.POSITIVE_INFINITY, '—'],
])('formatDuration(%d) is %j', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});

test.each([
  [0, '0 B'],
  [512, '512 B'],
  [1024, '1 KiB'],
  [58_061, '56.7 KiB'],
  [1_048_575, '1 MiB'],
  [1024 * 1024, '1 MiB'],
  [2 * 1024 * 1024 + 300_000, '2.3 MiB'],
  [65_535, '64 KiB'],
])('formatBytes(%d) is %j', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test('plural', () => {
  expect([plural(0, 'line'), plural(1, 'line'), plural(2, 'line')]).toEqual(['0 lines', '1 line', '2 lines']);
});
