// The schemas must accept what the logger writes (see logger.test.ts) and refuse anything else:
// these cases prove the helper can fail, and pin the rules consumers rely on.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LifecycleEvent } from '../../src/core/events.js';
import { ExecutionLogger } from '../../src/core/logger.js';
import { SCHEMA_VERSION, type ExecutionRecord } from '../../src/core/record.js';
import { createOutputPatternWatcher } from '../../src/matchers/output-patterns.js';
import { assertValidEvent, assertValidRecord } from './schema-helper.js';

type Json = Record<string, unknown>;
const events: LifecycleEvent[] = [];
let record: ExecutionRecord;

beforeAll(async () => {
  let now = Date.parse('2024-05-01T12:00:00.000Z');
  const logger = new ExecutionLogger({
    name: 'n',
    command: 'c',
    shell: 'sh -e {0}',
    cwd: '/',
    maxAttempts: 2,
    limits: {
      timeoutMs: 0,
      idleTimeoutMs: 0,
      killSignal: 'SIGTERM',
      killAfterMs: 10_000,
      totalTimeoutMs: 60_000,
    },
    successCodes: [0],
    outputLimit: 100,
    retry: {
      maxAttempts: 2,
      retryOn: 'any',
      retryOnExitCodes: null,
      retryOnOutput: true,
      retryDelayMs: 0,
      retryBackoff: 1,
      totalTimeoutMs: 60_000,
    },
    now: () => new Date((now += 10)),
    sinks: [{ name: 'collect', onEvent: (e) => void events.push(e) }],
  });
  logger.watchOutput(createOutputPatternWatcher(['ECONNRESET'], []));
  await logger.start();
  await logger.startPreparation({ kind: 'pull', image: 'alpine:3.20', engine: 'podman' });
  logger.preparationOutput('Trying to pull docker.io/library/alpine:3.20...');
  await logger.endPreparation(null);
  await logger.startAttempt();
  logger.write('stderr', Buffer.from('read ECONNRESET\n'));
  logger.annotate({ level: 'error', message: 'm', file: 'a.ts', line: 1, source: 'tsc' });
  await logger.warn('w');
  await logger.endAttempt({
    exitCode: null,
    signal: 'SIGTERM',
    timedOut: 'idle',
    cancelled: null,
    error: null,
  });
  await logger.retry(0, 'timed out');
  await logger.startAttempt();
  await logger.endAttempt({
    exitCode: 0,
    signal: null,
    timedOut: null,
    cancelled: null,
    error: null,
    resources: {
      peakRssBytes: 300 * 1024 * 1024,
      cpuUserMs: 1900,
      cpuSystemMs: 100,
      processes: 3,
      sampleIntervalMs: 100,
      samples: 320,
      timeline: [{ atMs: 31_000, rssBytes: 1024, cpuPercent: 99 }],
    },
  });
  record = await logger.complete();
});

const copy = <T>(value: T): T & Json => structuredClone(value) as T & Json;
const eventOf = (type: LifecycleEvent['type']) => copy(events.find((e) => e.type === type)!);

describe('what the logger writes is valid', () => {
  test('every event type and the final record', () => {
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set([
        'start',
        'preparation-start',
        'preparation-end',
        'attempt-start',
        'attempt-end',
        'retry',
        'annotation',
        'warning',
        'end',
      ]),
    );
    for (const event of events) assertValidEvent(event);
    assertValidRecord(record);
    expect(record.schemaVersion).toBe(SCHEMA_VERSION);
    expect(record.attempts[0].resources).toBeUndefined();
    expect(record.attempts[1].resources?.peakRssBytes).toBe(300 * 1024 * 1024);
  });

  test('with the optional fields of the retry policy set, and without them (records written before them)', () => {
    expect(record.limits.totalTimeoutMs).toBe(60_000);
    expect(record.attempts[0]).toMatchObject({
      outputMatch: { kind: 'retry', line: 1, pattern: 'ECONNRESET' },
      retry: { retried: true, reason: 'line 1 matched /ECONNRESET/' },
    });
    const older = copy(record);
    delete (older.limits as unknown as Json).totalTimeoutMs;
    for (const attempt of older.attempts as unknown as Json[]) {
      delete attempt.outputMatch;
      delete attempt.retry;
    }
    assertValidRecord(older);
  });

  test('the schema files say which version they describe', () => {
    for (const file of ['record', 'event']) {
      const schema = JSON.parse(
        readFileSync(new URL(`../../schema/v1/${file}.schema.json`, import.meta.url), 'utf8'),
      );
      expect(schema.$id).toBe(`urn:steplog:schema:v1:${file}`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });
});

describe('the optional ci block', () => {
  test('a record with every ci field, and one with only the system, are valid v1', () => {
    const full = copy(record);
    full.ci = {
      system: 'jenkins',
      pipeline: 'shop/main',
      job: 'Test',
      runId: '42',
      runUrl: 'https://ci.example.com/job/shop/job/main/42/',
      commit: '9fceb02d0ae598e95dc970b74767f19372d61af8',
      branch: 'origin/main',
    };
    assertValidRecord(full);
    assertValidRecord({ ...copy(record), ci: { system: 'bitbucket' } });
    // Absent is still valid: logs written before the field existed, and runs outside a CI.
    expect(record.ci).toBeUndefined();
    assertValidRecord(record);
  });
});

describe('the optional pull duration of the container block', () => {
  test('a container block with the pull duration, and one without (records written before it), are valid v1', () => {
    const container = {
      engine: 'docker',
      engineVersion: '20.10.24',
      image: 'alpine:3.20',
      imageId: 'sha256:' + 'a'.repeat(64),
      imageDigest: null,
      containerId: null,
      oomKilled: false,
      memoryLimitBytes: null,
    };
    assertValidRecord({ ...copy(record), container });
    assertValidRecord({ ...copy(record), container: { ...container, pullDurationMs: 1200 } });
    expect(() =>
      assertValidRecord({ ...copy(record), container: { ...container, pullDurationMs: 1.5 } }),
    ).toThrow('/container/pullDurationMs must be integer');
  });
});

describe('records that are refused', () => {
  const cases: [string, (r: Json) => void, string][] = [
    [
      'an unknown field',
      (r) => void (r.extra = 1),
      '/ must NOT have additional properties {"additionalProperty":"extra"}',
    ],
    ['a missing field', (r) => delete r.cwd, "/ must have required property 'cwd'"],
    ['another schema version', (r) => void (r.schemaVersion = 2), '/schemaVersion must be equal to constant'],
    [
      'an unknown status',
      (r) => void (r.status = 'done'),
      '/status must be equal to one of the allowed values',
    ],
    [
      'a time that is not a date-time',
      (r) => void (r.startedAt = 'yesterday'),
      '/startedAt must match format "date-time"',
    ],
    [
      'a time that is not UTC',
      (r) => void (r.completedAt = '2024-05-01T14:00:00+02:00'),
      '/completedAt must match pattern "Z$"',
    ],
    ['a fractional duration', (r) => void (r.durationMs = 1.5), '/durationMs must be integer'],
    ['an ended record without exit status', (r) => void (r.exitStatus = null), '/exitStatus must be integer'],
    [
      'a success that exits non-zero',
      (r) => void (r.exitStatus = 1),
      '/exitStatus must be equal to constant {"allowedValue":0}',
    ],
    [
      'timed_out without timedOut',
      (r) => void (r.status = 'timed_out'),
      '/timedOut must be equal to constant',
    ],
    ['cancelled without the signal', (r) => void (r.status = 'cancelled'), '/cancelSignal must be string'],
    [
      'a pending record with a start time',
      (r) => Object.assign(r, { status: 'pending', completedAt: null, durationMs: null, exitStatus: null }),
      '/startedAt must be null',
    ],
    ['a signal that is not a name', (r) => void (r.signal = '9'), '/signal must match pattern'],
    [
      'an ended attempt without end time',
      (r) => void ((r.attempts as Json[])[0].completedAt = null),
      '/attempts/0/completedAt must be string',
    ],
    [
      'a timed-out attempt without its kind',
      (r) => void ((r.attempts as Json[])[0].timeoutKind = null),
      '/attempts/0/timeoutKind must be equal to one of the allowed values',
    ],
    [
      'an output match on line 0',
      (r) => void (((r.attempts as Json[])[0].outputMatch as Json).line = 0),
      '/attempts/0/outputMatch/line must be >= 1',
    ],
    [
      'a retry decision without its reason',
      (r) => delete ((r.attempts as Json[])[0].retry as Json).reason,
      "/attempts/0/retry must have required property 'reason'",
    ],
    [
      'an unknown timeout kind',
      (r) => void ((r.attempts as Json[])[0].timeoutKind = 'job'),
      '/attempts/0/timeoutKind must be equal to one of the allowed values',
    ],
    [
      'an attempt numbered 0',
      (r) => void ((r.attempts as Json[])[0].number = 0),
      '/attempts/0/number must be >= 1',
    ],
    [
      'resource usage without the interval',
      (r) => delete ((r.attempts as Json[])[1].resources as Json).sampleIntervalMs,
      "/attempts/1/resources must have required property 'sampleIntervalMs'",
    ],
    [
      'a fractional peak memory',
      (r) => void (((r.attempts as Json[])[1].resources as Json).peakRssBytes = 1.5),
      '/attempts/1/resources/peakRssBytes must be integer',
    ],
    ['negative byte counts', (r) => void ((r.stdout as Json).bytes = -1), '/stdout/bytes must be >= 0'],
    [
      'an annotation on line 0',
      (r) => void ((r.annotations as Json[])[0].line = 0),
      '/annotations/0/line must be >= 1',
    ],
    [
      'an annotation without source',
      (r) => delete (r.annotations as Json[])[0].source,
      "/annotations/0 must have required property 'source'",
    ],
    [
      'an unknown annotation level',
      (r) => void ((r.annotations as Json[])[0].level = 'info'),
      '/annotations/0/level must be equal to one of the allowed values',
    ],
    [
      'a ci block without its system',
      (r) => void (r.ci = { job: 'test' }),
      "/ci must have required property 'system'",
    ],
    [
      'a ci system steplog does not know',
      (r) => void (r.ci = { system: 'travis' }),
      '/ci/system must be equal to one of the allowed values',
    ],
    [
      'an unknown ci field',
      (r) => void (r.ci = { system: 'jenkins', node: 'agent-1' }),
      '/ci must NOT have additional properties',
    ],
  ];
  test.each(cases)('%s', (_name, change, message) => {
    const bad = copy(record);
    change(bad);
    expect(() => assertValidRecord(bad)).toThrow(message);
  });
});

describe('events that are refused', () => {
  const cases: [string, LifecycleEvent['type'], (e: Json) => void, string][] = [
    [
      'an unknown type',
      'warning',
      (e) => void (e.type = 'output'),
      '/type must be equal to one of the allowed values',
    ],
    [
      'an unknown field',
      'warning',
      (e) => void (e.level = 'warning'),
      '/ must NOT have unevaluated properties {"unevaluatedProperty":"level"}',
    ],
    ['seq 0', 'warning', (e) => void (e.seq = 0), '/seq must be >= 1'],
    ['no time', 'attempt-start', (e) => delete e.time, "/ must have required property 'time'"],
    ['no message', 'warning', (e) => delete e.message, "/ must have required property 'message'"],
    ['a negative retry delay', 'retry', (e) => void (e.delayMs = -1), '/delayMs must be >= 0'],
    [
      'a preparation of an unknown kind',
      'preparation-start',
      (e) => void ((e.preparation as Json).kind = 'build'),
      '/preparation/kind must be equal to one of the allowed values',
    ],
    [
      'a preparation end without its error field',
      'preparation-end',
      (e) => delete e.error,
      "/ must have required property 'error'",
    ],
    [
      'an attempt-end of a running attempt',
      'attempt-end',
      (e) => void ((e.attempt as Json).status = 'running'),
      '/attempt/status must be equal to one of the allowed values',
    ],
    [
      'a start whose record has ended',
      'start',
      (e) => void ((e.record as Json).status = 'success'),
      '/record/status must be equal to constant',
    ],
    [
      'an end whose record is still running',
      'end',
      (e) => void ((e.record as Json).status = 'running'),
      '/record/status must be equal to one of the allowed values',
    ],
    [
      'an end with an attempt still running',
      'end',
      (e) => void (((e.record as Json).attempts as Json[]).at(-1)!.status = 'running'),
      '/record/attempts/1/status must be equal to one of the allowed values',
    ],
    [
      'an annotation with a stray field',
      'annotation',
      (e) => void ((e.annotation as Json).severity = 1),
      '/annotation must NOT have additional properties {"additionalProperty":"severity"}',
    ],
  ];
  test.each(cases)('%s', (_name, type, change, message) => {
    const bad = eventOf(type);
    assertValidEvent(bad);
    change(bad);
    expect(() => assertValidEvent(bad)).toThrow(message);
  });

  test('an unknown type is reported alone, not with the errors of every other type', () => {
    const bad = { ...eventOf('warning'), type: 'output' };
    expect(() => assertValidEvent(bad)).toThrow(
      /^invalid event:\n {2}\/type must be equal to one of the allowed values [^\n]*\n\{/,
    );
  });
});
