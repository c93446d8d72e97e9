// Runs a whole execution: every attempt, the retry delays and the on-retry command, reporting each
// step to the logger. The logger decides every status; this only sequences. It never closes the
// logger: the entry point does, on every exit path.
import { setTimeout as delay } from 'node:timers/promises';
import { SteplogError } from '../core/errors.js';
import { MAX_TIMER_MS } from '../core/parse.js';
import type { ExecutionLogger } from '../core/logger.js';
import { retryDelayMs, type AttemptFacts } from '../core/outcome.js';
import type { ExecutionRecord } from '../core/record.js';
import type { ExecutionSettings } from '../core/settings.js';
import { cancelSignalOf } from './cancel.js';
import type { AttemptObserverFactory, Executor } from './executor.js';
import { ATTEMPT_OBSERVERS, executorFor } from './executors.js';
import { runAttempt, type RunAttemptOptions } from './run-attempt.js';

export interface RunExecutionOptions {
  settings: ExecutionSettings;
  logger: ExecutionLogger;
  /** Aborted when steplog receives SIGINT/SIGTERM/SIGHUP; the reason is the signal's name. */
  cancel?: AbortSignal;
  /** Aborted by a second signal while cancelling: the running attempt is killed at once. */
  hurry?: AbortSignal;
  tempDir?: string;
  /** Where the command runs; chosen from the settings (./executors.ts) by default. */
  executor?: Executor;
  /** Watch every attempt; ATTEMPT_OBSERVERS by default. */
  observers?: readonly AttemptObserverFactory[];
  /** Variables the run's destinations give each attempt's command (TRACEPARENT of its span …). */
  attemptEnvironment?: (executionId: string) => Record<string, string>;
}

export async function runExecution(execution: RunExecutionOptions): Promise<ExecutionRecord> {
  const options: RunAttemptOptions = {
    ...execution,
    executor: execution.executor ?? executorFor(execution.settings, execution.logger),
    observers: execution.observers ?? ATTEMPT_OBSERVERS,
  };
  const { settings, logger, cancel } = options;
  await logger.start();
  try {
    // Before the first attempt's start line and outside every time limit: a pull gets its own
    // section, not the attempt's.
    if (!cancel?.aborted) await options.executor.setup?.(cancel);
    // total-timeout: every attempt (and on-retry command) is cut at this instant.
    const attemptOptions: RunAttemptOptions =
      settings.totalTimeoutMs > 0
        ? { ...options, deadlineAt: performance.now() + settings.totalTimeoutMs }
        : options;
    for (;;) {
      if (cancel?.aborted) return await logger.cancel(cancelSignalOf(cancel));
      await logger.startAttempt();
      // The logger decides, with the policy it was given, whether another attempt follows.
      const attempt = await logger.endAttempt(await runAttempt(attemptOptions));
      if (!attempt.retry?.retried) return await logger.complete();
      // Cancelled during an attempt that ended otherwise (it had timed out): no retry is announced.
      if (cancel?.aborted) return await logger.cancel(cancelSignalOf(cancel));
      const next = attempt.number + 1;
      const delayMs = retryDelayMs(settings.retryDelayMs, settings.retryBackoff, next);
      await logger.retry(delayMs, attempt.retry.reason);
      if (!(await sleep(delayMs, cancel))) continue; // cancelled: the loop head records it
      if (settings.onRetry !== null) await runOnRetry(attemptOptions, settings.onRetry, next);
    }
  } catch (error) {
    return await logger.fail(error, error instanceof SteplogError ? error.exitStatus : 125);
  }
}

/** The on-retry command: same shell, limits and tracking; its failure is a warning, not the run's. */
async function runOnRetry(options: RunAttemptOptions, script: string, next: number): Promise<void> {
  const { logger } = options;
  // Its output goes through the logger too. An unterminated last line is ended here, so it cannot
  // glue onto the next attempt's first line (endAttempt flushes attempts, nothing flushes this).
  const lastByte = { stdout: 0x0a, stderr: 0x0a };
  const facts = await runAttempt({
    ...options,
    script,
    onOutput: (stream, chunk) => {
      if (chunk.length > 0) lastByte[stream] = chunk[chunk.length - 1];
    },
  });
  for (const stream of ['stdout', 'stderr'] as const) {
    if (lastByte[stream] !== 0x0a) logger.write(stream, Buffer.from('\n'));
  }
  if (facts.cancelled) return;
  const failed =
    facts.error !== null || facts.timedOut !== null || facts.signal !== null || facts.exitCode !== 0;
  if (failed) {
    await logger.warn(`the on-retry command failed (${describeFacts(facts)}); attempt ${next} runs anyway`);
  }
}

/**
 * Resolves true after `ms`, or false as soon as `cancel` aborts. Clamped: retry-delay × backoff^n can
 * pass Node's timer limit, and an overflowing setTimeout fires after 1 ms instead.
 */
async function sleep(ms: number, cancel?: AbortSignal): Promise<boolean> {
  if (cancel?.aborted) return false;
  try {
    await delay(Math.min(ms, MAX_TIMER_MS), undefined, { signal: cancel });
    return true;
  } catch {
    return false;
  }
}

function describeFacts(facts: Omit<AttemptFacts, 'cancelled'>): string {
  if (facts.error) return facts.error.message;
  if (facts.timedOut === 'idle') return 'no output for the idle timeout';
  if (facts.timedOut === 'deadline') return 'the timeout passed';
  if (facts.signal) return `killed by ${facts.signal}`;
  return `exit code ${facts.exitCode}`;
}
