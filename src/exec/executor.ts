// The executor seam. An Executor runs one attempt of a command somewhere (a process group on this
// machine; a container; a Kubernetes Job …) and hands back an AttemptTarget: the command's pipes,
// when it exited, and how to terminate, kill and clean up what it started. Everything generic about
// an attempt is written once, above it, in ./run-attempt.ts: the deadline and idle watchdog, the
// output pump, cancellation, the SIGKILL escalation (./escalation.ts) and the bounded pipe wait.
import type { Readable } from 'node:stream';
import type { ExecutionLogger } from '../core/logger.js';
import type { AttemptFacts } from '../core/outcome.js';
import type { AttemptDetails, ResourceUsage } from '../core/record.js';
import type { ExecutionSettings } from '../core/settings.js';
import type { Escalation } from './escalation.js';

/** Why an attempt could not run: shell missing (127), not executable (126), anything else (125). */
export type AttemptError = NonNullable<AttemptFacts['error']>;

export interface AttemptSpec {
  /** The execution's id; exported to the command as STEPLOG_EXECUTION_ID, so what it starts can be found. */
  executionId: string;
  settings: ExecutionSettings;
  /** The script to run: `settings.run`, or the on-retry command. */
  script: string;
  /** Parent of the script's temporary directory; os.tmpdir() by default. */
  tempDir?: string;
  /** Aborted when the run is cancelled: a long preparation (an image pull) should stop. */
  cancel?: AbortSignal;
  /** Variables the run's destinations give this attempt's command (TRACEPARENT of its span …). */
  env?: Record<string, string>;

  /** Sets an optional block of the execution's record, e.g. the container the attempt ran in. */
  setBlock: ExecutionLogger['setBlock'];
}

export interface Executor {
  readonly name: string;
  /**
   * Everything before the attempt's clock starts: write the script, find the shell, pull an image.
   * An error here ends the attempt as failed without running anything.
   */
  prepare(spec: AttemptSpec): Promise<PreparedAttempt | { error: AttemptError }>;
  /**
   * Once, before the first attempt starts (and before its `attempt-start`), outside every attempt's
   * clock: what the whole execution needs, such as pulling the image, reported through the logger's
   * preparation events. Its failure is not thrown: the first attempt's prepare() returns it.
   */
  setup?(cancel?: AbortSignal): Promise<void>;
}

export interface PreparedAttempt {
  /** Starts the command; the attempt's deadline counts from this call. */
  start(): Promise<AttemptTarget | { error: AttemptError }>;
  /** Releases what prepare() made (the script file …); called once, on every path. */
  dispose(): void;
}

/** What the command's main process ended with, once its pipes are done. */
export type AttemptExit = { exitCode: number | null; signal: string | null } | { error: AttemptError };

/** What a started attempt is, and how to stop it. */
export interface AttemptTarget {
  readonly stdout: Readable | null;
  readonly stderr: Readable | null;
  /** The main process on this machine, when there is one (a resource sampler walks its tree). */
  readonly pid?: number;
  /** Resolves once the command's main process has exited (or failed to start); never rejects. */
  readonly exited: Promise<void>;
  /** The first signal of a stop, to everything the attempt started. */
  terminate(signal: NodeJS.Signals): void;
  /** Ends everything the attempt started, now (SIGKILL, `docker kill` …). */
  kill(): void;
  /**
   * Whether anything the attempt started is still alive, known at once: the escalation asks it when
   * it sends the kill, and a kill that found the tree alive makes the attempt's signal SIGKILL.
   * Absent: alive until the main process exited.
   */
  alive?(): boolean;
  /**
   * After the main process exited: ends what it left behind, through `stop` (the same escalation
   * a timeout uses), and resolves once nothing is left; or, with `keep`, leaves it running and
   * says so (with `note`: keeping is what was asked, not a problem). Says what it killed with
   * `warn`. Called a second time, without `keep`, when a cancel came before the attempt was over:
   * what the first call kept goes then.
   */
  cleanup(context: CleanupContext): Promise<CleanupResult | void>;
  /** steplog failed mid-attempt: end everything now, without a word. Never rejects. */
  abort(): Promise<void>;
  /** How the main process ended; called after cleanup and the pipe wait. */
  result(): Promise<AttemptExit>;
  /** Facts for the attempt record that only this executor knows (a container id …). */
  details?(): AttemptDetails;
}

export interface CleanupContext {
  stop: Escalation;
  /**
   * The main process exited by itself and `background` is `keep`: what it left running stays
   * (an executor that cannot keep anything, a container, ends it as usual).
   */
  keep: boolean;
  /** The first signal for leftovers, and their grace before the kill. */
  signal: NodeJS.Signals;
  graceMs: number;
  warn(message: string): Promise<void>;
  note(message: string): Promise<void>;
}

export interface CleanupResult {
  /** Processes were left running; they may hold the command's pipes open. */
  kept: boolean;
}

/**
 * Watches one attempt from its start to its end (resource usage, say) and adds fields to its
 * record. Created for each attempt; must never throw (a failing observer is ignored).
 */
export interface AttemptObserver {
  /** The command has started. */
  started(target: AttemptTarget): void;
  /** The attempt is over and nothing it started is left: the fields to add to its record. */
  stopped(): AttemptDetails | Promise<AttemptDetails>;
  /** After stopped(): the resource usage of the attempt's tree, for the observer that measures it. */
  usage?(): ResourceUsage | undefined;
}

export type AttemptObserverFactory = (spec: AttemptSpec) => AttemptObserver;
