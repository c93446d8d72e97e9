// Mounts a test left under one of its own folders: debootstrap's /proc and /sys in an interrupted
// build, the host network namespace dockerd binds for `--network host` containers.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/** Unmounts (lazily, deepest first) every mount point strictly under `dir`. */
export function unmountUnder(dir: string): void {
  const points = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((point) => point?.startsWith(dir + '/'))
    .reverse();
  for (const point of points) execFileSync('umount', ['-l', point]);
}

/** Removes `dir` once nothing is mounted under it. */
export function removeWithMounts(dir: string): void {
  unmountUnder(dir);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
