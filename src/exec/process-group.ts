// The first executor: the command runs on this machine, in its own process group (POSIX), through
// execa. execa spawns it (`killDescendants`: its own group on POSIX, `taskkill /T /F` for the tree on
// Windows) and signals it; execa's own timers (forceKillAfterDelay, cancelSignal, timeout) stay off,
// because the escalation is steplog's, written once for every executor (./escalation.ts), and a
// cancel forwards the signal steplog itself received with a shorter grace, not execa's killSignal.
// Our own code is only what execa cannot know: whether the group still has live members after the
// main process exited (zombies keep a group's id alive), and the sweep for processes that left the
// group (setsid, daemons) by the STEPLOG_EXECUTION_ID they inherited (./sweep.ts).
//
// The attempt is over only when:
//   1. the main process has exited (by itself, or stopped at a deadline or on cancellation);
//   2. what it left running is dealt with. Policy (the `background` setting):
//      - `keep` (the default), when the main process exited by itself (success or failure): what
//        is still alive, in the group or out of it (`nohup server &`, `setsid daemon`), is left
//        running, as a `run:` step leaves it, and named in one line. Later attempts of the
//        execution never count, sweep nor kill it.
//      - `kill`, and always after a timeout or a cancel: leftovers in the group get the kill
//        signal, min(kill-after, 2 s) to go, then SIGKILL; then the sweep SIGKILLs every process
//        still carrying STEPLOG_EXECUTION_ID that left the group, with a warning naming them.
//   On Windows nothing is swept and leftovers are not looked for (the tree is only reachable
//   through its root, which is gone): `background` changes nothing there.
import { statSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { execa } from 'execa';
import { withAnsibleDefaults } from '../ansible/environment.js';
import { colorEnv } from './color-env.js';
import { messageOf } from '../core/errors.js';
import { shellArgv } from '../core/shells.js';
import type {
  AttemptError,
  AttemptExit,
  AttemptSpec,
  AttemptTarget,
  Executor,
  PreparedAttempt,
} from './executor.js';
import { findProgram } from './find-program.js';
import { TRACKING_VARIABLE } from './platform.js';
import { writeScriptFile } from './script-file.js';
import { describeProcesses, findTracked, groupAliveNow, sweep } from './sweep.js';

/** How often cleanup looks whether the group's processes are gone. */
const POLL_MS = 50;
/** Processes named in the line about those left running; the rest are counted. */
const KEPT_LISTED = 10;
/** Characters of each one's command line in that line. */
const KEPT_COMMAND_CHARS = 80;

/** One per execution: it remembers what earlier attempts left running, so later ones leave it alone. */
export function createProcessGroupExecutor(): Executor {
  const kept = new Set<number>();
  return {
    name: 'process group',
    prepare: (spec) => prepare(spec, kept),
  };
}

async function prepare(
  spec: AttemptSpec,
  kept: Set<number>,
): Promise<PreparedAttempt | { error: AttemptError }> {
  const { settings } = spec;
  if (!isDirectory(settings.cwd)) {
    return {
      error: {
        exitStatus: 125,
        message: `working directory ${settings.cwd} does not exist or is not a directory`,
      },
    };
  }
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...colorEnv({ ...process.env, ...settings.env }, process.stdout.isTTY === true),
    ...withAnsibleDefaults(settings.env),
    ...spec.env,
    [TRACKING_VARIABLE]: spec.executionId,
  };
  const script = writeScriptFile(spec.script, settings.shell.extension, spec.tempDir);
  const [program, ...args] = shellArgv(settings.shell, script.path);
  const found = findProgram(program, { env, cwd: settings.cwd });
  if ('error' in found) {
    script.dispose();
    return { error: found.error };
  }
  return {
    start: () => start(spec, program, found.path, args, env, kept),
    dispose: () => script.dispose(),
  };
}

async function start(
  spec: AttemptSpec,
  program: string,
  file: string,
  args: string[],
  env: Record<string, string | undefined>,
  kept: Set<number>,
): Promise<AttemptTarget | { error: AttemptError }> {
  let subprocess: ReturnType<typeof spawnSupervised>;
  try {
    subprocess = spawnSupervised(file, args, spec.settings.cwd, env);
  } catch (error) {
    // Node throws synchronously for some bad arguments (NUL in an argument or in the environment).
    return { error: { exitStatus: 125, message: `could not start "${program}": ${messageOf(error)}` } };
  }
  const child = subprocess.nodeChildProcess;
  const pid = child.pid;
  if (pid === undefined) return { error: spawnFailure(program, await subprocess) };

  const windows = process.platform === 'win32';
  // execa's promise settles first only when the spawn itself failed (no `exit` then).
  const exited = Promise.race([
    new Promise<void>((resolve) => child.once('exit', () => resolve())),
    subprocess.then(() => undefined),
  ]);
  /** What this attempt's cleanup kept. */
  const keptHere: number[] = [];
  /** A live process of the group remains; `kill(-pgid, 0)` cannot say it, zombies keep the group. */
  const groupAlive = async () =>
    (await findTracked(spec.executionId, { exclude: kept })).some((p) => p.pgid === pid);

  return {
    stdout: child.stdout,
    stderr: child.stderr,
    pid,
    exited,
    terminate: (signal) => void subprocess.kill(signal),
    kill: () => void subprocess.kill('SIGKILL'),
    // Whether a member of the group is alive (zombies do not count): where only `ps` could say,
    // whether the group has members at all.
    alive: () => !windows && (groupAliveNow(spec.executionId, pid) ?? groupHasMembers(pid)),
    async cleanup({ stop, signal, graceMs, warn, note, keep }) {
      // Called again after keeping when a cancel came before the attempt was over: those go too.
      for (const pid of keptHere.splice(0)) kept.delete(pid);
      if (keep && !windows) {
        const left = await findTracked(spec.executionId, { exclude: kept });
        for (const leftover of left) kept.add(leftover.pid);
        keptHere.push(...left.map((p) => p.pid));
        if (left.length > 0) await note(await describeKept(keptHere));
        return { kept: left.length > 0 };
      }
      // Windows: the tree is only reachable through its root, which is gone.
      if (!windows && !stop.killed && groupHasMembers(pid) && (await groupAlive())) {
        if (!stop.terminating) stop.terminate(signal, graceMs);
        while (!stop.killed && (await groupAlive())) await delay(POLL_MS);
      }
      // Whatever did not show up as alive (a member that cleared its environment) goes too.
      stop.kill();
      const escaped = (await sweep(spec.executionId, { exclude: kept })).filter((p) => p.pgid !== pid);
      if (escaped.length > 0) {
        const pids = escaped.map((p) => p.pid).join(', ');
        const count = escaped.length === 1 ? '1 process' : `${escaped.length} processes`;
        await warn(`killed ${count} the command left running outside its process group (pid ${pids})`);
      }
      return { kept: false };
    },
    async abort() {
      subprocess.kill('SIGKILL');
      await sweep(spec.executionId, { exclude: kept }).catch(() => undefined);
    },
    async result(): Promise<AttemptExit> {
      const result = await subprocess;
      const exitCode = typeof result.exitCode === 'number' ? result.exitCode : null;
      const signal = result.signal ?? null;
      if (exitCode === null && signal === null) return { error: spawnFailure(program, result) };
      return { exitCode, signal };
    },
  };
}

/**
 * The command as the supervisor takes it from any executor that runs a local process (this one, and
 * the container client): piped output, no stdin, the tree signalled by execa, every timer ours.
 */
export function spawnSupervised(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>,
) {
  return execa(file, args, {
    cwd,
    env,
    extendEnv: false,
    killDescendants: true,
    stdin: 'ignore',
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    cleanup: false,
    reject: false,
    forceKillAfterDelay: false,
    windowsHide: true,
  });
}

/** `left running in the background: 4242 ./server --port 80, 4250 sleep 100`. */
async function describeKept(pids: readonly number[]): Promise<string> {
  const described = await describeProcesses(pids.slice(0, KEPT_LISTED));
  const shown = described.map((text) =>
    text.length > KEPT_COMMAND_CHARS ? `${text.slice(0, KEPT_COMMAND_CHARS - 1)}…` : text,
  );
  const more = pids.length - shown.length;
  return `left running in the background: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Whether process group `pgid` still has members (zombies included). */
function groupHasMembers(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function spawnFailure(
  program: string,
  result: { code?: string; originalMessage?: string; message?: string },
): AttemptError {
  const detail = result.originalMessage || result.message || 'unknown error';
  if (result.code === 'ENOENT')
    return { exitStatus: 127, message: `shell "${program}" not found: ${detail}` };
  if (result.code === 'EACCES') {
    return { exitStatus: 126, message: `shell "${program}" is not executable: ${detail}` };
  }
  return { exitStatus: 125, message: `could not start "${program}": ${detail}` };
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
