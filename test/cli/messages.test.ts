// steplog's own lines from real runs, on the three consoles: the CLI (stderr), GitLab's job log and
// GitHub's (the action bundle under the runner emulation). The same run gives the same lines on
// each, in one pattern; only durations and the sampled memory and CPU vary between runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../action/run-action.js';
import { requireBundle, runCli, tempDir } from './helpers.js';

beforeAll(requireBundle);

interface Step {
  name: string;
  run: string;
  /** Inputs by their action name; the CLI gets them as `--<name> <value>`. */
  inputs?: Record<string, string>;
}

/** steplog's lines, durations as `<t>`, measured usage left out (it is there only when sampled). */
function ownLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('steplog '))
    .map((line) =>
      line
        .replace(/ \([\d.]+ (?:B|KiB|MiB|GiB) peak, [^)]* CPU\)/, '')
        .replace(/\b\d+(?:\.\d+)?(?:ms|s)\b/g, '<t>'),
    );
}

async function linesOnEveryConsole(step: Step): Promise<Record<'cli' | 'gitlab' | 'github', string[]>> {
  const args = Object.entries(step.inputs ?? {}).flatMap(([name, value]) => [`--${name}`, value]);
  const cwd = tempDir();
  const cli = await runCli(['run', '--platform', 'local', '--name', step.name, ...args, '--run', step.run], {
    cwd,
  });
  const gitlab = await runCli(
    ['run', '--platform', 'gitlab', '--name', step.name, ...args, '--run', step.run],
    { cwd },
  );
  const github = await runAction({ with: { name: step.name, run: step.run, ...step.inputs } });
  return { cli: ownLines(cli.stderr), gitlab: ownLines(gitlab.stdout), github: ownLines(github.stdout) };
}

function expectOnEveryConsole(lines: Record<string, string[]>, expected: string[]): void {
  for (const [console, got] of Object.entries(lines)) expect(got, console).toEqual(expected);
}

describe('steplog lines on the CLI, GitLab and GitHub', () => {
  it('an idle timeout says it was idle, and the exit status, once', async () => {
    const lines = await linesOnEveryConsole({
      name: 'quiet',
      run: 'sleep 5',
      inputs: { 'idle-timeout': '1s' },
    });
    expectOnEveryConsole(lines, [
      'steplog ▶ quiet',
      'steplog ⏱ quiet: timed out: idle, no output for <t>; stopped with SIGTERM; exit status 124',
    ]);
  });

  it('a retried failure: one line per retry, a warning without a doubled prefix, the exit code once', async () => {
    const lines = await linesOnEveryConsole({
      name: 'flaky',
      run: 'echo hi; exit 3',
      inputs: { 'max-attempts': '2', 'on-retry': 'exit 9' },
    });
    expectOnEveryConsole(lines, [
      'steplog ▶ flaky (attempt 1 of 2)',
      'steplog ↻ flaky: attempt 1 of 2 failed with exit code 3 in <t>; retrying now',
      'steplog ⚠ the on-retry command failed (exit code 9); attempt 2 runs anyway',
      'steplog ▶ flaky (attempt 2 of 2)',
      'steplog ✖ flaky: failed with exit code 3 on attempt 2 of 2 in <t>',
    ]);
  });

  it('a command not found says so, and why it is not retried, without repeating the exit code', async () => {
    const lines = await linesOnEveryConsole({
      name: 'missing',
      run: 'no-such-command-steplog',
      inputs: { 'max-attempts': '3' },
    });
    expectOnEveryConsole(lines, [
      'steplog ▶ missing (attempt 1 of 3)',
      'steplog ✖ missing: failed with exit code 127 (command not found) on attempt 1 of 3 in <t>; not retried: 127 is retried only when retry-on-exit-codes lists it',
    ]);
  });

  it('a success is one line', async () => {
    const lines = await linesOnEveryConsole({ name: 'ok', run: 'echo fine' });
    expectOnEveryConsole(lines, ['steplog ▶ ok', 'steplog ✔ ok: succeeded in <t>']);
  });
});
