// Pulling the image before the first attempt, for real: a private dockerd and a private podman pull
// from tiny registries on 127.0.0.1 (test/support/registry.ts; no other registry is reachable here),
// one of which holds each blob back, so the pull takes longer than the step's timeout. The pull has its own
// section in every console (plain lines on the CLI, a collapsed GitLab section, a GitHub group), is
// outside the attempt's timeout, is timed in the record, and a failed pull is exit 125 with its section
// closed.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionRecord } from '../../src/core/record.js';
import { assertBuilt, runAction } from '../action/run-action.js';
import type { LogEntry } from '../action/runner-oracle.js';
import { foldedLogOf } from '../action/runner-view.js';
import { readJsonl, requireBundle, runCli, type CliRun } from '../cli/helpers.js';
import { assertValidEvent, assertValidRecord } from '../core/schema-helper.js';
import { findMarkers } from '../gitlab/helpers.js';
import { runEngine, setupPodman, startDockerd, type TestEngine } from '../support/dockerd.js';
import { podmanRegistriesEnv, startRegistry, type TestRegistry } from '../support/registry.js';

/** The slow registry holds each blob back this long: the pull takes longer than TIMEOUT. */
const BLOB_DELAY_MS = 8000;
/** Room for the container's own start on a busy machine (podman: seconds), less than the pull. */
const TIMEOUT = '6s';

/** A line each engine's pull prints (docker's layer lines say `Already exists` once a layer is stored). */
const PULL_LINE = { docker: /Pulling from steplog-test\/pulled/, podman: /Trying to pull / };

type Json = Record<string, unknown>;

describe.each([
  ['docker', startDockerd],
  ['podman', setupPodman],
] as const)('pulling with %s', (name, start) => {
  let engine: TestEngine;
  let registry: TestRegistry;
  let slow: TestRegistry;
  let env: Record<string, string>;

  beforeAll(async () => {
    requireBundle();
    assertBuilt();
    registry = await startRegistry();
    slow = await startRegistry({ blobDelayMs: BLOB_DELAY_MS });
    engine = await start();
    env = { ...engine.env, ...(name === 'podman' ? podmanRegistriesEnv(engine.dir, [registry, slow]) : {}) };
  }, 120_000);
  afterAll(async () => {
    await engine?.stop();
    await registry?.stop();
    await slow?.stop();
  });

  async function steplog(
    image: string,
    args: string[],
    extraEnv: Record<string, string> = {},
  ): Promise<CliRun & { events: Json[]; workspace: string }> {
    const workspace = mkdtempSync(path.join(tmpdir(), 'steplog-pull-'));
    const log = path.join(workspace, 'log.jsonl');
    const run = await runCli(
      ['run', '--container', image, '--container-engine', name, '--log-file', log, ...args],
      { cwd: workspace, env: { ...env, ...extraEnv } },
    );
    return { ...run, events: readJsonl(log), workspace };
  }

  const removeImage = (image = registry.image) =>
    runEngine({ command: engine.command, env }, ['rmi', '--force', image]);

  it('a missing image is pulled before the first attempt, in lines of its own, outside the attempt’s timeout', async () => {
    const run = await steplog(slow.image, [
      ...['--timeout', TIMEOUT, '--total-timeout', TIMEOUT],
      ...['--run', 'echo ran inside'],
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('ran inside\n');

    // The CLI: a line when it starts, the engine's lines, a line when it ends, then the attempt.
    const lines = run.stderr.split('\n');
    const started = lines.indexOf(`steplog ⇣ echo ran inside: pulling image ${slow.image} (${name})`);
    const ended = lines.findIndex((line) =>
      line.startsWith(`steplog ⇣ echo ran inside: pulled image ${slow.image} in `),
    );
    expect(started, run.stderr).toBeGreaterThanOrEqual(0);
    expect(ended).toBeGreaterThan(started + 1);
    const pullLines = lines.slice(started + 1, ended).join('\n');
    expect(pullLines).toMatch(PULL_LINE[name]);
    expect(lines[ended + 1]).toMatch(/^steplog ▶ echo ran inside$/);

    // The log: the preparation's events before the attempt's, its duration in the record.
    for (const event of run.events) assertValidEvent(event);
    expect(run.events.map((event) => event.type).slice(0, 4)).toEqual([
      'start',
      'preparation-start',
      'preparation-end',
      'attempt-start',
    ]);
    const prepared = run.events[2] as { durationMs: number; error: string | null; preparation: Json };
    expect(prepared.preparation).toEqual({ kind: 'pull', image: slow.image, engine: name });
    expect(prepared.error).toBeNull();
    // The registry held the blobs back longer than the timeouts: the pull was not the attempts' time.
    expect(prepared.durationMs).toBeGreaterThanOrEqual(BLOB_DELAY_MS);
    const record = (run.events.at(-1) as { record: ExecutionRecord }).record;
    assertValidRecord(record);
    expect(record.status).toBe('success');
    expect(record.container?.pullDurationMs).toBe(prepared.durationMs);
    expect(record.container?.imageDigest).toMatch(/@sha256:[0-9a-f]{64}$/);

    // Present now: the next run does not pull (container-pull: missing).
    const again = await steplog(slow.image, ['--run', 'true']);
    expect(again.status).toBe(0);
    expect(again.events.map((event) => event.type)).not.toContain('preparation-start');
    expect(again.stderr).not.toContain('pulling image');
    const second = (again.events.at(-1) as { record: ExecutionRecord }).record;
    expect(second.container?.pullDurationMs).toBeUndefined();
  });

  it('cancel (SIGINT to steplog) during the pull: the section closed, the execution cancelled, nothing runs', async () => {
    await removeImage(slow.image);
    const workspace = mkdtempSync(path.join(tmpdir(), 'steplog-pull-'));
    const log = path.join(workspace, 'log.jsonl');
    const run = await runCli(
      [
        'run',
        '--container',
        slow.image,
        '--container-engine',
        name,
        '--log-file',
        log,
        '--run',
        'echo never',
      ],
      {
        cwd: workspace,
        env,
        onSpawn: (pid) => {
          // Once the pull has started (its start event is in the log), cancel.
          void until(
            () => existsSync(log) && readFileSync(log, 'utf8').includes('"preparation-start"'),
            30_000,
          ).then(() => process.kill(pid, 'SIGINT'));
        },
      },
    );
    const { stderr } = run;
    expect(run.status, stderr).toBe(130);
    expect(run.stdout).not.toContain('never');
    const events = readJsonl(log);
    const types = events.map((event) => event.type);
    expect(types.indexOf('preparation-end')).toBeGreaterThan(types.indexOf('preparation-start'));
    expect(types).not.toContain('attempt-start');
    expect(stderr).toMatch(/steplog ✖ echo never: pulling image .* failed after /);
    const record = (events.at(-1) as { record: ExecutionRecord }).record;
    expect(record.status).toBe('cancelled');
    expect(record.attempts).toEqual([]);
  });

  it('GitLab: the pull in a collapsed section of its own, before the attempt’s section', async () => {
    await removeImage();
    const run = await steplog(registry.image, ['--run', 'echo ran inside'], {
      GITLAB_CI: 'true',
      CI: 'true',
    });
    expect(run.status, run.stdout).toBe(0);
    const markers = findMarkers(run.stdout);
    const names = markers.map(
      (m) => `${m.action} ${m.name.replace(/_[0-9a-f]+(_\d+)?$/, '_…$1')}${m.options ?? ''}`,
    );
    expect(names).toEqual([
      'start steplog_pull_…[collapsed=true]',
      'end steplog_pull_…',
      'start steplog_…_1',
      'end steplog_…_1',
    ]);
    const lines = run.stdout.split('\n');
    expect(lines[markers[0].line]).toContain(`echo ran inside: pulling image ${registry.image} (${name})`);
    const inside = lines.slice(markers[0].line + 1, markers[1].line).join('\n');
    expect(inside).toMatch(PULL_LINE[name]);
    expect(lines[markers[1].line + 1]).toMatch(/^steplog ⇣ echo ran inside: pulled image .* in /);
    expect(lines.slice(markers[2].line + 1, markers[3].line)).toEqual(['ran inside']);
  });

  it('GitHub (the action): the pull in a group of its own, then the attempt’s group', async () => {
    await removeImage();
    const run = await runAction({
      with: { name: 'pulled', run: 'echo ran inside', container: registry.image, 'container-engine': name },
      env,
    });
    expect(run.code, run.stdout).toBe(0);
    const isGateLine = (line: string) => /^::(stop-commands::)?[0-9a-f]{48}(::)?$/.test(line);
    const log = foldedLogOf(run)
      .filter((entry) => typeof entry !== 'string' || !isGateLine(entry))
      .map((entry): LogEntry =>
        typeof entry === 'string' ? entry : { ...entry, lines: entry.lines.filter((l) => !isGateLine(l)) },
      );
    const folds = log.filter((entry) => typeof entry !== 'string');
    expect(folds.map((fold) => fold.group)).toEqual([
      `pulled: pulling image ${registry.image} (${name})`,
      'pulled: output',
    ]);
    expect(folds[0].lines.join('\n')).toMatch(PULL_LINE[name]);
    expect(folds[1].lines).toEqual(['ran inside']);
    const between = log.slice(log.indexOf(folds[0]) + 1, log.indexOf(folds[1]));
    expect(between).toEqual([
      expect.stringMatching(/^steplog ⇣ pulled: pulled image .* in /),
      'steplog ▶ pulled',
    ]);
  });

  it('a failed pull: exit 125, its section closed, the failure said after it, nothing runs', async () => {
    const absent = `${registry.host}/steplog-test/absent:1`;
    const run = await steplog(absent, ['--run', 'echo never']);
    expect(run.status).toBe(125);
    expect(run.stdout).not.toContain('never');
    const lines = run.stderr.split('\n');
    const started = lines.indexOf(`steplog ⇣ echo never: pulling image ${absent} (${name})`);
    const ended = lines.findIndex((line) =>
      line.startsWith(`steplog ✖ echo never: pulling image ${absent} failed after `),
    );
    expect(started, run.stderr).toBeGreaterThanOrEqual(0);
    expect(ended).toBeGreaterThan(started);
    // The engine's own words are in the section, and in the attempt's error after it.
    expect(lines.slice(started + 1, ended).join('\n')).toMatch(/manifest unknown|not found/i);
    expect(lines.slice(ended + 1).join('\n')).toMatch(
      new RegExp(`${name} pull .*absent:1 failed \\(exit code \\d+\\)`),
    );
    const end = run.events.find((event) => event.type === 'preparation-end') as { error: string | null };
    expect(end.error).toMatch(/pull .*absent:1 failed/);
    const record = (run.events.at(-1) as { record: ExecutionRecord }).record;
    expect(record.exitStatus).toBe(125);
    expect(record.attempts[0].error).toBe(end.error);
  });
});

async function until(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
