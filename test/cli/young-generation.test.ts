// Heavy output must not grow V8's young generation (and with it the RSS): both bundles bound it at
// run time, once their modules are loaded (runtime-tuning.ts says why not on the command line).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../action/run-action.js';
import { requireBundle, runCli, tempDir } from './helpers.js';

const REPORT_PRELOAD = fileURLToPath(new URL('../fixtures/runtime/new-space-report.mjs', import.meta.url));
/** 50 MB of 100-byte lines: enough for V8's default young generation to grow to 8 MiB or more. */
const FLOOD = `yes ${'x'.repeat(99)} | head -n 500000 || true`;
/** Two semi-spaces at V8's initial size (1 MiB each on 64-bit), as the bundles keep them. */
const BOUND = 4 * 1024 * 1024;

function preload(): { env: Record<string, string>; largest: () => number } {
  const report = path.join(tempDir(), 'new-space');
  return {
    env: { NODE_OPTIONS: `--import=${REPORT_PRELOAD}`, NEW_SPACE_REPORT: report },
    largest: () => Number(readFileSync(report, 'utf8')),
  };
}

beforeAll(requireBundle);

describe('the young generation under heavy output', () => {
  it('the CLI keeps it at its initial size', async () => {
    const { env, largest } = preload();
    const run = await runCli(['run', '--run', FLOOD], { env });
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(500_000 * 100);
    expect(largest()).toBeGreaterThan(0);
    expect(largest()).toBeLessThanOrEqual(BOUND);
  });

  it('the action, started by the runner without flags, does too', async () => {
    const { env, largest } = preload();
    const run = await runAction({ with: { run: FLOOD }, env });
    expect(run.code).toBe(0);
    expect(largest()).toBeGreaterThan(0);
    expect(largest()).toBeLessThanOrEqual(BOUND);
  });
});
