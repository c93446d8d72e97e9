// The built action, run as the runner runs it: exit status, outputs, log, summary and JSON-lines
// log on the success, failure, retry, timeout and invalid-input paths.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FAKE_TOKEN, readJsonl, runAction } from './run-action.js';
import {
  annotationsOf,
  expectNoInjectedCommand,
  expectCommandsStoppedAroundOutput,
  viewOf,
} from './runner-view.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

beforeAll(assertBuilt);

describe('the action on its main paths', () => {
  it('success: outputs from the record, commands stopped and resumed once, summary and log written', async () => {
    const run = await runAction({ with: { run: 'echo hello\necho oops >&2', name: 'greet' } });
    expect(run.code).toBe(0);
    const outputs = Object.fromEntries(run.outputs());
    expect(outputs).toMatchObject({
      status: 'success',
      'exit-code': '0',
      signal: '',
      'timed-out': 'false',
      attempts: '1',
      stdout: 'hello',
      stderr: 'oops',
    });
    expect(outputs['started-at']).toMatch(ISO);
    expect(outputs['completed-at']).toMatch(ISO);
    expect(Number(outputs['duration-ms'])).toBeGreaterThanOrEqual(0);
    expect(Object.keys(outputs).sort()).toEqual([
      'attempts',
      'completed-at',
      'duration-ms',
      'exit-code',
      'log-file',
      'results',
      'signal',
      'started-at',
      'status',
      'stderr',
      'stdout',
      'timed-out',
    ]);
    expect(JSON.parse(outputs.results)).toEqual([
      expect.objectContaining({ status: 'success', exitCode: 0, attempts: 1, exitStatus: 0 }),
    ]);
    // The JSON-lines log defaults under RUNNER_TEMP and ends with the record.
    expect(outputs['log-file'].startsWith(run.runnerTemp + path.sep)).toBe(true);
    const events = readJsonl(outputs['log-file']);
    expect(events.at(-1)).toMatchObject({ type: 'end', record: { status: 'success', name: 'greet' } });
    expect(run.summary()).toContain('greet');
    expectCommandsStoppedAroundOutput(run);
    // Both of the command's lines are in the log, in order, between the stop and the resume.
    expect(run.stdout).toMatch(/::stop-commands::[0-9a-f]+\n[\s\S]*hello\noops\n[\s\S]*::[0-9a-f]+::\n/);
    // The only commands: steplog's group around the output, and after the resume the github-token
    // registered as a mask for the rest of the job.
    expect(viewOf(run).commands.map((c) => c.line)).toEqual([
      '::group::greet: output',
      '::endgroup::',
      `::add-mask::${FAKE_TOKEN}`,
    ]);
  });

  it('failure: the exit code, a failed step with one error saying what happened', async () => {
    const run = await runAction({ with: { run: 'echo about to fail\nexit 3', name: 'build' } });
    expect(run.code).toBe(3);
    expect(run.outputs().get('status')).toBe('failed');
    expect(run.outputs().get('exit-code')).toBe('3');
    expect(annotationsOf(run).map((c) => [c.command, c.data])).toEqual([
      ['error', '`build` failed with exit code 3'],
    ]);
    expectCommandsStoppedAroundOutput(run);
  });

  it('success-codes: an exit code listed there is a success', async () => {
    const run = await runAction({ with: { run: 'exit 1', 'success-codes': '0,1' } });
    expect(run.code).toBe(0);
    expect(Object.fromEntries(run.outputs())).toMatchObject({ status: 'success', 'exit-code': '1' });
    expect(annotationsOf(run)).toEqual([]);
  });

  it('bash -e: a multi-line script stops at the first failing line', async () => {
    const run = await runAction({ with: { run: 'echo one\nfalse\necho never printed' } });
    expect(run.code).toBe(1);
    expect(run.outputs().get('stdout')).toBe('one');
    expect(run.stdout).not.toContain('never printed');
  });

  it('working-directory: relative to the workspace', async () => {
    const run = await runAction({
      with: { run: 'pwd', 'working-directory': 'sub/dir' },
      prepare: (w) => mkdirSync(path.join(w, 'sub/dir'), { recursive: true }),
    });
    expect(run.code).toBe(0);
    expect(run.outputs().get('stdout')).toBe(path.join(run.workspace, 'sub/dir'));
  });

  it.each([
    ['sh', 'echo "sh: $0" | grep -q "\\.sh$" && echo sh-ok', 'sh-ok'],
    ['python', 'import sys\nprint("py", sys.version_info[0])', 'py 3'],
    ['node', 'console.log("node", typeof process.version)', 'node string'],
    ['perl {0}', 'print "perl ok\\n";', 'perl ok'],
  ])('shell %s', async (shell, script, expected) => {
    const run = await runAction({ with: { run: script, shell } });
    expect(run.outputs().get('stdout')).toBe(expected);
    expect(run.code).toBe(0);
  });

  it('retry: failed attempts are retried and all of them are recorded; the outputs are the last attempt’s', async () => {
    const run = await runAction({
      with: {
        run: 'n=$(cat count 2>/dev/null || echo 0); echo $((n + 1)) > count; echo "try $n"; test "$n" -ge 2',
        'max-attempts': '3',
      },
    });
    expect(run.code).toBe(0);
    expect(Object.fromEntries(run.outputs())).toMatchObject({
      status: 'success',
      attempts: '3',
      stdout: 'try 2',
    });
    const events = readJsonl(run.outputs().get('log-file')!);
    expect(events.filter((e) => e.type === 'attempt-end')).toHaveLength(3);
    expect(run.stdout.match(/steplog ↻ /g)).toHaveLength(2);
    expectCommandsStoppedAroundOutput(run);
  });

  it('timeout: 124, timed-out outputs, the group killed, one error in words', async () => {
    const run = await runAction({
      with: { run: 'echo started\nsleep 30', name: 'slow', timeout: '1s', 'kill-after': '1s' },
    });
    expect(run.code).toBe(124);
    expect(Object.fromEntries(run.outputs())).toMatchObject({
      status: 'timed_out',
      'timed-out': 'true',
      'exit-code': '',
      signal: 'SIGTERM',
      stdout: 'started',
    });
    expect(annotationsOf(run).map((c) => c.data)).toEqual([
      '`slow` timed out after 1s; stopped with SIGTERM',
    ]);
    expect(run.summary()).toContain('slow');
    expectCommandsStoppedAroundOutput(run);
  });

  it('invalid input: the step fails naming the input, nothing runs, outputs say failed', async () => {
    const run = await runAction({ with: { run: 'touch ran', timeout: '5 minutes' } });
    expect(run.code).toBe(125);
    expect(existsSync(path.join(run.workspace, 'ran'))).toBe(false);
    const errors = annotationsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0].data).toMatch(/^Invalid input 'timeout': "5 minutes"\. Expected a duration/);
    expect(Object.fromEntries(run.outputs())).toEqual({
      status: 'failed',
      'exit-code': '',
      signal: '',
      'timed-out': 'false',
      'duration-ms': '0',
      'started-at': '',
      'completed-at': '',
      attempts: '0',
      stdout: '',
      stderr: '',
      'log-file': '',
      results: '[]',
    });
    expect(run.stdout).not.toContain('stop-commands');
    expect(statSync(run.files.summary).size).toBe(0);
  });

  it('an empty run (only comments) is an invalid input too', async () => {
    const run = await runAction({ with: { run: '# nothing here\n' } });
    expect(run.code).toBe(125);
    expect(annotationsOf(run)[0].data).toMatch(/^Invalid input 'run'/);
    expectNoInjectedCommand(run, 'PWNED');
  });

  it('the CLI inside a run: step on GitHub uses the same sinks and fails in words itself', async () => {
    const run = await runAction({
      with: {},
      cliArgs: ['run', '--name', 'cli step', '--', 'bash', '-c', 'echo hi; exit 2'],
    });
    expect(run.code).toBe(2);
    expect(Object.fromEntries(run.outputs())).toMatchObject({
      status: 'failed',
      'exit-code': '2',
      stdout: 'hi',
    });
    expect(annotationsOf(run).map((c) => [c.command, c.data])).toEqual([
      ['error', '`cli step` failed with exit code 2'],
    ]);
    expect(run.summary()).toContain('cli step');
    expectCommandsStoppedAroundOutput(run);
  });
});
