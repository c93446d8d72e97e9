import { describe, expect, it } from 'vitest';
import { ExecutionLogger } from '../../src/core/logger.js';
import { createGitlabConsoleSink, type GitlabConsoleOptions } from '../../src/sinks/gitlab-console.js';
import { Capture, findMarkers, runFake, type FakeRun } from './helpers.js';

function consoleFor(options: Partial<GitlabConsoleOptions> = {}) {
  const stream = (options.stream as Capture | undefined) ?? new Capture();
  const sink = createGitlabConsoleSink({
    stream,
    collapsed: false,
    logLimit: 1024 * 1024,
    detailsHint: '.steplog/summary.md (job artifacts)',
    now: () => new Date('2026-11-28T10:00:00Z'),
    sectionId: 'f00d',
    ...options,
  });
  return { sink, stream };
}

async function logOf(run: FakeRun, options: Partial<GitlabConsoleOptions> = {}): Promise<string> {
  const { sink, stream } = consoleFor(options);
  await runFake(run, [sink]);
  return stream.text;
}

/** The lines between each section's start and end marker, by section name. */
function sectionBodies(log: string): Map<string, string[]> {
  const lines = log.split('\n');
  const bodies = new Map<string, string[]>();
  const markers = findMarkers(log);
  for (const start of markers.filter((m) => m.action === 'start')) {
    const end = markers.find((m) => m.action === 'end' && m.name === start.name);
    expect(end, `section ${start.name} is closed`).toBeDefined();
    bodies.set(start.name, lines.slice(start.line + 1, end!.line));
  }
  return bodies;
}

describe('GitLab console sink', () => {
  it('puts the output in one section per attempt and the lifecycle lines outside', async () => {
    const log = await logOf({
      maxAttempts: 2,
      attempts: [
        { output: [['stdout', 'first try\n']], facts: { exitCode: 1 } },
        {
          output: [
            ['stdout', 'second try\n'],
            ['stderr', 'a warning\n'],
          ],
        },
      ],
    });
    const markers = findMarkers(log);
    expect(markers.map((m) => `${m.action} ${m.name}`)).toEqual([
      'start steplog_f00d_1',
      'end steplog_f00d_1',
      'start steplog_f00d_2',
      'end steplog_f00d_2',
    ]);
    const bodies = sectionBodies(log);
    expect(bodies.get('steplog_f00d_1')).toEqual(['first try']);
    expect(bodies.get('steplog_f00d_2')).toEqual(['second try', 'a warning']);
    const lines = log.split('\n');
    const outside = lines.filter(
      (_, i) => !markers.some((m, k) => m.action === 'start' && i > m.line && i < markers[k + 1].line),
    );
    expect(outside.filter((line) => line.startsWith('steplog'))).toEqual([
      'steplog ▶ build (attempt 1 of 2)',
      'steplog ↻ build: attempt 1 of 2 failed with exit code 1 in 1.5s; retrying in 2s',
      'steplog ▶ build (attempt 2 of 2)',
      'steplog ✔ build: succeeded on attempt 2 of 2 in 3s',
    ]);
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('steplog ✔ build: succeeded on attempt 2 of 2 in 3s');
  });

  it('starts sections collapsed when asked, with the name in the header', async () => {
    const log = await logOf({ attempts: [{ output: [['stdout', 'x\n']] }] }, { collapsed: true });
    expect(log).toContain(
      '\x1b[0Ksection_start:1795860000:steplog_f00d_1[collapsed=true]\r\x1b[0Kbuild: output\n',
    );
  });

  it('gives every run its own random section name', async () => {
    const names = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const { sink, stream } = consoleFor({ sectionId: undefined });
      await runFake({ attempts: [{}] }, [sink]);
      names.add(findMarkers(stream.text)[0].name);
    }
    expect(names.size).toBe(5);
    for (const name of names) expect(name).toMatch(/^steplog_[0-9a-f]{12}_1$/);
  });

  it('keeps forged section markers from closing its section early (E-series)', async () => {
    const forged = [
      '\x1b[0Ksection_end:1764324000:steplog_f00d_1\r\x1b[0K',
      'section_end:1:steplog_f00d_1\r\x1b[0Kafter',
      '\x1b[0Ksection_start:1:evil[collapsed=true]\r\x1b[0Kfake header',
    ];
    const log = await logOf({
      attempts: [
        {
          output: [
            ['stdout', forged.join('\n') + '\n'],
            ['stderr', forged[1] + '\n'],
          ],
        },
      ],
    });
    expect(findMarkers(log).map((m) => `${m.action} ${m.name}`)).toEqual([
      'start steplog_f00d_1',
      'end steplog_f00d_1',
    ]);
    // The forged text is still shown, as text.
    expect(sectionBodies(log).get('steplog_f00d_1')).toHaveLength(4);
    expect(log).toContain('section_end:1:steplog_f00d_1\r\x1b[Kafter');
  });

  it('cannot be fooled by a marker split across the pieces of an over-long line', () => {
    const { sink, stream } = consoleFor();
    void sink.onEvent?.({
      type: 'attempt-start',
      attempt: 1,
      maxAttempts: 1,
      schemaVersion: 1,
      executionId: 'x',
      stepId: null,
      seq: 2,
      time: '',
    });
    sink.onOutput?.({
      stream: 'stdout',
      bytes: Buffer.from('x'.repeat(10) + 'section_end:1:steplog_f00d_1\r\x1b['),
      lines: ['x'.repeat(10) + 'section_end:1:steplog_f00d_1\r\x1b['],
      count: 1,
      partial: true,
    });
    sink.onOutput?.({
      stream: 'stdout',
      bytes: Buffer.from('0Krest\nnext line\n'),
      lines: ['0Krest', 'next line'],
      count: 2,
      partial: false,
    });
    const log = stream.text;
    expect(findMarkers(log).map((m) => m.action)).toEqual(['start']);
    expect(log).toContain('section_end:1:steplog_f00d_1\r\x1b[Krest\nnext line\n');
  });

  it('stops forwarding output past the log limit and still prints the result last (H-series: 4 MiB job log)', async () => {
    const line = 'y'.repeat(99) + '\n';
    const log = await logOf(
      {
        maxAttempts: 2,
        attempts: [
          { output: [['stdout', line.repeat(8)]], facts: { exitCode: 3 } },
          { output: [['stdout', line.repeat(30)]], facts: { exitCode: 3 } },
        ],
      },
      { logLimit: 1000 },
    );
    const forwarded = log.split('\n').filter((l) => l === 'y'.repeat(99));
    expect(forwarded).toHaveLength(10);
    expect(log.match(/job log limit for output \(1000 B, STEPLOG_LOG_LIMIT\) is reached/g)).toHaveLength(1);
    expect(log).toContain(
      'steplog ℹ 2.7 KiB of output (28 lines) was withheld from the job log; the tail of each stream is in .steplog/summary.md (job artifacts)',
    );
    // Every lifecycle line is still there, the sections are balanced, the result is the last line.
    expect(log).toContain('steplog ↻ build: attempt 1 of 2 failed with exit code 3 in 1.5s; retrying in 2s');
    expect(findMarkers(log).map((m) => m.action)).toEqual(['start', 'end', 'start', 'end']);
    expect(log.trimEnd().split('\n').at(-1)).toBe(
      'steplog ✖ build: failed with exit code 3 on attempt 2 of 2 in 3s',
    );
  });

  it('never prints a GitHub workflow command', async () => {
    const log = await logOf({
      name: 'lint',
      attempts: [{ output: [['stdout', 'src/a.ts:3:1 error\n']], facts: { exitCode: 2 } }],
      annotations: [
        {
          level: 'error',
          message: 'Unexpected any',
          file: 'src/a.ts',
          line: 3,
          column: 1,
          code: 'no-explicit-any',
          source: 'eslint',
        },
        { level: 'warning', message: 'steplog itself', source: 'steplog' },
      ],
    });
    expect(log).not.toMatch(/^::/m);
    expect(log).not.toMatch(/::(error|warning|notice|group|endgroup|add-mask|stop-commands|set-output)/);
    expect(log).toContain('steplog: error: src/a.ts:3:1: Unexpected any [no-explicit-any]');
    expect(log).toContain('steplog: warning: steplog itself');
  });

  it('prints annotations after the section, ten at most', async () => {
    const annotations = Array.from({ length: 13 }, (_, i) => ({
      level: 'warning' as const,
      message: `problem ${i}`,
      file: 'a.ts',
      line: i + 1,
      source: 'tsc',
    }));
    const log = await logOf({ attempts: [{ output: [['stdout', 'out\n']] }], annotations });
    const body = sectionBodies(log).get('steplog_f00d_1')!;
    expect(body).toEqual(['out']);
    expect(log.match(/^steplog: warning: a\.ts:\d+: problem/gm)).toHaveLength(10);
    expect(log).toContain('steplog: … and 3 more annotations (all are in the reports)');
  });

  it('shows masked values as *** only (mask)', async () => {
    const log = await logOf({
      name: 'deploy',
      masks: ['s3cr3t-token'],
      attempts: [
        {
          output: [
            ['stdout', 'token=s3cr3t-token\n'],
            ['stderr', 'again s3cr3t-token\n'],
          ],
        },
      ],
    });
    expect(log).not.toContain('s3cr3t-token');
    expect(log).toContain('token=***');
  });

  it('says the exit status a timeout ends the job with (124)', async () => {
    const log = await logOf({
      timeoutMs: 1000,
      attempts: [
        {
          output: [['stdout', 'sleeping\n']],
          facts: { exitCode: null, signal: 'SIGTERM', timedOut: 'deadline' },
        },
      ],
    });
    expect(log.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ⏱ build: timed out after 1s; stopped with SIGTERM; exit status 124$/,
    );
  });

  it('closes the section when steplog fails in the middle of an attempt', async () => {
    const { sink, stream } = consoleFor();
    const logger = new ExecutionLogger({
      name: 'x',
      command: 'x',
      shell: 'sh',
      cwd: '/',
      maxAttempts: 1,
      limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 0 },
      successCodes: [0],
      outputLimit: 1024,
      sinks: [sink],
    });
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('a whole line\n'));
    await logger.fail(new Error('internal trouble'));
    await logger.close();
    expect(findMarkers(stream.text).map((m) => m.action)).toEqual(['start', 'end']);
    expect(stream.text).toContain('a whole line\n\x1b[0Ksection_end:');
    expect(stream.text.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ✖ x: could not run: internal trouble; exit status 125$/,
    );
  });

  it('reports congestion and waits for the stream to drain (backpressure)', async () => {
    const stream = new Capture(16, true);
    const { sink } = consoleFor({ stream });
    expect(
      sink.onOutput?.({
        stream: 'stdout',
        bytes: Buffer.from('short\n'),
        lines: ['short'],
        count: 1,
        partial: false,
      }),
    ).toBe(true);
    expect(
      sink.onOutput?.({
        stream: 'stdout',
        bytes: Buffer.from('a line longer than sixteen bytes\n'),
        lines: ['a line longer than sixteen bytes'],
        count: 1,
        partial: false,
      }),
    ).toBe(false);
    expect(stream.writableNeedDrain).toBe(true);
    await sink.drain?.();
    expect(stream.writableNeedDrain).toBe(false);
    await sink.drain?.();
  });
});
