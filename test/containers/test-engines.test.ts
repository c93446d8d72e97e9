// The test set-up itself: a private dockerd and a private podman each run a locally built busybox image.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBusyboxImage,
  runEngine,
  setupPodman,
  startDockerd,
  type TestEngine,
} from '../support/dockerd.js';

describe.each([
  ['docker', startDockerd],
  ['podman', setupPodman],
] as const)('test engine %s', (_name, start) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await start();
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('runs a container of the busybox image built from busybox-static', async () => {
    const id = await buildBusyboxImage(engine);
    expect(id).toMatch(/^(sha256:)?[0-9a-f]{64}$/);
    const { stdout } = await runEngine(engine, [
      'run',
      '--rm',
      '--init',
      'steplog-test/busybox',
      'sh',
      '-c',
      'echo hello from $(uname -s)',
    ]);
    expect(stdout).toBe('hello from Linux\n');
  });
});
