// The job summary: renderSummary(record) appended to GITHUB_STEP_SUMMARY through core.summary.
// The runner refuses (and skips) a step summary above 1 MiB, counted in bytes of the whole file,
// and the command may already have written to the file (it inherits GITHUB_STEP_SUMMARY): the
// summary gets what is left of 1 MiB. Any failure (unset, missing, read-only, full disk)
// throws; the logger turns it into one warning and the step's result does not change. A run of steps
// appends renderStepsSummary once the run has ended.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import * as core from './actions-toolkit.js';
import { messageOf } from '../core/errors.js';
import type { LifecycleEvent } from '../core/events.js';
import { firstBytes } from '../core/output-stream.js';
import type { ExecutionRecord } from '../core/record.js';
import { wantsSummary, type SummaryMode } from '../core/settings.js';
import type { RunMode, RunSink } from '../core/sink.js';
import { renderStepsSummary } from '../render/steps-summary.js';
import { renderSummary } from '../render/summary.js';

/** CreateStepSummaryCommand's limit in the runner (FileCommandManager.cs). */
export const MAX_STEP_SUMMARY_BYTES = 1024 * 1024;
/** Below this a summary would say nothing useful: warn instead of writing a stub. */
export const MIN_SUMMARY_BYTES = 1024;

/** What to append to a file of `existingBytes` bytes that ends with `endsWithNewline`, or why not. */
export function renderSummaryAppend(
  record: ExecutionRecord | ((maxBytes: number) => string),
  existingBytes: number,
  endsWithNewline: boolean,
): { text: string } | { skipped: string } {
  // A blank line keeps our heading from joining the command's last paragraph.
  const separator = existingBytes === 0 ? '' : endsWithNewline ? '\n' : '\n\n';
  const budget = MAX_STEP_SUMMARY_BYTES - existingBytes - Buffer.byteLength(separator);
  if (budget < MIN_SUMMARY_BYTES) {
    return {
      skipped: `the job summary already holds ${existingBytes} bytes of the ${MAX_STEP_SUMMARY_BYTES} GitHub accepts for a step; steplog's summary was not added`,
    };
  }
  const markdown =
    typeof record === 'function' ? record(budget) : renderSummary(record, { maxBytes: budget });
  // renderSummary cuts with a visible note; this only guards the runner's hard limit.
  return { text: separator + firstBytes(markdown, budget).text };
}

function endsWithNewline(file: string, size: number): boolean {
  if (size === 0) return true;
  // Reading the last byte of a file we may not read is not worth failing for.
  try {
    const fd = openSync(file, 'r');
    try {
      const byte = Buffer.alloc(1);
      readSync(fd, byte, 0, 1, size - 1);
      return byte[0] === 0x0a;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Appends markdown rendered within what is left of the 1 MiB; throws to be reported as a warning. */
export async function appendJobSummary(
  env: NodeJS.ProcessEnv,
  render: ExecutionRecord | ((maxBytes: number) => string),
): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set, so there is no job summary to write to');
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new Error(`cannot read the job summary file ${file}: ${messageOf(error)}`, { cause: error });
  }
  const append = renderSummaryAppend(render, size, endsWithNewline(file, size));
  if ('skipped' in append) throw new Error(append.skipped);
  await core.summary.addRaw(append.text).write();
}

export interface GithubSummaryOptions {
  env: NodeJS.ProcessEnv;
  mode: RunMode;
  summary: SummaryMode;
}

export function createGithubSummarySink({ env, mode, summary }: GithubSummaryOptions): RunSink {
  const name = 'job summary (GITHUB_STEP_SUMMARY)';
  return {
    name,
    execution: () =>
      mode !== 'command'
        ? null
        : {
            name,
            async onEvent(event: LifecycleEvent) {
              if (event.type !== 'end' || !wantsSummary(summary, event.record.status)) return;
              await appendJobSummary(env, event.record);
            },
          },
    async end({ records, outcome, internalError }) {
      if (mode !== 'steps' || internalError !== null || !wantsSummary(summary, outcome.status)) return;
      await appendJobSummary(env, (maxBytes) => renderStepsSummary(records, outcome, { maxBytes }));
    },
  };
}
