import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MINIMUM_NODE, unsupportedNode } from '../../src/node-version.js';
import { CLI } from '../cli/helpers.js';

describe('the Node version the CLI needs', () => {
  test('older than 22.12 is refused with a message that names both versions', () => {
    expect(unsupportedNode('v20.20.2')).toBe('steplog: Node.js >= 22.12.0 is required; this is v20.20.2');
    expect(unsupportedNode('v22.11.0')).toBe('steplog: Node.js >= 22.12.0 is required; this is v22.11.0');
  });

  test('22.12 and later run', () => {
    for (const version of ['v22.12.0', 'v22.20.1', 'v23.0.0', 'v24.9.0', 'v30.1.2'])
      expect(unsupportedNode(version), version).toBeNull();
  });

  test('agrees with package.json engines', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE.replace(/\.0$/, '')}`);
  });

  test('the built CLI refuses an older Node with that line and 125, and runs on this one', () => {
    // A preload makes the real bundle see an old process.version: the check at its entry is what runs.
    const dir = mkdtempSync(path.join(tmpdir(), 'steplog-node-version-'));
    const preload = path.join(dir, 'old-node.cjs');
    writeFileSync(preload, "Object.defineProperty(process, 'version', { value: 'v20.1.0' });\n");
    const old = spawnSync(process.execPath, ['-r', preload, CLI, 'run', '--', 'echo', 'ran'], {
      encoding: 'utf8',
    });
    expect([old.status, old.stdout, old.stderr]).toEqual([
      125,
      '',
      'steplog: Node.js >= 22.12.0 is required; this is v20.1.0\n',
    ]);
    const current = spawnSync(process.execPath, [CLI, 'run', '--', 'echo', 'ran'], { encoding: 'utf8' });
    expect([current.status, current.stdout]).toEqual([0, 'ran\n']);
  });
});
