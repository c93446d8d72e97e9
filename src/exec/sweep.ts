// The straggler sweep: after an attempt, SIGKILL every process still carrying the attempt's
// STEPLOG_EXECUTION_ID, including those that left the process group (setsid, daemons). A process
// that cleared its environment (`env -i`) escapes it, as it escapes the runner's own orphan cleanup.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import {
  TRACKING_VARIABLE,
  hasEnvironmentEntry,
  parseProcStat,
  parsePsEnvironment,
  trackingMethod,
  type TrackedProcess,
  type TrackingMethod,
} from './platform.js';

export interface SweepOptions {
  method?: TrackingMethod;
  /** Never reported nor killed: steplog itself. */
  selfPid?: number;
  /** Never reported nor killed either: processes an earlier attempt left running on purpose. */
  exclude?: ReadonlySet<number>;
}

/** A process that forks while being swept gets another round; more rounds than this means give up. */
const ROUNDS = 3;

/**
 * A process in the middle of an exec shows an empty environment for a few microseconds (the kernel
 * has installed the new image but not yet its stack); such a process is read again after a pause,
 * this many times at most (a process whose environment really is empty, `env -i`, is not ours).
 */
const UNSETTLED_REREADS = 4;
const UNSETTLED_PAUSE_MS = 5;

/** Live (non-zombie) processes whose environment carries `STEPLOG_EXECUTION_ID=<executionId>`. */
export async function findTracked(
  executionId: string,
  options: SweepOptions = {},
): Promise<TrackedProcess[]> {
  const method = options.method ?? trackingMethod();
  const self = options.selfPid ?? process.pid;
  const entry = `${TRACKING_VARIABLE}=${executionId}`;
  let found: TrackedProcess[];
  if (method.kind === 'proc') found = await scanProcSettled(method.dir, entry);
  else if (method.kind === 'ps') found = parsePsEnvironment(await runPs(method.file, method.args), entry);
  else found = [];
  return found.filter((p) => p.pid !== self && !options.exclude?.has(p.pid));
}

/** Each pid with its command line (`4242 ./server --port 80`), as far as the platform tells it. */
export async function describeProcesses(
  pids: readonly number[],
  method: TrackingMethod = trackingMethod(),
): Promise<string[]> {
  if (method.kind === 'proc') {
    const commandLine = (pid: number) => {
      try {
        return readFileSync(`${method.dir}/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      } catch {
        return ''; // gone
      }
    };
    const described = pids.map(commandLine);
    // Empty in the middle of an exec, like the environment: read those again after a pause.
    for (let reread = 0; reread < UNSETTLED_REREADS && described.includes(''); reread++) {
      await delay(UNSETTLED_PAUSE_MS);
      described.forEach((text, i) => (described[i] = text || commandLine(pids[i])));
    }
    return pids.map((pid, i) => (described[i] ? `${pid} ${described[i]}` : String(pid)));
  }
  if (method.kind === 'ps' && pids.length > 0) {
    // Without -E: the arguments only, never the environment.
    const listed = await runPs(method.file, ['-ww', '-o', 'pid=,args=', '-p', pids.join(',')]).catch(
      () => '',
    );
    const lines = new Map<number, string>();
    for (const line of listed.split('\n')) {
      const match = /^\s*(\d+)\s+(.*)$/.exec(line);
      if (match) lines.set(Number(match[1]), `${match[1]} ${match[2].trim()}`);
    }
    return pids.map((pid) => lines.get(pid) ?? String(pid));
  }
  return pids.map(String);
}

/**
 * Whether a live (non-zombie) process carrying the id is in group `pgid`, known at once; null where
 * only an asynchronous `ps` can tell.
 */
export function groupAliveNow(executionId: string, pgid: number, method = trackingMethod()): boolean | null {
  if (method.kind !== 'proc') return null;
  // A member caught in an exec is in the group all the same: the group is the command's.
  const { tracked, unsettled } = scanProc(method.dir, `${TRACKING_VARIABLE}=${executionId}`);
  return [...tracked, ...unsettled].some((p) => p.pgid === pgid);
}

/** SIGKILLs every tracked process; returns those it killed. */
export async function sweep(executionId: string, options: SweepOptions = {}): Promise<TrackedProcess[]> {
  const killed = new Map<number, TrackedProcess>();
  for (let round = 0; round < ROUNDS; round++) {
    const found = await findTracked(executionId, options);
    if (found.length === 0) break;
    for (const tracked of found) {
      try {
        process.kill(tracked.pid, 'SIGKILL');
        if (!killed.has(tracked.pid)) killed.set(tracked.pid, tracked);
      } catch {
        // Gone already, or not ours to kill.
      }
    }
  }
  return [...killed.values()];
}

/** The tracked processes, with those caught in an exec read again until they tell. */
async function scanProcSettled(dir: string, entry: string): Promise<TrackedProcess[]> {
  let { tracked, unsettled } = scanProc(dir, entry);
  for (let reread = 0; unsettled.length > 0 && reread < UNSETTLED_REREADS; reread++) {
    await delay(UNSETTLED_PAUSE_MS);
    const again = scanProc(dir, entry, unsettled);
    tracked = tracked.concat(again.tracked);
    unsettled = again.unsettled;
  }
  return tracked;
}

/**
 * Live processes carrying `entry`, and those whose environment read empty though they are neither
 * exiting nor kernel threads (caught in an exec, or started without one), every /proc entry or
 * only `pids`. Synchronous on purpose: /proc reads never
 * block on disk, and one pass is cheaper than a thread-pool round trip per file.
 */
function scanProc(
  dir: string,
  entry: string,
  pids?: readonly TrackedProcess[],
): { tracked: TrackedProcess[]; unsettled: TrackedProcess[] } {
  const tracked: TrackedProcess[] = [];
  const unsettled: TrackedProcess[] = [];
  const names = pids ? pids.map((p) => String(p.pid)) : readdirSync(dir);
  for (const pid of names) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // Another user's process (EACCES) or one that just exited (ENOENT/ESRCH) is not ours.
      const environ = readFileSync(`${dir}/${pid}/environ`);
      if (environ.length > 0 && !hasEnvironmentEntry(environ, entry)) continue;
      const stat = parseProcStat(readFileSync(`${dir}/${pid}/stat`, 'utf8'));
      // A zombie or a process on its way out is not alive any more for what asks (nothing to kill,
      // nothing left running); kernel threads read empty too and are nobody's.
      if (!stat || stat.exiting || (environ.length === 0 && stat.kernelThread)) continue;
      (environ.length > 0 ? tracked : unsettled).push({ pid: Number(pid), pgid: stat.pgid });
    } catch {
      continue;
    }
  }
  return { tracked, unsettled };
}

async function runPs(file: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(file, args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
