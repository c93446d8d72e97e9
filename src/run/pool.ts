// Runs a run's executions, at most maxParallel at once, each with its own logger. fail-fast cancels
// the others through the same cancel path a SIGINT takes. A single command is a run of one.
import type { ExecutionLogger } from '../core/logger.js';
import type { ExecutionRecord } from '../core/record.js';
import { cancelSignalOf } from '../exec/cancel.js';
import { runExecution } from '../exec/run-execution.js';
import type { PlannedExecution } from './plan.js';

export interface RunPoolOptions {
  executions: readonly PlannedExecution[];
  maxParallel: number;
  failFast: boolean;
  /** The whole run's cancellation (SIGINT/SIGTERM/SIGHUP to steplog). */
  cancel?: AbortSignal;
  /** A second signal while cancelling: every running attempt is killed at once. */
  hurry?: AbortSignal;
  /**
   * The run's own cancel arrived (not fail-fast's): told the executions with an attempt running,
   * before they are signalled.
   */
  onCancel?: (running: readonly PlannedExecution[]) => void;
  /** The same for `hurry`. */
  onHurry?: (running: readonly PlannedExecution[]) => void;
  /** A logger with its sinks attached, for one execution. The pool closes it. */
  createLogger: (execution: PlannedExecution) => ExecutionLogger;
  /** Variables the run's destinations give each attempt's command (TRACEPARENT of its span …). */
  attemptEnvironment?: (executionId: string) => Record<string, string>;
}

/** The records, in the order the executions were given. */
export async function runPool(options: RunPoolOptions): Promise<ExecutionRecord[]> {
  const { executions: steps, cancel } = options;
  const records: ExecutionRecord[] = new Array(steps.length);
  // Aborted once, by fail-fast or by the run's own cancellation; every running step listens to it.
  const stopAll = new AbortController();
  // Loggers of the steps running now, so fail-fast can say in each log why the step was stopped.
  const running = new Map<ExecutionLogger, PlannedExecution>();
  const attemptsRunning = () =>
    [...running].filter(([logger]) => logger.attemptRunning).map(([, step]) => step);
  const onCancel = () => {
    options.onCancel?.(attemptsRunning());
    stopAll.abort(cancel?.reason);
  };
  cancel?.addEventListener('abort', onCancel, { once: true });
  if (cancel?.aborted) onCancel();
  const onHurry = () => options.onHurry?.(attemptsRunning());
  options.hurry?.addEventListener('abort', onHurry, { once: true });

  let next = 0;
  // "fail-fast: `build` failed": each stopped step's cancelReason. Said in the log once, on the
  // first step it stops: the others say only "fail-fast".
  let stoppedBy: string | null = null;
  let announced = false;
  const announce = async (logger: ExecutionLogger) => {
    if (announced || stoppedBy === null) return;
    announced = true;
    await logger.warn(`${stoppedBy}; stopping the other steps`);
  };
  const worker = async () => {
    while (next < steps.length) {
      const index = next++;
      const step = steps[index];
      const logger = options.createLogger(step);
      running.set(logger, step);
      try {
        if (stopAll.signal.aborted) {
          await announce(logger);
          records[index] = await logger.cancel(cancelSignalOf(stopAll.signal), stoppedBy ?? undefined);
        } else {
          records[index] = await runExecution({
            settings: step.settings,
            logger,
            cancel: stopAll.signal,
            hurry: options.hurry,
            attemptEnvironment: options.attemptEnvironment,
          });
        }
      } catch (error) {
        records[index] = await logger.fail(error);
      } finally {
        running.delete(logger);
        await logger.close();
      }
      if (options.failFast && records[index].status !== 'success' && !stopAll.signal.aborted) {
        const { name, status } = records[index];
        stoppedBy = `fail-fast: \`${name}\` ${status === 'timed_out' ? 'timed out' : status}`;
        for (const other of running.keys()) other.noteStopReason(stoppedBy);
        // Said before the abort, so the line comes before the stopped steps' own ends.
        const [first] = running.keys();
        if (first) await announce(first);
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
    options.hurry?.removeEventListener('abort', onHurry);
  }
  return records;
}
