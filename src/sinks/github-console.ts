// The job log on GitHub. The command's output is untrusted, so by default:
// - before its first byte, workflow-command processing is stopped with a fresh random token on
//   BOTH of steplog's streams (the runner reads a batch's stderr lines before its stdout lines);
// - both of the command's streams are forwarded to steplog's stdout, in the order steplog got them.
//   The runner shows stdout and stderr alike, and with one stream no line of the command can be
//   processed after the resume by the runner's stderr-first batching;
// - commands are resumed exactly once, on stdout, after the last forwarded byte: at the
//   `end` event, or in close() when the execution never ended normally. Nothing of the command is
//   forwarded after that;
// - the masks are registered with core.setSecret once commands are resumed, for the rest of the
//   job: an `::add-mask::` line written just before the stop on stdout could be read after the
//   stderr stop and be printed verbatim, secret and all. The forwarded output is redacted
//   by steplog itself, so no masked value reaches the log meanwhile. The values the command itself
//   masked (`echo "::add-mask::$T"`) are registered too, as a `run:` step's would be: a later step
//   printing them must not show them in clear;
// - with `workflow-commands: true` a value the command masks is registered before the line that
//   announced it is forwarded (that line is redacted like any other, so it would register `***`).
// `workflow-commands: true` forwards each stream to its own stream, unwrapped, as `run:` does.
// A run of steps stops once before the first step and resumes once when the run ends (a step's
// resume must not re-enable commands while another step still prints); steps in parallel mark each
// output line with their id.
//
// Groups: each attempt's output is one `::group::` (GitHub folds it like a GitLab section), steplog's
// own lines (attempt start and result, retry, final) outside it; an image pull before the first
// attempt is a group of its own. A group line is only processed outside the stopped region, so
// steplog opens and closes one by resuming, writing the group line and stopping again with a fresh
// token, in one write (one pipe write: no batch of the runner can end between them, so no line of the
// command can be read while commands run). Only those group lines are ever outside the stopped region:
// the masks are still registered once, at the last resume. GitHub has one level of groups and steps
// in parallel interleave their lines, so those have no groups. With `workflow-commands: true` a group
// the command opens ends steplog's (the runner does not nest them); steplog's `::endgroup::` at the
// attempt's end then closes whatever is open, so its own lines never fold into the command's group.
// A pull's lines come from the engine and the registry, not from the command: they are inside a
// stopped region whatever `workflow-commands` says.
//
// The stop/resume pair and the group lines are written by hand: @actions/core has no API for
// stop-commands, and its issueCommand writes to process.stdout, where the gate must write to its
// streams, a resume, a group line and a new stop in one write. The token is hex, so it needs no
// escaping, and it never reaches the command's environment or argv.
import { randomHex } from '../core/random.js';
import { escapeData } from '../matchers/workflow-command.js';
import * as core from './actions-toolkit.js';
import type { LifecycleEvent, OutputBatch } from '../core/events.js';
import type { AttemptRecord, StreamName } from '../core/record.js';
import type { Redactor } from '../core/mask.js';
import { runTotals } from '../core/run-span.js';
import type { RunMode, RunSink, Sink } from '../core/sink.js';
import { renderOutcomeLine, renderRunOutcomeLine } from '../render/outcome.js';
import {
  outputSectionTitle,
  preparationTitle,
  renderPreparationEnd,
  renderPreparationStart,
} from '../render/sections.js';
import { renderAttemptStart, renderNote, renderRetry, renderWarning } from './console-lines.js';
import { waitForDrain, writeBatch, type ConsoleStreams } from './console-plain.js';

export interface GithubConsoleOptions {
  streams: ConsoleStreams;
  /** Registered with core.setSecret: after the resume, or at the start when commands are not stopped. */
  masks: readonly string[];
  /** `workflow-commands: true`: forward the output raw, as a plain `run:` step does. */
  workflowCommands: boolean;
  /** Injected for tests; 48 hex characters by default. */
  createToken?: () => string;
}

export interface GithubConsoleSink extends Sink {
  /** True between the stop and the resume: only plain text reaches the runner then. */
  readonly stopped: boolean;
  /** Resumes command processing if it is stopped (idempotent); the action's last line of defence. */
  resume(): void;
}

export function createStopToken(): string {
  return randomHex(24);
}

/**
 * The stop/resume pair around the command's output, and the one stdout the command's lines and
 * steplog's own share. One gate per run: a run of parallel steps stops once and resumes once.
 */
export interface CommandGate {
  /** True between the stop and the resume: only plain text reaches the runner then. */
  readonly stopped: boolean;
  /** True once resumed: nothing of the command is forwarded any more. */
  readonly ended: boolean;
  stop(): void;
  /** Resumes command processing if it is stopped (idempotent), then registers the masks. */
  resume(): void;
  /**
   * Opens a group titled `title` (closing one still open), outside the stopped region (resume,
   * group, stop again). With `guard`, what follows is stopped even when the command's output is
   * not (a pull's lines).
   */
  openGroup(title: string, guard?: boolean): void;
  /** Closes the open group, if any, the same way; commands stay stopped after it if they were. */
  closeGroup(): void;
  /** A line about the whole run said while an attempt may be running (cancelling): outside any fold. */
  announce(line: string): void;
  /** A line of steplog's own, on a line of its own. */
  say(line: string): void;
  /** A line that is not the command's and not steplog's (a pull's progress): never run as a command. */
  quote(line: string): void;
  /** Forwards the command's output; `prefix` marks each line and ends it (parallel steps). */
  forward(batch: OutputBatch, prefix?: string): boolean;
  /** The redactor of an execution whose output goes through the gate: its values are registered. */
  watch(redactor: Redactor): void;
  drain(): Promise<void>;
}

export function createCommandGate(options: GithubConsoleOptions): CommandGate {
  const { streams } = options;
  const newToken = options.createToken ?? createStopToken;
  let token: string | null = null;
  /** Commands are stopped for the command's output until resume() (never with workflow-commands). */
  let holding = false;
  let ended = false;
  /** Whether a group steplog opened is still open (one level: the gate knows it, not each sink). */
  let groupOpen = false;
  // Which stream's last line on steplog's stdout is unfinished (an over-long line cut in pieces).
  let openLine: StreamName | null = null;

  const endOpenLine = () => {
    if (openLine !== null) streams.stdout.write('\n');
    openLine = null;
  };
  const redactors = new Set<Redactor>();
  const registered = new Set<string>();
  const register = (value: string) => {
    if (registered.has(value)) return;
    registered.add(value);
    core.setSecret(value);
  };
  const registerMasks = () => {
    // An ::add-mask:: line written while stopped would be printed, value and all.
    if (token !== null) return;
    for (const mask of options.masks) register(mask);
    for (const redactor of redactors) for (const value of redactor.values) register(value);
  };

  const say = (line: string) => {
    endOpenLine();
    streams.stdout.write(line + '\n');
  };
  /** `line` where commands run: the current stop resumed before it and, with `stopAfter`, a new one after. */
  const outsideStop = (line: string, stopAfter: boolean): string => {
    const lines = token === null ? [line] : [`::${token}::`, line];
    token = null;
    if (stopAfter && !ended) {
      token = newToken();
      lines.push(`::stop-commands::${token}`);
    }
    return lines.join('\n') + '\n';
  };

  return {
    get stopped() {
      return token !== null;
    },
    get ended() {
      return ended;
    },
    stop() {
      if (options.workflowCommands) return registerMasks();
      holding = true;
      token = newToken();
      streams.stderr.write(`::stop-commands::${token}\n`);
      streams.stdout.write(`::stop-commands::${token}\n`);
    },
    openGroup(title, guard = false) {
      // One level: a group still open ends here.
      this.closeGroup();
      endOpenLine();
      streams.stdout.write(outsideStop(`::group::${escapeData(title)}`, holding || guard));
      groupOpen = true;
    },
    closeGroup() {
      if (!groupOpen) return;
      groupOpen = false;
      endOpenLine();
      streams.stdout.write(outsideStop('::endgroup::', holding));
    },
    announce(line) {
      // Said at once and seen at once: a fold would hide it until someone opens it. What the
      // command prints during the grace that follows is shown unfolded after it.
      this.closeGroup();
      say(line);
    },
    quote(line) {
      if (token !== null) return say(line);
      const guard = newToken();
      streams.stdout.write(`::stop-commands::${guard}\n${line}\n::${guard}::\n`);
    },
    resume() {
      if (ended) return;
      ended = true;
      holding = false;
      if (options.workflowCommands && token === null) return;
      if (token !== null) {
        // The resume line must be a line of its own, or the runner never sees it.
        endOpenLine();
        streams.stdout.write(`::${token}::\n`);
        token = null;
      }
      registerMasks();
    },
    say,
    forward(batch: OutputBatch, prefix = '') {
      // Nothing of the command may reach the runner once commands are resumed.
      if (ended) return true;
      if (prefix) {
        endOpenLine();
        if (options.workflowCommands) registerMasks();
        return writeBatch(options.workflowCommands ? streams[batch.stream] : streams.stdout, batch, prefix);
      }
      if (options.workflowCommands) {
        registerMasks();
        // Each stream to its own: only an unfinished stdout line could swallow steplog's next line.
        if (batch.stream === 'stdout' && batch.bytes.length > 0)
          openLine = batch.bytes[batch.bytes.length - 1] === 0x0a ? null : 'stdout';
        return writeBatch(streams[batch.stream], batch);
      }
      if (batch.bytes.length === 0) return true;
      if (openLine !== null && openLine !== batch.stream) endOpenLine();
      openLine = batch.bytes[batch.bytes.length - 1] === 0x0a ? null : batch.stream;
      return writeBatch(streams.stdout, batch);
    },
    drain: () =>
      Promise.all([waitForDrain(streams.stdout), waitForDrain(streams.stderr)]).then(() => undefined),
    watch(redactor) {
      redactors.add(redactor);
    },
  };
}

/**
 * Lifecycle lines and output of one execution through a gate; `ownsGate` stops and resumes it.
 * With a `prefix` (steps in parallel) nothing is grouped: their lines interleave.
 */
export function createGatedConsoleSink(gate: CommandGate, ownsGate: boolean, prefix = ''): GithubConsoleSink {
  let name = '';
  let maxAttempts = 1;
  let lastAttempt: AttemptRecord | null = null;
  // The gate knows whether a group is open (there is one level); steps in parallel open none.
  const openGroup = (title: string, guard = false) => {
    if (!prefix) gate.openGroup(title, guard);
  };
  const closeGroup = () => {
    if (!prefix) gate.closeGroup();
  };
  return {
    name: 'GitHub console',
    wholeLines: true,
    get stopped() {
      return gate.stopped;
    },
    resume: () => gate.resume(),
    onEvent(event: LifecycleEvent) {
      switch (event.type) {
        case 'start':
          name = event.record.name;
          maxAttempts = event.record.maxAttempts;
          if (ownsGate) gate.stop();
          break;
        case 'preparation-start':
          if (prefix) gate.say(renderPreparationStart(name, event.preparation));
          else openGroup(preparationTitle(name, event.preparation), true);
          break;
        case 'preparation-end':
          closeGroup();
          gate.say(renderPreparationEnd(name, event.preparation, event.durationMs, event.error !== null));
          break;
        case 'attempt-start':
          closeGroup();
          gate.say(renderAttemptStart(name, event.attempt, maxAttempts));
          openGroup(outputSectionTitle(name, event.attempt, maxAttempts));
          break;
        case 'attempt-end':
          closeGroup();
          lastAttempt = event.attempt;
          break;
        case 'retry':
          gate.say(renderRetry(name, lastAttempt, maxAttempts, event.delayMs, event.reason));
          break;
        case 'warning':
          // After the resume the annotations sink reports warnings with core.warning.
          if (!gate.ended) gate.say(renderWarning(event.message));
          break;
        case 'note':
          if (!gate.ended) gate.say(renderNote(event.message));
          break;
        case 'end':
          // An attempt ended by a cancel or steplog's own failure has no attempt-end.
          closeGroup();
          if (!gate.ended) gate.say(renderOutcomeLine(event.record));
          if (ownsGate) gate.resume();
          break;
      }
    },
    onPreparationOutput: (line) => gate.quote(prefix + line),
    onOutput: (batch: OutputBatch) => gate.forward(batch, prefix),
    drain: () => gate.drain(),
    close: () => {
      closeGroup();
      if (ownsGate) gate.resume();
    },
  };
}

export function createGithubConsoleRunSink(mode: RunMode, options: GithubConsoleOptions): RunSink {
  const gate = createCommandGate(options);
  // One command's console stops at its `start` and resumes at its `end`; a run of steps around all.
  if (mode === 'steps') gate.stop();
  return {
    name: 'GitHub console',
    execution: (slot) => {
      // Its values, the command's own ::add-mask:: ones included, are registered at the resume.
      gate.watch(slot.redactor);
      return createGatedConsoleSink(gate, mode === 'command', slot.parallel ? `[${slot.stepId}] ` : '');
    },
    end: ({ records, outcome, internalError }) => {
      if (mode === 'steps' && internalError === null && !gate.ended) {
        gate.say(renderRunOutcomeLine(records, runTotals(records, outcome), outcome.exitStatus));
      }
      // Idempotent: also what releases the runner's commands when steplog itself failed mid-run.
      gate.resume();
    },
    announce: (line) => gate.announce(line),
  };
}
