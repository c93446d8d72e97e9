// gcc and clang: `file:line:col: [fatal ]error|warning|note: message [-Wflag]` (the column is missing
// from some older tools). The `In function …` context lines and the source excerpts do not match.
import type { ProblemMatcher } from '../types.js';

export const gcc: ProblemMatcher[] = [
  {
    owner: 'gcc',
    pattern: [
      {
        regexp: String.raw`^(.+?):(\d+):(?:(\d+):)?\s+(?:fatal\s+)?(error|warning|note):\s+(.*?)(?:\s+\[(-W[^\]\s]+)\])?$`,
        contains: ['error:', 'warning:', 'note:'],
        file: 1,
        line: 2,
        column: 3,
        severity: 4,
        message: 5,
        code: 6,
      },
    ],
  },
];
