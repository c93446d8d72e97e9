// gitlab-ci-local (npm) as a test tool: fixture git repos in temp dirs and a runner for it on the
// project's Node 24 (4.74+ needs Set.prototype.union, Node >= 22).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATE = path.join(ROOT, '.gitlab-ci-template.yml');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const GCL = path.join(BIN, 'gitlab-ci-local');

/** PATH with the project's Node 24 first, so gitlab-ci-local, npx and steplog all run on it. */
export function nodePath(env: NodeJS.ProcessEnv = process.env): string {
  return [BIN, env.PATH ?? ''].join(path.delimiter);
}

/** A committed git repo with a fake GitLab origin, as gitlab-ci-local wants. */
export function createFixtureRepo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'steplog-gcl-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd: dir,
      stdio: 'pipe',
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'fixture');
  git('remote', 'add', 'origin', 'https://gitlab.example.com/group/project.git');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  return dir;
}

export interface GclResult {
  exitCode: number;
  /** stdout and stderr interleaved, as a person would see them. */
  output: string;
  stdout: string;
}

export async function runGcl(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<GclResult> {
  const result = await execa(GCL, ['--timestamps=false', '--color=false', ...args], {
    cwd,
    reject: false,
    all: true,
    stdin: 'ignore',
    timeout: 180_000,
    env: { ...env, PATH: nodePath(), NO_COLOR: '1' },
  });
  return { exitCode: result.exitCode ?? -1, output: result.all ?? '', stdout: result.stdout ?? '' };
}
