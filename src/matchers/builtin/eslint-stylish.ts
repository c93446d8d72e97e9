// ESLint's default formatter: the file on its own line, then one indented line per problem,
// `  3:7  error  message  rule-id` (columns padded with two or more spaces; parse errors have no rule).
import type { ProblemMatcher } from '../types.js';

export const eslintStylish: ProblemMatcher[] = [
  {
    owner: 'eslint-stylish',
    pattern: [
      { regexp: String.raw`^(\S.*)$`, file: 1 },
      {
        regexp: String.raw`^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$`,
        contains: ['error', 'warning'],
        line: 1,
        column: 2,
        severity: 3,
        message: 4,
        code: 5,
        loop: true,
      },
    ],
  },
];
