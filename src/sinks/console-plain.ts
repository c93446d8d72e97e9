// Console for a terminal, Jenkins or any CI without special log markup: the command's stdout and
// stderr go to steplog's stdout and stderr unchanged; steplog's own lines go to stderr so the
// command's stdout stays pipeable. Steps running in parallel mark each output line with their id;
// each execution ends with its outcome line, and a run of steps with one line for the run. An image pull before
// the first attempt is a line when it starts, its output on stderr, and a line when it ends.
import type { LifecycleEvent, OutputBatch } from '../core/events.js';
import type { AttemptRecord } from '../core/record.js';
import { runTotals } from '../core/run-span.js';
import type { RunSink, Sink } from '../core/sink.js';
import { renderOutcomeLine, renderRunOutcomeLine } from '../render/outcome.js';
import { renderPreparationEnd, renderPreparationStart } from '../render/sections.js';
import { renderAttemptStart, renderNote, renderRetry, renderWarning } from './console-lines.js';

export interface ConsoleStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export function createPlainConsoleRunSink(streams: ConsoleStreams): RunSink {
  return {
    name: 'console',
    execution: (slot) => createPlainConsoleSink(streams, slot.parallel ? `[${slot.stepId}] ` : ''),
    announce: (line) => void streams.stderr.write(line + '\n'),
    end({ mode, records, outcome, internalError }) {
      if (mode !== 'steps' || internalError !== null) return;
      streams.stderr.write(
        renderRunOutcomeLine(records, runTotals(records, outcome), outcome.exitStatus) + '\n',
      );
    },
  };
}

/** `prefix` marks each output line (steps running in parallel share one console). */
export function createPlainConsoleSink(streams: ConsoleStreams, prefix = ''): Sink {
  let name = '';
  let maxAttempts = 1;
  let lastAttempt: AttemptRecord | null = null;
  const say = (line: string) => streams.stderr.write(line + '\n');
  return {
    name: 'console',
    onEvent(event: LifecycleEvent) {
      switch (event.type) {
        case 'start':
          name = event.record.name;
          maxAttempts = event.record.maxAttempts;
          break;
        case 'preparation-start':
          say(renderPreparationStart(name, event.preparation));
          break;
        case 'preparation-end':
          say(renderPreparationEnd(name, event.preparation, event.durationMs, event.error !== null));
          break;
        case 'attempt-start':
          say(renderAttemptStart(name, event.attempt, maxAttempts));
          break;
        case 'attempt-end':
          lastAttempt = event.attempt;
          break;
        case 'retry':
          say(renderRetry(name, lastAttempt, maxAttempts, event.delayMs, event.reason));
          break;
        case 'warning':
          say(renderWarning(event.message));
          break;
        case 'note':
          say(renderNote(event.message));
          break;
        case 'end':
          say(renderOutcomeLine(event.record));
          break;
      }
    },
    onPreparationOutput: (line) => say(prefix + line),
    onOutput: (batch: OutputBatch) => writeBatch(streams[batch.stream], batch, prefix),
    drain: () =>
      Promise.all([waitForDrain(streams.stdout), waitForDrain(streams.stderr)]).then(() => undefined),
  };
}

/**
 * Writes a batch: the command's bytes as they came (redacted), in one write. With a prefix (parallel
 * steps share the console) whole lines instead, each prefixed and ended, a piece of an over-long line
 * too: another step's line must not run into it.
 */
export function writeBatch(stream: NodeJS.WritableStream, batch: OutputBatch, prefix = ''): boolean {
  if (!prefix) return batch.bytes.length === 0 || stream.write(batch.bytes);
  if (batch.count === 0) return true;
  // From the joined text when the batch has it: its lines need not be split to be prefixed.
  const text = batch.text ?? batch.lines.join('\n');
  return stream.write(prefix + text.replaceAll('\n', '\n' + prefix) + '\n');
}

export function waitForDrain(stream: NodeJS.WritableStream): Promise<void> {
  const writable = stream as NodeJS.WritableStream & { writableNeedDrain?: boolean };
  if (!writable.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
    stream.once('error', done);
  });
}
