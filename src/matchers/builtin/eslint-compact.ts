// ESLint's compact formatter: `file: line 3, col 7, Error - message (rule-id)`; parse errors have no
// rule id. (ESLint 9 moved it to the eslint-formatter-compact package; the format is unchanged.)
import type { ProblemMatcher } from '../types.js';

export const eslintCompact: ProblemMatcher[] = [
  {
    owner: 'eslint-compact',
    pattern: [
      {
        regexp: String.raw`^(.+?): line (\d+), col (\d+), ([Ee]rror|[Ww]arning) - (.+?)(?: \(([^()\s]+)\))?$`,
        contains: ', col ',
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
