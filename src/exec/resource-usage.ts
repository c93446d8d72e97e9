// Resource usage of one attempt: the peak memory of the command's whole process tree (the sum of RSS
// over the tree at each sample, the maximum of those sums), the CPU time (user and system) of the
// tree, and how many processes were seen. Linux reads /proc: every process carrying the execution's
// tracking variable or in the command's process group. macOS runs `ps`. Windows is not measured.
import { execFile } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { promisify } from 'node:util';
import type { ResourceSample, ResourceUsage } from '../core/record.js';
import type { AttemptObserverFactory } from './executor.js';
import { TRACKING_VARIABLE, hasEnvironmentEntry, trackingMethod, type TrackingMethod } from './platform.js';

/**
 * Samples come every 100 ms for the first 5 s, so a short burst is seen ±15% (what ends between two
 * samples is lost), then every 500 ms, where that loss is a smaller share and the cost (about 1 ms
 * of CPU a sample with 50 processes) stays well under 1% of a core.
 */
export const FIRST_INTERVAL_MS = 100;
export const SAMPLE_INTERVAL_MS = 500;
export const FIRST_INTERVAL_FOR_MS = 5000;
/** Attempts longer than this keep a timeline (the summary charts it). */
export const TIMELINE_AFTER_MS = 30_000;
/** Points kept in a timeline; older points are merged pairwise when it fills up. */
export const TIMELINE_POINTS = 60;

/** One process as one sample sees it. Times in ms, memory in bytes. */
export interface ProcessReading {
  pid: number;
  ppid: number;
  pgid: number;
  /** Start time (clock ticks since boot on Linux): tells a reused pid from the process it was. */
  start: number;
  rssBytes: number;
  userMs: number;
  systemMs: number;
  /** CPU of the children it has waited for (Linux cutime/cstime; 0 where unknown). */
  reapedUserMs: number;
  reapedSystemMs: number;
}

export interface SamplerOptions {
  executionId: string;
  /** The command's process group (its main pid on POSIX). */
  groupId: number;
  intervalMs?: number;
  method?: TrackingMethod;
  /** Injected for tests: reads the tree once. */
  read?: () => Promise<ProcessReading[]> | ProcessReading[];
  now?: () => number;
}

export interface ResourceSampler {
  /** Takes a last sample and returns the totals; undefined where the platform is not measured. */
  stop(): Promise<ResourceUsage | undefined>;
}

/**
 * The attempt observer (see ./executor.ts): samples the tree of an attempt whose main process runs on
 * this machine, from its start until nothing it started is left.
 */
export const resourceUsageObserver: AttemptObserverFactory = (spec) => {
  let sampler: ResourceSampler | null = null;
  let usage: ResourceUsage | undefined;
  return {
    started(target) {
      if (target.pid !== undefined)
        sampler = startResourceSampler({ executionId: spec.executionId, groupId: target.pid });
    },
    async stopped() {
      usage = await sampler?.stop();
      return {};
    },
    usage: () => usage,
  };
};

/** Starts sampling at once; `stop()` when the attempt has ended. Never throws: a failed read is skipped. */
export function startResourceSampler(options: SamplerOptions): ResourceSampler {
  const method = options.method ?? trackingMethod();
  const source = options.read
    ? { read: options.read }
    : readerFor(method, options.executionId, options.groupId);
  if (!source) return { stop: async () => undefined };
  const intervalMs = options.intervalMs ?? SAMPLE_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  const tally = new TreeTally(startedAt);
  let pending: Promise<void> = Promise.resolve();
  const sample = () => {
    pending = pending.then(async () => {
      try {
        tally.add(await source.read(), now());
      } catch {
        // A process vanished mid-read or ps failed: the next sample counts.
      }
    });
  };
  let timer: NodeJS.Timeout;
  const schedule = () => {
    const early = options.intervalMs === undefined && now() - startedAt < FIRST_INTERVAL_FOR_MS;
    timer = setTimeout(
      () => {
        sample();
        schedule();
      },
      early ? FIRST_INTERVAL_MS : intervalMs,
    );
    timer.unref();
  };
  sample();
  schedule();
  return {
    async stop() {
      clearTimeout(timer);
      sample();
      await pending;
      source.close?.();
      return tally.result(intervalMs);
    },
  };
}

/**
 * Sums the samples. CPU: each process counts with the last own time seen, and a parent's reaped
 * time (cutime) counts the children it waited for; a child seen before it was reaped by a parent
 * that is still seen afterwards is left out, as its parent's reaped time now holds it.
 */
export class TreeTally {
  private readonly seen = new Map<string, { reading: ProcessReading; coveredByParent: boolean }>();
  private live = new Set<string>();
  private peakRssBytes = 0;
  private samples = 0;
  private readonly timeline: ResourceSample[] = [];
  private lastCpuMs = 0;
  private lastAt: number;

  constructor(private readonly startedAt: number) {
    this.lastAt = startedAt;
  }

  add(readings: readonly ProcessReading[], at: number): void {
    this.samples++;
    const live = new Set<string>();
    const livePids = new Set<number>();
    let rss = 0;
    for (const reading of readings) {
      const key = `${reading.pid}:${reading.start}`;
      live.add(key);
      livePids.add(reading.pid);
      rss += reading.rssBytes;
      this.seen.set(key, { reading, coveredByParent: false });
    }
    for (const key of this.live) {
      if (live.has(key)) continue;
      const gone = this.seen.get(key)!;
      // Reaped by a parent we still see: its final time is in the parent's cutime from now on.
      if (livePids.has(gone.reading.ppid) && this.isTracked(gone.reading.ppid, live))
        gone.coveredByParent = true;
    }
    this.live = live;
    this.peakRssBytes = Math.max(this.peakRssBytes, rss);
    const cpuMs = this.cpuMs();
    this.record({
      atMs: Math.round(at - this.startedAt),
      rssBytes: rss,
      cpuPercent: this.percent(cpuMs, at),
    });
    this.lastCpuMs = cpuMs;
    this.lastAt = at;
  }

  result(intervalMs: number): ResourceUsage {
    const { userMs, systemMs } = this.cpu();
    const usage: ResourceUsage = {
      peakRssBytes: this.peakRssBytes,
      cpuUserMs: Math.round(userMs),
      cpuSystemMs: Math.round(systemMs),
      processes: this.seen.size,
      sampleIntervalMs: intervalMs,
      samples: this.samples,
    };
    const spanMs = this.timeline.at(-1)?.atMs ?? 0;
    if (spanMs > TIMELINE_AFTER_MS) usage.timeline = [...this.timeline];
    return usage;
  }

  private isTracked(pid: number, live: Set<string>): boolean {
    for (const key of live) if (key.startsWith(`${pid}:`)) return true;
    return false;
  }

  private cpu(): { userMs: number; systemMs: number } {
    let userMs = 0;
    let systemMs = 0;
    for (const { reading, coveredByParent } of this.seen.values()) {
      if (coveredByParent) continue;
      userMs += reading.userMs + reading.reapedUserMs;
      systemMs += reading.systemMs + reading.reapedSystemMs;
    }
    return { userMs, systemMs };
  }

  private cpuMs(): number {
    const { userMs, systemMs } = this.cpu();
    return userMs + systemMs;
  }

  private percent(cpuMs: number, at: number): number {
    const wall = at - this.lastAt;
    return wall > 0 ? Math.max(0, Math.round(((cpuMs - this.lastCpuMs) / wall) * 100)) : 0;
  }

  /** Keeps at most TIMELINE_POINTS: when full, neighbours merge (max memory, mean CPU). */
  private record(point: ResourceSample): void {
    this.timeline.push(point);
    if (this.timeline.length <= TIMELINE_POINTS) return;
    const merged: ResourceSample[] = [];
    for (let i = 0; i < this.timeline.length; i += 2) {
      const [a, b] = [this.timeline[i], this.timeline[i + 1]];
      merged.push(
        b
          ? {
              atMs: b.atMs,
              rssBytes: Math.max(a.rssBytes, b.rssBytes),
              cpuPercent: Math.round((a.cpuPercent + b.cpuPercent) / 2),
            }
          : a,
      );
    }
    this.timeline.splice(0, this.timeline.length, ...merged);
  }
}

function readerFor(
  method: TrackingMethod,
  executionId: string,
  groupId: number,
): { read: () => Promise<ProcessReading[]> | ProcessReading[]; close?: () => void } | null {
  const entry = `${TRACKING_VARIABLE}=${executionId}`;
  if (method.kind === 'proc') {
    const reader = new ProcReader(method.dir, entry, groupId);
    return { read: () => reader.read(), close: () => reader.close() };
  }
  if (method.kind === 'ps') {
    return {
      read: async () => {
        const { stdout } = await promisify(execFile)('ps', PS_ARGS, { maxBuffer: 64 * 1024 * 1024 });
        return parsePsUsage(stdout, entry, groupId);
      },
    };
  }
  return null;
}

/**
 * Reads /proc. Whether a pid belongs to the tree is decided once per process, so a sample costs one
 * directory listing plus one small read per process of the tree: a process in the command's group,
 * a child of one in the tree, or one started after the command that carries the execution id (a
 * daemon that left the group and lost its parent). Processes older than the command are never read
 * again after the first sample.
 */
export class ProcReader {
  /** Per pid: whether it is in the tree; a member's stat file stays open (one pread a sample). */
  private readonly membership = new Map<number, { member: boolean; fd: number | null }>();
  private readonly pageBytes: number;
  private readonly tickMs: number;
  /** Start time of the command's first process: nothing older belongs to its tree. */
  private readonly rootStart: number;
  private readonly buffer = Buffer.alloc(4096);

  constructor(
    private readonly dir: string,
    private readonly entry: string,
    private readonly groupId: number,
  ) {
    this.pageBytes = pageSize(dir);
    // USER_HZ is 100 on every Linux architecture Node runs on.
    this.tickMs = 10;
    this.rootStart = this.readOnce(String(groupId))?.start ?? 0;
  }

  read(): ProcessReading[] {
    const readings: ProcessReading[] = [];
    const present = new Set<number>();
    const members = new Set<number>();
    const fresh: { pid: number; parsed: Omit<ProcessReading, 'pid'> }[] = [];
    for (const name of readdirSync(this.dir)) {
      const pid = Number(name);
      if (!Number.isSafeInteger(pid) || pid === process.pid) continue;
      present.add(pid);
      const known = this.membership.get(pid);
      if (known && !known.member) continue;
      if (known?.fd != null) {
        // The open file is that process's own: a reused pid cannot be mistaken for it.
        const parsed = this.readOpen(pid, known.fd);
        if (parsed) {
          members.add(pid);
          readings.push({ pid, ...parsed });
        }
        continue;
      }
      const parsed = this.readOnce(name);
      if (parsed) fresh.push({ pid, parsed });
    }
    // New processes: parents first (lower start time), so a child of a new member is one too.
    fresh.sort((a, b) => a.parsed.start - b.parsed.start);
    for (const { pid, parsed } of fresh) {
      const member =
        parsed.start >= this.rootStart &&
        (parsed.pgid === this.groupId || members.has(parsed.ppid) || this.carriesEntry(String(pid)));
      // Caught in an exec: decided at the next sample.
      if (member === null) continue;
      this.membership.set(pid, { member, fd: member ? this.open(pid) : null });
      if (member) {
        members.add(pid);
        readings.push({ pid, ...parsed });
      }
    }
    for (const [pid, known] of this.membership) {
      if (present.has(pid)) continue;
      if (known.fd !== null) closeQuietly(known.fd);
      this.membership.delete(pid);
    }
    return readings;
  }

  close(): void {
    for (const known of this.membership.values()) if (known.fd !== null) closeQuietly(known.fd);
    this.membership.clear();
  }

  private open(pid: number): number | null {
    try {
      return openSync(`${this.dir}/${pid}/stat`, 'r');
    } catch {
      return null;
    }
  }

  private readOpen(pid: number, fd: number): Omit<ProcessReading, 'pid'> | null {
    try {
      const length = readSync(fd, this.buffer, 0, this.buffer.length, 0);
      return parseStatLine(this.buffer.toString('latin1', 0, length), this.pageBytes, this.tickMs);
    } catch {
      // Reaped (ESRCH): gone for good.
      closeQuietly(fd);
      this.membership.set(pid, { member: true, fd: null });
      return null;
    }
  }

  private readOnce(name: string): Omit<ProcessReading, 'pid'> | null {
    try {
      return parseStatLine(readFileSync(`${this.dir}/${name}/stat`, 'latin1'), this.pageBytes, this.tickMs);
    } catch {
      return null; // gone
    }
  }

  /** null when the environment reads empty: a process in the middle of an exec shows none yet. */
  private carriesEntry(name: string): boolean | null {
    try {
      const environ = readFileSync(`${this.dir}/${name}/environ`);
      return environ.length === 0 ? null : hasEnvironmentEntry(environ, this.entry);
    } catch {
      return false; // another user's process
    }
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

/**
 * The fields of /proc/<pid>/stat this needs. A zombie still holds its final CPU times (and no
 * memory), so it is read like any process.
 */
export function parseStatLine(
  stat: string,
  pageBytes: number,
  tickMs: number,
): Omit<ProcessReading, 'pid'> | null {
  // `pid (comm) state ppid pgrp …`: comm may hold spaces and parentheses, so split after the last `)`.
  const close = stat.lastIndexOf(')');
  if (close === -1) return null;
  const f = stat.slice(close + 2).split(' ');
  // f[0] is field 3 (state): field n is f[n - 3].
  const n = (field: number) => Number(f[field - 3]);
  if (f.length < 22) return null;
  return {
    ppid: n(4),
    pgid: n(5),
    userMs: n(14) * tickMs,
    systemMs: n(15) * tickMs,
    reapedUserMs: n(16) * tickMs,
    reapedSystemMs: n(17) * tickMs,
    start: n(22),
    rssBytes: Math.max(0, n(24)) * pageBytes,
  };
}

/** The kernel's page size, found by comparing steplog's own RSS in pages with what Node reports in bytes. */
function pageSize(dir: string): number {
  try {
    const pages = Number(readFileSync(`${dir}/self/statm`, 'latin1').split(' ')[1]);
    const bytes = process.memoryUsage().rss;
    // The two reads are microseconds apart; round to the nearest power of two.
    return 2 ** Math.round(Math.log2(bytes / pages));
  } catch {
    return 4096;
  }
}

/** BSD ps: -E appends each process's environment to its command; `time` is user+system. */
export const PS_ARGS = ['-A', '-E', '-ww', '-o', 'pid=,ppid=,pgid=,rss=,utime=,time=,command='];

/** Processes of the tree in `ps -A -E -ww -o pid=,ppid=,pgid=,rss=,utime=,time=,command=` output. */
export function parsePsUsage(output: string, entry: string, groupId: number): ProcessReading[] {
  const readings: ProcessReading[] = [];
  for (const line of output.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)\s(.*)$/.exec(line);
    if (!match) continue;
    const [, pid, ppid, pgid, rssKiB, utime, time, command] = match;
    if (Number(pgid) !== groupId && !command.split(' ').includes(entry)) continue;
    const userMs = psTimeMs(utime);
    readings.push({
      pid: Number(pid),
      ppid: Number(ppid),
      pgid: Number(pgid),
      start: 0,
      rssBytes: Number(rssKiB) * 1024,
      userMs,
      systemMs: Math.max(0, psTimeMs(time) - userMs),
      reapedUserMs: 0,
      reapedSystemMs: 0,
    });
  }
  return readings;
}

/** `[[dd-]hh:]mm:ss.cc` as BSD ps prints times, in ms. */
export function psTimeMs(text: string): number {
  const [days, rest] = text.includes('-') ? text.split('-') : ['0', text];
  const parts = rest.split(':').map(Number);
  let seconds = 0;
  for (const part of parts) seconds = seconds * 60 + part;
  const total = Number(days) * 86_400 + seconds;
  return Number.isFinite(total) ? Math.round(total * 1000) : 0;
}
