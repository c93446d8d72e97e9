// The JSON-lines log: one line per lifecycle event, appended. Each line is a single synchronous
// write ending in `\n`, so the file is a valid prefix even if steplog is SIGKILLed mid-run and
// nothing is left in a buffer when a signal ends the process.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { LifecycleEvent } from '../core/events.js';
import type { Redactor } from '../core/mask.js';
import type { RunSink, Sink } from '../core/sink.js';

/** A line above this is replaced by a smaller one without the tails (records carry them twice at most). */
export const MAX_JSONL_LINE_BYTES = 2 * 1024 * 1024;

/** Every execution of a run appends to the one log file, each with its own redactor. */
export function createJsonlRunSink(file: string): RunSink {
  return {
    name: `JSON-lines log (${file})`,
    execution: (slot) => createJsonlSink(file, slot.redactor),
  };
}

export function createJsonlSink(file: string, redactor: Redactor): Sink {
  let fd: number | null = null;
  return {
    name: `JSON-lines log (${file})`,
    onEvent(event: LifecycleEvent) {
      if (fd === null) {
        mkdirSync(path.dirname(file), { recursive: true });
        fd = openSync(file, 'a', 0o644);
      }
      writeSync(fd, renderJsonlLine(redactor.redactDeep(event)));
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

export function renderJsonlLine(event: LifecycleEvent): string {
  const line = JSON.stringify(event) + '\n';
  if (Buffer.byteLength(line) <= MAX_JSONL_LINE_BYTES || !('record' in event)) return line;
  const record = { ...event.record };
  for (const stream of ['stdout', 'stderr'] as const) {
    record[stream] = { ...record[stream], tail: '', truncated: true };
  }
  return JSON.stringify({ ...event, record }) + '\n';
}
