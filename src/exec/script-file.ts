// The script is written to a file the shell runs, as the runner does for `run:` (bash {0}). The file
// lives in a fresh directory only steplog's user can enter (mkdtemp: 0700), removed afterwards.
// Synchronous on purpose: a few local file-system calls take microseconds, while each thread-pool
// round trip of the promise API (and fs.rm's recursive walk) adds to every step's start and end.
import { mkdtempSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ScriptFile {
  path: string;
  dispose(): void;
}

export function writeScriptFile(script: string, extension: string, tempDir?: string): ScriptFile {
  const dir = mkdtempSync(path.join(tempDir ?? tmpdir(), 'steplog-'));
  const file = path.join(dir, `script${extension}`);
  // Executable, for custom templates that run the file itself (`{0}`).
  writeFileSync(file, script, { mode: 0o700 });
  return {
    path: file,
    dispose: () => {
      try {
        unlinkSync(file);
        rmdirSync(dir);
      } catch {
        // The script removed itself or left files beside it: remove whatever is there.
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
