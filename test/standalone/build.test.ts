// `npm run build:binary` refuses an architecture it cannot build, naming the value and what it takes.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

describe('npm run build:binary', () => {
  it('stops at once on an unknown --arch', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-binary.ts'), '--arch', 'sparc'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr.trim()).toBe(
      "build:binary: --arch sparc: sparc is not one of x64, arm64, all (default: this machine's)",
    );
    expect(result.status).toBe(1);
  });
});
