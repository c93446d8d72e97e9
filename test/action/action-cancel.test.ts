// the runner cancels a JavaScript action by sending SIGINT to the node process only, then
// SIGTERM 7.5 s later. steplog must take the command's whole tree down, write its outputs, summary
// and log with `cancelled`, and exit before that SIGTERM.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readJsonl, runAction } from './run-action.js';
import { annotationsOf, expectCommandsStoppedAroundOutput } from './runner-view.js';

beforeAll(assertBuilt);

/** Live processes whose environment carries `NAME=value`. */
function processesWith(entry: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry)) {
        const state = /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
        if (state !== 'Z') found.push(Number(pid));
      }
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

async function until(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('cancellation', () => {
  // kill-after is far off: only the cancel's 5 s cap on the grace ends this before the test's timeout
  // (GitHub sends SIGTERM 7.5 s after SIGINT).
  it('SIGINT to the node pid only → cancelled everywhere, no survivors, SIGKILL after the capped grace', async () => {
    const marker = `STEPLOG_TEST_MARKER=${process.pid}-${Date.now()}`;
    let signalled = false;
    const run = await runAction({
      with: {
        name: 'stubborn',
        // Ignores SIGINT and SIGTERM, has a child in its group and one that left it.
        run: "trap '' INT TERM\nsetsid sleep 600 &\nsleep 600 &\necho ready\nwhile true; do sleep 1; done",
        'kill-after': '10m',
      },
      env: { STEPLOG_TEST_MARKER: marker.split('=')[1] },
      onSpawn: (pid, chunks) => {
        void until(() => chunks.some((c) => c.text.includes('ready')), 20_000).then(() => {
          signalled = true;
          process.kill(pid, 'SIGINT');
        });
      },
    });
    expect(signalled).toBe(true);
    expect(run.code).toBe(130);
    // Said at once, in the job log.
    expect(run.stdout).toContain('steplog ⊘ cancelling: SIGINT sent to the command, SIGKILL in 5s\n');
    expect(Object.fromEntries(run.outputs())).toMatchObject({ status: 'cancelled', 'timed-out': 'false' });
    const end = readJsonl(run.outputs().get('log-file')!).at(-1) as {
      type: string;
      record: { status: string; id: string; signal: string | null };
    };
    expect(end).toMatchObject({ type: 'end', record: { status: 'cancelled', signal: 'SIGKILL' } });
    expect(run.summary()).toContain('stubborn');
    expect(annotationsOf(run).map((c) => [c.command, c.data])).toEqual([
      // The setsid'd sleep left the group; the sweep found it by its execution id.
      [
        'warning',
        expect.stringMatching(/^killed 1 process the command left running outside its process group/),
      ],
      ['error', '`stubborn` was cancelled (steplog received SIGINT)'],
    ]);
    expectCommandsStoppedAroundOutput(run);
    expect(processesWith(`STEPLOG_EXECUTION_ID=${end.record.id}`)).toEqual([]);
    expect(processesWith(marker)).toEqual([]);
  });
});
