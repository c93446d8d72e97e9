// Where the feedback goes, read from the runner's environment the way @actions/github's Context does
// (GITHUB_REPOSITORY, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_SHA, GITHUB_API_URL), but from an
// injected env so it can be tested, and without throwing on a missing or broken event file.
import { readFile } from 'node:fs/promises';
import { messageOf } from '../core/errors.js';

export interface PullRequestContext {
  /** REST base URL without a trailing slash: https://api.github.com, or https://HOST/api/v3 on GHES. */
  apiUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  /** The pull request the run is about, or null for push, schedule, workflow_dispatch … */
  pullNumber: number | null;
  /**
   * The commit a check run belongs to. On pull_request events GITHUB_SHA is the test merge commit,
   * which the PR page does not show, so the PR head is used (LouisBrunner/checks-action#180).
   */
  headSha: string | null;
  /** Link to the workflow run, for the check run's details_url; null when unknown. */
  runUrl: string | null;
}

export type ContextResult = { ok: true; context: PullRequestContext } | { ok: false; reason: string };

interface EventPayload {
  pull_request?: { number?: unknown; head?: { sha?: unknown } };
  issue?: { number?: unknown; pull_request?: unknown };
}

/** Reads the event payload; a missing or unreadable file is an empty payload (debug logged). */
async function readEventPayload(path: string | undefined, debug: (m: string) => void): Promise<EventPayload> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as EventPayload) : {};
  } catch (error) {
    debug(`GITHUB_EVENT_PATH ${path} could not be read: ${messageOf(error)}`);
    return {};
  }
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function parseApiUrl(raw: string | undefined): string | null {
  const value = raw?.trim() || 'https://api.github.com';
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  } catch {
    return null;
  }
  return value.replace(/\/+$/, '');
}

export async function readPullRequestContext(
  env: NodeJS.ProcessEnv,
  debug: (m: string) => void,
): Promise<ContextResult> {
  const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
  const parts = repository.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    return {
      ok: false,
      reason: `GITHUB_REPOSITORY is ${JSON.stringify(env.GITHUB_REPOSITORY ?? '')}; expected "owner/repo"`,
    };
  }
  const apiUrl = parseApiUrl(env.GITHUB_API_URL);
  if (apiUrl === null) {
    return {
      ok: false,
      reason: `GITHUB_API_URL is ${JSON.stringify(env.GITHUB_API_URL)}; expected an http(s) URL such as https://api.github.com`,
    };
  }
  const payload = await readEventPayload(env.GITHUB_EVENT_PATH, debug);
  const pr = payload.pull_request;
  // issue_comment events on a PR carry the PR as an issue with a pull_request link.
  const pullNumber =
    positiveInteger(pr?.number) ??
    (payload.issue?.pull_request ? positiveInteger(payload.issue.number) : null);
  const headSha = nonEmptyString(pr?.head?.sha) ?? nonEmptyString(env.GITHUB_SHA);
  const serverUrl = env.GITHUB_SERVER_URL?.trim().replace(/\/+$/, '') || 'https://github.com';
  const runId = env.GITHUB_RUN_ID?.trim();
  return {
    ok: true,
    context: {
      apiUrl,
      owner: parts[0],
      repo: parts[1],
      eventName: env.GITHUB_EVENT_NAME?.trim() || 'unknown',
      pullNumber,
      headSha,
      runUrl: runId && /^\d+$/.test(runId) ? `${serverUrl}/${repository}/actions/runs/${runId}` : null,
    },
  };
}
