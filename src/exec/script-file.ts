// The script is written to a file the shell runs, as the runner does for `run:` (bash {0}). The file
// lives in a fresh directory only steplog's user can enter (mkdtemp: 0700), removed afterwards.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ScriptFile {
  path: string;
  dispose(): Promise<void>;
}

export async function writeScriptFile(
  script: string,
  extension: string,
  tempDir?: string,
): Promise<ScriptFile> {
  const dir = await mkdtemp(path.join(tempDir ?? tmpdir(), 'steplog-'));
  const file = path.join(dir, `script${extension}`);
  // Executable, for custom templates that run the file itself (`{0}`).
  await writeFile(file, script, { mode: 0o700 });
  return {
    path: file,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
