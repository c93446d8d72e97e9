// Image builds with `docker build` / `podman build`.
// - BuildKit prints the failing instruction's place in the Dockerfile as a block, then the error:
//     Dockerfile:4
//     --------------------
//        3 |     WORKDIR /app
//        4 | >>> RUN make
//     --------------------
//     ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2
//   (buildx may say `ERROR: failed to build: failed to solve:`, older clients `error: failed to solve:`).
// - The classic builder prints `Step 4/5 : RUN make`, the command's output, then `The command
//   '/bin/sh -c make' returned a non-zero code: 2`. It never prints a Dockerfile line, so the
//   annotation names the step and has no location.
// - podman (buildah) prints `STEP 4/5: RUN make`, the output, then
//   `Error: building at STEP "RUN make": while running runtime: exit status 2`: no location either.
import type { ProblemMatcher } from '../types.js';
import { notStartingWith } from './not-starting-with.js';

const RULE = '^--------------------$';

export const dockerBuild: ProblemMatcher[] = [
  {
    owner: 'docker-build',
    // The numbered Dockerfile lines between the two rules.
    skip: String.raw`^\s*\d+ \|`,
    pattern: [
      { regexp: String.raw`^((?:[A-Za-z]:)?[^\s:]+):(\d+)$`, contains: ':', file: 1, line: 2 },
      { regexp: RULE, contains: '--------------------' },
      { regexp: RULE, contains: '--------------------' },
      {
        regexp: String.raw`^(?:(?:ERROR|error): )?(?:failed to build: )?(failed to solve: .+)$`,
        contains: 'failed to solve: ',
        message: 1,
      },
    ],
  },
  {
    owner: 'docker-build-classic',
    // Everything the step's command prints, up to the line that ends the step.
    skip: notStartingWith(['Step ', "The command '"]),
    pattern: [
      { regexp: String.raw`^Step (\d+/\d+ : .+)$`, contains: 'Step ', code: 1 },
      {
        regexp: String.raw`^(The command '.+' returned a non-zero code: \d+)$`,
        contains: 'returned a non-zero code: ',
        message: 1,
      },
    ],
  },
  {
    owner: 'podman-build',
    pattern: [
      {
        regexp: String.raw`^(?:Error: |error )(?:error )?(building at STEP ".+": .+)$`,
        contains: 'building at STEP "',
        message: 1,
      },
    ],
  },
];
