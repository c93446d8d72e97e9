// Ansible (ansible-playbook and ad-hoc `ansible`), default callback:
// - `fatal: [web1]: FAILED! => {…}`, `failed: [web1] (item=x) => {…}`, `fatal: [db1]: UNREACHABLE! => {…}`.
//   With ANSIBLE_SHOW_TASK_PATH_ON_FAILURE (steplog sets it unless it is set) a failed task is
//   preceded by `task path: /work/site.yml:12`, which gives the annotation its file and line.
//   A failure the playbook ignores is followed by `...ignoring`: that line drops the annotation.
// - `ERROR! …` (a syntax error, an unknown module), then a few lines later
//   `The error appears to be in '/work/site.yml': line 12, column 7, but may`.
// - Ad-hoc results: `web1 | FAILED! => {`, `web1 | FAILED | rc=1 >>`, `db1 | UNREACHABLE! => {`.
import type { ProblemMatcher } from '../types.js';
import { notStartingWith } from './not-starting-with.js';

const RESULT = String.raw`^((?:fatal|failed): \[[^\]]+\](?: \(item=.*?\))?:? (?:FAILED!|UNREACHABLE!)? ?=> .*)$`;
const IGNORED = String.raw`^\.\.\.ignoring$`;
const APPEARS = 'The error appears to be in ';

export const ansible: ProblemMatcher[] = [
  {
    owner: 'ansible-task',
    unlessNext: IGNORED,
    pattern: [
      { regexp: String.raw`^task path: (.+):(\d+)$`, contains: 'task path: ', file: 1, line: 2 },
      { regexp: RESULT, contains: ['fatal: [', 'failed: ['], message: 1 },
    ],
  },
  {
    owner: 'ansible',
    unlessNext: IGNORED,
    pattern: [{ regexp: RESULT, contains: ['fatal: [', 'failed: ['], message: 1 }],
  },
  {
    owner: 'ansible-error',
    // The explanation between the two lines.
    skip: notStartingWith([APPEARS, 'ERROR! ']),
    pattern: [
      { regexp: String.raw`^ERROR! (.+)$`, contains: 'ERROR! ', message: 1 },
      {
        regexp: String.raw`^The error appears to be in '(.+)': line (\d+), column (\d+)`,
        contains: APPEARS,
        file: 1,
        line: 2,
        column: 3,
      },
    ],
  },
  {
    owner: 'ansible-adhoc',
    pattern: [
      {
        regexp: String.raw`^(\S+ \| (?:FAILED!? \| rc=\d+|FAILED!|UNREACHABLE!)) (?:=>|>>)`,
        contains: ' | ',
        message: 1,
      },
    ],
  },
];
