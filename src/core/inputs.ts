// Every input steplog takes, in one table: its action input name (kebab-case), CLI flag, default
// and description. action.yml, the CLI's options, the GitLab template and the README are kept in
// sync with this table by tests.

export interface InputDefinition {
  /** Action input name and the stem of the CLI flag and the STEPLOG_* variable. */
  name: string;
  /** CLI flag, `--<name>`, or null for inputs the CLI does not take (a test holds every input to it). */
  flag: string | null;
  /**
   * An older or shorter spelling of the flag that the CLI still takes (at most one: commander shows
   * it beside the flag). Its STEPLOG_* form is not read, but named in the unknown-variable warning.
   */
  alias?: string;
  /** Default as the user would write it; null = no default. */
  default: string | null;
  description: string;
  /** Which front doors take it. */
  scope: 'all' | 'github' | 'cli';
  /** The CLI flag may be given several times (values are joined with newlines). */
  repeatable?: boolean;
}

export const INPUTS = [
  {
    name: 'run',
    flag: '--run',
    default: null,
    scope: 'all',
    description: 'The script to run, as in a `run:` step. Required unless `steps` is given.',
  },
  {
    name: 'name',
    flag: '--name',
    default: null,
    scope: 'all',
    description: 'Display name of the execution. Default: the first line of `run`.',
  },
  {
    name: 'shell',
    flag: '--shell',
    default: 'bash',
    scope: 'all',
    description: 'bash, sh, pwsh, powershell, python, node, cmd, or a template containing {0}.',
  },
  {
    name: 'working-directory',
    flag: '--working-directory',
    alias: '--cwd',
    default: null,
    scope: 'all',
    description:
      'Directory to run in. Must exist. Default: the workspace (the current directory for the CLI).',
  },
  {
    name: 'timeout',
    flag: '--timeout',
    default: '0',
    scope: 'all',
    description: 'Kill the whole process tree after this long: 90, 90s, 1.5m, 1h30m, 250ms. 0 = no timeout.',
  },
  {
    name: 'idle-timeout',
    flag: '--idle-timeout',
    default: '0',
    scope: 'all',
    description: 'End the attempt as timed out when it prints nothing for this long. 0 = none.',
  },
  {
    name: 'kill-after',
    flag: '--kill-after',
    default: '10s',
    scope: 'all',
    description: 'Grace between kill-signal and SIGKILL.',
  },
  {
    name: 'kill-signal',
    flag: '--kill-signal',
    default: 'SIGTERM',
    scope: 'all',
    description: 'First signal sent to the process group at the deadline.',
  },
  {
    name: 'max-attempts',
    flag: '--max-attempts',
    default: '1',
    scope: 'all',
    description: 'Total attempts, 1 to 100.',
  },
  {
    name: 'retry-on',
    flag: '--retry-on',
    default: 'any',
    scope: 'all',
    description: 'Which failures are retried: any, error (non-zero exit) or timeout.',
  },
  {
    name: 'retry-on-exit-codes',
    flag: '--retry-on-exit-codes',
    default: null,
    scope: 'all',
    description: 'Retry only when the exit code is one of these, e.g. 1,2.',
  },
  {
    name: 'retry-delay',
    flag: '--retry-delay',
    default: '0s',
    scope: 'all',
    description: 'Wait before the next attempt.',
  },
  {
    name: 'retry-backoff',
    flag: '--retry-backoff',
    default: '1',
    scope: 'all',
    description: 'Multiply the delay by this after each attempt (1 to 10).',
  },
  {
    name: 'retry-on-output',
    flag: '--retry-on-output',
    default: null,
    scope: 'all',
    repeatable: true,
    description:
      'Regular expressions, one per line: a failed attempt is retried only when a line of its output matches one (with the other retry settings).',
  },
  {
    name: 'abort-on-output',
    flag: '--abort-on-output',
    default: null,
    scope: 'all',
    repeatable: true,
    description:
      'Regular expressions, one per line: a failed attempt whose output has a matching line is not retried, whatever the other settings say.',
  },
  {
    name: 'total-timeout',
    flag: '--total-timeout',
    default: '0',
    scope: 'all',
    description:
      'Deadline for the whole execution, attempts and retry delays together; the attempt running then is killed as at timeout. 0 = none.',
  },
  {
    name: 'warn-on-retry',
    flag: '--warn-on-retry',
    default: 'true',
    scope: 'all',
    description:
      'A step that succeeded after retries gets one warning annotation saying so, e.g. "succeeded on attempt 2 of 3 (attempt 1: exit code 2)".',
  },
  {
    name: 'background',
    flag: '--background',
    default: 'keep',
    scope: 'all',
    description:
      'What the command started in the background and left running when it exited (`server &`): keep (leave it running, as `run:` does, and list it in one line) or kill. A timeout or a cancel always kills everything.',
  },
  {
    name: 'on-retry',
    flag: '--on-retry',
    default: null,
    scope: 'all',
    description: 'A command run with the same shell before each new attempt (cleanup).',
  },
  {
    name: 'success-codes',
    flag: '--success-codes',
    default: '0',
    scope: 'all',
    description: 'Exit codes that count as success, e.g. 0,1.',
  },
  {
    name: 'summary',
    flag: '--summary',
    default: 'always',
    scope: 'all',
    description: 'When to write the summary: always, on-failure or never.',
  },
  {
    name: 'matchers',
    flag: '--matchers',
    alias: '--matcher',
    default: 'builtin',
    scope: 'all',
    repeatable: true,
    description:
      'Problem matchers, one per line: a GitHub problem-matcher JSON file, a built-in name, `builtin` for all built-ins, or `none`.',
  },
  {
    name: 'output-limit',
    flag: '--output-limit',
    default: '64KiB',
    scope: 'all',
    description: 'Size of the stdout/stderr tails kept and exported (at most 512KiB).',
  },
  {
    name: 'log-file',
    flag: '--log-file',
    default: null,
    scope: 'all',
    description:
      'Path of the JSON-lines log (appended). Default: a file in the runner temp directory (GitHub) or .steplog/steplog.jsonl (GitLab).',
  },
  {
    name: 'junit-file',
    flag: '--junit-file',
    default: null,
    scope: 'all',
    description:
      "Also write a JUnit XML report here: one test case per execution (or per step), for Jenkins' `junit`, CircleCI's `store_test_results`, Buildkite, Azure's `PublishTestResults` or a test-report action. On GitLab, .steplog/junit.xml is written anyway.",
  },
  {
    name: 'codequality-file',
    flag: '--codequality-file',
    default: null,
    scope: 'all',
    description:
      'Also write the annotations as a Code Quality report (Code Climate JSON) here. On GitLab, .steplog/codequality.json is written anyway.',
  },
  {
    name: 'mask',
    flag: '--mask',
    default: null,
    scope: 'all',
    repeatable: true,
    description: 'Values never to print, one per line.',
  },
  {
    name: 'workflow-commands',
    flag: '--workflow-commands',
    default: 'false',
    scope: 'all',
    description: 'Let the command issue raw GitHub workflow commands, as a plain `run:` step does.',
  },
  {
    name: 'steps',
    flag: '--steps',
    default: null,
    scope: 'all',
    description:
      'Several commands in one step: a YAML list of {name, run, shell, working-directory, timeout, idle-timeout, max-attempts, retry-on, success-codes, env, …}; each inherits the top-level settings. Instead of `run`. The CLI flag also takes a file path.',
  },
  {
    name: 'max-parallel',
    flag: '--max-parallel',
    default: null,
    scope: 'all',
    description: 'With `steps`: how many run at once (1 to 64). Default: the number of CPUs.',
  },
  {
    name: 'fail-fast',
    flag: '--fail-fast',
    default: 'false',
    scope: 'all',
    description: 'With `steps`: cancel the other steps as soon as one fails or times out.',
  },
  {
    name: 'container',
    flag: '--container',
    default: null,
    scope: 'all',
    description:
      "An image to run the script in (a new container per attempt, removed afterwards): the workspace is mounted at the same path and is the working directory, the step's variables are passed by name. Empty: run on the host.",
  },
  {
    name: 'container-options',
    flag: '--container-options',
    default: null,
    scope: 'all',
    description:
      'Extra `docker run` / `podman run` arguments, as on a command line (e.g. `--memory 2g --network host`).',
  },
  {
    name: 'container-engine',
    flag: '--container-engine',
    default: 'auto',
    scope: 'all',
    description: 'docker, podman, or auto (docker when its daemon answers, else podman).',
  },
  {
    name: 'container-pull',
    flag: '--container-pull',
    default: 'missing',
    scope: 'all',
    description: 'When to pull the image before the first attempt: missing, always or never.',
  },
  {
    name: 'notify-url',
    flag: '--notify-url',
    default: null,
    scope: 'all',
    repeatable: true,
    description:
      'Webhook URLs, one per line: each lifecycle event is POSTed there as a CloudEvent (credentials in a URL are masked).',
  },
  {
    name: 'notify-secret',
    flag: '--notify-secret',
    default: null,
    scope: 'all',
    description:
      'Signs every webhook body: header X-Steplog-Signature-256 = sha256=<hex HMAC-SHA256 of the body>. Masked.',
  },
  {
    name: 'notify-timeout',
    flag: '--notify-timeout',
    default: '5s',
    scope: 'all',
    description: 'How long webhook delivery may go on after the command has ended.',
  },
  {
    name: 'summary-file',
    flag: '--summary-file',
    default: null,
    scope: 'cli',
    description:
      'Write the markdown summary to this file. Default: .steplog/summary.md on GitLab; none for the plain CLI.',
  },
  {
    name: 'report',
    flag: null,
    default: null,
    scope: 'github',
    description:
      'Instead of running a command: JSON-lines logs or folders of them (one per line, e.g. downloaded artifacts of a matrix) to aggregate into the job summary and the `report` output. The CLI has `steplog report`.',
  },
  {
    name: 'github-token',
    flag: null,
    default: '${{ github.token }}',
    scope: 'github',
    description: 'Token for the PR comment and the check run.',
  },
  {
    name: 'pr-comment',
    flag: null,
    default: 'never',
    scope: 'github',
    description: 'Sticky pull-request comment with the summary: never, always or on-failure.',
  },
  {
    name: 'comment-author',
    flag: null,
    default: null,
    scope: 'github',
    description:
      'With an app token (GITHUB_TOKEN or a GitHub App installation token): the bot login whose marked PR comment steplog edits. Default: github-actions[bot].',
  },
  {
    name: 'check-run',
    flag: null,
    default: 'false',
    scope: 'github',
    description: 'Publish every annotation as a check run (beyond the 10 per level a step shows).',
  },
] as const satisfies readonly InputDefinition[];

export type InputName = (typeof INPUTS)[number]['name'];

export const OUTPUTS = {
  status: 'success, failed, timed_out or cancelled.',
  'exit-code': 'Exit code of the last attempt; empty when it was killed by a signal.',
  signal: 'Signal that ended the last attempt, e.g. SIGKILL; empty otherwise.',
  'timed-out': 'true when the last attempt hit timeout or idle-timeout.',
  'duration-ms': 'Wall time of all attempts, in milliseconds.',
  'started-at': 'ISO 8601 UTC start time.',
  'completed-at': 'ISO 8601 UTC end time.',
  attempts: 'Number of attempts made.',
  stdout: 'Tail of stdout (masked, ANSI stripped, within output-limit).',
  stderr: 'Tail of stderr (masked, ANSI stripped, within output-limit).',
  'log-file': 'Path of the JSON-lines log.',
  'summary-file': 'Path of the markdown summary steplog wrote (GitLab and CLI).',
  report:
    'With `report`: the statistics as JSON (executions, byStatus, totalDurationMs, p50DurationMs, p95DurationMs, slowest, flaky, timedOut, problems).',
  results:
    'JSON array with one entry per execution (one, or one per step with `steps`): id, name, status, exitCode, signal, timedOut, durationMs, attempts, exitStatus.',
} as const;

export type OutputName = keyof typeof OUTPUTS;

/** `timeout` → `STEPLOG_TIMEOUT`: how the CLI reads inputs from the environment. */
export function envNameOf(input: string): string {
  return `STEPLOG_${input.replace(/-/g, '_').toUpperCase()}`;
}
