// A Debian root filesystem without Node.js (debootstrap --variant=minbase, plus curl for downloads
// and rsync, which gitlab-ci-local's helper container uses to save caches), as a tarball for
// `docker import`: the image a Python, Go or Java job would run in. Built once per machine from
// Debian's archive into the user's cache folder (outside the clone, so a fresh clone on the same
// machine reuses it: building takes minutes); later runs reuse it.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { execAsRoot } from './as-root.js';
import { ensureDebianPackages } from './provision.js';
import { removeWithMounts } from './mounts.js';

export const TEST_CACHE = path.join(
  process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'),
  'steplog-test',
);
const SUITE = 'bookworm';
const MIRROR = 'http://deb.debian.org/debian';
const PACKAGES = ['curl', 'rsync'];

/** Path of the root filesystem tarball; builds it (a few minutes) when the cache has none. */
export function debianRootfsTarball(): string {
  const tarball = path.join(TEST_CACHE, `debian-${SUITE}-minbase-${PACKAGES.join('-')}.tar`);
  if (existsSync(tarball)) return tarball;
  ensureDebianPackages(['debootstrap'], 'a Debian root filesystem without Node.js');
  mkdirSync(TEST_CACHE, { recursive: true });
  const dir = mkdtempSync(path.join(TEST_CACHE, 'rootfs-'));
  try {
    process.stderr.write(`building a Debian ${SUITE} root filesystem with debootstrap into ${tarball}\n`);
    execAsRoot('debootstrap', 'debootstrap', [
      '--variant=minbase',
      `--include=${PACKAGES.join(',')}`,
      SUITE,
      dir,
      MIRROR,
    ]);
    if (existsSync(path.join(dir, 'usr/bin/node')))
      throw new Error('the root filesystem unexpectedly has Node.js');
    // Some of its files (/etc/shadow, …) are root's only: tar reads as root, into a file of ours.
    const part = openSync(`${tarball}.part`, 'w');
    try {
      execAsRoot('reading the root filesystem', 'tar', ['-C', dir, '-c', '.'], part);
    } finally {
      closeSync(part);
    }
    renameSync(`${tarball}.part`, tarball);
  } finally {
    removeWithMounts(dir);
    rmSync(`${tarball}.part`, { force: true });
  }
  return tarball;
}
