// An image pull before the first attempt, as each console shows it: driven through a real
// ExecutionLogger's preparation events (the same calls the container executor makes), with the
// consoles' streams captured. GitLab: a collapsed section of its own; GitHub: a group of its own, its
// lines never run as workflow commands; the CLI: plain lines on stderr.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ExecutionLogger } from '../../src/core/logger.js';
import type { Sink } from '../../src/core/sink.js';
import { createPlainConsoleSink } from '../../src/sinks/console-plain.js';
import { createCommandGate, createGatedConsoleSink } from '../../src/sinks/github-console.js';
import { createGitlabConsoleSink } from '../../src/sinks/gitlab-console.js';
import { foldLog, replayRunner, type CapturedChunk } from '../action/runner-oracle.js';
import { Capture, findMarkers } from '../gitlab/helpers.js';

const PULL = { kind: 'pull', image: 'registry.example/app:1', engine: 'docker' } as const;
const ok = { exitCode: 0, signal: null, timedOut: null, cancelled: null, error: null };
const PULL_ERROR = {
  exitStatus: 125 as const,
  message: 'docker pull registry.example/app:1 failed (exit code 1): manifest unknown',
};

function loggerFor(sink: Sink, masks: string[] = []): ExecutionLogger {
  let now = Date.parse('2026-11-28T10:00:00Z');
  return new ExecutionLogger({
    name: 'build',
    command: 'make',
    shell: 'bash {0}',
    cwd: '/',
    maxAttempts: 1,
    limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: 1024,
    masks,
    sinks: [sink],
    now: () => new Date((now += 1000)),
  });
}

/** What the container executor does: the pull (its lines, then its end), then the first attempt. */
async function pullThenAttempt(logger: ExecutionLogger, lines: string[], failed: boolean): Promise<void> {
  await logger.start();
  await logger.startPreparation(PULL);
  for (const line of lines) logger.preparationOutput(line);
  await logger.endPreparation(failed ? PULL_ERROR.message : null);
  await logger.startAttempt();
  if (failed) {
    await logger.endAttempt({ ...ok, exitCode: null, error: PULL_ERROR });
  } else {
    logger.write('stdout', Buffer.from('built\n'));
    await logger.endAttempt(ok);
  }
  await logger.complete();
  await logger.close();
}

describe('GitLab: the pull in a collapsed section of its own', () => {
  const consoleFor = (stream: Capture) =>
    createGitlabConsoleSink({
      stream,
      collapsed: false,
      logLimit: 1024 * 1024,
      detailsHint: '.steplog/summary.md',
      now: () => new Date('2026-11-28T10:00:00Z'),
      sectionId: 'f00d',
    });

  it('a successful pull: its lines inside, one line after it, then the attempt’s own section', async () => {
    const stream = new Capture();
    await pullThenAttempt(
      loggerFor(consoleFor(stream)),
      ['1.0: Pulling from app', 'Digest: sha256:abc', 'Status: Downloaded newer image for app:1'],
      false,
    );
    const log = stream.text;
    const markers = findMarkers(log);
    expect(markers.map((m) => `${m.action} ${m.name}${m.options ?? ''}`)).toEqual([
      'start steplog_pull_f00d[collapsed=true]',
      'end steplog_pull_f00d',
      'start steplog_f00d_1',
      'end steplog_f00d_1',
    ]);
    const lines = log.split('\n');
    expect(lines[markers[0].line]).toContain('build: pulling image registry.example/app:1 (docker)');
    expect(lines.slice(markers[0].line + 1, markers[1].line)).toEqual([
      '1.0: Pulling from app',
      'Digest: sha256:abc',
      'Status: Downloaded newer image for app:1',
    ]);
    expect(lines[markers[1].line + 1]).toBe('steplog ⇣ build: pulled image registry.example/app:1 in 2s');
    expect(lines.slice(markers[2].line + 1, markers[3].line)).toEqual(['built']);
  });

  it('a failed pull: the section closed (a forged marker in its lines cannot close it), the failure after it, exit status 125', async () => {
    const stream = new Capture();
    // A forged marker in what the registry sent cannot close the section: control characters go.
    await pullThenAttempt(
      loggerFor(consoleFor(stream)),
      ['Error response from daemon: manifest unknown \x1b[0Ksection_end:1:steplog_pull_f00d\r\x1b[0K'],
      true,
    );
    const log = stream.text;
    const markers = findMarkers(log);
    expect(markers.filter((m) => m.name === 'steplog_pull_f00d').map((m) => m.action)).toEqual([
      'start',
      'end',
    ]);
    const lines = log.split('\n');
    const end = markers.find((m) => m.action === 'end' && m.name === 'steplog_pull_f00d')!;
    expect(lines[end.line - 1]).toBe(
      'Error response from daemon: manifest unknown  [0Ksection_end:1:steplog_pull_f00d [0K',
    );
    expect(lines[end.line + 1]).toBe('steplog ✖ build: pulling image registry.example/app:1 failed after 2s');
    expect(log).toContain('docker pull registry.example/app:1 failed (exit code 1): manifest unknown');
    expect(lines.at(-2)).toMatch(/^steplog ✖ build: could not run: docker pull .*; exit status 125$/);
  });
});

describe('GitHub: the pull in a group of its own', () => {
  function github(workflowCommands: boolean) {
    const chunks: CapturedChunk[] = [];
    const stream = (name: 'stdout' | 'stderr') => {
      const s = new PassThrough();
      s.on('data', (data: Buffer) => chunks.push({ stream: name, text: data.toString() }));
      return s;
    };
    const gate = createCommandGate({
      streams: { stdout: stream('stdout'), stderr: stream('stderr') },
      masks: [],
      workflowCommands,
    });
    return { chunks, sink: createGatedConsoleSink(gate, true) };
  }
  /** Folds as the viewer does, the stop/resume lines left out (their tokens are random). */
  const seen = (chunks: CapturedChunk[]) =>
    foldLog(replayRunner(chunks, 'arrival').printed)
      .map((e) =>
        typeof e === 'string' ? e : { group: e.group, lines: e.lines.filter((l) => !isGateLine(l)) },
      )
      .filter((e) => typeof e !== 'string' || !isGateLine(e));
  const isGateLine = (line: string) => /^::(stop-commands::)?[0-9a-f]{48}(::)?$/.test(line);

  for (const workflowCommands of [false, true]) {
    it(`workflow-commands: ${workflowCommands}: its lines inside, never run as commands, even when the command’s output is not stopped`, async () => {
      const { chunks, sink } = github(workflowCommands);
      await pullThenAttempt(
        loggerFor(sink),
        ['Pulling app:1', '::error::from the registry', '##[warning]legacy form'],
        false,
      );
      for (const order of ['stderr-first', 'arrival'] as const) {
        const view = replayRunner(chunks, order);
        expect(
          view.commands.map((c) => c.command),
          order,
        ).toEqual(['group', 'endgroup', 'group', 'endgroup']);
        expect(view.stoppedAtEnd, order).toBe(false);
      }
      expect(seen(chunks)).toEqual([
        {
          group: 'build: pulling image registry.example/app:1 (docker)',
          lines: ['Pulling app:1', '::error::from the registry', '##[warning]legacy form'],
        },
        'steplog ⇣ build: pulled image registry.example/app:1 in 2s',
        'steplog ▶ build',
        { group: 'build: output', lines: ['built'] },
        expect.stringMatching(/^steplog ✔ build: succeeded/),
      ]);
    });
  }

  it('steps in parallel with workflow-commands: true: no group, each pull line prefixed and in a stopped region of its own', async () => {
    const chunks: CapturedChunk[] = [];
    const stdout = new PassThrough();
    stdout.on('data', (data: Buffer) => chunks.push({ stream: 'stdout', text: data.toString() }));
    const gate = createCommandGate({
      streams: { stdout, stderr: new PassThrough() },
      masks: [],
      workflowCommands: true,
    });
    await pullThenAttempt(
      loggerFor(createGatedConsoleSink(gate, false, '[api] ')),
      ['::error::from the registry'],
      false,
    );
    gate.resume();
    const view = replayRunner(chunks, 'arrival');
    expect(view.commands).toEqual([]);
    expect(view.stoppedAtEnd).toBe(false);
    expect(seen(chunks)).toEqual([
      'steplog ⇣ build: pulling image registry.example/app:1 (docker)',
      '[api] ::error::from the registry',
      'steplog ⇣ build: pulled image registry.example/app:1 in 2s',
      'steplog ▶ build',
      '[api] built',
      expect.stringMatching(/^steplog ✔ build: succeeded/),
    ]);
  });

  it('a failed pull: the group closed before the failure lines', async () => {
    const { chunks, sink } = github(false);
    await pullThenAttempt(loggerFor(sink), ['Error response from daemon: manifest unknown'], true);
    const shown = seen(chunks);
    expect(shown.slice(0, 3)).toEqual([
      {
        group: 'build: pulling image registry.example/app:1 (docker)',
        lines: ['Error response from daemon: manifest unknown'],
      },
      'steplog ✖ build: pulling image registry.example/app:1 failed after 2s',
      'steplog ▶ build',
    ]);
    expect(shown.at(-1)).toMatch(
      /^steplog ✖ build: could not run: docker pull registry.example\/app:1 failed/,
    );
  });
});

describe('CLI: plain lines on stderr, stdout left to the command', () => {
  it('a start line, the pull’s lines (masked), an end line; the command’s output alone on stdout', async () => {
    const out = new Capture();
    const err = new Capture();
    await pullThenAttempt(
      loggerFor(createPlainConsoleSink({ stdout: out, stderr: err }), ['s3cr3t']),
      ['Pulling with token s3cr3t'],
      false,
    );
    expect(out.text).toBe('built\n');
    expect(err.text.split('\n').slice(0, 4)).toEqual([
      'steplog ⇣ build: pulling image registry.example/app:1 (docker)',
      'Pulling with token ***',
      'steplog ⇣ build: pulled image registry.example/app:1 in 2s',
      'steplog ▶ build',
    ]);
  });
});
