// `background` through the CLI bundle: the flag, the variable, and the default, on real processes.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSurvivors, killSurvivors, survivors, watchMarker } from '../exec/helpers.js';
import { requireBundle, runCli, tempDir } from './helpers.js';

beforeAll(requireBundle);
afterEach(expectNoSurvivors);

/** A server started in the background: its pid written to `file`, waited for until it is `sleep`. */
function server(file: string, start = 'nohup sleep 300 >/dev/null 2>&1 &'): string {
  return `${start}\necho $! > "${file}"\nuntil [ "$(cat /proc/$!/comm)" = sleep ]; do sleep 0.01; done`;
}

describe('steplog run --background', () => {
  it('default keep: the server outlives steplog, and the line names its pid and command line', async () => {
    const marker = `cli-keep-${randomUUID()}`;
    watchMarker(marker);
    const file = path.join(tempDir(), 'server.pid');
    const result = await runCli(['run', '--run', server(file)], { env: { STEPLOG_TEST_MARKER: marker } });
    try {
      const pid = Number(readFileSync(file, 'utf8'));
      expect(result.status).toBe(0);
      expect(survivors(marker)).toEqual([pid]);
      expect(result.stderr).toContain(`steplog ℹ left running in the background: ${pid} sleep 300\n`);
    } finally {
      killSurvivors(marker);
    }
  });

  it('--background kill and STEPLOG_BACKGROUND=kill end it before steplog exits', async () => {
    for (const how of [['--background', 'kill'], []]) {
      const marker = `cli-kill-${randomUUID()}`;
      watchMarker(marker);
      const file = path.join(tempDir(), 'server.pid');
      const env = how.length === 0 ? { STEPLOG_BACKGROUND: 'kill' } : {};
      const result = await runCli(['run', ...how, '--run', server(file)], {
        env: { STEPLOG_TEST_MARKER: marker, ...env },
      });
      expect(result.status).toBe(0);
      expect(survivors(marker)).toEqual([]);
      expect(result.stderr).not.toContain('left running');
    }
  });

  it('a timeout kills a kept-by-default setsid escapee too', async () => {
    const marker = `cli-timeout-${randomUUID()}`;
    watchMarker(marker);
    const file = path.join(tempDir(), 'escapee.pid');
    const result = await runCli(
      [
        'run',
        '--timeout',
        '1s',
        '--kill-after',
        '1s',
        '--run',
        `${server(file, 'setsid sleep 300 &')}\nsleep 300`,
      ],
      { env: { STEPLOG_TEST_MARKER: marker } },
    );
    expect(result.status).toBe(124);
    expect(result.stderr).toContain(
      'steplog ⚠ killed 1 process the command left running outside its process group',
    );
    expect(survivors(marker)).toEqual([]);
  });
});
