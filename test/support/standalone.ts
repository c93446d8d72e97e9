// The standalone executable for this machine's architecture, built by `npm run build:binary` when it
// is missing or older than the sources (the build takes half a minute; CI builds it once up front).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

function isStale(): boolean {
  if (!existsSync(STANDALONE) || !existsSync(CHECKSUMS)) return true;
  const sources = Math.max(
    newestSource(path.join(ROOT, 'src')),
    statSync(path.join(ROOT, 'package.json')).mtimeMs,
  );
  return statSync(STANDALONE).mtimeMs < sources;
}

/** Whether the process that took the lock has died without releasing it. */
function holderGone(lock: string): boolean {
  try {
    const pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    if (!(pid > 0)) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The executable, built first when stale. Test files run in parallel: one builds while the others
 * wait for its lock (a folder, created atomically, holding the builder's pid), so no test reads an
 * executable and a SHA256SUMS from two different builds.
 */
export async function standaloneExecutable(): Promise<string> {
  const lock = path.join(STANDALONE_DIR, '.build-lock');
  const deadline = Date.now() + 10 * 60_000;
  mkdirSync(STANDALONE_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (holderGone(lock)) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock} is still held after 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    if (isStale()) {
      process.stderr.write('building the standalone executable (npm run build:binary)\n');
      execFileSync('npm', ['run', '-s', 'build:binary'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return STANDALONE;
}
