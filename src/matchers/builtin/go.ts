// Go: compiler, vet and linter errors (`./main.go:5:2: undefined: x`), and failed tests. `go test`
// prints `--- FAIL: TestX` then the test's `x_test.go:9: message` lines; `go test -v` prints them
// the other way round, so each order has its matcher. Test files are named from the package's
// directory: set the engine's cwd there, or pass fileExists to drop the paths that do not resolve.
import type { ProblemMatcher } from '../types.js';

const TEST_LOG = String.raw`^\s+([^\s:]+\.go):(\d+): (.+)$`;
const TEST_FAILED = String.raw`^\s*--- FAIL: (\S+)`;

export const go: ProblemMatcher[] = [
  {
    owner: 'go',
    pattern: [
      {
        regexp: String.raw`^\s*(?:vet: )?((?:[A-Za-z]:)?[^\s:]+\.go):(\d+):(\d+): (.+)$`,
        contains: '.go:',
        file: 1,
        line: 2,
        column: 3,
        message: 4,
      },
    ],
  },
  {
    owner: 'go-test',
    pattern: [
      { regexp: TEST_FAILED, contains: '--- FAIL: ', code: 1 },
      { regexp: TEST_LOG, contains: '.go:', file: 1, line: 2, message: 3, loop: true },
    ],
  },
  {
    owner: 'go-test-verbose',
    pattern: [
      { regexp: TEST_LOG, contains: '.go:', file: 1, line: 2, message: 3 },
      { regexp: TEST_FAILED, contains: '--- FAIL: ', code: 1 },
    ],
  },
];
