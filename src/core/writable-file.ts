// A file steplog will write (log-file, summary-file) is checked before anything runs: its folder is
// created, and the file opened for appending once. A path that cannot be written (a file where a
// folder is needed, no permission, a read-only or virtual file system such as /proc) is an input
// error, rather than a failure after the command ran.
//
// Folders are created one level at a time: Node's `mkdirSync(…, { recursive: true })` never returns
// under /proc (it retries forever at 100% CPU on the EPERM/ENOENT it gets there).
import { closeSync, mkdirSync, openSync, statfsSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { InputError, messageOf } from './errors.js';

/** Throws an InputError naming `label` and `given` when `file` cannot be appended to. */
export function checkWritableFile(label: string, given: string, file: string): void {
  const fail = (why: string): never => {
    throw new InputError(label, given, `a file steplog can write (${why})`);
  };
  const existing = kindOf(file);
  if (existing === 'directory') fail(`${file} is a folder`);
  if (existing === null) createFolders(path.dirname(file), fail);
  // Opening a file there succeeds (as root), only the writes fail.
  if (isVirtual(existing === null ? path.dirname(file) : file)) fail('a virtual file system such as /proc');
  let fd: number;
  try {
    fd = openSync(file, 'a', 0o644);
  } catch (error) {
    return fail(messageOf(error));
  }
  closeSync(fd);
  // Leave nothing behind: the sink creates the file again when it first writes.
  if (existing === null) unlinkSync(file);
}

/** proc and sysfs: their files open for writing, but nothing written there is a file. */
const VIRTUAL_FILE_SYSTEMS = new Set([0x9fa0, 0x62656572]);

function isVirtual(at: string): boolean {
  try {
    return VIRTUAL_FILE_SYSTEMS.has(statfsSync(at).type);
  } catch {
    return false;
  }
}

function kindOf(file: string): 'file' | 'directory' | null {
  try {
    return statSync(file).isDirectory() ? 'directory' : 'file';
  } catch {
    return null;
  }
}

function createFolders(folder: string, fail: (why: string) => never): void {
  const missing: string[] = [];
  let at = folder;
  for (let kind = kindOf(at); kind === null; kind = kindOf(at)) {
    const parent = path.dirname(at);
    if (parent === at) fail(`no existing folder above ${folder}`);
    missing.unshift(at);
    at = parent;
  }
  if (kindOf(at) !== 'directory') fail(`${at} is a file, where a folder is needed`);
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      fail(messageOf(error));
    }
  }
}
