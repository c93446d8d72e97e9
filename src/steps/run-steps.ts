// Runs several steps at once (at most maxParallel), each its own execution with its own logger.
// fail-fast cancels the others through the same cancel path a SIGINT takes.
import type { ExecutionLogger } from '../core/logger.js';
import type { ExecutionRecord } from '../core/record.js';
import { decidingRecord, runSpan } from '../core/run-span.js';
import { cancelSignalOf } from '../exec/cancel.js';
import { runExecution } from '../exec/run-execution.js';
import type { StepDefinition } from './parse-steps.js';

export interface RunStepsOptions {
  steps: readonly StepDefinition[];
  maxParallel: number;
  failFast: boolean;
  /** The whole run's cancellation (SIGINT/SIGTERM/SIGHUP to steplog). */
  cancel?: AbortSignal;
  /** A logger with its sinks attached, for one step. The runner closes it. */
  createLogger: (step: StepDefinition) => ExecutionLogger;
}

/** The records, in the order the steps were given. */
export async function runSteps(options: RunStepsOptions): Promise<ExecutionRecord[]> {
  const { steps, cancel } = options;
  const records: ExecutionRecord[] = new Array(steps.length);
  // Aborted once, by fail-fast or by the run's own cancellation; every running step listens to it.
  const stopAll = new AbortController();
  const onCancel = () => stopAll.abort(cancel?.reason);
  cancel?.addEventListener('abort', onCancel, { once: true });
  if (cancel?.aborted) onCancel();

  let next = 0;
  // Loggers of the steps running now, so fail-fast can say in each log why the step was stopped.
  const running = new Set<ExecutionLogger>();
  let stoppedBy: string | null = null;
  const worker = async () => {
    while (next < steps.length) {
      const index = next++;
      const step = steps[index];
      const logger = options.createLogger(step);
      running.add(logger);
      try {
        if (stopAll.signal.aborted) {
          const reason = stoppedBy ? `fail-fast: not started because ${stoppedBy}` : undefined;
          if (reason) await logger.warn(`steplog: ${reason}`);
          records[index] = await logger.cancel(cancelSignalOf(stopAll.signal), reason);
        } else {
          records[index] = await runExecution({ settings: step.settings, logger, cancel: stopAll.signal });
        }
      } catch (error) {
        records[index] = await logger.fail(error);
      } finally {
        running.delete(logger);
        await logger.close();
      }
      if (options.failFast && records[index].status !== 'success' && !stopAll.signal.aborted) {
        stoppedBy = `\`${records[index].name}\` ${records[index].status.replace('_', ' ')}`;
        // Said before the abort, so the line comes before the step's own cancelled end.
        await Promise.all(
          [...running].map((other) => {
            other.noteStopReason(`fail-fast: stopped because ${stoppedBy}`);
            return other.warn(`steplog: fail-fast: stopping because ${stoppedBy}`);
          }),
        );
        // The command gets SIGTERM (then SIGKILL after the grace), as on a cancel.
        stopAll.abort('SIGTERM');
      }
    }
  };
  try {
    const width = Math.max(1, Math.min(options.maxParallel, steps.length));
    await Promise.all(Array.from({ length: width }, worker));
  } finally {
    cancel?.removeEventListener('abort', onCancel);
  }
  return records;
}

export interface RunOutcome {
  status: ExecutionRecord['status'];
  exitStatus: number;
}

/**
 * One status and exit status for the whole run: cancelled when steplog itself was cancelled;
 * otherwise the first step (in the given order) that failed or timed out; else success.
 */
export function decideRunOutcome(records: readonly ExecutionRecord[], cancelled: boolean): RunOutcome {
  if (cancelled) {
    const any = records.find((r) => r.status === 'cancelled');
    return { status: 'cancelled', exitStatus: any?.exitStatus ?? 143 };
  }
  const failed = decidingRecord(records);
  if (failed) return { status: failed.status, exitStatus: failed.exitStatus ?? 1 };
  const other = records.find((r) => r.status !== 'success');
  if (other) return { status: other.status, exitStatus: other.exitStatus ?? 1 };
  return { status: 'success', exitStatus: 0 };
}

/**
 * One record standing for the whole run, for destinations that take one (the check run and the PR
 * comment): the run's status and exit status, every step's annotations, the first start and last end.
 */
export function combineRecords(records: readonly ExecutionRecord[], outcome: RunOutcome): ExecutionRecord {
  const deciding = decidingRecord(records) ?? records[0];
  const span = runSpan(records);
  const combined = structuredClone(deciding);
  combined.name = `steps (${records.map((r) => r.name).join(', ')})`.slice(0, 200);
  combined.stepId = null;
  combined.status = outcome.status;
  combined.exitStatus = outcome.exitStatus;
  combined.startedAt = span.startedAt;
  combined.completedAt = span.completedAt;
  combined.durationMs = span.durationMs;
  combined.annotations = records.flatMap((r) => r.annotations);
  return combined;
}
