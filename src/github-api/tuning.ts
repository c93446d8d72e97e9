// Timeouts and waits of the GitHub API calls. Production uses the defaults; tests shorten them
// through publishPullRequestFeedback's `tuning` option instead of mocking modules.

export interface ApiTuning {
  /** Per HTTP request, each retry timed on its own. */
  requestTimeoutMs: number;
  /** @octokit/plugin-retry waits (n+1)² × this before retry n+1 of a 5xx (default 1 s: 1, 4, 9 s). */
  retryBaseMs: number;
  /** Retries of a 5xx on idempotent requests (plugin-retry). */
  retries: number;
  /** Rate-limit retries honouring retry-after, each only if the wait fits before the deadline. */
  rateLimitRetries: number;
  /** Pause before looking whether a write that failed with 5xx was applied anyway. */
  recheckDelayMs: number;
}

export const DEFAULT_TUNING: ApiTuning = {
  requestTimeoutMs: 15_000,
  retryBaseMs: 1000,
  retries: 3,
  rateLimitRetries: 2,
  recheckDelayMs: 1000,
};

/** All API work of one step, retries and rate-limit waits included. */
export const DEFAULT_DEADLINE_MS = 60_000;
