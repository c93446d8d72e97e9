// The Octokit that publishes feedback: @actions/github's getOctokit with the retry and throttling
// plugins, the base URL from the injected env (GHES), and every request timed (./timed-fetch.ts).
// Loaded lazily by ./index.ts, so a step without PR feedback never loads Octokit.
import { randomUUID } from '../core/random.js';
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { formatSeconds } from './failure.js';
import { createTimedFetch, type Fetch } from './timed-fetch.js';
import type { ApiTuning } from './tuning.js';

export interface ClientOptions {
  token: string;
  apiUrl: string;
  tuning: ApiTuning;
  deadline: AbortSignal;
  deadlineAt: number;
  deadlineMs: number;
  debug: (message: string) => void;
}

export type GitHubClient = ReturnType<typeof getOctokit>;

// Never retried by plugin-retry: client errors, and 429, which the throttling plugin retries after
// the server's retry-after instead of plugin-retry's fixed 1 s.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

/**
 * Stops @octokit/plugin-retry from scheduling a wait that ends after the deadline: the deadline would
 * abort the retried request anyway, and a pending wait keeps the process alive after we return.
 * Registered before plugin-retry, so its error hook runs first and can lower `request.retries`.
 */
function deadlineGuard(
  deadlineAt: number,
  tuning: ApiTuning,
  debug: (message: string) => void,
): OctokitPlugin {
  return (octokit) => {
    octokit.hook.error('request', (error, options) => {
      const request = options.request as { retries?: number; retryCount?: number };
      const count = request.retryCount ?? 0;
      const waitMs = (count + 1) ** 2 * tuning.retryBaseMs;
      if (Date.now() + waitMs >= deadlineAt && (request.retries ?? tuning.retries) > count) {
        debug(`GitHub API: no retry in ${waitMs} ms, past the deadline`);
        request.retries = count;
      }
      throw error;
    });
  };
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const { debug, tuning } = options;
  // The proxy-aware fetch @actions/github would use (it honours https_proxy / no_proxy).
  const baseFetch: Fetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
  const fetch = createTimedFetch(baseFetch, {
    timeoutMs: tuning.requestTimeoutMs,
    deadline: options.deadline,
    deadlineMs: options.deadlineMs,
    debug,
  });
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const left = options.deadlineAt - Date.now();
      const waitMs = retryAfter * 1000;
      const where = `${request.method} ${request.url}`;
      if (retryCount >= tuning.rateLimitRetries) {
        debug(`GitHub API: ${kind} on ${where} again; giving up after ${retryCount} retries`);
        return false;
      }
      // Leave time for the retried request itself; never retry sooner than GitHub asked.
      if (waitMs + Math.min(tuning.requestTimeoutMs, 5000) > left) {
        debug(
          `GitHub API: ${kind} on ${where}: retry-after ${retryAfter} s exceeds the ${formatSeconds(left)} left`,
        );
        return false;
      }
      debug(`GitHub API: ${kind} on ${where}: waiting ${retryAfter} s as asked`);
      return true;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      userAgent: 'steplog',
      request: { fetch },
      // Octokit's own warnings (deprecations, plugin errors) go to debug; ./index.ts redacts them.
      log: { debug, info: debug, warn: debug, error: debug },
      retry: { doNotRetry: DO_NOT_RETRY, retries: tuning.retries, retryAfterBaseValue: tuning.retryBaseMs },
      throttle: {
        // The plugin keeps its queues in module-level groups keyed by id: one key per client.
        id: `steplog-${randomUUID()}`,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    deadlineGuard(options.deadlineAt, tuning, debug),
    retry,
    throttling,
  );
}
