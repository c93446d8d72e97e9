// The container executor: each attempt runs the script in a new container (`docker run` /
// `podman run`), and steplog owns that container. The engine's client runs in its own process group
// on this machine, but stopping the attempt stops the container itself: at the deadline or on cancel
// `kill --signal <signal>` to the container, at the kill `kill --signal KILL`, and once the client has
// exited every container carrying the execution's label is inspected and removed (`rm --force`),
// even when the client died first. The exit status is the container's.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { withAnsibleDefaults } from '../ansible/environment.js';
import type { ExecutionLogger } from '../core/logger.js';
import type { ContainerRecord } from '../core/record.js';
import type { ContainerSettings, ExecutionSettings } from '../core/settings.js';
import { shellArgv } from '../core/shells.js';
import type { AttemptError, AttemptExit, AttemptSpec, AttemptTarget, Executor } from '../exec/executor.js';
import { TRACKING_VARIABLE } from '../exec/platform.js';
import { spawnSupervised } from '../exec/process-group.js';
import { writeScriptFile } from '../exec/script-file.js';
import {
  detectEngine,
  inspectContainer,
  inspectImage,
  killContainer,
  pullImage,
  removeContainersOf,
  type ContainerEngine,
  type ContainerState,
  type ImageInfo,
} from './engine.js';
import { containerEnvNames, githubFileFolders } from './environment.js';
import { containerRunArgv } from './run-argv.js';

/** Pull output lines kept for the error message of a failed pull. */
const PULL_TAIL_LINES = 10;

interface Ready {
  engine: ContainerEngine;
  image: ImageInfo;
  /** How long the pull took; absent when the image was present. */
  pullDurationMs?: number;
}

/** One executor per execution: the engine is found and the image pulled once, before the first attempt. */
export function createContainerExecutor(container: ContainerSettings, logger: ExecutionLogger): Executor {
  let ready: Promise<Ready | { error: AttemptError }> | null = null;
  let record: ContainerRecord | null = null;

  const update = (change: Partial<ContainerRecord>) => {
    if (!record) return;
    record = { ...record, ...change };
    logger.setBlock('container', record);
  };

  return {
    name: 'container',
    async setup(cancel) {
      ready ??= getReady(container, logger, cancel);
      await ready;
    },
    async prepare(spec) {
      ready ??= getReady(container, logger, spec.cancel);
      const found = await ready;
      // A pull cut short by a cancel is tried again by the next execution, not reused.
      if ('error' in found) {
        ready = null;
        return found;
      }
      record ??= {
        engine: found.engine.name,
        engineVersion: found.engine.version,
        image: container.image,
        imageId: found.image.id,
        imageDigest: found.image.digest,
        containerId: null,
        oomKilled: false,
        memoryLimitBytes: null,
        ...(found.pullDurationMs === undefined ? {} : { pullDurationMs: found.pullDurationMs }),
      };
      update({ containerId: null, oomKilled: false });
      // The attempt logger.startAttempt() opened (an on-retry command runs under the next one's number).
      const attempt = Math.max(1, logger.snapshot().attempts.length);
      return prepareAttempt(spec, container, found.engine, attempt, update);
    },
  };
}

async function getReady(
  container: ContainerSettings,
  logger: ExecutionLogger,
  cancel?: AbortSignal,
): Promise<Ready | { error: AttemptError }> {
  let engine: ContainerEngine;
  try {
    engine = await detectEngine(container.engine, process.env);
  } catch (error) {
    return { error: { exitStatus: 125, message: (error as Error).message } };
  }
  const image = container.pull === 'always' ? null : await inspectImage(engine, container.image);
  if (!image) {
    if (container.pull === 'never') {
      return {
        error: {
          exitStatus: 125,
          message: `image ${container.image} is not present and container-pull is never`,
        },
      };
    }
    // Its own section in the consoles, its lines inside; the section is closed on every path.
    await logger.startPreparation({ kind: 'pull', image: container.image, engine: engine.name });
    const pulled = await pull(engine, container.image, logger, cancel);
    const durationMs = await logger.endPreparation('error' in pulled ? pulled.error.message : null);
    if ('error' in pulled) return pulled;
    return { engine, image: pulled, pullDurationMs: durationMs };
  }
  return { engine, image };
}

async function pull(
  engine: ContainerEngine,
  image: string,
  logger: ExecutionLogger,
  cancel?: AbortSignal,
): Promise<ImageInfo | { error: AttemptError }> {
  const tail: string[] = [];
  const code = await pullImage(
    engine,
    image,
    (line) => {
      logger.preparationOutput(line);
      tail.push(line);
      if (tail.length > PULL_TAIL_LINES) tail.shift();
    },
    cancel,
  );
  if (code !== 0) {
    return {
      error: {
        exitStatus: 125,
        message: `${engine.name} pull ${image} failed (exit code ${code}): ${tail.join(' / ')}`,
      },
    };
  }
  return (
    (await inspectImage(engine, image)) ?? {
      error: { exitStatus: 125, message: `image ${image} is not present after the pull` },
    }
  );
}

function prepareAttempt(
  spec: AttemptSpec,
  container: ContainerSettings,
  engine: ContainerEngine,
  attempt: number,
  update: (change: Partial<ContainerRecord>) => void,
) {
  const { settings } = spec;
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...withAnsibleDefaults(settings.env),
    [TRACKING_VARIABLE]: spec.executionId,
  };
  const script = writeScriptFile(spec.script, settings.shell.extension, spec.tempDir);
  // The cidfile must not exist yet, and must not be in the folder mounted read-only.
  const cidDir = mkdtempSync(path.join(spec.tempDir ?? tmpdir(), 'steplog-cid-'));
  const cidfile = path.join(cidDir, 'cid');
  return {
    start: () =>
      start({ spec, settings, container, engine, env, cidfile, scriptPath: script.path, attempt, update }),
    dispose: () => {
      script.dispose();
      rmSync(cidDir, { recursive: true, force: true });
    },
  };
}

interface StartOptions {
  spec: AttemptSpec;
  settings: ExecutionSettings;
  container: ContainerSettings;
  engine: ContainerEngine;
  env: Record<string, string | undefined>;
  cidfile: string;
  scriptPath: string;
  attempt: number;
  update: (change: Partial<ContainerRecord>) => void;
}

async function start(options: StartOptions): Promise<AttemptTarget | { error: AttemptError }> {
  const { spec, settings, container, engine, env, cidfile, scriptPath, attempt, update } = options;
  const argv = containerRunArgv({
    image: container.image,
    executionId: spec.executionId,
    attempt,
    cidfile,
    workspace: settings.cwd,
    cwd: settings.cwd,
    scriptPath,
    shellArgv: shellArgv(settings.shell, scriptPath),
    envNames: containerEnvNames(env),
    mounts: githubFileFolders(env),
    options: container.options,
  });
  const client = spawnSupervised(engine.command, argv, settings.cwd, { ...env, ...engine.env });
  const child = client.nodeChildProcess;
  if (child.pid === undefined) {
    const failed = await client;
    return {
      error: {
        exitStatus: 125,
        message: `could not start ${engine.command}: ${failed.originalMessage ?? failed.message}`,
      },
    };
  }
  const exited = Promise.race([
    new Promise<void>((resolve) => child.once('exit', () => resolve())),
    client.then(() => undefined),
  ]);

  const containerId = (): string | null => {
    try {
      return readFileSync(cidfile, 'utf8').trim() || null;
    } catch {
      return null;
    }
  };
  // Engine commands are asynchronous; the escalation's calls are not: keep them to wait for.
  const pending: Promise<unknown>[] = [];
  let sent: string | null = null;
  const signalContainer = (signal: string) => {
    sent = signal;
    const id = containerId();
    // Not created yet: the client forwards signals to the container it is creating (sig-proxy),
    // and the label sweep at the end removes it in any case.
    if (id === null) child.kill(signal as NodeJS.Signals);
    else pending.push(killContainer(engine, id, signal));
  };

  let state: ContainerState | null = null;
  let id: string | null = null;

  return {
    stdout: child.stdout,
    stderr: child.stderr,
    pid: child.pid,
    exited,
    terminate: (signal) => signalContainer(signal),
    // The container ends with its client (docker run stays attached): once the client exited, a kill
    // finds nothing alive that would change the attempt's signal.
    alive: () => child.exitCode === null && child.signalCode === null,
    kill: () => {
      signalContainer('SIGKILL');
      // The client too, once the container has the kill: it has nothing left to wait for.
      const last = pending.at(-1) ?? Promise.resolve();
      pending.push(last.then(() => void client.kill('SIGKILL')));
    },
    async cleanup({ warn }) {
      await Promise.allSettled(pending);
      id = containerId();
      if (id !== null) {
        state = await inspectContainer(engine, id);
        update({
          containerId: id,
          oomKilled: state?.oomKilled ?? false,
          memoryLimitBytes: state?.memoryLimitBytes ?? null,
        });
      }
      // The client's own group: nothing of it may outlive the attempt.
      client.kill('SIGKILL');
      const left = await removeContainersOf(engine, spec.executionId);
      if (left.length > 0) {
        await warn(
          `could not remove the ${left.length === 1 ? 'container' : 'containers'} ${left.join(', ')} of this execution`,
        );
      }
    },
    async abort() {
      client.kill('SIGKILL');
      await removeContainersOf(engine, spec.executionId).catch(() => undefined);
    },
    async result(): Promise<AttemptExit> {
      const finished = await client;
      // A container still running when its client ended (the client was killed) was removed
      // running: it has no exit code of its own, the client's end is what there is.
      const ended = state !== null && !state.running ? state.exitCode : null;
      const exitCode = ended ?? (typeof finished.exitCode === 'number' ? finished.exitCode : null);
      if (exitCode === null) {
        if (finished.signal) return { exitCode: null, signal: finished.signal };
        return {
          error: {
            exitStatus: 125,
            message: `${engine.command} run failed: ${finished.originalMessage ?? finished.message}`,
          },
        };
      }
      // A container ended by the signal steplog sent reads as that signal, as a process would.
      const signal = sent === null ? null : signalFromExit(exitCode, sent);
      return signal ? { exitCode: null, signal } : { exitCode, signal: null };
    },
    details: () => ({
      containerId: id,
      oomKilled: state?.oomKilled ?? false,
    }),
  };
}

/** `SIGKILL` for exit code 137 after a KILL, and so on: the shell's 128 + signal number. */
function signalFromExit(exitCode: number, sent: string): string | null {
  const name = sent.startsWith('SIG') ? sent : `SIG${sent}`;
  const number = constants.signals[name as keyof typeof constants.signals];
  if (number !== undefined && exitCode === 128 + number) return name;
  if (exitCode === 137) return 'SIGKILL';
  return null;
}
