// TypeScript: `file(line,col): error TS2322: message` (--pretty false, CI's default) and
// `file:line:col - error TS2322: message` (--pretty, colours stripped), and file-less errors such as
// `error TS5023: Unknown compiler option`. The code keeps its `TS` prefix, as tsc prints it.
import type { ProblemMatcher } from '../types.js';

export const tsc: ProblemMatcher[] = [
  {
    owner: 'tsc',
    pattern: [
      {
        regexp: String.raw`^(?:(\S.*?)[(:](\d+)[,:](\d+)(?:\):\s+|\s+-\s+))?(error|warning)\s+(TS\d+)\s*:\s*(.*)$`,
        contains: 'TS',
        file: 1,
        line: 2,
        column: 3,
        severity: 4,
        code: 5,
        message: 6,
      },
    ],
  },
];
