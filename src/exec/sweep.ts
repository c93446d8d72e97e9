// The straggler sweep: after an attempt, SIGKILL every process still carrying the attempt's
// STEPLOG_EXECUTION_ID, including those that left the process group (setsid, daemons). A process
// that cleared its environment (`env -i`) escapes it, as it escapes the runner's own orphan cleanup.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

/** Live (non-zombie) processes whose environment carries `STEPLOG_EXECUTION_ID=<executionId>`. */
export async function findTracked(
  executionId: string,
  options: SweepOptions = {},
): Promise<TrackedProcess[]> {
  const method = options.method ?? trackingMethod();
  const self = options.selfPid ?? process.pid;
  const entry = `${TRACKING_VARIABLE}=${executionId}`;
  let found: TrackedProcess[];
  if (method.kind === 'proc') found = scanProc(method.dir, entry);
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
    return pids.map((pid) => {
      try {
        const argv = readFileSync(`${method.dir}/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        return argv.length > 0 ? `${pid} ${argv.join(' ')}` : String(pid);
      } catch {
        return String(pid);
      }
    });
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
  return scanProc(method.dir, `${TRACKING_VARIABLE}=${executionId}`).some((p) => p.pgid === pgid);
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

/** Synchronous on purpose: /proc reads never block on disk, and one pass is cheaper than a thread-pool round trip per file. */
function scanProc(dir: string, entry: string): TrackedProcess[] {
  const found: TrackedProcess[] = [];
  for (const pid of readdirSync(dir)) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // Another user's process (EACCES) or one that just exited (ENOENT/ESRCH) is not ours.
      if (!hasEnvironmentEntry(readFileSync(`${dir}/${pid}/environ`), entry)) continue;
      const stat = parseProcStat(readFileSync(`${dir}/${pid}/stat`, 'utf8'));
      if (stat) found.push({ pid: Number(pid), pgid: stat.pgid });
    } catch {
      continue;
    }
  }
  return found;
}

async function runPs(file: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(file, args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
