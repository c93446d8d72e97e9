// Runs one attempt of the command through an executor (./executor.ts) and reports what happened as
// AttemptFacts; the logger decides the status. What every executor shares is here, once:
//   - the deadline and the idle timeout (./watchdog.ts), counted from the start of the command;
//   - the output pump into the logger, with backpressure (./output-pump.ts);
//   - cancellation: the signal steplog received is forwarded, with a grace of at most 5 s; a
//     second signal (`hurry`) kills at once;
//   - the escalation: the kill signal, then the kill after kill-after (./escalation.ts);
//   - after the main process exited, the target's clean-up of what it left behind (kept running
//     with `background: keep` when the command exited by itself, ended otherwise), then a bounded
//     wait for the pipes (2 s; 0.5 s when cancelled): a process that escaped everything and still
//     holds stdout cannot hang steplog. Processes kept on purpose may hold the pipes for as long as
//     they run: the wait then ends as soon as the pipes hold nothing more to read;
//   - the attempt's signal is the strongest its tree needed: SIGKILL when the escalation's kill
//     found something still alive, though the main process itself died of the first signal;
//   - the attempt observers, started and stopped with the attempt.
// kill-after 0 means the kill right after the kill signal (not "never", as in timeout(1)).
import type { ExecutionLogger } from '../core/logger.js';
import type { AttemptFacts } from '../core/outcome.js';
import type { AttemptDetails, ResourceUsage, StreamName } from '../core/record.js';
import type { ExecutionSettings } from '../core/settings.js';
import { cancelSignalOf } from './cancel.js';
import { Escalation } from './escalation.js';
import type {
  AttemptExit,
  AttemptObserver,
  AttemptObserverFactory,
  AttemptSpec,
  Executor,
  PreparedAttempt,
} from './executor.js';
import { OutputPump } from './output-pump.js';
import { createWatchdog } from './watchdog.js';

/** How long the pipes may stay open (flowing) after the exit and the clean-up. */
export const PIPE_WAIT_MS = 2000;
/** The same when cancelled, where the runner's budget is tight; also the cap for a slow sink then. */
export const CANCEL_PIPE_WAIT_MS = 500;
/** Upper bound on the pipe wait while a slow sink keeps the pipes paused. */
export const PIPE_WAIT_CAP_MS = 10_000;
/** Grace before the kill on cancellation: GitHub sends SIGTERM 7.5 s after SIGINT, and kills 2.5 s later. */
export const CANCEL_GRACE_MS = 5000;
/** Grace for what a command left behind after it exited. */
export const LEFTOVER_GRACE_MS = 2000;

export interface RunAttemptOptions {
  settings: ExecutionSettings;
  logger: ExecutionLogger;
  /** Where and how the command runs. */
  executor: Executor;
  /** Created for each attempt; their fields go into the attempt's record. */
  observers?: readonly AttemptObserverFactory[];
  cancel?: AbortSignal;
  /** Aborted when steplog is signalled again while cancelling: the kill, now. */
  hurry?: AbortSignal;
  /** Parent of the script's temp dir; os.tmpdir() by default. */
  tempDir?: string;
  /** The script to run instead of `settings.run` (the on-retry command). */
  script?: string;
  /** total-timeout: the instant (performance.now()) past which the attempt is killed as at its timeout. */
  deadlineAt?: number;
  /** Sees every chunk of output before the logger does. */
  onOutput?: (stream: StreamName, chunk: Buffer) => void;
  /** Variables the run's destinations give each attempt's command (TRACEPARENT of its span …). */
  attemptEnvironment?: (executionId: string) => Record<string, string>;
}

const NO_FACTS: AttemptFacts = { exitCode: null, signal: null, timedOut: null, cancelled: null, error: null };

export async function runAttempt(options: RunAttemptOptions): Promise<AttemptFacts> {
  const { settings, logger, cancel, executor } = options;
  if (cancel?.aborted) return { ...NO_FACTS, cancelled: cancelSignalOf(cancel) };
  const spec: AttemptSpec = {
    executionId: logger.id,
    settings,
    script: options.script ?? settings.run,
    tempDir: options.tempDir,
    cancel,
    env: options.attemptEnvironment?.(logger.id),
    setBlock: (key, value) => logger.setBlock(key, value),
  };
  const prepared = await executor.prepare(spec);
  if ('error' in prepared) return { ...NO_FACTS, error: prepared.error };
  try {
    return await supervise(prepared, spec, options);
  } finally {
    prepared.dispose();
  }
}

async function supervise(
  prepared: PreparedAttempt,
  spec: AttemptSpec,
  { settings, logger, cancel, hurry, onOutput, observers = [], deadlineAt }: RunAttemptOptions,
): Promise<AttemptFacts> {
  // The deadline counts from here: the executor's own set-up before the fork (10–20 ms for execa)
  // is the attempt's time, as fork and exec are coreutils timeout's.
  const startedAt = performance.now();
  // The total-timeout cuts this attempt when it comes before the attempt's own timeout.
  const totalLeft = deadlineAt === undefined ? Infinity : Math.max(1, deadlineAt - startedAt);
  const cutByTotal = totalLeft < (settings.timeoutMs > 0 ? settings.timeoutMs : Infinity);
  const target = await prepared.start();
  if ('error' in target) return { ...NO_FACTS, error: target.error };

  const watching = startObservers(observers, spec, target);
  const stop = new Escalation(target);
  // Set from timer and signal callbacks; the first reason of each kind wins.
  const seen: Pick<AttemptFacts, 'timedOut' | 'cancelled'> = { timedOut: null, cancelled: null };
  const watchdog = createWatchdog({
    timeoutMs: cutByTotal ? Math.round(totalLeft) : settings.timeoutMs,
    idleTimeoutMs: settings.idleTimeoutMs,
    startedAt,
    onExpire: (kind) => {
      seen.timedOut ??= kind === 'deadline' && cutByTotal ? 'total' : kind;
      stop.terminate(settings.killSignal, settings.killAfterMs);
    },
  });
  const sink = onOutput
    ? {
        write: (stream: StreamName, chunk: Buffer) => {
          onOutput(stream, chunk);
          return logger.write(stream, chunk);
        },
        drain: () => logger.drain(),
      }
    : logger;
  const pump = new OutputPump({ stdout: target.stdout, stderr: target.stderr }, sink, {
    onData: () => watchdog.touch(),
    onPause: () => watchdog.suspend(),
    onResume: () => watchdog.resume(),
  });
  // A cancel that arrives after a deadline expired hurries the kill, but the attempt stays timed
  // out: the first reason is what happened (the kill it started is already under way).
  let cancelArrived = false;
  const onCancel = () => {
    cancelArrived = true;
    const signal = cancelSignalOf(cancel!);
    if (seen.timedOut === null) seen.cancelled ??= signal;
    watchdog.stop();
    stop.terminate(signal, Math.min(settings.killAfterMs, CANCEL_GRACE_MS));
    pump.hurry(CANCEL_PIPE_WAIT_MS);
  };
  cancel?.addEventListener('abort', onCancel, { once: true });
  if (cancel?.aborted) onCancel();
  const onHurry = () => {
    stop.kill();
    pump.hurry(CANCEL_PIPE_WAIT_MS);
  };
  hurry?.addEventListener('abort', onHurry, { once: true });
  if (hurry?.aborted) onHurry();

  try {
    await target.exited;
    watchdog.stop();
    const context = {
      stop,
      signal: settings.killSignal,
      graceMs: Math.min(settings.killAfterMs, LEFTOVER_GRACE_MS),
      warn: (message: string) => logger.warn(message),
      note: (message: string) => logger.note(message),
    };
    // A timeout or a cancel ends everything; only a command that exited by itself keeps anything.
    const cleaned = await target.cleanup({
      ...context,
      keep: settings.background === 'keep' && !stop.terminating,
    });
    // Kept processes may hold the pipes as long as they run: read what is there, then stop.
    const untilQuiet = cleaned?.kept === true;
    if (cancelArrived) await pump.waitForEnd(CANCEL_PIPE_WAIT_MS, CANCEL_PIPE_WAIT_MS);
    else await pump.waitForEnd(PIPE_WAIT_MS, PIPE_WAIT_CAP_MS, { untilQuiet });
    // A cancel that came before the attempt was over stops it after all, and what was kept goes too.
    if (cleaned?.kept === true && stop.terminating) await target.cleanup({ ...context, keep: false });
    pump.destroy();
    const exit = strongestSignal(await target.result(), stop, seen);
    const watched = await watching.stop();
    const details = { ...target.details?.(), ...watched.details };
    const usage = watched.resources ? { resources: watched.resources } : {};
    if ('error' in exit) return { ...NO_FACTS, ...seen, error: exit.error, details, ...usage };
    return { ...exit, ...seen, error: null, details, ...usage };
  } catch (error) {
    // steplog's own failure mid-attempt: the command must not outlive it.
    stop.kill();
    pump.destroy();
    await target.abort();
    throw error;
  } finally {
    cancel?.removeEventListener('abort', onCancel);
    hurry?.removeEventListener('abort', onHurry);
    watchdog.stop();
    stop.dispose();
  }
}

/**
 * A stopped attempt (timeout, cancel) whose kill found its tree still alive reports SIGKILL: the
 * main process may have died of the first signal while a child ignoring it needed the kill.
 */
function strongestSignal(
  exit: AttemptExit,
  stop: Escalation,
  seen: Pick<AttemptFacts, 'timedOut' | 'cancelled'>,
): AttemptExit {
  if ('error' in exit || !stop.neededKill) return exit;
  if (seen.timedOut === null && seen.cancelled === null) return exit;
  return { exitCode: null, signal: 'SIGKILL' };
}

/** The attempt's observers, each on its own: one that throws is left out, never the attempt. */
function startObservers(
  factories: readonly AttemptObserverFactory[],
  spec: AttemptSpec,
  target: Parameters<AttemptObserver['started']>[0],
): { stop(): Promise<{ details: AttemptDetails; resources?: ResourceUsage }> } {
  const running: AttemptObserver[] = [];
  for (const create of factories) {
    try {
      const observer = create(spec);
      observer.started(target);
      running.push(observer);
    } catch {
      // An observer is an extra; the attempt goes on without it.
    }
  }
  return {
    async stop() {
      const details: AttemptDetails = {};
      let resources: ResourceUsage | undefined;
      for (const observer of running) {
        try {
          Object.assign(details, await observer.stopped());
          resources ??= observer.usage?.();
        } catch {
          // As above.
        }
      }
      return { details, resources };
    },
  };
}
