// The container engine's command line, the only way steplog talks to docker or podman: which engine
// answers, its version, pulling and inspecting images, and finding, killing and removing the
// containers of an execution by their label. The engine's own client does the talking (sockets,
// contexts, rootless podman, DOCKER_HOST), so steplog needs no API client of its own.
import { execFile, spawn } from 'node:child_process';

export type EngineName = 'docker' | 'podman';
export type EngineChoice = 'auto' | EngineName;
export type PullPolicy = 'missing' | 'always' | 'never';

/** The label every container steplog starts carries: the execution's ID. */
export const EXECUTION_LABEL = 'dev.steplog.execution-id';
/** The attempt number (1-based), on the same containers. */
export const ATTEMPT_LABEL = 'dev.steplog.attempt';

export interface ContainerEngine {
  name: EngineName;
  /** The program run (`docker`, `podman`). */
  command: string;
  /** The server's version (docker) or podman's version. */
  version: string;
  /** The environment the client runs with (DOCKER_HOST, CONTAINERS_CONF …). */
  env: NodeJS.ProcessEnv;
}

export interface EngineCommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** How long a short engine command (version, inspect, kill, ps, rm) may take. */
export const ENGINE_COMMAND_TIMEOUT_MS = 30_000;

/** Runs one short engine command; never rejects (a missing program is code 127). */
export function engineCommand(
  engine: Pick<ContainerEngine, 'command' | 'env'>,
  args: readonly string[],
  timeoutMs = ENGINE_COMMAND_TIMEOUT_MS,
): Promise<EngineCommandResult> {
  return new Promise((resolve) => {
    execFile(
      engine.command,
      args,
      { env: engine.env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        if (!error) return resolve({ code: 0, stdout, stderr });
        const code = typeof error.code === 'number' ? error.code : error.code === 'ENOENT' ? 127 : 1;
        resolve({ code, stdout, stderr: stderr || error.message });
      },
    );
  });
}

const VERSION_FORMAT: Record<EngineName, string> = {
  // The daemon's version: it fails when no daemon answers, which is what `auto` asks.
  docker: '{{.Server.Version}}',
  podman: '{{.Client.Version}}',
};

async function probe(name: EngineName, env: NodeJS.ProcessEnv): Promise<ContainerEngine | string> {
  const engine = { name, command: name, env, version: '' };
  const result = await engineCommand(engine, ['version', '--format', VERSION_FORMAT[name]]);
  const version = result.stdout.trim();
  if (result.code === 0 && version) return { ...engine, version };
  if (result.code === 127) return `${name} is not installed (not found on PATH)`;
  return `${name} does not answer: ${firstLine(result.stderr) || `exit code ${result.code}`}`;
}

/** The engine to use: `auto` is docker when its daemon answers, else podman. Throws saying why none can be used. */
export async function detectEngine(
  choice: EngineChoice,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ContainerEngine> {
  const candidates: EngineName[] = choice === 'auto' ? ['docker', 'podman'] : [choice];
  const reasons: string[] = [];
  for (const name of candidates) {
    const found = await probe(name, env);
    if (typeof found !== 'string') return found;
    reasons.push(found);
  }
  throw new Error(`no container engine to run the container: ${reasons.join('; ')}`);
}

export interface ImageInfo {
  /** `sha256:…` */
  id: string;
  /** The first repository digest (`name@sha256:…`), null when the engine knows none (docker: a local build or import). */
  digest: string | null;
}

/** The local image, or null when it is not present. */
export async function inspectImage(engine: ContainerEngine, image: string): Promise<ImageInfo | null> {
  const result = await engineCommand(engine, ['image', 'inspect', image]);
  if (result.code !== 0) return null;
  try {
    const parsed = firstOf<{ Id?: string; RepoDigests?: string[] | null }>(result.stdout);
    if (!parsed?.Id) return null;
    const id = /^[0-9a-f]{64}$/.test(parsed.Id) ? `sha256:${parsed.Id}` : parsed.Id;
    return { id, digest: parsed.RepoDigests?.[0] ?? null };
  } catch {
    return null;
  }
}

/**
 * Pulls `image`, handing its progress lines to `onLine` as they come; resolves with the exit code.
 * No timeout of its own: it runs before the first attempt, outside the attempt's limits, and
 * stops when `cancel` fires.
 */
export function pullImage(
  engine: ContainerEngine,
  image: string,
  onLine: (line: string) => void,
  cancel?: AbortSignal,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(engine.command, ['pull', image], {
      env: engine.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const abort = () => child.kill('SIGTERM');
    cancel?.addEventListener('abort', abort, { once: true });
    let pending = '';
    const read = (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split(/\r?\n|\r/);
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', (error) => {
      onLine(error.message);
      resolve(127);
    });
    child.on('close', (code) => {
      cancel?.removeEventListener('abort', abort);
      if (pending.trim()) onLine(pending);
      resolve(code ?? 1);
    });
  });
}

export interface ContainerState {
  exitCode: number | null;
  oomKilled: boolean;
  /** Bytes; null when unlimited. */
  memoryLimitBytes: number | null;
  running: boolean;
}

/** The state of a container that exists, or null. */
export async function inspectContainer(engine: ContainerEngine, id: string): Promise<ContainerState | null> {
  const result = await engineCommand(engine, ['container', 'inspect', id]);
  if (result.code !== 0) return null;
  try {
    const parsed = firstOf<{
      State?: { ExitCode?: number; OOMKilled?: boolean; Running?: boolean };
      HostConfig?: { Memory?: number };
    }>(result.stdout);
    if (!parsed) return null;
    const memory = parsed.HostConfig?.Memory ?? 0;
    return {
      exitCode: typeof parsed.State?.ExitCode === 'number' ? parsed.State.ExitCode : null,
      oomKilled: parsed.State?.OOMKilled === true,
      memoryLimitBytes: memory > 0 ? memory : null,
      running: parsed.State?.Running === true,
    };
  } catch {
    return null;
  }
}

/** Sends `signal` (`SIGTERM`, `KILL` …) to a container's main process; false when it is gone or refused. */
export async function killContainer(engine: ContainerEngine, id: string, signal: string): Promise<boolean> {
  const result = await engineCommand(engine, ['kill', '--signal', signal, id]);
  return result.code === 0;
}

/** The IDs of every container, running or not, that carries this execution's label. */
export async function containersOf(engine: ContainerEngine, executionId: string): Promise<string[] | null> {
  const result = await engineCommand(engine, [
    'ps',
    '--all',
    '--quiet',
    '--no-trunc',
    '--filter',
    `label=${EXECUTION_LABEL}=${executionId}`,
  ]);
  if (result.code !== 0) return null;
  return result.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Removes (forcibly: a running one is killed) every container of the execution. Returns the IDs
 * still there afterwards: empty when it is clean.
 */
export async function removeContainersOf(engine: ContainerEngine, executionId: string): Promise<string[]> {
  for (let round = 0; round < 3; round++) {
    const ids = await containersOf(engine, executionId);
    if (ids === null) continue;
    if (ids.length === 0) return [];
    await engineCommand(engine, ['rm', '--force', '--volumes', ...ids]);
  }
  return (await containersOf(engine, executionId)) ?? ['(the engine did not answer)'];
}

/** `inspect` prints a JSON array (docker and podman alike, whatever --format each would take). */
function firstOf<T>(json: string): T | null {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) && parsed.length > 0 ? (parsed[0] as T) : null;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}
