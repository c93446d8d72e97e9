// The standalone executable where there is no Node.js at all: a Debian root filesystem (debootstrap
// minbase, plus curl) imported into a private dockerd. First the executable alone, then the GitLab
// template run by gitlab-ci-local's docker executor in that image: it downloads the executable from
// a server on 127.0.0.1 (the job gets the host's network), checks it against SHA256SUMS, and the
// next job takes it from the cache; a checksum that does not match stops the job with one line.
import { createReadStream, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createFixtureRepo, runGcl, TEMPLATE, type GclResult } from '../gitlab/gcl.js';
import { debianRootfsTarball } from '../support/debian-rootfs.js';
import { removeWithMounts } from '../support/mounts.js';
import { muslRootfs } from '../support/musl-rootfs.js';
import { importImage, runEngine, startDockerd, type TestEngine } from '../support/dockerd.js';
import { CHECKSUMS, STANDALONE, STANDALONE_DIR, standaloneExecutable } from '../support/standalone.js';

const IMAGE = 'steplog-test/debian-minbase:bookworm';
const MUSL_IMAGE = 'steplog-test/busybox-musl:latest';
const EXECUTABLE = path.basename(STANDALONE);
let engine: TestEngine | undefined;
let server: Server | undefined;
const dirs: string[] = [];

beforeAll(async () => {
  await standaloneExecutable();
  const rootfs = debianRootfsTarball();
  engine = await startDockerd();
  await importImage(engine, rootfs, IMAGE, ['ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
}, 900_000);

afterAll(async () => {
  server?.close();
  // dockerd leaves the host network namespace it bound for `--network host` mounted in its folder.
  await engine?.stop().catch(() => removeWithMounts(engine!.dir));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the standalone executable in an image without Node.js', () => {
  it('runs `steplog run` end to end', async () => {
    const result = await runEngine(
      engine!,
      [
        'run',
        '--rm',
        '--volume',
        `${STANDALONE_DIR}:/opt/steplog:ro`,
        IMAGE,
        `/opt/steplog/${EXECUTABLE}`,
        'run',
        '--platform',
        'local',
        '--run',
        'if command -v node; then exit 9; fi; echo "no node in Debian $(cat /etc/debian_version)"; exit 4',
      ],
      { allowFailure: true },
    );
    expect(result.stdout).toMatch(/no node in Debian 12\.\d+/);
    expect(result.stderr).toMatch(/exit code 4/);
    expect(result.code).toBe(4);
  });
});

describe('the GitLab template in a musl image without Node.js', () => {
  it('says in one line what to do instead of failing obscurely', async () => {
    const root = muslRootfs();
    try {
      await importImage(engine!, root, MUSL_IMAGE, ['ENV PATH=/bin']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const body = YAML.parseAllDocuments(readFileSync(TEMPLATE, 'utf8'), { merge: true })[1].toJS() as Record<
      string,
      { script: string[] }
    >;
    const result = await runEngine(
      engine!,
      ['run', '--rm', '--env', 'STEPLOG_RUN=echo ran', MUSL_IMAGE, 'sh', '-ec', body['.steplog'].script.join('\n').replaceAll('$[[ inputs.steplog-version ]]', '0.0.0')],
      { allowFailure: true },
    );
    expect(result.stdout + result.stderr.trim()).toBe(
      'steplog: this image uses musl (Alpine): add Node.js 22.12 or later to it (apk add nodejs npm) or set STEPLOG_BIN; the standalone executable needs glibc',
    );
    expect(result.code).toBe(125);
  });
});

describe('the GitLab template in an image without Node.js (gitlab-ci-local, docker executor)', () => {
  const requests = new Map<string, number>();
  let repo: string;
  let result: GclResult;
  const jobLog = (job: string) => readFileSync(path.join(repo, '.gitlab-ci-local', 'output', `${job}.log`), 'utf8');

  beforeAll(async () => {
    const sums = readFileSync(CHECKSUMS, 'utf8');
    // /release/ serves what the release workflow publishes; /tampered/ the same executable with a
    // SHA256SUMS that does not match it.
    const files: Record<string, () => NodeJS.ReadableStream | string> = {
      [`/release/${EXECUTABLE}`]: () => createReadStream(STANDALONE),
      '/release/SHA256SUMS': () => sums,
      [`/tampered/${EXECUTABLE}`]: () => createReadStream(STANDALONE),
      '/tampered/SHA256SUMS': () => sums.replace(/^[0-9a-f]{64}/gm, '0'.repeat(64)),
    };
    server = createServer((request, response) => {
      const url = request.url ?? '';
      requests.set(url, (requests.get(url) ?? 0) + 1);
      const file = files[url];
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      const body = file();
      response.writeHead(200);
      if (typeof body === 'string') response.end(body);
      else body.pipe(response);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    const job = (name: string, stage: string, run: string) => ({
      local: '.gitlab-ci-template.yml',
      inputs: { 'job-name': name, stage, image: IMAGE, run },
    });
    repo = createFixtureRepo({
      '.gitlab-ci-template.yml': readFileSync(TEMPLATE, 'utf8'),
      '.gitlab-ci.yml': YAML.stringify({
        stages: ['first', 'second', 'third'],
        // A project-level choice of download location: the template's defaults must not hide it.
        variables: { STEPLOG_BINARY_URL: `${base}/release` },
        include: [
          job('download', 'first', 'if command -v node; then exit 9; fi\necho "ran without node in $(cat /etc/debian_version)"'),
          job('cached', 'second', 'echo "second job ran"'),
          job('tampered', 'third', 'echo "tampered executable ran"'),
        ],
        tampered: { variables: { STEPLOG_BINARY_URL: `${base}/tampered` }, allow_failure: true },
      }),
    });
    dirs.push(repo);
    result = await runGcl(
      repo,
      ['--network', 'host', '--helper-image', IMAGE, '--pull-policy', 'if-not-present'],
      engine!.env,
    );
  }, 600_000);

  it('downloads the executable, checks it and runs the step', () => {
    expect(result.output).toMatch(/download +finished/);
    const log = jobLog('download');
    expect(log).toContain(`steplog: downloading http://127.0.0.1:`);
    expect(log).toMatch(/ran without node in 12\.\d+/);
    expect(requests.get('/release/SHA256SUMS')).toBeGreaterThanOrEqual(1);
  });

  it('takes the executable from the cache in the next job', () => {
    expect(result.output).toMatch(/cached +finished/);
    const log = jobLog('cached');
    expect(log).toContain(`steplog: using the cached .steplog-cache/${EXECUTABLE}`);
    expect(log).toContain('second job ran');
    expect(requests.get(`/release/${EXECUTABLE}`)).toBe(1);
  });

  it('stops with one clear line when the checksum does not match', () => {
    const log = jobLog('tampered');
    const lines = log.split('\n').filter((line) => line.includes('checksum mismatch'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`steplog: checksum mismatch: http://127\\.0\\.0\\.1:\\d+/tampered/${EXECUTABLE} has SHA-256 [0-9a-f]{64}, SHA256SUMS says 0{64}; not running it`),
    );
    expect(log).not.toContain('tampered executable ran');
    expect(result.output).toMatch(/tampered .*WARN 125/);
  });
});
