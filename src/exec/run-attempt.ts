// Runs one attempt of the command and reports what happened as AttemptFacts; the logger decides the
// status. The command runs in its own process group (POSIX), and the attempt is over only when:
//   1. the main process has exited (by itself, or after killSignal and then SIGKILL at a deadline or
//      on cancellation);
//   2. what it left in its group is gone. Policy: leftovers (`sleep 100 &`, `nohup server &`) get
//      killSignal, min(kill-after, 2 s) to go, then SIGKILL, even after a successful command: the step
//      is over and nothing it started may outlive it;
//   3. the sweep has SIGKILLed every process still carrying STEPLOG_EXECUTION_ID that left the group
//      (setsid, daemons), with a warning naming them;
//   4. the pipes have closed, or a bounded wait has passed (2 s; 0.5 s when cancelled): a process that
//      escaped both (env -i + setsid) and still holds stdout cannot hang steplog.
// kill-after 0 means SIGKILL right after killSignal (not "never", as in timeout(1)): nothing may survive.
import { statSync } from 'node:fs';
import { execa } from 'execa';
import type { ExecutionLogger } from '../core/logger.js';
import { messageOf } from '../core/errors.js';
import type { AttemptFacts } from '../core/outcome.js';
import type { StreamName } from '../core/record.js';
import type { ExecutionSettings } from '../core/settings.js';
import { shellArgv } from '../core/shells.js';
import { cancelSignalOf } from './cancel.js';
import { findProgram } from './find-program.js';
import { OutputPump } from './output-pump.js';
import { withAnsibleDefaults } from '../ansible/environment.js';
import { TRACKING_VARIABLE, spawnsOwnGroup } from './platform.js';
import { ProcessGroup } from './process-group.js';
import { writeScriptFile } from './script-file.js';
import { findTracked, sweep } from './sweep.js';
import { createWatchdog } from './watchdog.js';

/** How long the pipes may stay open (flowing) after the exit and the sweep. */
export const PIPE_WAIT_MS = 2000;
/** The same when cancelled, where the runner's budget is tight; also the cap for a slow sink then. */
export const CANCEL_PIPE_WAIT_MS = 500;
/** Upper bound on the pipe wait while a slow sink keeps the pipes paused. */
export const PIPE_WAIT_CAP_MS = 10_000;
/** Grace before SIGKILL on cancellation: GitHub sends SIGTERM 7.5 s after SIGINT, and kills 2.5 s later. */
export const CANCEL_GRACE_MS = 5000;
/** Grace for what a command left in its group after it exited. */
export const LEFTOVER_GRACE_MS = 2000;

export interface RunAttemptOptions {
  settings: ExecutionSettings;
  logger: ExecutionLogger;
  cancel?: AbortSignal;
  /** Parent of the script's temp dir; os.tmpdir() by default. */
  tempDir?: string;
  /** The script to run instead of `settings.run` (the on-retry command). */
  script?: string;
  /** Sees every chunk of output before the logger does. */
  onOutput?: (stream: StreamName, chunk: Buffer) => void;
}

const NO_FACTS: AttemptFacts = { exitCode: null, signal: null, timedOut: null, cancelled: null, error: null };

export async function runAttempt(options: RunAttemptOptions): Promise<AttemptFacts> {
  const { settings, logger, cancel } = options;
  if (cancel?.aborted) return { ...NO_FACTS, cancelled: cancelSignalOf(cancel) };
  if (!isDirectory(settings.cwd)) {
    const message = `working directory ${settings.cwd} does not exist or is not a directory`;
    return { ...NO_FACTS, error: { exitStatus: 125, message } };
  }
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...withAnsibleDefaults(settings.env),
    [TRACKING_VARIABLE]: logger.id,
  };
  const script = writeScriptFile(options.script ?? settings.run, settings.shell.extension, options.tempDir);
  try {
    const [program, ...args] = shellArgv(settings.shell, script.path);
    const found = findProgram(program, { env, cwd: settings.cwd });
    if ('error' in found) return { ...NO_FACTS, error: found.error };
    return await supervise(program, found.path, args, env, options);
  } finally {
    script.dispose();
  }
}

async function supervise(
  program: string,
  file: string,
  args: string[],
  env: Record<string, string | undefined>,
  { settings, logger, cancel, onOutput }: RunAttemptOptions,
): Promise<AttemptFacts> {
  // The deadline counts from here: execa's own set-up before the fork (10–20 ms) is the attempt's
  // time, as fork and exec are coreutils timeout's.
  const spawnStartedAt = performance.now();
  let subprocess;
  try {
    subprocess = execa(file, args, {
      cwd: settings.cwd,
      env,
      extendEnv: false,
      detached: spawnsOwnGroup(),
      stdin: 'ignore',
      stdout: 'pipe',
      stderr: 'pipe',
      buffer: false,
      cleanup: false,
      reject: false,
      forceKillAfterDelay: false,
      windowsHide: true,
    });
  } catch (error) {
    // Node throws synchronously for some bad arguments (NUL in an argument or in the environment).
    return {
      ...NO_FACTS,
      error: { exitStatus: 125, message: `could not start "${program}": ${messageOf(error)}` },
    };
  }
  const child = subprocess.nodeChildProcess;
  const pid = child.pid;
  if (pid === undefined) return spawnFailure(program, await subprocess);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const group = new ProcessGroup(pid);
  // Set from timer and signal callbacks; the first reason of each kind wins.
  const seen: Pick<AttemptFacts, 'timedOut' | 'cancelled'> = { timedOut: null, cancelled: null };
  const watchdog = createWatchdog({
    timeoutMs: settings.timeoutMs,
    idleTimeoutMs: settings.idleTimeoutMs,
    startedAt: spawnStartedAt,
    onExpire: (kind) => {
      seen.timedOut ??= kind;
      group.terminate(settings.killSignal, settings.killAfterMs);
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
  const pump = new OutputPump({ stdout: child.stdout, stderr: child.stderr }, sink, {
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
    group.terminate(signal, Math.min(settings.killAfterMs, CANCEL_GRACE_MS));
    pump.hurry(CANCEL_PIPE_WAIT_MS);
  };
  cancel?.addEventListener('abort', onCancel, { once: true });
  if (cancel?.aborted) onCancel();

  try {
    // execa's promise settles first only when the spawn itself failed (no `exit` then).
    await Promise.race([exited, subprocess]);
    watchdog.stop();
    const isAlive = async () => (await findTracked(logger.id)).some((p) => p.pgid === pid);
    await group.settle(settings.killSignal, Math.min(settings.killAfterMs, LEFTOVER_GRACE_MS), isAlive);
    const escaped = (await sweep(logger.id)).filter((p) => p.pgid !== pid);
    if (escaped.length > 0) {
      const pids = escaped.map((p) => p.pid).join(', ');
      const count = escaped.length === 1 ? '1 process' : `${escaped.length} processes`;
      await logger.warn(
        `steplog: killed ${count} the command left running outside its process group (pid ${pids})`,
      );
    }
    if (cancelArrived) await pump.waitForEnd(CANCEL_PIPE_WAIT_MS, CANCEL_PIPE_WAIT_MS);
    else await pump.waitForEnd(PIPE_WAIT_MS, PIPE_WAIT_CAP_MS);
    pump.destroy();
    const result = await subprocess;
    const exitCode = typeof result.exitCode === 'number' ? result.exitCode : null;
    const signal = result.signal ?? null;
    if (exitCode === null && signal === null) return { ...spawnFailure(program, result), ...seen };
    return { exitCode, signal, ...seen, error: null };
  } catch (error) {
    // steplog's own failure mid-attempt: the command must not outlive it.
    group.kill();
    pump.destroy();
    await sweep(logger.id).catch(() => undefined);
    throw error;
  } finally {
    cancel?.removeEventListener('abort', onCancel);
    watchdog.stop();
    group.dispose();
  }
}

function spawnFailure(
  program: string,
  result: { code?: string; originalMessage?: string; message?: string },
): AttemptFacts {
  const detail = result.originalMessage || result.message || 'unknown error';
  if (result.code === 'ENOENT') {
    return { ...NO_FACTS, error: { exitStatus: 127, message: `shell "${program}" not found: ${detail}` } };
  }
  if (result.code === 'EACCES') {
    return {
      ...NO_FACTS,
      error: { exitStatus: 126, message: `shell "${program}" is not executable: ${detail}` },
    };
  }
  return { ...NO_FACTS, error: { exitStatus: 125, message: `could not start "${program}": ${detail}` } };
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
