// How the candidate search picks what to look for and how it scans anchored patterns. What it finds
// is held to line-by-line matching by equivalence.test.ts; these pin the choices that make it fast.
import { describe, expect, it } from 'vitest';
import { SearchParts, batchScan } from '../../src/matchers/candidates.js';

describe('the part of a literal searched for', () => {
  it('starts at the character the sampled output holds least', () => {
    const parts = new SearchParts(['fatal: [', 'error']);
    // A compiler's log: `[` is rare, `f` and `:` are not.
    parts.calibrate('file.c:1:2: fatal: error: x\nfoo: bar\n'.repeat(50));
    expect(parts.of('fatal: [')).toEqual({ part: '[', offset: 7 });
    // pytest prints `[` on every line: then `fatal: [` is searched from its rarest other character.
    parts.calibrate('tests/test_a.py::test_x PASSED  [ 42%]\n'.repeat(50));
    expect(parts.of('fatal: [').part).toBe('fatal: [');
    expect(parts.of('error')).toEqual({ part: 'rror', offset: 1 });
  });

  it('is the whole literal before any output was seen', () => {
    expect(new SearchParts(['--- FAIL: ']).of('--- FAIL: ')).toEqual({ part: '--- FAIL: ', offset: 0 });
  });
});

describe('a pattern anchored at the line start', () => {
  it('is searched from each line end, with the first line tried on its own', () => {
    const scan = batchScan('^(\\w+):(\\d+)$');
    expect(scan.next.source).toBe('\\n(\\w+):(\\d+)$');
    expect(scan.first?.sticky).toBe(true);
    expect(scan.first?.test('Dockerfile:4\nx')).toBe(true);
  });

  it('not when an alternative at the top level is not anchored', () => {
    expect(batchScan('^a|b')).toEqual({ next: /^a|b/gm, first: null });
    expect(batchScan('a$').first).toBeNull();
  });
});
