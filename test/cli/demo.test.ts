// The README's quick start runs `npm run demo`: keep it working, and keep what it shows true.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { cleanEnv, requireBundle, ROOT } from './helpers.js';

beforeAll(requireBundle);

describe('npm run demo', () => {
  it('retries the flaky example to success and shows the log, the summary and the JSON-lines log', () => {
    const demo = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo.ts')], {
      env: cleanEnv(),
      encoding: 'utf8',
    });
    const all = demo.stdout + demo.stderr;
    expect(demo.status).toBe(0);
    expect(all).toMatch(/steplog ↻ demo build: attempt 1 of \d failed with exit code \d+ in /);
    expect(all).toMatch(/steplog ✔ demo build: succeeded on attempt 2 of \d in /);
    expect(all).toContain('using token *** to fetch dependencies');
    expect(all).not.toContain('hunter2-demo-token\n');
    expect(all).toMatch(/━━ summary \(.*summary\.md\) ━━/);
    expect(all).toMatch(/\d+ end \(status success\)/);
  });
});

describe('the README', () => {
  it('shows the golden failure summary exactly as the renderer writes it', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const golden = readFileSync(path.join(ROOT, 'test/golden/summary/failure.md'), 'utf8').trim();
    expect(readme).toContain('````markdown\n' + golden + '\n````');
  });
});

describe('versions', () => {
  it('keeps src/version.ts equal to package.json (the GitLab template pins it)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
