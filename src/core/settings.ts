// The one typed settings object every front door produces (after validation) and the runner consumes.

export type RetryOn = 'any' | 'error' | 'timeout';
export type SummaryMode = 'always' | 'on-failure' | 'never';
export type BackgroundPolicy = 'keep' | 'kill';

export interface ShellSpec {
  /** What the user asked for: `bash`, `sh`, `pwsh`, `python`, `node`, or a custom template. */
  name: string;
  /** Template with `{0}` standing for the script file, e.g. `bash --noprofile --norc -eo pipefail {0}`. */
  template: string;
  /** Script file extension the interpreter expects (`.sh`, `.ps1`, `.py`, `.js`, `.cmd`). */
  extension: string;
}

export interface ExecutionSettings {
  /** The script, as in a `run:` step. Never empty or only comments/whitespace. */
  run: string;
  /** Display name; defaults to the first non-empty line of `run`. */
  name: string;
  shell: ShellSpec;
  /** Absolute path; exists and is a directory. */
  cwd: string;
  /** Extra environment for the command, merged over process.env. Names validated. */
  env: Record<string, string>;
  /** 0 = none. Always ≤ MAX_TIMER_MS. */
  timeoutMs: number;
  idleTimeoutMs: number;
  killAfterMs: number;
  killSignal: NodeJS.Signals;
  maxAttempts: number;
  retryOn: RetryOn;
  /** Retry only when the exit code is one of these; null = any code. */
  retryOnExitCodes: number[] | null;
  retryDelayMs: number;
  retryBackoff: number;
  /** Patterns (as given, checked) one of which a failed attempt's output must match to be retried; [] = no such condition. */
  retryOnOutput: string[];
  /** Patterns a failed attempt's output may match to stop retrying at once. */
  abortOnOutput: string[];
  /** A green execution that needed retries gets a warning annotation saying so. */
  warnOnRetry: boolean;
  /** Deadline of the whole execution, attempts and delays together; 0 = none. Always ≤ MAX_TIMER_MS. */
  totalTimeoutMs: number;
  /** A command run (with the same shell) before each new attempt; null = none. */
  onRetry: string | null;
  successCodes: number[];
  /** Bytes kept of each stream's tail. */
  outputLimit: number;
  /** Values redacted everywhere steplog writes. */
  masks: string[];
  /**
   * What the command started and left running once it exited by itself: `keep` leaves it running
   * (as a `run:` step does), `kill` ends it. A timeout or a cancel kills the whole tree either way.
   */
  background: BackgroundPolicy;
  /** Run each attempt in a new container of this image instead of on the host; absent = on the host. */
  container?: ContainerSettings | null;
}

export interface ContainerSettings {
  image: string;
  /** Extra `run` arguments, split into words. */
  options: string[];
  engine: 'auto' | 'docker' | 'podman';
  pull: 'missing' | 'always' | 'never';
}

export type PrCommentMode = 'never' | 'always' | 'on-failure';

/** Everything one step needs: how to run it, plus what to report and where. */
export interface StepSettings extends ExecutionSettings {
  summary: SummaryMode;
  /** Matcher specs as given: built-in names, `builtin`, `none`, or paths to problem-matcher JSON files. */
  matchers: string[];
  /** null = the platform's default place. */
  logFile: string | null;
  /** null = the platform's default (GitHub: GITHUB_STEP_SUMMARY; GitLab: steplog-summary.md; CLI: none). */
  summaryFile: string | null;
  /** Absolute path of an extra JUnit report; null = none (GitLab writes its own anyway). */
  junitFile: string | null;
  /** Absolute path of an extra Code Quality report; null = none (GitLab writes its own anyway). */
  codequalityFile: string | null;
  workflowCommands: boolean;
  prComment: PrCommentMode;
  /** The bot login whose marked PR comment steplog may edit with an app token (GITHUB_TOKEN's: github-actions[bot]). */
  commentAuthor: string | null;
  checkRun: boolean;
  /** Webhook URLs (notify-url); empty = no webhooks. */
  notifyUrls: string[];
  notifySecret: string | null;
  notifyTimeoutMs: number;
}

/** Whether a summary is written for a run or execution that ended (or stands) with `status`. */
export function wantsSummary(mode: SummaryMode, status: string): boolean {
  return mode === 'always' || (mode === 'on-failure' && status !== 'success');
}
