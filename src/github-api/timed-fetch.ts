// Every HTTP request Octokit makes goes through this fetch: each one gets its own timeout and the
// overall deadline, so a server that accepts the connection and never answers cannot hang the step
//. Retries made by the Octokit plugins come back here and get a fresh timeout.
import { ApiTimeoutError, DeadlineError } from './failure.js';

export type Fetch = typeof globalThis.fetch;

export interface TimedFetchOptions {
  timeoutMs: number;
  deadline: AbortSignal;
  deadlineMs: number;
  /** Gets method, path, status and time: never headers, so never the token. */
  debug: (message: string) => void;
}

function describeTarget(input: Parameters<Fetch>[0], init: RequestInit | undefined): [string, string] {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  let path = url;
  try {
    const parsed = new URL(url);
    path = parsed.pathname + parsed.search;
  } catch {
    // keep the raw text
  }
  return [(init?.method ?? 'GET').toUpperCase(), path];
}

export function createTimedFetch(base: Fetch, options: TimedFetchOptions): Fetch {
  return async (input, init) => {
    const [method, path] = describeTarget(input, init);
    if (options.deadline.aborted) throw new DeadlineError(options.deadlineMs);
    // AbortSignal.timeout does not keep the process alive; it also bounds reading the body.
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signals = [timeout, options.deadline];
    if (init?.signal) signals.push(init.signal);
    const started = Date.now();
    options.debug(`GitHub API: ${method} ${path}`);
    try {
      const response = await base(input, { ...init, signal: AbortSignal.any(signals) });
      options.debug(`GitHub API: ${method} ${path} -> ${response.status} in ${Date.now() - started} ms`);
      return response;
    } catch (error) {
      if (options.deadline.aborted) throw new DeadlineError(options.deadlineMs);
      if (timeout.aborted) throw new ApiTimeoutError(method, path, options.timeoutMs);
      options.debug(`GitHub API: ${method} ${path} failed after ${Date.now() - started} ms`);
      throw error;
    }
  };
}
