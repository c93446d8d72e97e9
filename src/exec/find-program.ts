// Finds the shell program before spawning, so a missing or non-executable shell is a clear 127/126
// naming it, not `spawn zsh ENOENT`. The lookup uses the command's own PATH, as
// the spawn does.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { AttemptFacts } from '../core/outcome.js';

export type ProgramLookup = { path: string } | { error: NonNullable<AttemptFacts['error']> };

export interface FindProgramOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  platform?: NodeJS.Platform;
}

type Probe = 'missing' | 'not-executable' | 'ok';

export function findProgram(program: string, options: FindProgramOptions): ProgramLookup {
  const windows = (options.platform ?? process.platform) === 'win32';
  const name = windows ? expandWindowsVariables(program, options.env) : program;
  const pathApi = windows ? path.win32 : path.posix;
  const extensions = windows && !pathApi.extname(name) ? windowsExtensions(options.env) : [''];

  if (name.includes('/') || (windows && name.includes('\\'))) {
    const absolute = pathApi.resolve(options.cwd, name);
    for (const extension of extensions) {
      const probe = probeFile(absolute + extension, windows);
      if (probe === 'ok') return { path: absolute + extension };
      if (probe === 'not-executable') return notExecutable(program, absolute + extension);
    }
    return {
      error: { exitStatus: 127, message: `shell "${program}" not found: ${absolute} does not exist` },
    };
  }

  const searchPath = (windows ? (options.env.Path ?? options.env.PATH) : options.env.PATH) ?? '';
  let denied: string | null = null;
  for (const dir of searchPath.split(pathApi.delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = pathApi.resolve(options.cwd, dir, name + extension);
      const probe = probeFile(candidate, windows);
      if (probe === 'ok') return { path: candidate };
      // Like execvp: a later executable match wins over an earlier one without permission.
      if (probe === 'not-executable') denied ??= candidate;
    }
  }
  if (denied !== null) return notExecutable(program, denied);
  return { error: { exitStatus: 127, message: `shell "${program}" not found: ${name} is not on PATH` } };
}

function probeFile(file: string, windows: boolean): Probe {
  try {
    if (!statSync(file).isFile()) return 'not-executable';
  } catch {
    return 'missing';
  }
  if (windows) return 'ok';
  try {
    accessSync(file, constants.X_OK);
    return 'ok';
  } catch {
    return 'not-executable';
  }
}

function notExecutable(program: string, file: string): ProgramLookup {
  return { error: { exitStatus: 126, message: `shell "${program}" is not executable: ${file}` } };
}

/** `%ComSpec%` in the `cmd` template, as the runner expands it. */
function expandWindowsVariables(program: string, env: FindProgramOptions['env']): string {
  return program.replace(/%([^%]+)%/g, (whole, name: string) => {
    const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
    return key === undefined ? whole : (env[key] ?? whole);
  });
}

function windowsExtensions(env: FindProgramOptions['env']): string[] {
  const pathext = env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD';
  return pathext.split(';').filter(Boolean);
}
