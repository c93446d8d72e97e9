// E6 for a steps run: SIGINT to steplog's pid only (the GitHub runner's cancel) while three steps run
// in parallel and a fourth waits for a slot. Every step ends `cancelled`, the one that ignores INT
// and TERM is SIGKILLed after the cancel grace (capped at 5 s whatever kill-after says), steplog exits
// 130 well before the runner's SIGTERM at 7.5 s, and no process of the run survives.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertValidEvent } from '../core/schema-helper.js';
import { delay, expectNoSurvivors, watchMarker } from '../exec/helpers.js';
import { readJsonl, requireBundle, runCli, tempDir } from './helpers.js';

beforeAll(requireBundle);
afterEach(expectNoSurvivors);

interface EndRecord {
  stepId: string;
  record: {
    id: string;
    status: string;
    cancelSignal: string | null;
    signal: string | null;
    attempts: unknown[];
  };
}

describe('steplog run --steps, cancelled', () => {
  it('SIGINT to steplog only cancels every step, running or queued; exit 130 after the capped grace; nothing survives', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const summary = path.join(dir, 'summary.md');
    const steps = path.join(dir, 'steps.yml');
    // Every process of the run inherits the marker from steplog's environment.
    const marker = `steps-cancel-${randomUUID()}`;
    watchMarker(marker);
    const ready = (name: string) => path.join(dir, `${name}.ready`);
    writeFileSync(
      steps,
      [
        '- name: server',
        `  run: touch ${ready('server')}; sleep 30`,
        '- name: watcher',
        `  run: touch ${ready('watcher')}; while true; do sleep 0.1; done`,
        // Ignored signals stay ignored across exec: sleep ignores them too; only SIGKILL ends it.
        '- name: stubborn',
        // kill-after is far off: only the cancel's 5 s cap on the grace ends it before the test's timeout.
        `  run: trap '' INT TERM; touch ${ready('stubborn')}; sleep 600`,
        '  kill-after: 10m',
        '- name: queued',
        `  run: touch ${ready('queued')}; echo should not run`,
      ].join('\n'),
    );
    let pid = 0;
    const running = runCli(
      ['run', '--steps', steps, '--max-parallel', '3', '--log-file', log, '--summary-file', summary],
      { env: { STEPLOG_TEST_MARKER: marker }, onSpawn: (p) => (pid = p) },
    );
    // Signal once the three running steps have set up (the trap comes before the ready file).
    const started = ['server', 'watcher', 'stubborn'].map(ready);
    for (let i = 0; i < 400 && !started.every((file) => existsSync(file)); i++) await delay(25);
    expect(started.filter((file) => !existsSync(file))).toEqual([]);
    process.kill(pid, 'SIGINT');
    const result = await running;

    expect(result.status).toBe(130);
    // One line at once for the whole run: the steps with an attempt running, and the grace (capped at 5 s).
    expect(result.stderr.split('\n').filter((line) => line.startsWith('steplog ⊘ cancelling'))).toEqual([
      'steplog ⊘ cancelling: SIGINT sent to 3 running steps, SIGKILL in 5s',
    ]);
    expect(result.stdout).not.toContain('should not run');
    expect(existsSync(ready('queued'))).toBe(false);

    const events = readJsonl(log);
    events.forEach(assertValidEvent);
    const ends = events.filter((e) => e.type === 'end') as unknown as EndRecord[];
    const byStep = Object.fromEntries(
      ends.map((e) => [
        e.stepId,
        [e.record.status, e.record.cancelSignal, e.record.signal, e.record.attempts.length],
      ]),
    );
    expect(byStep).toEqual({
      server: ['cancelled', 'SIGINT', 'SIGINT', 1],
      watcher: ['cancelled', 'SIGINT', 'SIGINT', 1],
      // Ignored the forwarded SIGINT: killed at the end of the grace.
      stubborn: ['cancelled', 'SIGINT', 'SIGKILL', 1],
      queued: ['cancelled', 'SIGINT', null, 0],
    });
    // Each execution's own id is in its processes' environment (STEPLOG_EXECUTION_ID): none is left.
    for (const end of ends) watchMarker(end.record.id);

    const rows = readFileSync(summary, 'utf8')
      .split('\n')
      .filter((line) => /^\| 🚫 \| /.test(line));
    expect(rows).toHaveLength(4);
  });
});
