// Octokit is loaded only when there is something to send: the action imports ./index.js lazily, and
// inside it only ./client.ts may import @actions/github or @octokit at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const dir = new URL('../../src/github-api/', import.meta.url);

test('only client.ts imports @actions/github or @octokit; everything else imports types from it at most', () => {
  const offenders: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map(
      (m) => m[1],
    );
    for (const target of runtimeImports) {
      if (
        file !== 'client.ts' &&
        (/^@actions\/github|^@octokit\//.test(target) || target === './client.js')
      ) {
        offenders.push(`${file} imports ${target}`);
      }
    }
  }
  expect(offenders).toEqual([]);
  expect(readFileSync(new URL('index.ts', dir), 'utf8')).toContain("await import('./client.js')");
});
