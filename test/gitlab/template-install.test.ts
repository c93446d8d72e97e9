// How the template's job gets steplog when the image has no Node.js: its real script, run by `sh`
// on this machine with a PATH that holds only the tools of the case (no node, and curl, wget or
// python3 or none of them), downloading from a server on 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { requireProgram } from '../support/dockerd.js';
import { CHECKSUMS, STANDALONE, standaloneExecutable } from '../support/standalone.js';
import { ROOT, TEMPLATE } from './gcl.js';

const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const body = YAML.parseAllDocuments(readFileSync(TEMPLATE, 'utf8'), { merge: true })[1].toJS() as Record<
  string,
  { script: string[] }
>;
/** The job's script as GitLab runs it, the version input filled in. */
const script = body['.steplog'].script.join('\n').replaceAll('$[[ inputs.steplog-version ]]', version);
const BASE_TOOLS = ['sh', 'uname', 'ls', 'mkdir', 'rm', 'cat', 'cut', 'awk', 'sha256sum', 'chmod', 'mv'];
const EXECUTABLE = path.basename(STANDALONE);

let server: Server;
let base: string;
const requests: string[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  await standaloneExecutable();
  requireProgram('wget', 'wget');
  const sums = readFileSync(CHECKSUMS, 'utf8');
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === `/release/${EXECUTABLE}`) createReadStream(STANDALONE).pipe(response);
    else if (request.url === '/release/SHA256SUMS') response.end(sums);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/release`;
}, 300_000);

afterAll(() => {
  server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function which(tool: string): string {
  return execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A folder of links to `tools` (and never node): the PATH of the job's image. */
function imagePath(tools: Record<string, string>): string {
  const bin = tempDir('steplog-image-bin-');
  for (const [name, target] of Object.entries(tools)) symlinkSync(target, path.join(bin, name));
  return bin;
}

function runJob(cwd: string, bin: string, env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn(path.join(bin, 'sh'), ['-ec', script], {
      cwd,
      env: {
        PATH: bin,
        HOME: cwd,
        STEPLOG_BINARY_URL: base,
        STEPLOG_PLATFORM: 'local',
        STEPLOG_SHELL: 'sh',
        STEPLOG_RUN: 'echo "the step ran"',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

const baseTools = () => Object.fromEntries(BASE_TOOLS.map((tool) => [tool, which(tool)]));

describe('the template without Node.js in the image', () => {
  it('downloads with wget when there is no curl, then reuses the cached executable', async () => {
    const job = tempDir('steplog-job-');
    const bin = imagePath({ ...baseTools(), wget: which('wget') });
    const first = await runJob(job, bin);
    expect(first.output).toContain(`steplog: downloading ${base}/${EXECUTABLE}`);
    expect(first.output).toContain('the step ran');
    expect(first.status).toBe(0);
    const downloads = requests.filter((url) => url.endsWith(EXECUTABLE)).length;
    const second = await runJob(job, bin);
    expect(second.output).toContain(`steplog: using the cached .steplog-cache/${EXECUTABLE} (${base})`);
    expect(second.status).toBe(0);
    expect(requests.filter((url) => url.endsWith(EXECUTABLE)).length).toBe(downloads);
  });

  it('downloads with python3 when there is neither curl nor wget', async () => {
    const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
    }).trim();
    const result = await runJob(tempDir('steplog-job-'), imagePath({ ...baseTools(), python3: python }));
    expect(result.output).toContain('the step ran');
    expect(result.status).toBe(0);
  });

  it('stops with one line when it has no way to download', async () => {
    const result = await runJob(tempDir('steplog-job-'), imagePath(baseTools()));
    expect(result.output.trim()).toBe(
      'steplog: downloading the standalone executable needs curl, wget or python3 in the image',
    );
    expect(result.status).toBe(125);
  });

  it('stops when the download fails, naming what it could not download', async () => {
    const job = tempDir('steplog-job-');
    const result = await runJob(job, imagePath({ ...baseTools(), wget: which('wget') }), {
      STEPLOG_BINARY_URL: `${base}/nothing-here`,
    });
    expect(result.output).toContain(`steplog: could not download ${base}/nothing-here/SHA256SUMS`);
    expect(result.output).not.toContain('the step ran');
    expect(result.status).toBe(125);
  });

  it('stops with one line when STEPLOG_PACKAGE asks for the npm package', async () => {
    const result = await runJob(tempDir('steplog-job-'), imagePath({ ...baseTools(), wget: which('wget') }), {
      STEPLOG_PACKAGE: './vendor/steplog.tgz',
    });
    expect(result.output.trim()).toBe(
      "steplog: STEPLOG_PACKAGE needs Node.js 22.12 or later and npx in the job's image; unset it to use the standalone executable",
    );
    expect(result.status).toBe(125);
  });
});
