// Real container engines for the tests: Debian's dockerd started on a private socket, data root and
// exec root (so it never touches a system daemon and several test files may run one each), podman
// with its own configuration and storage under a temporary folder, and images built locally (no
// image registry is reachable where the tests run).
import { execFile, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  copyFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDebianPackages } from './provision.js';

export type EngineName = 'docker' | 'podman';

/** One engine the tests drive: the program and the environment that points it at the private daemon/storage. */
export interface TestEngine {
  name: EngineName;
  /** The program to run (`docker` or `podman`). */
  command: string;
  /** Variables to add to a child's environment so `command` uses this engine's private daemon/storage. */
  env: Record<string, string>;
  /** Temporary folder holding the socket, data and configuration. */
  dir: string;
  /** Stops the daemon (docker) and removes the temporary folder. */
  stop(): Promise<void>;
}

export interface EngineResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `engine.command args…` with the engine's environment; rejects on a non-zero exit unless `allowFailure`. */
export function runEngine(
  engine: Pick<TestEngine, 'command' | 'env'>,
  args: string[],
  options: { input?: Buffer | string; allowFailure?: boolean; timeoutMs?: number } = {},
): Promise<EngineResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      engine.command,
      args,
      {
        env: { ...process.env, ...engine.env },
        // Not the repository: podman 4.3's conmon writes an empty `oom` file into its working
        // directory when a container is killed for memory.
        cwd: tmpdir(),
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeoutMs ?? 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        if (code !== 0 && !options.allowFailure) {
          reject(new Error(`${engine.command} ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
          return;
        }
        resolve({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Makes sure `program` is there, installing its Debian package when missing (see provision.ts). */
export function requireProgram(program: string, debianPackage: string): void {
  ensureDebianPackages([{ package: debianPackage, command: program }], `${program} for the container tests`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function pollUntil(
  what: string,
  deadlineMs: number,
  check: () => boolean | Promise<boolean>,
): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts Debian's dockerd on a private socket, data root and exec root. No default bridge and no
 * iptables rules: several daemons may run side by side and none of them changes the host's network
 * (containers get loopback only, which is all the tests need).
 */
export async function startDockerd(): Promise<TestEngine> {
  requireProgram('dockerd', 'docker.io');
  requireProgram('docker', 'docker.io');
  // Short path: a unix socket path must stay under ~108 bytes.
  const dir = mkdtempSync(path.join('/tmp', 'dockerd-'));
  const socket = path.join(dir, 'docker.sock');
  const pidfile = path.join(dir, 'pid');
  const logFile = path.join(dir, 'dockerd.log');
  writeFileSync(logFile, '');
  const daemon = spawn(
    'dockerd',
    [
      '--host',
      `unix://${socket}`,
      '--data-root',
      path.join(dir, 'data'),
      '--exec-root',
      path.join(dir, 'exec'),
      '--pidfile',
      pidfile,
      '--bridge',
      'none',
      '--iptables=false',
      '--ip-masq=false',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'ignore'] },
  );
  daemon.unref();
  const env = { DOCKER_HOST: `unix://${socket}` };
  const engine: TestEngine = {
    name: 'docker',
    command: 'docker',
    env,
    dir,
    async stop() {
      const pid = readPid(pidfile) ?? daemon.pid;
      if (pid !== undefined && processAlive(pid)) {
        process.kill(pid, 'SIGTERM');
        await pollUntil('dockerd to stop', 30_000, () => !processAlive(pid)).catch(() => {
          if (processAlive(pid)) process.kill(pid, 'SIGKILL');
        });
      }
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  let exited: number | null = null;
  daemon.on('exit', (code) => (exited = code ?? -1));
  try {
    await pollUntil('dockerd to answer', 30_000, async () => {
      if (exited !== null) throw new Error(`dockerd exited with ${exited} before answering`);
      return (
        (await runEngine(engine, ['version', '--format', '{{.Server.Version}}'], { allowFailure: true }))
          .code === 0
      );
    });
  } catch (error) {
    await engine.stop();
    throw error;
  }
  return engine;
}

function readPid(pidfile: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidfile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Podman with its own configuration and storage under a temporary folder. On these machines podman
 * needs runc (crun refuses the cgroup layout), cgroupfs, a file events log and ulimits that fit the
 * hard limits; `--init` needs an init binary (tini from the tini package stands in for catatonit).
 */
export async function setupPodman(): Promise<TestEngine> {
  requireProgram('podman', 'podman');
  requireProgram('runc', 'runc');
  requireProgram('tini-static', 'tini');
  const dir = mkdtempSync(path.join('/tmp', 'podman-'));
  const tini = spawnSync('sh', ['-c', 'command -v tini-static'], { encoding: 'utf8' }).stdout.trim();
  mkdirSync(path.join(dir, 'tmp'));
  writeFileSync(
    path.join(dir, 'containers.conf'),
    [
      '[containers]',
      'default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]',
      'netns = "none"',
      '[engine]',
      'runtime = "runc"',
      'cgroup_manager = "cgroupfs"',
      'events_logger = "file"',
      `events_logfile_path = "${path.join(dir, 'events.log')}"`,
      `tmp_dir = "${path.join(dir, 'tmp')}"`,
      `init_path = "${tini}"`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'storage.conf'),
    [
      '[storage]',
      'driver = "overlay"',
      `graphroot = "${path.join(dir, 'root')}"`,
      `runroot = "${path.join(dir, 'run')}"`,
      '',
    ].join('\n'),
  );
  const env = {
    CONTAINERS_CONF: path.join(dir, 'containers.conf'),
    CONTAINERS_STORAGE_CONF: path.join(dir, 'storage.conf'),
  };
  const engine: TestEngine = {
    name: 'podman',
    command: 'podman',
    env,
    dir,
    async stop() {
      await runEngine(engine, ['system', 'reset', '--force'], { allowFailure: true });
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  await runEngine(engine, ['info', '--format', '{{.Host.OCIRuntime.Name}}']);
  return engine;
}

/**
 * Imports a root filesystem as an image: `rootfs` is a folder or a tarball (`.tar`, `.tar.gz`, …).
 * Returns the image ID.
 */
export async function importImage(
  engine: Pick<TestEngine, 'command' | 'env'>,
  rootfs: string,
  ref: string,
  changes: string[] = [],
): Promise<string> {
  const tar = rootfs.match(/\.(tar|tgz|tar\.\w+)$/) ? readFileSync(rootfs) : tarFolder(rootfs);
  const args = ['import', ...changes.flatMap((change) => ['--change', change]), '-', ref];
  const { stdout } = await runEngine(engine, args, { input: tar });
  const lines = stdout.trim().split('\n');
  return lines[lines.length - 1].trim();
}

function tarFolder(folder: string): Buffer {
  const result = spawnSync('tar', ['-C', folder, '-c', '.'], { maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`tar of ${folder} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

/**
 * A busybox root filesystem from Debian's busybox-static: /bin/busybox, one link per applet, /tmp.
 * No bash in it, so it also exercises the `sh -e` default shell.
 */
export function busyboxRootfs(): string {
  requireProgram('busybox', 'busybox-static');
  const busybox = spawnSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).stdout.trim();
  const root = mkdtempSync(path.join(tmpdir(), 'busybox-rootfs-'));
  for (const folder of ['bin', 'tmp', 'etc', 'root']) mkdirSync(path.join(root, folder));
  copyFileSync(busybox, path.join(root, 'bin', 'busybox'));
  const applets = spawnSync(busybox, ['--list'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  for (const applet of applets) {
    if (applet !== 'busybox' && !existsSync(path.join(root, 'bin', applet)))
      symlinkSync('busybox', path.join(root, 'bin', applet));
  }
  writeFileSync(path.join(root, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  writeFileSync(path.join(root, 'etc', 'group'), 'root:x:0:\n');
  return root;
}

/** Copies `program` and the shared libraries it loads (as ldd lists them) into a root filesystem. */
export function addProgram(root: string, program: string): void {
  const files = [program];
  const ldd = spawnSync('ldd', [program], { encoding: 'utf8' });
  for (const match of ldd.stdout.matchAll(/(\/\S+) \(0x/g)) files.push(match[1]);
  for (const file of files) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

export const BUSYBOX_IMAGE = 'steplog-test/busybox:latest';
export const BASH_IMAGE = 'steplog-test/bash:latest';

/** The busybox image plus the host's bash (and its libraries) as /bin/bash. */
export async function buildBashImage(
  engine: Pick<TestEngine, 'command' | 'env'>,
  ref = BASH_IMAGE,
): Promise<string> {
  const root = busyboxRootfs();
  try {
    const bash = spawnSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim();
    rmSync(path.join(root, 'bin', 'bash'), { force: true });
    addProgram(root, bash);
    if (bash !== '/bin/bash') copyFileSync(bash, path.join(root, 'bin', 'bash'));
    return await importImage(engine, root, ref, ['ENV PATH=/bin']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Imports the busybox root filesystem as `ref` (default `steplog-test/busybox:latest`); returns the image ID. */
export async function buildBusyboxImage(
  engine: Pick<TestEngine, 'command' | 'env'>,
  ref = BUSYBOX_IMAGE,
): Promise<string> {
  const root = busyboxRootfs();
  try {
    return await importImage(engine, root, ref, ['ENV PATH=/bin']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
