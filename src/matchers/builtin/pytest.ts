// pytest: the short summary (`FAILED tests/a.py::test_x - assert 1 == 2`, `ERROR tests/b.py`),
// the location lines of --tb=long/--tb=line (`tests/a.py:10: AssertionError`), and --tb=short,
// where the last `path:line: in function` frame is followed by the `E   …` explanation.
// Frames (`path:line: in f`) are not problems by themselves.
import type { ProblemMatcher } from '../types.js';

const PY_FILE = String.raw`((?:[A-Za-z]:)?[^\s:]+\.py)`;

export const pytest: ProblemMatcher[] = [
  {
    owner: 'pytest',
    pattern: [
      {
        regexp: String.raw`^(?:FAILED|ERROR) ${PY_FILE}(?:::\S*)?(?:\s.*)?$`,
        contains: ['FAILED ', 'ERROR '],
        file: 1,
        message: 0,
      },
    ],
  },
  {
    owner: 'pytest-location',
    pattern: [
      {
        // The message may not be `in <function>` (a frame): first letters other than "in ".
        regexp: String.raw`^${PY_FILE}:(\d+): ((?:[^\si]|i[^n]|in\S).*)$`,
        contains: '.py:',
        file: 1,
        line: 2,
        message: 3,
      },
    ],
  },
  {
    owner: 'pytest-traceback',
    skip: String.raw`^\s{4}`,
    pattern: [
      { regexp: String.raw`^${PY_FILE}:(\d+): in \S+$`, contains: '.py:', file: 1, line: 2 },
      { regexp: String.raw`^E\s+(\S.*)$`, message: 1 },
    ],
  },
];
