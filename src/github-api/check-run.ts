// Publishing the check run: create it completed with the first 50 annotations, then append the rest
// 50 per update. Neither the create nor an update is re-sent blindly after an ambiguous failure
// (./send-once.ts): the create is looked up by its external_id (the execution id), an update by the
// check run's annotations_count.
import type { GitHubClient } from './client.js';
import type { CheckRunPayload } from './check-run-payload.js';
import { sendOnce } from './send-once.js';

export interface CheckRunTarget {
  owner: string;
  repo: string;
}

export interface CheckRunOptions {
  recheckDelayMs: number;
  signal: AbortSignal;
  debug: (message: string) => void;
}

export interface CheckRunResult {
  url: string | null;
  annotations: number;
}

interface CreatedRun {
  id: number;
  html_url: string | null;
}

/** Thrown when the check run exists but not every annotation batch made it. */
export class PartialCheckRunError extends Error {
  constructor(sent: number, total: number, url: string | null, cause: unknown) {
    super(`the check run${url ? ` (${url})` : ''} got ${sent} of ${total} annotations`, { cause });
    this.name = 'PartialCheckRunError';
  }
}

export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  payload: CheckRunPayload,
  options: CheckRunOptions,
): Promise<CheckRunResult> {
  const { owner, repo } = target;
  const [first, ...rest] = payload.outputs;
  const common = { recheckDelayMs: options.recheckDelayMs, signal: options.signal, debug: options.debug };

  const run = await sendOnce<CreatedRun>({
    ...common,
    what: 'Creating the check run',
    send: async () => {
      const { data } = await client.rest.checks.create({
        owner,
        repo,
        name: payload.name,
        head_sha: payload.headSha,
        external_id: payload.externalId,
        status: 'completed',
        conclusion: payload.conclusion,
        ...(payload.startedAt ? { started_at: payload.startedAt } : {}),
        ...(payload.completedAt ? { completed_at: payload.completedAt } : {}),
        ...(payload.detailsUrl ? { details_url: payload.detailsUrl } : {}),
        output: first,
        request: { retries: 0 },
      });
      return data;
    },
    findApplied: async () => {
      const { data } = await client.rest.checks.listForRef({
        owner,
        repo,
        ref: payload.headSha,
        check_name: payload.name,
        filter: 'all',
        per_page: 100,
      });
      return data.check_runs.find((candidate) => candidate.external_id === payload.externalId) ?? null;
    },
  });

  let sent = first.annotations.length;
  for (const output of rest) {
    const expected = sent + output.annotations.length;
    try {
      await sendOnce({
        ...common,
        what: 'Appending check run annotations',
        send: async () => {
          await client.rest.checks.update({
            owner,
            repo,
            check_run_id: run.id,
            output,
            request: { retries: 0 },
          });
          return true;
        },
        findApplied: async () => {
          const { data } = await client.rest.checks.get({ owner, repo, check_run_id: run.id });
          return data.output.annotations_count >= expected ? true : null;
        },
      });
    } catch (error) {
      throw new PartialCheckRunError(sent, payload.sent, run.html_url, error);
    }
    sent = expected;
  }
  return { url: run.html_url, annotations: sent };
}
