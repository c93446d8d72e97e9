// The lines a cancel prints: the one at once (on every console), the one for a second signal, and
// the last line of an execution cancelled in its retry delay.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ExecutionLogger } from '../../src/core/logger.js';
import { renderCancelling, renderHurry } from '../../src/render/cancel.js';
import { createPlainConsoleRunSink } from '../../src/sinks/console-plain.js';
import { createGithubConsoleRunSink } from '../../src/sinks/github-console.js';
import { createGitlabConsoleRunSink } from '../../src/sinks/gitlab-console.js';
import { eventually, makeSettings } from '../exec/helpers.js';
import type { StepSettings } from '../../src/core/settings.js';

function captured() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (data: Buffer) => (text += data.toString()));
  return { stream, text: () => text };
}

const FAILED = { exitCode: 1, signal: null, timedOut: null, cancelled: null, error: null };

function logger(maxAttempts: number): ExecutionLogger {
  return new ExecutionLogger({
    name: 'flaky',
    command: 'exit 1',
    shell: 'bash {0}',
    cwd: '/',
    maxAttempts,
    limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: 1024,
  });
}

const slot = (log: ExecutionLogger) => ({
  stepId: null,
  settings: makeSettings() as StepSettings,
  parallel: false,
  redactor: log.redactor,
});

describe('the cancel lines', () => {
  it('say the signal, who got it and when SIGKILL follows', () => {
    expect(renderCancelling('SIGINT', 'command', [5000])).toBe(
      'steplog ⊘ cancelling: SIGINT sent to the command, SIGKILL in 5s',
    );
    expect(renderCancelling('SIGTERM', 'steps', [5000, 5000, 5000])).toBe(
      'steplog ⊘ cancelling: SIGTERM sent to 3 running steps, SIGKILL in 5s',
    );
    expect(renderCancelling('SIGINT', 'steps', [2000, 5000])).toBe(
      'steplog ⊘ cancelling: SIGINT sent to 2 running steps, SIGKILL in at most 5s',
    );
    expect(renderCancelling('SIGHUP', 'steps', [0])).toBe(
      'steplog ⊘ cancelling: SIGHUP sent to 1 running step, SIGKILL at once',
    );
    expect(renderCancelling('SIGINT', 'command', [])).toBe('steplog ⊘ cancelling: no attempt is running');
    expect(renderCancelling('SIGINT', 'steps', [])).toBe('steplog ⊘ cancelling: no step is running');
    expect(renderHurry('command', 1)).toBe('steplog ⊘ cancelling now: SIGKILL sent to the command');
    expect(renderHurry('steps', 2)).toBe('steplog ⊘ cancelling now: SIGKILL sent to 2 running steps');
    expect(renderHurry('steps', 0)).toBeNull();
  });

  it('every console shows a line about the run at once, on a line of its own', async () => {
    const plainErr = captured();
    const plain = createPlainConsoleRunSink({ stdout: new PassThrough(), stderr: plainErr.stream });
    plain.announce!('steplog ⊘ cancelling: x');
    expect(plainErr.text()).toBe('steplog ⊘ cancelling: x\n');

    const githubOut = captured();
    const github = createGithubConsoleRunSink('command', {
      streams: { stdout: githubOut.stream, stderr: new PassThrough() },
      masks: [],
      workflowCommands: false,
      createToken: () => 'token',
    });
    const githubLog = logger(1);
    githubLog.addSink(github.execution!(slot(githubLog))!);
    await githubLog.start();
    await githubLog.startAttempt();
    githubLog.write('stdout', Buffer.from('a line\n'));
    github.announce!('steplog ⊘ cancelling: x');
    // Out of the attempt's fold, which is closed first: a folded line would not be seen at once.
    expect(githubOut.text()).toContain(
      'a line\n::token::\n::endgroup::\n::stop-commands::token\nsteplog ⊘ cancelling: x\n',
    );

    const gitlabOut = captured();
    const gitlab = createGitlabConsoleRunSink('command', {
      stream: gitlabOut.stream,
      collapsed: false,
      logLimit: 1 << 20,
      detailsHint: 'the summary',
    });
    const gitlabLog = logger(1);
    gitlabLog.addSink(gitlab.execution!(slot(gitlabLog))!);
    await gitlabLog.start();
    await gitlabLog.startAttempt();
    gitlabLog.write('stdout', Buffer.from('half a line'));
    // Shown after the partial-line delay, without its end.
    await eventually(() => gitlabOut.text().endsWith('half a line'), 10_000, 'the partial line shown');
    gitlab.announce!('steplog ⊘ cancelling: x');
    expect(gitlabOut.text()).toContain('half a line\nsteplog ⊘ cancelling: x\n');
  });

  it('an execution cancelled in its retry delay ends with a line that says so (plain and GitHub)', async () => {
    for (const make of ['plain', 'github'] as const) {
      const out = captured();
      const sink =
        make === 'plain'
          ? createPlainConsoleRunSink({ stdout: new PassThrough(), stderr: out.stream })
          : createGithubConsoleRunSink('command', {
              streams: { stdout: out.stream, stderr: new PassThrough() },
              masks: [],
              workflowCommands: false,
              createToken: () => 'token',
            });
      const log = logger(3);
      log.addSink(sink.execution!(slot(log))!);
      await log.start();
      await log.startAttempt();
      await log.endAttempt(FAILED);
      await log.retry(600_000, 'exit code 1');
      await log.cancel('SIGINT');
      await log.close();
      expect(out.text(), make).toMatch(
        /^steplog ⊘ flaky: cancelled before attempt 2 of 3 in \d+ms; steplog received SIGINT; exit status 130$/m,
      );
    }
  });
});
