import { spawnSync } from 'node:child_process';
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

  test('the built CLI runs on the Node the tests run on', () => {
    const run = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    expect(unsupportedNode(process.version)).toBeNull();
    expect(run.status).toBe(0);
  });
});
