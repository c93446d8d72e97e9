// The standalone executable for this machine's architecture, built by `npm run build:binary` when it
// is missing or older than the sources (the build takes half a minute; CI builds it once up front).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const STANDALONE_DIR = path.join(ROOT, 'standalone');
export const STANDALONE = path.join(STANDALONE_DIR, `steplog-linux-${process.arch}`);
export const CHECKSUMS = path.join(STANDALONE_DIR, 'SHA256SUMS');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

export function standaloneExecutable(): string {
  const stale =
    !existsSync(STANDALONE) ||
    !existsSync(CHECKSUMS) ||
    statSync(STANDALONE).mtimeMs <
      Math.max(newestSource(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'package.json')).mtimeMs);
  if (stale) {
    process.stderr.write('building the standalone executable (npm run build:binary)\n');
    execFileSync('npm', ['run', '-s', 'build:binary'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return STANDALONE;
}
