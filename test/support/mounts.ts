// Mounts a test left under one of its own folders: debootstrap's /proc and /sys in an interrupted
// build, the host network namespace dockerd binds for `--network host` containers.
import { readFileSync, rmSync } from 'node:fs';
import { execAsRoot } from './as-root.js';

/** Unmounts (lazily, deepest first) every mount point strictly under `dir`. */
export function unmountUnder(dir: string): void {
  const points = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((point) => point?.startsWith(dir + '/'))
    .reverse();
  for (const point of points) execAsRoot('unmounting a test folder', 'umount', ['-l', point]);
}

/** Removes `dir` once nothing is mounted under it (as root when it holds root's files). */
export function removeWithMounts(dir: string): void {
  unmountUnder(dir);
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    execAsRoot('removing a root filesystem', 'rm', ['-rf', dir]);
  }
}
