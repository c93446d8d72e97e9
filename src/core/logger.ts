// The execution logger: the only code that sets a record's status, timestamps, durations, exit code
// and signal. The runner reports facts to it; it decides (./outcome.ts), records, and emits typed
// events to the sinks. A sink that throws gets one warning and is dropped; the outcome never changes.
import { randomUUID } from './random.js';
import type { LifecycleEvent, Lines, OutputBatch, Preparation } from './events.js';
import type { SteplogExitStatus } from './errors.js';
import { messageOf } from './errors.js';
import { Redactor } from './mask.js';
import {
  decideAttemptStatus,
  decideRetry,
  exitStatusFor,
  retryDelayMs,
  type AttemptFacts,
  type RetryPolicy,
} from './outcome.js';
import { formatDuration } from '../render/format.js';
import { OutputStream } from './output-stream.js';
import {
  SCHEMA_VERSION,
  type Annotation,
  type AttemptRecord,
  type ExecutionLimits,
  type ExecutionRecord,
  type OutputMatch,
  type StreamName,
} from './record.js';
import type { Sink } from './sink.js';
import type { CiContext } from './ci-context.js';

export interface ExecutionLoggerOptions {
  name: string;
  command: string;
  shell: string;
  cwd: string;
  maxAttempts: number;
  limits: ExecutionLimits;
  successCodes: readonly number[];
  outputLimit: number;
  masks?: readonly string[];
  sinks?: Sink[];
  id?: string;
  stepId?: string | null;
  /** A green execution that needed retries gets a warning annotation saying so. */
  warnOnRetry?: boolean;
  /** When given, endAttempt decides whether another attempt follows (AttemptRecord.retry). */
  retry?: RetryPolicy & { retryDelayMs: number; retryBackoff: number; totalTimeoutMs: number };
  /** The CI run the execution belongs to (detectCiContext); null or absent outside a known CI. */
  ci?: CiContext | null;
  /** Injected for tests. */
  now?: () => Date;
}

/** "exit code 2", "timed out", "killed by SIGKILL": how a failed attempt ended, for the retry warning. */
function describeAttemptEnd(attempt: AttemptRecord): string {
  if (attempt.error !== null) return attempt.error;
  if (attempt.timeoutKind === 'idle') return 'timed out without output';
  if (attempt.timedOut) return 'timed out';
  if (attempt.signal !== null) return `killed by ${attempt.signal}`;
  return `exit code ${attempt.exitCode}`;
}

/** Finds the lines of an attempt's output that retry-on-output or abort-on-output match. */
export interface OutputWatch {
  observe(batch: Lines, stream: StreamName, attempt: number): void;
  matchOf(attempt: number): OutputMatch | undefined;
}

/** Sees the complete lines (redacted) of one output batch and may return annotations found in them. */
export type BatchObserver = (
  batch: Lines,
  stream: StreamName,
  attempt: number,
) => readonly Omit<Annotation, 'attempt'>[] | void;

/**
 * How long the start of an unfinished line waits for its end before it is shown anyway (a prompt, a
 * `pytest -v` test name before its result), unless a sink shows whole lines only.
 */
export const PARTIAL_LINE_DELAY_MS = 200;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type EventBody = DistributiveOmit<
  LifecycleEvent,
  'schemaVersion' | 'executionId' | 'stepId' | 'seq' | 'time'
>;

export class ExecutionLogger {
  readonly redactor: Redactor;
  private readonly record: ExecutionRecord;
  private streams: Record<StreamName, OutputStream>;
  private readonly outputLimit: number;
  private readonly warnOnRetry: boolean;
  /** Where each distinct annotation (level, place, message) sits in record.annotations. */
  private readonly annotationIndex = new Map<string, number>();
  private readonly sinks: Sink[];
  private stopReason: string | null = null;
  private readonly batchObservers: BatchObserver[] = [];
  private outputWatch: OutputWatch | null = null;
  private readonly retryPolicy: ExecutionLoggerOptions['retry'];
  private readonly successCodes: readonly number[];
  private readonly now: () => Date;
  private startMs = 0;
  private attemptStartMs = 0;
  private errorStatus: SteplogExitStatus | null = null;
  private seq = 0;
  /** Lifecycle events are delivered one at a time, in order, even when sinks are async. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  /** The preparation under way (an image pull) and when it started. */
  private preparation: { what: Preparation; startMs: number } | null = null;
  /** Per stream, the timer that shows the start of an unfinished line. */
  private readonly releaseTimers: Partial<Record<StreamName, NodeJS.Timeout>> = {};

  constructor(options: ExecutionLoggerOptions) {
    this.redactor = new Redactor(options.masks ?? []);
    this.now = options.now ?? (() => new Date());
    this.successCodes = options.successCodes;
    this.retryPolicy = options.retry;
    this.outputLimit = options.outputLimit;
    this.warnOnRetry = options.warnOnRetry ?? false;
    this.sinks = [...(options.sinks ?? [])];
    this.streams = {
      stdout: new OutputStream(this.redactor, options.outputLimit, 'stdout'),
      stderr: new OutputStream(this.redactor, options.outputLimit, 'stderr'),
    };
    this.record = {
      schemaVersion: SCHEMA_VERSION,
      id: options.id ?? randomUUID(),
      stepId: options.stepId ?? null,
      name: this.redactor.redact(options.name),
      command: this.redactor.redact(options.command),
      shell: options.shell,
      cwd: options.cwd,
      status: 'pending',
      startedAt: null,
      completedAt: null,
      durationMs: null,
      exitCode: null,
      signal: null,
      timedOut: false,
      cancelSignal: null,
      maxAttempts: options.maxAttempts,
      limits: { ...options.limits },
      attempts: [],
      stdout: this.streams.stdout.stats(),
      stderr: this.streams.stderr.stats(),
      annotations: [],
      error: null,
      exitStatus: null,
      // Redacted like the name: a branch or job name may hold a value the user asked to mask.
      ...(options.ci ? { ci: this.redactor.redactDeep(options.ci) } : {}),
    };
  }

  get id(): string {
    return this.record.id;
  }

  /** An attempt has started and not ended (not between attempts, not before the first). */
  get attemptRunning(): boolean {
    return this.record.attempts.at(-1)?.status === 'running';
  }

  /** A deep copy of the record as it stands, with current tails. */
  snapshot(): ExecutionRecord {
    return structuredClone({
      ...this.record,
      stdout: this.streams.stdout.stats(),
      stderr: this.streams.stderr.stats(),
    });
  }

  addSink(sink: Sink): void {
    this.sinks.push(sink);
  }

  addBatchObserver(observer: BatchObserver): void {
    this.batchObservers.push(observer);
  }

  /** Looks for retry-on-output / abort-on-output lines; endAttempt records what it found. */
  watchOutput(watch: OutputWatch): void {
    this.outputWatch = watch;
    this.batchObservers.push((batch, stream, attempt) => watch.observe(batch, stream, attempt));
  }

  /** pending → running. */
  start(): Promise<void> {
    this.assertStatus('pending', 'start');
    const now = this.now();
    this.startMs = now.getTime();
    this.record.status = 'running';
    this.record.startedAt = now.toISOString();
    return this.emit({ type: 'start', record: this.snapshot() });
  }

  /**
   * A preparation before the first attempt begins (an image pull), outside every attempt's clock.
   * Its output follows through preparationOutput(), then endPreparation().
   */
  startPreparation(what: Preparation): Promise<void> {
    this.assertStatus('running', 'startPreparation');
    if (this.preparation) throw new Error('startPreparation() called while a preparation is under way');
    const clean = { ...what, image: this.redactor.redact(what.image) };
    this.preparation = { what: clean, startMs: this.now().getTime() };
    return this.emit({ type: 'preparation-start', preparation: clean });
  }

  /** A line of the preparation's output (redacted), for the consoles only. */
  preparationOutput(line: string): void {
    if (!this.preparation) throw new Error('preparationOutput() called outside a preparation');
    const clean = this.redactor.redact(line);
    for (const sink of [...this.sinks]) {
      if (!sink.onPreparationOutput) continue;
      try {
        sink.onPreparationOutput(clean);
      } catch (error) {
        this.reportSinkFailure(sink, error);
      }
    }
  }

  /** Ends the preparation under way; `error` says why it failed. Resolves with its duration. */
  async endPreparation(error: string | null): Promise<number> {
    const current = this.preparation;
    if (!current) throw new Error('endPreparation() called without startPreparation()');
    this.preparation = null;
    const durationMs = Math.max(0, this.now().getTime() - current.startMs);
    await this.emit({
      type: 'preparation-end',
      preparation: current.what,
      durationMs,
      error: error === null ? null : this.redactor.redact(error),
    });
    return durationMs;
  }

  /** Sets (or, with undefined, removes) an optional block of the record: the Ansible hosts, the container. */
  setBlock<K extends 'ansible' | 'container'>(key: K, value: ExecutionRecord[K]): void {
    if (value === undefined) delete this.record[key];
    else this.record[key] = structuredClone(value);
  }

  /** Opens the next attempt and returns its number (1-based). */
  startAttempt(): Promise<number> {
    this.assertStatus('running', 'startAttempt');
    const previous = this.record.attempts.at(-1);
    if (previous?.status === 'running') {
      throw new Error(`startAttempt() called while attempt ${previous.number} is running`);
    }
    const now = this.now();
    this.attemptStartMs = now.getTime();
    // The tails (and the stdout/stderr outputs made from them) are the last attempt's, not all
    // attempts joined: what the reader needs is why the final attempt ended as it did.
    if (previous) {
      this.streams = {
        stdout: new OutputStream(this.redactor, this.outputLimit, 'stdout'),
        stderr: new OutputStream(this.redactor, this.outputLimit, 'stderr'),
      };
    }
    const attempt: AttemptRecord = {
      number: this.record.attempts.length + 1,
      status: 'running',
      startedAt: now.toISOString(),
      completedAt: null,
      durationMs: null,
      exitCode: null,
      signal: null,
      timedOut: false,
      timeoutKind: null,
      error: null,
    };
    this.record.attempts.push(attempt);
    return this.emit({
      type: 'attempt-start',
      attempt: attempt.number,
      maxAttempts: this.record.maxAttempts,
    }).then(() => attempt.number);
  }

  /**
   * A chunk of the command's output. Returns false when a sink is congested: the caller pauses the
   * command's pipes until drain() resolves (backpressure instead of unbounded buffering).
   */
  write(stream: StreamName, chunk: Buffer): boolean {
    const output = this.streams[stream];
    const batch = output.push(chunk);
    if (output.holding && this.releaseTimers[stream] === undefined && this.showsPartialLines()) {
      this.armRelease(stream);
    }
    return batch ? this.dispatch(batch) : true;
  }

  private showsPartialLines(): boolean {
    for (const sink of this.sinks) if (sink.wholeLines) return false;
    return true;
  }

  /** At most PARTIAL_LINE_DELAY_MS after it arrived, the start of a line is shown. */
  private armRelease(stream: StreamName): void {
    const timer = setTimeout(() => {
      delete this.releaseTimers[stream];
      const batch = this.streams[stream].release();
      if (batch) this.dispatch(batch);
    }, PARTIAL_LINE_DELAY_MS);
    // Never what keeps steplog running.
    timer.unref();
    this.releaseTimers[stream] = timer;
  }

  private stopReleases(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      clearTimeout(this.releaseTimers[stream]);
      delete this.releaseTimers[stream];
    }
  }

  /** Resolves when every congested sink has drained. */
  async drain(): Promise<void> {
    await Promise.all(
      this.sinks.map(async (sink) => {
        try {
          await sink.drain?.();
        } catch (error) {
          this.reportSinkFailure(sink, error);
        }
      }),
    );
  }

  /** Closes the current attempt with the runner's facts; the status is decided here. */
  async endAttempt(facts: AttemptFacts): Promise<AttemptRecord> {
    this.stopReleases();
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.streams[stream].flush();
      if (rest) this.dispatch(rest);
    }
    const attempt = this.currentAttempt('endAttempt');
    if (attempt.status !== 'running')
      throw new Error(`endAttempt() called but attempt ${attempt.number} has ended`);
    const now = this.now();
    attempt.status = decideAttemptStatus(facts, this.successCodes);
    attempt.completedAt = now.toISOString();
    attempt.durationMs = now.getTime() - this.attemptStartMs;
    attempt.exitCode = facts.exitCode;
    attempt.signal = facts.signal;
    attempt.timedOut = facts.timedOut !== null;
    attempt.timeoutKind = facts.timedOut;
    attempt.error = facts.error ? this.redactor.redact(facts.error.message) : null;
    if (facts.details && Object.keys(facts.details).length > 0) {
      attempt.details = this.redactor.redactDeep({ ...facts.details });
    }
    if (facts.resources) attempt.resources = structuredClone(facts.resources);
    this.record.exitCode = facts.exitCode;
    this.record.signal = facts.signal;
    this.record.timedOut = attempt.timedOut;
    if (facts.cancelled) this.record.cancelSignal = facts.cancelled;
    this.errorStatus = facts.error?.exitStatus ?? null;
    this.record.error = attempt.error;
    this.decideRetry(attempt, now.getTime());
    await this.emit({ type: 'attempt-end', attempt: structuredClone(attempt) });
    return structuredClone(attempt);
  }

  /** Records on a failed or timed-out attempt the line its output matched and whether it is retried. */
  private decideRetry(attempt: AttemptRecord, nowMs: number): void {
    if (attempt.status !== 'failed' && attempt.status !== 'timed_out') return;
    const outputMatch = this.outputWatch?.matchOf(attempt.number);
    if (outputMatch) attempt.outputMatch = this.redactor.redactDeep(outputMatch);
    const policy = this.retryPolicy;
    if (!policy) return;
    const total = policy.totalTimeoutMs;
    const nextDelay = retryDelayMs(policy.retryDelayMs, policy.retryBackoff, attempt.number + 1);
    const decision = decideRetry(policy, attempt, {
      outputMatch,
      leftForNextMs: total > 0 ? this.startMs + total - nowMs - nextDelay : null,
      totalTimeout: formatDuration(total),
    });
    if (decision.reason !== null) {
      attempt.retry = { retried: decision.retry, reason: this.redactor.redact(decision.reason) };
    }
  }

  retry(delayMs: number, reason: string): Promise<void> {
    const attempt = this.currentAttempt('retry');
    if (attempt.status === 'running') throw new Error('retry() called before endAttempt()');
    return this.emit({
      type: 'retry',
      attempt: attempt.number,
      delayMs,
      reason: this.redactor.redact(reason),
    });
  }

  /** Records an annotation (from a matcher or from steplog itself). */
  annotate(annotation: Omit<Annotation, 'attempt'> & { attempt?: number }): void {
    const clean = this.redactor.redactDeep({
      ...annotation,
      attempt: annotation.attempt ?? this.record.attempts.length,
    });
    // The same problem reported again (by a retry, or twice by one tool) is one annotation; it
    // belongs to the latest attempt that reported it.
    const key = JSON.stringify([clean.level, clean.file, clean.line, clean.column, clean.message]);
    const seen = this.annotationIndex.get(key);
    if (seen !== undefined) {
      const kept = this.record.annotations[seen];
      if (kept.attempt !== clean.attempt) this.record.annotations[seen] = { ...kept, attempt: clean.attempt };
      return;
    }
    this.annotationIndex.set(key, this.record.annotations.length);
    this.record.annotations.push(clean);
    void this.emit({ type: 'annotation', annotation: clean });
  }

  /**
   * A green execution after retries: the failed attempts' errors and warnings are not problems of
   * the step any more, so they become notices naming their attempt; and, with warnOnRetry, one
   * warning says the step needed retries.
   */
  private settleRetriedAnnotations(): void {
    const attempts = this.record.attempts;
    const last = attempts.at(-1);
    if (this.record.status !== 'success' || !last || attempts.length < 2) return;
    this.record.annotations = this.record.annotations.map((annotation) =>
      annotation.attempt < last.number && annotation.level !== 'notice'
        ? {
            ...annotation,
            level: 'notice',
            message: `attempt ${annotation.attempt} of ${this.record.maxAttempts} (retried): ${annotation.message}`,
          }
        : annotation,
    );
    if (this.warnOnRetry) {
      const failures = attempts
        .slice(0, -1)
        .map((attempt) => `attempt ${attempt.number}: ${describeAttemptEnd(attempt)}`)
        .join('; ');
      this.record.annotations.push({
        level: 'warning',
        message: `${this.record.name} succeeded on attempt ${last.number} of ${this.record.maxAttempts} (${failures})`,
        title: 'steplog: retried',
        source: 'steplog',
        attempt: last.number,
      });
    }
  }

  /** A warning about steplog itself (a sink failed, a value was clamped …), sent to every sink. */
  warn(message: string): Promise<void> {
    return this.emit({ type: 'warning', message: this.redactor.redact(message) });
  }

  /** A line saying what steplog did that is no problem (what it left running): never an annotation. */
  note(message: string): Promise<void> {
    return this.emit({ type: 'note', message: this.redactor.redact(message) });
  }

  /**
   * steplog could not run the command at all (bad configuration found late, internal error).
   * Ends the execution as failed with `error` set; safe from any state but a finished one.
   */
  fail(error: unknown, exitStatus: SteplogExitStatus = 125): Promise<ExecutionRecord> {
    this.assertNotEnded();
    this.startIfPending();
    const last = this.record.attempts.at(-1);
    if (last && last.status === 'running') {
      this.closeAttempt(last, 'failed');
      last.error = this.redactor.redact(messageOf(error));
    }
    this.record.error = this.redactor.redact(messageOf(error));
    this.errorStatus = exitStatus;
    return this.finish('failed');
  }

  /** Ends the execution with the last attempt's status. */
  complete(): Promise<ExecutionRecord> {
    const last = this.currentAttempt('complete');
    if (last.status === 'running') throw new Error('complete() called before endAttempt()');
    return this.finish(last.status);
  }

  /**
   * Ends the execution as cancelled before or between attempts (during one, endAttempt records it;
   * an attempt still open here is closed as cancelled).
   */
  cancel(signal: NodeJS.Signals, reason?: string): Promise<ExecutionRecord> {
    this.assertNotEnded();
    this.record.cancelSignal = signal;
    if (reason !== undefined) this.stopReason = reason;
    this.startIfPending();
    const last = this.record.attempts.at(-1);
    if (last && last.status === 'running') this.closeAttempt(last, 'cancelled');
    return this.finish('cancelled');
  }

  /** Waits for queued events and closes every sink. Call once, on every exit path. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopReleases();
    // Events queued meanwhile (a sink's failure warning) still reach the other sinks before close.
    for (let queue = this.queue; ; queue = this.queue) {
      await queue;
      if (queue === this.queue) break;
    }
    for (const sink of this.sinks) {
      try {
        await sink.close?.();
      } catch (error) {
        this.reportSinkFailure(sink, error);
      }
    }
  }

  private startIfPending(): void {
    if (this.record.status !== 'pending') return;
    const now = this.now();
    this.startMs = now.getTime();
    this.record.status = 'running';
    this.record.startedAt = now.toISOString();
    // Every execution in the log has a start event, even one that never ran an attempt.
    void this.emit({ type: 'start', record: this.snapshot() });
  }

  /** An attempt ended by fail() or cancel() rather than by the runner's facts. */
  private closeAttempt(attempt: AttemptRecord, status: AttemptRecord['status']): void {
    const now = this.now();
    attempt.status = status;
    attempt.completedAt = now.toISOString();
    attempt.durationMs = now.getTime() - this.attemptStartMs;
  }

  private assertNotEnded(): void {
    if (this.record.completedAt !== null) throw new Error('the execution has already ended');
  }

  /**
   * Why this execution is being stopped when steplog itself was not signalled (fail-fast). Kept in
   * the record only if it does end cancelled: a step that finishes first keeps its own outcome.
   */
  noteStopReason(reason: string): void {
    this.stopReason = reason;
  }

  private async finish(status: ExecutionRecord['status']): Promise<ExecutionRecord> {
    this.assertNotEnded();
    const now = this.now();
    this.record.status = status;
    if (status === 'cancelled' && this.stopReason !== null) this.record.cancelReason = this.stopReason;
    this.record.completedAt = now.toISOString();
    this.record.durationMs = now.getTime() - this.startMs;
    this.record.exitStatus = exitStatusFor(this.record, this.errorStatus);
    this.settleRetriedAnnotations();
    // Redacted again: values the command announced with ::add-mask:: after the name and command
    // were first redacted (e.g. a step output pasted into `run`) must not reach a sink either.
    const record = this.redactor.redactDeep(this.snapshot());
    await this.emit({ type: 'end', record });
    return record;
  }

  private dispatch(batch: OutputBatch): boolean {
    const { stream, partial } = batch;
    const attempt = this.record.attempts.length;
    if (batch.count > 0 && this.batchObservers.length > 0) {
      // The piece of an over-long line is seen once the line is complete.
      const complete: Lines = partial ? { lines: batch.lines.slice(0, -1), count: batch.count - 1 } : batch;
      for (const observe of this.batchObservers) {
        const found = observe(complete, stream, attempt);
        if (found) for (const annotation of found) this.annotate({ ...annotation, attempt });
      }
    }
    let flowing = true;
    // A copy: a failing sink is removed mid-loop, and the next one must still get this batch.
    for (const sink of [...this.sinks]) {
      if (!sink.onOutput) continue;
      try {
        if (sink.onOutput(batch) === false) flowing = false;
      } catch (error) {
        this.reportSinkFailure(sink, error);
      }
    }
    return flowing;
  }

  private emit(body: EventBody): Promise<void> {
    const event = {
      schemaVersion: SCHEMA_VERSION,
      executionId: this.record.id,
      stepId: this.record.stepId,
      seq: ++this.seq,
      time: this.now().toISOString(),
      ...body,
    } as LifecycleEvent;
    deepFreeze(event);
    this.queue = this.queue.then(() => this.deliver(event));
    return this.queue;
  }

  private async deliver(event: LifecycleEvent): Promise<void> {
    for (const sink of [...this.sinks]) {
      if (!sink.onEvent) continue;
      try {
        await sink.onEvent(event);
      } catch (error) {
        this.reportSinkFailure(sink, error);
      }
    }
  }

  /** One warning per failing sink (on the other sinks), then the sink is dropped. */
  private reportSinkFailure(sink: Sink, error: unknown): void {
    const index = this.sinks.indexOf(sink);
    if (index === -1) return;
    this.sinks.splice(index, 1);
    void this.emit({
      type: 'warning',
      message: this.redactor.redact(`the ${sink.name} sink failed and was turned off: ${messageOf(error)}`),
    });
  }

  private currentAttempt(method: string): AttemptRecord {
    const attempt = this.record.attempts.at(-1);
    if (!attempt) throw new Error(`${method}() called before startAttempt()`);
    return attempt;
  }

  private assertStatus(expected: ExecutionRecord['status'], method: string): void {
    if (this.record.status !== expected) {
      throw new Error(`${method}() needs status ${expected}, the execution is ${this.record.status}`);
    }
  }
}

/** Sinks share each event: frozen, one sink cannot change what the next one sees. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/** Logger options from validated settings (the common case for every front door). */
export function loggerOptionsFrom(
  settings: import('./settings.js').ExecutionSettings,
): Omit<ExecutionLoggerOptions, 'sinks'> {
  return {
    name: settings.name,
    command: settings.run,
    shell: settings.shell.template,
    cwd: settings.cwd,
    maxAttempts: settings.maxAttempts,
    limits: {
      timeoutMs: settings.timeoutMs,
      idleTimeoutMs: settings.idleTimeoutMs,
      killSignal: settings.killSignal,
      killAfterMs: settings.killAfterMs,
      ...(settings.totalTimeoutMs > 0 ? { totalTimeoutMs: settings.totalTimeoutMs } : {}),
    },
    successCodes: settings.successCodes,
    outputLimit: settings.outputLimit,
    masks: settings.masks,
    warnOnRetry: settings.warnOnRetry,
    retry: {
      maxAttempts: settings.maxAttempts,
      retryOn: settings.retryOn,
      retryOnExitCodes: settings.retryOnExitCodes,
      retryOnOutput: settings.retryOnOutput.length > 0,
      retryDelayMs: settings.retryDelayMs,
      retryBackoff: settings.retryBackoff,
      totalTimeoutMs: settings.totalTimeoutMs,
    },
  };
}
