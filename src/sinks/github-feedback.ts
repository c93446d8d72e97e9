// Pull-request feedback: the check run and the sticky PR comment, published through the GitHub API
// once the run has ended (after the outputs, the job summary and the JSON-lines log), and only when
// `check-run` or `pr-comment` asks for it. The API code is loaded only then (start-up time). A run of
// steps is published as one record standing for the run. Never throws: any failure is one warning.
import * as core from './actions-toolkit.js';
import { messageOf } from '../core/errors.js';
import type { ExecutionRecord } from '../core/record.js';
import { combineRecords } from '../core/run-span.js';
import type { StepSettings } from '../core/settings.js';
import type { RunSink } from '../core/sink.js';
import { renderStepsSummary } from '../render/steps-summary.js';
import { renderSummary } from '../render/summary.js';

/** Time the API calls may take after the command, so a slow API never holds the job for long. */
export const FEEDBACK_DEADLINE_MS = 30_000;

export interface GithubFeedbackOptions {
  settings: StepSettings;
  /** `github-token`; empty when not given. */
  token: string;
  env: NodeJS.ProcessEnv;
}

export function createGithubFeedbackSink({ settings, token, env }: GithubFeedbackOptions): RunSink {
  return {
    name: 'pull-request feedback',
    async end({ mode, records, outcome, internalError }) {
      if (internalError !== null || outcome.status === 'cancelled') return;
      if (settings.prComment === 'never' && !settings.checkRun) return;
      if (mode === 'command') return publish(records[0], settings, token, env);
      await publish(combineRecords(records, outcome), settings, token, env, (maxBytes) =>
        renderStepsSummary(records, outcome, { maxBytes }),
      );
    },
  };
}

async function publish(
  record: ExecutionRecord,
  settings: StepSettings,
  token: string,
  env: NodeJS.ProcessEnv,
  render: (maxBytes: number) => string = (maxBytes) => renderSummary(record, { maxBytes }),
): Promise<void> {
  try {
    const { publishPullRequestFeedback } = await import('../github-api/index.js');
    await publishPullRequestFeedback({
      record,
      // A PR comment holds at most 65,536 characters; a string never has more characters than bytes.
      summaryMarkdown: render(65_536),
      prComment: settings.prComment,
      commentAuthor: settings.commentAuthor,
      checkRun: settings.checkRun,
      token,
      env,
      log: {
        info: (message) => core.info(message),
        warning: (message) => core.warning(message, { title: 'steplog' }),
        notice: (message) => core.notice(message, { title: 'steplog' }),
        debug: (message) => core.debug(message),
      },
      deadlineMs: FEEDBACK_DEADLINE_MS,
    });
  } catch (error) {
    core.warning(`could not publish the pull-request feedback: ${messageOf(error)}`, {
      title: 'steplog',
    });
  }
}
