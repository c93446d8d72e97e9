// Step outputs. They are written at the `end` event, after the command has exited, so a command
// that writes `status=success` or a broken heredoc of its own to GITHUB_OUTPUT (it inherits the
// file like a `run:` step) is overridden: the runner keeps the last value of a name.
// Every value goes through core.setOutput (random heredoc delimiter), never hand-built.
// A single command's outputs come from its record at its `end`; a run of steps' outputs from every
// record at the run's end; when steplog itself failed and nothing was written, the outputs of a run
// that did not happen (status failed).
import * as core from './actions-toolkit.js';
import type { LifecycleEvent } from '../core/events.js';
import type { OutputName } from '../core/inputs.js';
import { lastBytes } from '../core/output-stream.js';
import type { ExecutionRecord } from '../core/record.js';
import { runTotals } from '../core/run-span.js';
import type { RunMode, RunSink } from '../core/sink.js';
import { renderStepsResults } from '../render/steps-summary.js';

// `report` is written only by the report mode (src/action/report-mode.ts).
export type ActionOutputName = Exclude<OutputName, 'summary-file' | 'report'>;
export type ActionOutputs = Record<ActionOutputName, string>;

/**
 * Each exported tail is at most this many UTF-8 bytes, whatever output-limit says, so the
 * outputs of a step stay far under GitHub's 1 MB per job (counted in UTF-16).
 */
export const MAX_OUTPUT_TAIL_BYTES = 64 * 1024;

export function renderOutputs(record: ExecutionRecord, logFile: string): ActionOutputs {
  return {
    status: record.status,
    'exit-code': record.exitCode === null ? '' : String(record.exitCode),
    signal: record.signal ?? '',
    'timed-out': String(record.timedOut),
    'duration-ms': String(record.durationMs ?? 0),
    'started-at': record.startedAt ?? '',
    'completed-at': record.completedAt ?? '',
    attempts: String(record.attempts.length),
    stdout: lastBytes(record.stdout.tail, MAX_OUTPUT_TAIL_BYTES).text,
    stderr: lastBytes(record.stderr.tail, MAX_OUTPUT_TAIL_BYTES).text,
    'log-file': logFile,
    results: renderStepsResults([record]),
  };
}

/**
 * The outputs of a run of several steps: the run's status; exit code, signal and tails of the step
 * that decided it (the first that failed or timed out), empty when all succeeded; wall time from the
 * first start to the last end; attempts summed; every step in `results`.
 */
export function renderRunOutputs(
  records: readonly ExecutionRecord[],
  outcome: { status: ExecutionRecord['status']; exitStatus: number },
  logFile: string,
): ActionOutputs {
  const totals = runTotals(records, outcome);
  const { deciding } = totals;
  return {
    status: outcome.status,
    'exit-code': totals.exitCode === null ? '' : String(totals.exitCode),
    signal: totals.signal ?? '',
    'timed-out': String(totals.timedOut),
    'duration-ms': String(totals.durationMs ?? 0),
    'started-at': totals.startedAt ?? '',
    'completed-at': totals.completedAt ?? '',
    attempts: String(totals.attempts),
    stdout: deciding ? lastBytes(deciding.stdout.tail, MAX_OUTPUT_TAIL_BYTES).text : '',
    stderr: deciding ? lastBytes(deciding.stderr.tail, MAX_OUTPUT_TAIL_BYTES).text : '',
    'log-file': logFile,
    results: renderStepsResults(records),
  };
}

/** The outputs when validation failed and nothing ran: a failed status, nothing else to report. */
export function renderInvalidInputOutputs(): ActionOutputs {
  return {
    status: 'failed',
    'exit-code': '',
    signal: '',
    'timed-out': 'false',
    'duration-ms': '0',
    'started-at': '',
    'completed-at': '',
    attempts: '0',
    stdout: '',
    stderr: '',
    'log-file': '',
    results: '[]',
  };
}

export function writeOutputs(outputs: ActionOutputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

export function createGithubOutputsSink(mode: RunMode, logFile: string): RunSink {
  const name = 'step outputs (GITHUB_OUTPUT)';
  let written = false;
  return {
    name,
    execution: () =>
      mode !== 'command'
        ? null
        : {
            name,
            onEvent(event: LifecycleEvent) {
              if (event.type !== 'end') return;
              // Marked first: a failing write is reported once (by the logger) and never retried.
              written = true;
              writeOutputs(renderOutputs(event.record, logFile));
            },
          },
    end({ records, outcome, internalError }) {
      if (written) return;
      written = true;
      if (internalError !== null) writeOutputs(renderInvalidInputOutputs());
      else if (mode === 'steps') writeOutputs(renderRunOutputs(records, outcome, logFile));
    },
  };
}
