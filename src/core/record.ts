// The execution record: the one standardized account of a step, from which every sink renders.
// Only the execution logger (./logger.ts) creates or changes a record; sinks receive frozen snapshots.
import type { CiContext } from './ci-context.js';

export type { CiContext };

/** Bumped whenever a field of the record or an event changes meaning. Mirrors schema/v1/. */
export const SCHEMA_VERSION = 1;

export type Status = 'pending' | 'running' | 'success' | 'failed' | 'timed_out' | 'cancelled';
export type FinalStatus = Exclude<Status, 'pending' | 'running'>;
export type StreamName = 'stdout' | 'stderr';
/** `deadline` = timeout, `idle` = idle-timeout, `total` = total-timeout (the whole execution's). */
export type TimeoutKind = 'deadline' | 'idle' | 'total';
export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface StreamStats {
  /** Bytes the command wrote to this stream, before any redaction. */
  bytes: number;
  lines: number;
  /** Last part of the output: redacted, ANSI stripped, `\r` progress collapsed, at most `outputLimit` UTF-8 bytes. */
  tail: string;
  /** True when `tail` does not hold the whole output. */
  truncated: boolean;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  /** Path relative to the workspace, with `/` separators; absent when unknown or outside it. */
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  title?: string;
  /** The tool's rule or error code (e.g. `TS2322`, `no-unused-vars`). */
  code?: string;
  /** The matcher owner that found it, or `steplog` for steplog's own. */
  source: string;
  /** Attempt number (1-based) whose output produced it. */
  attempt: number;
}

/** Facts an executor or an attempt observer adds to an attempt (a container id, peak memory …). */
export type AttemptDetails = Record<string, string | number | boolean | null>;

export interface AttemptRecord {
  /** 1-based. */
  number: number;
  status: FinalStatus | 'running';
  startedAt: string;
  completedAt: string | null;
  durationMs: number | null;
  /** Null when the process was killed by a signal or never started. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  timeoutKind: TimeoutKind | null;
  /** Why steplog could not run the attempt (shell not found, spawn error …), else null. */
  error: string | null;
  /** What the executor or an attempt observer adds; absent when nothing does. */
  details?: AttemptDetails;
  /** The line of its output that matched retry-on-output or abort-on-output; absent when none did or none is set. */
  outputMatch?: OutputMatch;
  /**
   * For a failed or timed-out attempt: whether another attempt followed, and why or why not
   * ("line 12 matched /ECONNRESET/", "exit code 1, retry-on is timeout"). Absent otherwise.
   */
  retry?: { retried: boolean; reason: string };
  /** What the attempt's process tree used; absent where it is not measured (Windows) or never ran. */
  resources?: ResourceUsage;
}

/** A line of an attempt's output that matched a retry-on-output (`retry`) or abort-on-output (`abort`) pattern. */
export interface OutputMatch {
  kind: 'retry' | 'abort';
  /** 1-based, counting the attempt's stdout and stderr lines together in the order steplog read them. */
  line: number;
  /** The pattern as given. */
  pattern: string;
}

/** Resource usage of an attempt's whole process tree, sampled (src/exec/resource-usage.ts). */
export interface ResourceUsage {
  /** The largest sum of RSS over the tree at one sample. */
  peakRssBytes: number;
  /** CPU time of the tree, the reaped children included. */
  cpuUserMs: number;
  cpuSystemMs: number;
  /** Distinct processes seen in the tree. */
  processes: number;
  /** Between samples once the attempt has run 5 s (every 100 ms before). */
  sampleIntervalMs: number;
  samples: number;
  /** Memory and CPU over time, for attempts longer than 30 s (at most 60 points). */
  timeline?: ResourceSample[];
}

export interface ResourceSample {
  /** Since the attempt started. */
  atMs: number;
  rssBytes: number;
  /** CPU of the tree since the previous point, in % of one core. */
  cpuPercent: number;
}

export interface ExecutionLimits {
  /** 0 = none. */
  timeoutMs: number;
  idleTimeoutMs: number;
  killSignal: string;
  killAfterMs: number;
  /** total-timeout, the deadline of all attempts and delays together; absent when none. */
  totalTimeoutMs?: number;
}

export interface ExecutionRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Unique per execution; also exported to the command's processes as STEPLOG_EXECUTION_ID. */
  id: string;
  /** Set when the execution is one of several steps of a run (the `steps` input). */
  stepId: string | null;
  name: string;
  command: string;
  /** The shell template, e.g. `bash --noprofile --norc -eo pipefail {0}`. */
  shell: string;
  cwd: string;
  status: Status;
  startedAt: string | null;
  completedAt: string | null;
  durationMs: number | null;
  /** The exit code of the last attempt, null when it was killed by a signal or never ran. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** The signal steplog itself received when status is `cancelled`. */
  cancelSignal: string | null;
  /**
   * Why a `cancelled` execution was stopped when steplog itself was not signalled (a step stopped
   * by fail-fast); absent otherwise. cancelSignal is then the signal the command was sent.
   */
  cancelReason?: string;
  maxAttempts: number;
  /** The limits the attempts ran under, so every renderer can say what happened in words. */
  limits: ExecutionLimits;
  attempts: AttemptRecord[];
  stdout: StreamStats;
  stderr: StreamStats;
  annotations: Annotation[];
  /** Why steplog itself failed (configuration, spawn, internal error), else null. */
  error: string | null;
  /** The exit status steplog exits with (see exitStatusFor in ./outcome.ts); null until the end. */
  exitStatus: number | null;
  /** Per-host results of the Ansible runs in the last attempt's output; absent when it printed none. */
  ansible?: AnsibleRecord;
  /** The container the script ran in (the `container` input); absent otherwise. */
  container?: ContainerRecord;
  /** The CI system and run it ran in (./ci-context.ts); absent outside a known CI. */
  ci?: CiContext;
}

/** One host's counts, as Ansible's PLAY RECAP prints them (ad-hoc results count as one task each). */
export interface AnsibleHostRecord {
  host: string;
  ok: number;
  changed: number;
  unreachable: number;
  failed: number;
  skipped: number;
  rescued: number;
  ignored: number;
}

export interface AnsibleRecord {
  /** `ansible-playbook` when a PLAY RECAP was seen, else `ansible` (ad-hoc results only). */
  command: 'ansible-playbook' | 'ansible';
  /** In the order Ansible first named them. */
  hosts: AnsibleHostRecord[];
  /** Hosts left out past the record's limit. */
  omittedHosts: number;
}

export interface ContainerRecord {
  engine: 'docker' | 'podman';
  /** The engine's server version (docker) or version (podman). */
  engineVersion: string;
  /** The image reference as given. */
  image: string;
  /** The local image ID (`sha256:…`). */
  imageId: string;
  /** The repository digest (`name@sha256:…`), null when the engine knows none (docker, for an image built or imported locally). */
  imageDigest: string | null;
  /** The last attempt's container, null when none was created. */
  containerId: string | null;
  /** The last attempt's container was killed by the kernel for exceeding its memory limit. */
  oomKilled: boolean;
  /** Its memory limit in bytes, null when unlimited. */
  memoryLimitBytes: number | null;
  /** How long pulling the image took, before the first attempt; absent when it was not pulled. */
  pullDurationMs?: number;
}
