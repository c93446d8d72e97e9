// What the package promises about itself: the test command tests the source, not an old bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('npm test', () => {
  it('builds the bundles before it runs the tests, so dist/ cannot be older than src/', () => {
    expect(pkg.scripts.test).toMatch(/^npm run -s build && vitest run$/);
  });
});
