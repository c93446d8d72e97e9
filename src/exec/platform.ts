// Everything that differs between Linux, macOS and Windows in how steplog finds the processes a
// command started (signalling them is execa's, see ./process-group.ts). Only Linux runs in our CI:
// the macOS branch is kept to the command line it runs, which unit tests check.

/** Exported to every process the command starts; the sweep finds stragglers by it (as the runner does with RUNNER_TRACKING_ID). */
export const TRACKING_VARIABLE = 'STEPLOG_EXECUTION_ID';

export interface TrackedProcess {
  pid: number;
  /** Process group id, null when the platform does not say. */
  pgid: number | null;
}

/** How the processes carrying a tracking id are found on a platform. */
export type TrackingMethod =
  { kind: 'proc'; dir: string } | { kind: 'ps'; file: string; args: string[] } | { kind: 'none' };

export function trackingMethod(platform: NodeJS.Platform = process.platform): TrackingMethod {
  if (platform === 'linux' || platform === 'android') return { kind: 'proc', dir: '/proc' };
  if (platform === 'win32') return { kind: 'none' };
  // BSD ps: -E appends each process's environment to its command; -ww never truncates the line.
  return { kind: 'ps', file: 'ps', args: ['-E', '-ww', '-o', 'pid=,pgid=,command='] };
}

/** Whether a NUL-separated environment block (/proc/<pid>/environ) holds exactly `entry` (`NAME=value`). */
export function hasEnvironmentEntry(environ: Buffer, entry: string): boolean {
  const needle = Buffer.from(entry);
  for (let at = environ.indexOf(needle); at !== -1; at = environ.indexOf(needle, at + 1)) {
    const startsEntry = at === 0 || environ[at - 1] === 0;
    const end = at + needle.length;
    if (startsEntry && (end === environ.length || environ[end] === 0)) return true;
  }
  return false;
}

/** The kernel's PF_KTHREAD and PF_EXITING bits in the flags of /proc/<pid>/stat. */
const KERNEL_THREAD = 0x00200000;
const EXITING = 0x00000004;

/**
 * Process group, whether it is a kernel thread and whether it is exiting (set before it lets go of
 * its memory, environment included), from /proc/<pid>/stat; null for a zombie (it holds nothing any
 * more).
 */
export function parseProcStat(
  stat: string,
): { pgid: number; kernelThread: boolean; exiting: boolean } | null {
  // `pid (comm) state ppid pgrp session tty tpgid flags …`: comm may contain spaces and
  // parentheses, so split after the last `)`.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return null;
  const pgid = Number(fields[2]);
  const flags = Number(fields[6]);
  const known = Number.isSafeInteger(flags);
  return {
    pgid: Number.isSafeInteger(pgid) ? pgid : -1,
    kernelThread: known && (flags & KERNEL_THREAD) !== 0,
    exiting: known && (flags & EXITING) !== 0,
  };
}

/** Processes in `ps -E -ww -o pid=,pgid=,command=` output whose environment holds `entry`. */
export function parsePsEnvironment(output: string, entry: string): TrackedProcess[] {
  const found: TrackedProcess[] = [];
  for (const line of output.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s(.*)$/.exec(line);
    if (!match) continue;
    // Environment entries follow the arguments, separated by spaces; match a whole word.
    const words = match[3].split(' ');
    if (words.includes(entry)) found.push({ pid: Number(match[1]), pgid: Number(match[2]) });
  }
  return found;
}
