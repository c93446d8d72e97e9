// Turning a failed GitHub API call into one warning a person can act on.
// The server's own message is kept (it is what GitHub support and the docs quote) but bounded.

/**
 * A request that got no answer in time. Named `AbortError` on purpose: @octokit/request rethrows an
 * AbortError as is, and @octokit/plugin-retry only retries its own RequestError, so a hung server
 * costs one timeout, not four.
 */
export class ApiTimeoutError extends Error {
  readonly timeoutMs: number;
  constructor(method: string, path: string, timeoutMs: number) {
    super(`GitHub did not answer ${method} ${path} within ${formatSeconds(timeoutMs)}`);
    this.name = 'AbortError';
    this.timeoutMs = timeoutMs;
  }
}

/** The overall deadline passed while a request was in flight (same naming reason as above). */
export class DeadlineError extends Error {
  constructor(deadlineMs: number) {
    super(`the ${formatSeconds(deadlineMs)} deadline for GitHub API calls passed`);
    this.name = 'AbortError';
  }
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

interface ResponseLike {
  headers?: Record<string, string | number | undefined>;
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: ResponseLike;
  request?: { method?: string; url?: string };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    error instanceof Error &&
    typeof (error as { status?: unknown }).status === 'number' &&
    (error as { name: string }).name === 'HttpError'
  );
}

export interface FailureDescription {
  message: string;
  /** The same cause would fail every later call (bad token, rate limit, unreachable): stop there. */
  fatal: boolean;
}

export interface FailureHints {
  /** The `permissions:` scope the feature needs, e.g. `checks: write`. */
  permission: string;
  apiUrl: string;
}

const MAX_SERVER_MESSAGE = 300;

function serverMessage(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_SERVER_MESSAGE ? `${oneLine.slice(0, MAX_SERVER_MESSAGE)}…` : oneLine;
}

function header(error: RequestErrorLike, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function describeRateLimit(error: RequestErrorLike): string | null {
  if (header(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(error, 'x-ratelimit-reset'));
    const when =
      Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
    return `the token's API rate limit is exhausted (HTTP ${error.status}); not retried.${when}`;
  }
  if (error.status === 429 || /\bsecondary rate\b/i.test(error.message)) {
    const after = header(error, 'retry-after');
    const wait = after
      ? `GitHub asked to wait ${after} s (retry-after), more than the time left`
      : 'still limited';
    return `GitHub's secondary rate limit (HTTP ${error.status}): ${wait}; skipped rather than retried early.`;
  }
  return null;
}

/** One sentence saying what failed and what to do; never includes request headers. */
export function describeFailure(error: unknown, hints: FailureHints): FailureDescription {
  if (error instanceof ApiTimeoutError) {
    return { message: `${error.message}; not retried so the step is not held up.`, fatal: true };
  }
  if (error instanceof DeadlineError) return { message: `${error.message}.`, fatal: true };
  if (!isRequestError(error)) {
    return { message: error instanceof Error ? error.message : String(error), fatal: false };
  }
  const what = serverMessage(error.message);
  const status = error.status;
  if (status === 401) {
    return {
      message: `GitHub rejected the token (401: ${what}). Check the \`github-token\` input.`,
      fatal: true,
    };
  }
  if (status === 403 || status === 429) {
    const limited = describeRateLimit(error);
    if (limited) return { message: limited, fatal: true };
    if (/not accessible by integration/i.test(error.message)) {
      return {
        message:
          `the token may not do this (403: ${what}). Give the job \`permissions: ${hints.permission}\`. ` +
          'On pull requests from forks GitHub only grants a read-only token, so this cannot work there; ' +
          'annotations still show through workflow commands.',
        fatal: false,
      };
    }
    return { message: `GitHub refused the request (403: ${what}).`, fatal: false };
  }
  if (status === 404 || status === 410) {
    return {
      message:
        `GitHub answered ${status} (${what}): the repository, pull request or check run is not there, ` +
        `or the token cannot see it (API: ${hints.apiUrl}).`,
      fatal: false,
    };
  }
  if (status === 422) return { message: `GitHub rejected the content (422: ${what}).`, fatal: false };
  if (status >= 500 && error.response === undefined) {
    return { message: `could not reach ${hints.apiUrl} (${what}).`, fatal: true };
  }
  if (status >= 500) {
    return { message: `GitHub kept failing (${status}: ${what}) after bounded retries.`, fatal: false };
  }
  return { message: `GitHub answered ${status} (${what}).`, fatal: false };
}

/** Whether a failed write may still have been applied by the server (so re-sending could duplicate it). */
export function mayHaveBeenApplied(error: unknown): boolean {
  if (error instanceof ApiTimeoutError) return true;
  return isRequestError(error) && error.status >= 500;
}
