// The one run path, from the source: a single command is a run of one, every sink hears each
// execution and then the run's end once, and neither a failing sink nor steplog's own bug leaves a
// sink without its end.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunEnd, RunSettings, RunSink } from '../../src/core/sink.js';
import type { Platform } from '../../src/platforms/platform.js';
import { executeRun } from '../../src/run/execute-run.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

/** A platform of recording sinks, plus whatever a test adds. */
function recordingPlatform(extra: RunSink[] = []) {
  const heard: string[] = [];
  const ends: RunEnd[] = [];
  const runs: RunSettings[] = [];
  const platform: Platform = {
    name: 'local',
    defaultLogFile: (context) => path.join(context.cwd, 'log.jsonl'),
    async createSinks(run) {
      runs.push(run);
      const recorder: RunSink = {
        name: 'recorder',
        execution: (slot) => ({
          name: 'recorder',
          onEvent: (event) => void heard.push(`${slot.stepId ?? '-'} ${event.type} ${slot.parallel}`),
        }),
        end: (end) => void ends.push(end),
      };
      return [recorder, ...extra];
    },
  };
  return { platform, heard, ends, runs };
}

async function run(raw: Record<string, string>, platform: Platform) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-run-'));
  dirs.push(cwd);
  const stdout = capture();
  const stderr = capture();
  const result = await executeRun({
    raw,
    platform,
    context: { env: {}, stdout: stdout.stream, stderr: stderr.stream, cwd },
    label: (name) => `--${name}`,
  });
  return { result, cwd, stderr: stderr.text };
}

describe('executeRun', () => {
  it('runs a single command as a run of one: its events, then one run end with its record', async () => {
    const { platform, heard, ends, runs } = recordingPlatform();
    const { result, cwd } = await run({ run: 'exit 3' }, platform);
    expect(result).toMatchObject({ exitStatus: 3, mode: 'command', error: null, internalError: null });
    expect(runs.map((r) => r.mode)).toEqual(['command']);
    expect(heard).toEqual(['- start false', '- attempt-start false', '- attempt-end false', '- end false']);
    expect(ends).toHaveLength(1);
    expect(ends[0]).toMatchObject({ mode: 'command', outcome: { status: 'failed', exitStatus: 3 } });
    expect(ends[0].records.map((r) => r.exitCode)).toEqual([3]);
    // The JSON-lines log is every run's first sink.
    expect(readFileSync(path.join(cwd, 'log.jsonl'), 'utf8')).toContain('"type":"end"');
  });

  it('runs steps as one run: every step through the same sinks, then one run end', async () => {
    const { platform, heard, ends } = recordingPlatform();
    const { result } = await run(
      { steps: '- name: a\n  run: "true"\n- name: b\n  run: exit 4', 'max-parallel': '2' },
      platform,
    );
    expect(result).toMatchObject({ exitStatus: 4, mode: 'steps' });
    expect(heard.filter((line) => line.endsWith(' end true')).sort()).toEqual(['a end true', 'b end true']);
    expect(ends).toHaveLength(1);
    expect(ends[0].records.map((r) => r.stepId)).toEqual(['a', 'b']);
    expect(ends[0].outcome).toEqual({ status: 'failed', exitStatus: 4 });
  });

  it('reports a bad input before creating any sink (exit 125, nothing runs)', async () => {
    const { platform, ends, runs } = recordingPlatform();
    const { result } = await run({ run: 'true', timeout: 'soon' }, platform);
    expect(result.exitStatus).toBe(125);
    expect(result.error?.message).toMatch(/^Invalid --timeout: "soon"/);
    expect(runs).toEqual([]);
    expect(ends).toEqual([]);
  });

  it('a sink whose run end throws costs one warning; the other sinks still end and the result stands', async () => {
    const broken: RunSink = {
      name: 'broken',
      end: () => {
        throw new Error('disk full at hunter2');
      },
    };
    const after: RunEnd[] = [];
    const { platform, ends } = recordingPlatform([
      broken,
      { name: 'after', end: (end) => void after.push(end) },
    ]);
    const { result, stderr } = await run({ run: 'true', mask: 'hunter2' }, platform);
    expect(result.exitStatus).toBe(0);
    expect(ends).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(stderr()).toBe('steplog ⚠ the broken sink failed and was turned off: disk full at ***\n');
  });

  it('steplog’s own failure mid-run still ends every sink, with the error, and exits 125', async () => {
    const bug: RunSink = {
      name: 'bug',
      execution: () => {
        throw new Error('a bug');
      },
    };
    const { platform, ends } = recordingPlatform([bug]);
    const { result } = await run({ run: 'true' }, platform);
    expect(result).toMatchObject({ exitStatus: 125, internalError: 'a bug', error: null });
    expect(ends).toHaveLength(1);
    expect(ends[0]).toMatchObject({ internalError: 'a bug', outcome: { status: 'failed', exitStatus: 125 } });
  });
});
