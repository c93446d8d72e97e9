// The `docker run` / `podman run` command line of one attempt. steplog owns the container: it names
// it by label (execution ID and attempt), learns its ID from --cidfile, runs an init process as PID 1
// (signals reach the script, zombies are reaped) and removes it itself after reading how it ended,
// so no --rm.
import path from 'node:path';
import { ATTEMPT_LABEL, EXECUTION_LABEL } from './engine.js';

export interface ContainerRunPlan {
  image: string;
  executionId: string;
  attempt: number;
  /** Where the engine writes the container's ID (must not exist yet). */
  cidfile: string;
  /** Mounted at the same path. */
  workspace: string;
  /** The working directory inside: the step's, at the same path. */
  cwd: string;
  /** The script file, mounted read-only at the same path. */
  scriptPath: string;
  /** The shell's argv, the script path already in it. */
  shellArgv: readonly string[];
  /** Variables passed by name. */
  envNames: readonly string[];
  /** More folders to mount at the same path (the GitHub file commands'). */
  mounts: readonly string[];
  /** `container-options`, already split into words. */
  options: readonly string[];
}

function bind(folder: string, mode = ''): string[] {
  return ['--volume', `${folder}:${folder}${mode}`];
}

function inside(folder: string, parent: string): boolean {
  const relative = path.relative(parent, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function containerRunArgv(plan: ContainerRunPlan): string[] {
  const [program, ...args] = plan.shellArgv;
  return [
    'run',
    '--init',
    '--cidfile',
    plan.cidfile,
    '--label',
    `${EXECUTION_LABEL}=${plan.executionId}`,
    '--label',
    `${ATTEMPT_LABEL}=${plan.attempt}`,
    ...bind(plan.workspace),
    ...(inside(plan.cwd, plan.workspace) ? [] : bind(plan.cwd)),
    '--workdir',
    plan.cwd,
    ...bind(path.dirname(plan.scriptPath), ':ro'),
    ...plan.mounts.flatMap((folder) => bind(folder)),
    ...plan.envNames.flatMap((name) => ['--env', name]),
    ...plan.options,
    '--entrypoint',
    program,
    plan.image,
    ...args,
  ];
}
