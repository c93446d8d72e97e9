// A root filesystem with musl's dynamic loader, as Alpine images have it: the busybox root
// filesystem plus Debian's musl package unpacked into it (downloaded with `apt-get download`,
// never installed on this machine, whose own /lib must stay glibc-only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { busyboxRootfs } from './dockerd.js';

/** A folder to import as an image; the caller removes it. */
export function muslRootfs(): string {
  const root = busyboxRootfs();
  const debs = mkdtempSync(path.join(tmpdir(), 'steplog-musl-deb-'));
  try {
    try {
      execFileSync('apt-get', ['download', 'musl'], { cwd: debs, stdio: 'ignore' });
    } catch {
      throw new Error("could not download Debian's musl package (apt-get download musl): run apt-get update");
    }
    const deb = readdirSync(debs).find((name) => name.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download musl left no .deb in ${debs}`);
    execFileSync('dpkg-deb', ['-x', path.join(debs, deb), root]);
  } finally {
    rmSync(debs, { recursive: true, force: true });
  }
  return root;
}
