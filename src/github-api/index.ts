// Pull-request feedback through the GitHub API: a check run with every annotation, and a sticky PR
// comment with the summary. Called by the action after outputs, summary and JSON-lines log are written
//, and imported lazily, only when `check-run` or `pr-comment` is on; Octokit
// itself is only loaded (./client.ts) once there is something to send. It never throws and never
// touches the record: any failure is one warning and the step's result stands.
import { messageOf } from '../core/errors.js';
import { Redactor } from '../core/mask.js';
import { plural } from '../render/format.js';
import type { ExecutionRecord } from '../core/record.js';
import type { PrCommentMode } from '../core/settings.js';
import { renderCheckRunPayload } from './check-run-payload.js';
import { PartialCheckRunError, publishCheckRun } from './check-run.js';
import type { GitHubClient } from './client.js';
import { commentMarker, renderCommentBody } from './comment-body.js';
import { readPullRequestContext, type PullRequestContext } from './context.js';
import { DeadlineError, describeFailure } from './failure.js';
import { SafeLog, type FeedbackLog } from './safe-log.js';
import { upsertStickyComment, type StickyMode } from './sticky-comment.js';
import { DEFAULT_DEADLINE_MS, DEFAULT_TUNING, type ApiTuning } from './tuning.js';

export type { FeedbackLog } from './safe-log.js';
export type { ApiTuning } from './tuning.js';
export { DEFAULT_DEADLINE_MS, DEFAULT_TUNING } from './tuning.js';

export interface PullRequestFeedbackOptions {
  record: ExecutionRecord;
  /** The job summary as rendered (and redacted) by the summary sink. */
  summaryMarkdown: string;
  prComment: PrCommentMode;
  /** The bot login whose marked comment may be edited with an app token; github-actions[bot] by default. */
  commentAuthor?: string | null;
  checkRun: boolean;
  token: string;
  env: NodeJS.ProcessEnv;
  log: FeedbackLog;
  /** Bound on all API work, retries and rate-limit waits included. Default 60 s. */
  deadlineMs?: number;
  /** Shorter timeouts and waits for tests. */
  tuning?: Partial<ApiTuning>;
}

interface Feature {
  label: string;
  /** The `permissions:` entry it needs, for the 403 hint. */
  permission: string;
  run: (client: GitHubClient, signal: AbortSignal) => Promise<void>;
}

/** `on-failure` still refreshes an existing comment on success, so it never shows a stale failure. */
function stickyModeFor(mode: PrCommentMode, record: ExecutionRecord): StickyMode | null {
  if (mode === 'never') return null;
  if (mode === 'always') return 'upsert';
  return record.status === 'success' ? 'update-only' : 'upsert';
}

function planFeatures(
  options: PullRequestFeedbackOptions,
  context: PullRequestContext,
  tuning: ApiTuning,
  redactor: Redactor,
  log: SafeLog,
): Feature[] {
  // The summary is already redacted; the token is redacted again so it can never be published.
  const record = redactor.redactDeep(options.record);
  const summary = redactor.redact(options.summaryMarkdown);
  const { owner, repo } = context;
  const features: Feature[] = [];

  if (options.checkRun) {
    const headSha = context.headSha;
    if (headSha === null) {
      log.warning(
        'Check run not published: no commit to attach it to (no pull_request.head.sha, no GITHUB_SHA).',
      );
    } else {
      const payload = renderCheckRunPayload(record, summary, { headSha, detailsUrl: context.runUrl });
      features.push({
        label: 'Check run',
        permission: 'checks: write',
        run: async (client, signal) => {
          const result = await publishCheckRun(client, { owner, repo }, payload, {
            recheckDelayMs: tuning.recheckDelayMs,
            signal,
            debug: log.debug,
          });
          const where = result.url ? `: ${result.url}` : '';
          log.info(
            `Check run "${payload.name}" published with ${plural(result.annotations, 'annotation')}${where}`,
          );
        },
      });
    }
  }

  const mode = stickyModeFor(options.prComment, record);
  if (mode !== null) {
    const pullNumber = context.pullNumber;
    if (pullNumber === null) {
      log.notice(`PR comment skipped: the "${context.eventName}" event is not about a pull request.`);
    } else {
      const body = renderCommentBody(record, summary);
      features.push({
        label: 'PR comment',
        permission: 'pull-requests: write',
        run: async (client, signal) => {
          const result = await upsertStickyComment(
            client,
            { owner, repo, pullNumber },
            {
              marker: commentMarker(record.name),
              body,
              mode,
              recheckDelayMs: tuning.recheckDelayMs,
              signal,
              debug: log.debug,
              commentAuthor: options.commentAuthor,
            },
          );
          if (result.action === 'none') {
            log.debug('No earlier PR comment to refresh (pr-comment: on-failure and the step succeeded).');
          } else {
            log.info(
              `PR comment ${result.action === 'unchanged' ? 'already up to date' : result.action}: ${result.url}`,
            );
          }
        },
      });
    }
  }
  return features;
}

async function publish(options: PullRequestFeedbackOptions, log: SafeLog, redactor: Redactor): Promise<void> {
  if (!options.checkRun && options.prComment === 'never') return;
  const token = (options.token ?? '').trim();
  if (!token) {
    log.notice('Check run and PR comment skipped: no GitHub token (the `github-token` input is empty).');
    return;
  }
  const found = await readPullRequestContext(options.env, log.debug);
  if (!found.ok) {
    log.warning(`Check run and PR comment skipped: ${found.reason}.`);
    return;
  }
  const context = found.context;
  const tuning: ApiTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const features = planFeatures(options, context, tuning, redactor, log);
  if (features.length === 0) return;

  const deadlineMs =
    options.deadlineMs !== undefined && Number.isFinite(options.deadlineMs) && options.deadlineMs > 0
      ? options.deadlineMs
      : DEFAULT_DEADLINE_MS;
  const deadlineAt = Date.now() + deadlineMs;
  const controller = new AbortController();
  let current = 0;

  const work = (async () => {
    const { createGitHubClient } = await import('./client.js');
    const client = createGitHubClient({
      token,
      apiUrl: context.apiUrl,
      tuning,
      deadline: controller.signal,
      deadlineAt,
      deadlineMs,
      debug: log.debug,
    });
    for (; current < features.length; current++) {
      const feature = features[current];
      try {
        await feature.run(client, controller.signal);
      } catch (error) {
        const partial = error instanceof PartialCheckRunError;
        const failure = describeFailure(partial ? error.cause : error, {
          permission: feature.permission,
          apiUrl: context.apiUrl,
        });
        const head = partial
          ? `${feature.label} incomplete: ${error.message}; `
          : `${feature.label} not published: `;
        const rest = failure.fatal ? features.slice(current + 1).map((f) => f.label) : [];
        log.warning(`${head}${failure.message}${rest.length ? ` ${rest.join(' and ')} not attempted.` : ''}`);
        if (failure.fatal) return;
      }
    }
  })();

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => {
      // Close first: requests aborted now must not add warnings after this one.
      log.close();
      controller.abort(new DeadlineError(deadlineMs));
      resolve('deadline');
    }, deadlineMs);
  });
  try {
    const outcome = await Promise.race([work.then(() => 'done' as const), deadline]);
    if (outcome === 'deadline') {
      const pending = features
        .slice(current)
        .map((f) => f.label)
        .join(' and ');
      log.emit('warning', `${pending} not finished: ${new DeadlineError(deadlineMs).message}.`, true);
      // Aborted requests reject after we return; nothing is left to report them to.
      work.catch(() => undefined);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Publishes the check run and/or the sticky PR comment for one finished step. Never throws, never
 * changes the record or the step's result; every problem is a single warning (or a notice when the
 * feature simply does not apply, such as no token or a push event).
 */
export async function publishPullRequestFeedback(options: PullRequestFeedbackOptions): Promise<void> {
  const redactor = new Redactor([options.token ?? '']);
  const log = new SafeLog(options.log, redactor);
  try {
    await publish(options, log, redactor);
  } catch (error) {
    log.warning(`Check run and PR comment not published: ${messageOf(error)}`);
  } finally {
    log.close();
  }
}
