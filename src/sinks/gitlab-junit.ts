// The JUnit report sink: keeps a bounded tail of each attempt's output (both streams, in order,
// already masked) so every failed attempt's test case shows its own output, then writes the report.
// A run of steps keeps each step's last attempt's output and writes one test case per step when
// the run ends, every step's share of the budget keeping the file far under GitLab's 30 MB.
import stripAnsi from 'strip-ansi';
import type { LifecycleEvent, OutputBatch } from '../core/events.js';
import { collapseCarriageReturns, lastBytes } from '../core/output-stream.js';
import type { RunMode, RunSink, Sink } from '../core/sink.js';
import { renderJunit, renderStepsJunit } from '../render/gitlab-junit.js';
import { writeFileAtomic } from './write-file.js';

/** All attempts' tails together stay well under GitLab's 30 MB per JUnit file. */
export const JUNIT_OUTPUT_BUDGET = 8 * 1024 * 1024;

export interface GitlabJunitOptions {
  /** Absolute path. */
  file: string;
  /** Bytes of output kept per attempt (the `output-limit` setting). */
  outputLimit: number;
  maxAttempts: number;
}

export interface GitlabJunitRunOptions {
  /** Absolute path. */
  file: string;
  /** The test suite's name with `steps` (the job's name). */
  suite: string;
}

export function createGitlabJunitRunSink(mode: RunMode, { file, suite }: GitlabJunitRunOptions): RunSink {
  const name = `JUnit report (${file})`;
  if (mode === 'command') {
    return {
      name,
      execution: ({ settings }) =>
        createGitlabJunitSink({ file, outputLimit: settings.outputLimit, maxAttempts: settings.maxAttempts }),
    };
  }
  /** Each step's last attempt's output, in order, by step id. */
  const tails = new Map<string, string>();
  return {
    name,
    execution: ({ stepId, settings }) => createStepTailSink(stepId ?? '', settings.outputLimit, tails),
    end({ records, outcome, internalError }) {
      if (internalError !== null) return;
      const share = Math.max(1, Math.floor(JUNIT_OUTPUT_BUDGET / Math.max(1, records.length)));
      const stepOutput = new Map([...tails].map(([id, text]) => [id, lastBytes(text, share).text]));
      writeFileAtomic(file, renderStepsJunit(records, { suite, outcome, stepOutput }));
    },
  };
}

/** Keeps the last attempt's output of one step (masked, ANSI stripped, in order) for its test case. */
function createStepTailSink(stepId: string, limit: number, tails: Map<string, string>): Sink {
  let tail = new TailBuffer(limit);
  let attempted = false;
  return {
    name: `JUnit output of step ${stepId}`,
    onEvent(event) {
      if (event.type === 'attempt-start') {
        tail = new TailBuffer(limit);
        attempted = true;
      } else if (event.type === 'end' && attempted) {
        tails.set(stepId, tail.text());
      }
    },
    onOutput(batch) {
      tail.push(batch);
    },
  };
}

export function createGitlabJunitSink(options: GitlabJunitOptions): Sink {
  const limit = Math.max(
    1,
    Math.min(options.outputLimit, Math.floor(JUNIT_OUTPUT_BUDGET / options.maxAttempts)),
  );
  const outputs = new Map<number, string>();
  let attempt = 0;
  let tail = new TailBuffer(limit);
  return {
    name: `JUnit report (${options.file})`,
    onEvent(event: LifecycleEvent) {
      switch (event.type) {
        case 'attempt-start':
          attempt = event.attempt;
          tail = new TailBuffer(limit);
          break;
        case 'attempt-end':
          outputs.set(event.attempt.number, tail.text());
          break;
        case 'end':
          if (attempt > 0 && !outputs.has(attempt)) outputs.set(attempt, tail.text());
          writeFileAtomic(options.file, renderJunit(event.record, { attemptOutput: outputs }));
          break;
      }
    },
    onOutput(batch: OutputBatch) {
      tail.push(batch);
    },
  };
}

/** The last `limit` bytes of a stream of lines, trimmed as it goes so memory stays bounded. */
export class TailBuffer {
  private pieces: string[] = [];
  private chars = 0;
  constructor(private readonly limit: number) {}

  push(batch: OutputBatch): void {
    const last = batch.lines.length - 1;
    batch.lines.forEach((line, index) => {
      const piece = index === last && batch.partial ? line : line + '\n';
      this.pieces.push(piece);
      this.chars += piece.length;
    });
    // The last `limit` UTF-8 bytes lie within the last `limit` UTF-16 units; twice that leaves room
    // for the ANSI sequences stripped later.
    if (this.chars > 4 * this.limit) {
      const kept = this.pieces.join('').slice(-2 * this.limit);
      this.pieces = [kept];
      this.chars = kept.length;
    }
  }

  text(): string {
    const clean = collapseCarriageReturns(stripAnsi(this.pieces.join('').replace(/\n$/, '')));
    return lastBytes(clean, this.limit).text;
  }
}
