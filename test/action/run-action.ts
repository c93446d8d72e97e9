// Runs the built action (dist/index.js) the way the GitHub runner does: Node 24, INPUT_* variables
// with action.yml's defaults filled in for inputs the step does not give, the file-command files,
// RUNNER_TEMP and GITHUB_WORKSPACE in a fresh temp directory, GITHUB_ACTIONS=true, stdin closed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseEnvFile, type CapturedChunk } from './runner-oracle.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist/index.js');
export const CLI_DIST = path.join(ROOT, 'dist/cli/index.js');
/** The project's Node 24 (npm scripts put it first on PATH; vitest may run on another Node). */
export const NODE24 = path.join(ROOT, 'node_modules/.bin/node');
/** What `${{ github.token }}` evaluates to in these runs. */
export const FAKE_TOKEN = 'ghs_FakeTokenForSteplogTests0123456789';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function readActionYml(): ActionYml {
  return parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

/** The runner evaluates `${{ … }}` in defaults; the only one action.yml uses is github.token. */
function evaluateDefault(value: string): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, FAKE_TOKEN);
}

/** INPUT_<NAME> for every input: the step's value, else action.yml's default (as the runner does). */
export function runnerInputEnv(withInputs: Record<string, string>): Record<string, string> {
  const yml = readActionYml();
  for (const name of Object.keys(withInputs)) {
    if (!(name in yml.inputs)) throw new Error(`action.yml has no input '${name}'`);
  }
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(yml.inputs)) {
    const value =
      withInputs[name] ?? (input.default === undefined ? undefined : evaluateDefault(input.default));
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** Both streams in the order they reached this process. */
  chunks: CapturedChunk[];
  /** GITHUB_OUTPUT as the runner reads it; throws like the runner when the file is broken. */
  outputs: () => Map<string, string>;
  summary: () => string;
  dir: string;
  workspace: string;
  runnerTemp: string;
  files: Record<'output' | 'summary' | 'env' | 'state' | 'path', string>;
  pid: number;
}

export interface RunOptions {
  with: Record<string, string>;
  /** Extra environment for the action process (the job's `env:`). */
  env?: Record<string, string>;
  /** Change the files before the run, e.g. point GITHUB_STEP_SUMMARY at /dev/full. */
  files?: Partial<Record<'output' | 'summary', string | null>>;
  /** Prepares the workspace before the run (the checkout of a real job). */
  prepare?: (workspace: string) => void;
  /** Run the CLI with these arguments instead of the action (a `run:` step calling steplog). */
  cliArgs?: string[];
  /** Called once the process has started (e.g. to send it a signal later). */
  onSpawn?: (pid: number, chunks: CapturedChunk[]) => void;
}

export function assertBuilt(): void {
  for (const file of [DIST, CLI_DIST]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

export function runAction(options: RunOptions): Promise<ActionRun> {
  assertBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'steplog-action-'));
  const workspace = path.join(dir, 'workspace');
  const runnerTemp = path.join(dir, 'runner-temp');
  const commands = path.join(dir, '_runner_file_commands');
  for (const d of [workspace, runnerTemp, commands]) mkdirSync(d, { recursive: true });
  const files = {
    output: path.join(commands, 'set_output_1'),
    summary: path.join(commands, 'step_summary_1'),
    env: path.join(commands, 'set_env_1'),
    state: path.join(commands, 'save_state_1'),
    path: path.join(commands, 'add_path_1'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  options.prepare?.(workspace);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__steplog',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    ...runnerInputEnv(options.with),
    ...options.env,
  };
  for (const [key, file] of Object.entries(options.files ?? {}) as ['output' | 'summary', string | null][]) {
    const name = key === 'output' ? 'GITHUB_OUTPUT' : 'GITHUB_STEP_SUMMARY';
    if (file === null) delete env[name];
    else env[name] = file;
  }
  const started = Date.now();
  // Like the runner: node <main>, cwd = the workspace, stdin not readable.
  const argv = options.cliArgs ? [CLI_DIST, ...options.cliArgs] : [DIST];
  const child = spawn(NODE24, argv, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: CapturedChunk[] = [];
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (data: Buffer) => {
    out.push(data);
    chunks.push({ stream: 'stdout', text: data.toString('utf8') });
  });
  child.stderr.on('data', (data: Buffer) => {
    err.push(data);
    chunks.push({ stream: 'stderr', text: data.toString('utf8') });
  });
  options.onSpawn?.(child.pid ?? -1, chunks);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        code,
        signal,
        durationMs: Date.now() - started,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        chunks,
        outputs: () => parseEnvFile(readFileSync(env.GITHUB_OUTPUT ?? files.output, 'utf8')),
        summary: () => readFileSync(files.summary, 'utf8'),
        dir,
        workspace,
        runnerTemp,
        files,
        pid: child.pid ?? -1,
      });
    });
  });
}

/** The JSON-lines log the run wrote (from its log-file output). */
export function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
