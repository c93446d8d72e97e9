// A Python traceback: the innermost `File "x", line N` frame, then the exception line
// (`ValueError: message`, `KeyboardInterrupt`). The source and `^^^`/`~~~` lines under a frame
// (indented four spaces) are passed over; a chained traceback gives one annotation per exception.
import type { ProblemMatcher } from '../types.js';

export const python: ProblemMatcher[] = [
  {
    owner: 'python',
    skip: String.raw`^(?:\s{4}|\s*\[Previous line repeated )`,
    pattern: [
      { regexp: String.raw`^\s*File "(.+)", line (\d+)(?:, in .+)?$`, contains: 'File "', file: 1, line: 2 },
      {
        // A dotted name with `: message`, or a bare name that reads as an exception (not "Done").
        regexp: String.raw`^([A-Za-z_][\w.<>]*)(?::(?:\s.*)?|(?<=Error|Exception|Interrupt|Exit|Iteration|Warning))$`,
        code: 1,
        message: 0,
      },
    ],
  },
];
