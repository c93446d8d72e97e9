// What the built action loads before and while it runs a step with nothing to send over the
// network: no HTTP client. @actions/core's root module would load one (its OIDC client, with
// @actions/http-client and undici) — ~70 ms of every cold start; src/sinks/actions-toolkit.ts takes
// the toolkit's command modules without it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { requireBundle, tempDir } from '../cli/helpers.js';
import { runAction } from './run-action.js';

const REPORT_PRELOAD = fileURLToPath(new URL('../fixtures/runtime/builtins-report.mjs', import.meta.url));

beforeAll(requireBundle);

it('a step with no feedback, telemetry or notification loads no HTTP, TLS, zlib or worker module', async () => {
  const report = path.join(tempDir(), 'builtins');
  const run = await runAction({
    with: { run: 'echo hello' },
    env: { NODE_OPTIONS: `--import=${REPORT_PRELOAD}`, BUILTINS_REPORT: report },
  });
  expect(run.code).toBe(0);
  expect(run.outputs().get('status')).toBe('success');
  const loaded = readFileSync(report, 'utf8').split('\n');
  // The report itself is read: the list is real (fs is loaded by every Node process).
  expect(loaded).toContain('fs');
  expect(
    loaded.filter((name) => /^(https?|http2|_http_|tls|_tls_|zlib|worker_threads)\b/.test(name)),
  ).toEqual([]);
});
