// percentile(): the nearest-rank method (the smallest value with at least p % of the values at or
// below it), no interpolation, on values sorted ascending.
import { describe, expect, test } from 'vitest';
import { percentile } from '../../src/report/aggregate.js';

/** 1, 2, …, n: the value at rank r is r, so a percentile reads as its rank. */
const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('percentile', () => {
  test('no values: 0', () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([], 95)).toBe(0);
  });

  test('one value is every percentile', () => {
    for (const p of [0, 1, 50, 95, 100]) expect(percentile([7_300], p)).toBe(7_300);
  });

  test('p50 and p95 are ranks ceil(p × n / 100), never an interpolated value', () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([100, 200, 300, 400, 10_000], 95)).toBe(10_000);
    expect(percentile(ranks(20), 95)).toBe(19);
    expect(percentile(ranks(21), 95)).toBe(20);
    expect(percentile(ranks(100), 95)).toBe(95);
    expect(percentile(ranks(101), 95)).toBe(96);
    expect(percentile(ranks(1_000), 50)).toBe(500);
    expect(percentile(ranks(1_001), 50)).toBe(501);
  });

  test('the p50 and p95 ranks are exact for every count up to 100 000 (no floating-point off-by-one)', () => {
    // A sorted list 1…n without allocating it: the value at each index is its rank.
    const ranksOf = (n: number) =>
      new Proxy([] as number[], {
        get: (_, key) => (key === 'length' ? n : typeof key === 'string' ? Number(key) + 1 : undefined),
      });
    // Integer arithmetic: the smallest rank r with r × 100 ≥ p × n.
    const rank = (p: number, n: number) => Math.floor((p * n + 99) / 100);
    const wrong: string[] = [];
    for (let n = 1; n <= 100_000; n++) {
      const sorted = ranksOf(n);
      for (const p of [50, 95]) if (percentile(sorted, p) !== rank(p, n)) wrong.push(`p${p} of ${n}`);
    }
    expect(wrong).toEqual([]);
  });

  test('0 and 100 are the smallest and the largest; out-of-range p is clamped to them', () => {
    const sorted = [3, 5, 8, 13];
    expect(percentile(sorted, 0)).toBe(3);
    expect(percentile(sorted, 100)).toBe(13);
    expect(percentile(sorted, -5)).toBe(3);
    expect(percentile(sorted, 150)).toBe(13);
  });

  test('ties: the value at the rank, whatever its neighbours', () => {
    expect(percentile([1, 5, 5, 5, 9], 50)).toBe(5);
    expect(percentile([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60_000], 95)).toBe(0);
  });
});
