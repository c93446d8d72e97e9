// Shared by the GitLab tests: real execution records from the real logger (fake clock only), a
// stream that captures what a sink prints, and GitLab's own log-section grammar.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ExecutionLogger } from '../../src/core/logger.js';
import type { AttemptFacts } from '../../src/core/outcome.js';
import type { ExecutionRecord } from '../../src/core/record.js';
import type { StepSettings } from '../../src/core/settings.js';
import type { RunSink, Sink } from '../../src/core/sink.js';

/** lib/gitlab/regex.rb build_trace_section_regex: how GitLab finds a section marker in a log line. */
export const GITLAB_SECTION_MARKER =
  // eslint-disable-next-line no-control-regex
  /section_((?:start)|(?:end)):(\d+):([a-zA-Z0-9_.-]+)(\[(?:\w+=\w+)(?:, ?(?:\w+=\w+))*\])?\r\x1b\[0K/g;
/** gitlab-ci-local's marker regex (it also wants the leading erase-line sequence). */
// eslint-disable-next-line no-control-regex
export const GCL_SECTION_MARKER = /\x1b\[0Ksection_(start|end):(\d+):([^\s[]+)(?:\[[^\]]*\])?\r\x1b\[0K/g;

export interface Marker {
  action: 'start' | 'end';
  name: string;
  options: string | undefined;
  /** Index of the line (split on \n) the marker is on. */
  line: number;
}

export function findMarkers(log: string): Marker[] {
  const markers: Marker[] = [];
  log.split('\n').forEach((text, line) => {
    for (const match of text.matchAll(GITLAB_SECTION_MARKER)) {
      markers.push({ action: match[1] as 'start' | 'end', name: match[3], options: match[4], line });
    }
  });
  return markers;
}

/**
 * A Writable that keeps everything. `slow` completes each write on a later turn, as a pipe to a
 * busy reader does, so a small `highWaterMark` makes write() return false (backpressure).
 */
export class Capture extends Writable {
  chunks: string[] = [];
  constructor(
    highWaterMark = 1024 * 1024,
    private readonly slow = false,
  ) {
    super({ highWaterMark, decodeStrings: false });
  }
  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk.toString());
    if (this.slow) setImmediate(callback);
    else callback();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export interface FakeAttempt {
  output?: Array<['stdout' | 'stderr', string]>;
  facts?: Partial<AttemptFacts>;
  durationMs?: number;
}

export interface FakeRun {
  name?: string;
  maxAttempts?: number;
  masks?: string[];
  outputLimit?: number;
  timeoutMs?: number;
  attempts: FakeAttempt[];
  annotations?: Parameters<ExecutionLogger['annotate']>[0][];
}

/**
 * A single command through a platform's sinks, as the run does it: each sink's share of the
 * execution's logger, then every sink's run end.
 */
export async function runFakeCommand(
  run: FakeRun,
  runSinks: readonly RunSink[],
  settings: StepSettings,
): Promise<ExecutionRecord> {
  const record = await runFake(run, (logger) =>
    runSinks.flatMap(
      (sink) =>
        sink.execution?.({ stepId: null, settings, parallel: false, redactor: logger.redactor }) ?? [],
    ),
  );
  const outcome = { status: record.status, exitStatus: record.exitStatus ?? 125 };
  for (const sink of runSinks)
    await sink.end?.({ mode: 'command', records: [record], outcome, internalError: null });
  return record;
}

/** Drives the real ExecutionLogger through a run, with a clock that only moves when told. */
export async function runFake(
  run: FakeRun,
  sinks: Sink[] | ((logger: ExecutionLogger) => Sink[]),
): Promise<ExecutionRecord> {
  let clock = Date.parse('2026-11-28T10:00:00.000Z');
  const logger = new ExecutionLogger({
    name: run.name ?? 'build',
    command: 'make build',
    shell: 'bash --noprofile --norc -eo pipefail {0}',
    cwd: '/work',
    maxAttempts: run.maxAttempts ?? run.attempts.length,
    limits: { timeoutMs: run.timeoutMs ?? 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: run.outputLimit ?? 64 * 1024,
    masks: run.masks,
    sinks: Array.isArray(sinks) ? sinks : [],
    now: () => new Date(clock),
  });
  if (!Array.isArray(sinks)) for (const sink of sinks(logger)) logger.addSink(sink);
  await logger.start();
  let index = 0;
  for (const attempt of run.attempts) {
    index += 1;
    await logger.startAttempt();
    for (const [stream, text] of attempt.output ?? []) logger.write(stream, Buffer.from(text));
    if (index === run.attempts.length)
      for (const annotation of run.annotations ?? []) logger.annotate(annotation);
    clock += attempt.durationMs ?? 1500;
    await logger.endAttempt({
      exitCode: 0,
      signal: null,
      timedOut: null,
      cancelled: null,
      error: null,
      ...attempt.facts,
    });
    if (index < run.attempts.length) await logger.retry(2000, 'exit code 1');
  }
  const record = await logger.complete();
  await logger.close();
  return record;
}

export const FIXTURES = new URL('../fixtures/gitlab/', import.meta.url);
const JUNIT_XSD = readFileSync(new URL('junit.xsd', FIXTURES), 'utf8');
const CI_JUNIT_XSD = readFileSync(new URL('../fixtures/junit/ci-junit.xsd', import.meta.url), 'utf8');

/**
 * Validates a JUnit report with libxml2 (xmllint-wasm) against both schemas: the strict one of the
 * attributes GitLab uses (test/fixtures/gitlab/junit.xsd) and the structure Jenkins, CircleCI,
 * Buildkite and Azure accept (test/fixtures/junit/ci-junit.xsd).
 */
export async function expectValidJunit(xml: string): Promise<void> {
  for (const [fileName, contents] of [
    ['junit.xsd', JUNIT_XSD],
    ['ci-junit.xsd', CI_JUNIT_XSD],
  ]) {
    const result = await validateXML({
      xml: [{ fileName: 'junit.xml', contents: xml }],
      schema: [{ fileName, contents }],
    });
    expect(
      result.errors.map((e) => e.rawMessage),
      fileName,
    ).toEqual([]);
    expect(result.valid, fileName).toBe(true);
  }
}
