// The command's stdout reaches steplog's stdout byte for byte on the plain console and on GitLab:
// binary data, archives, invalid UTF-8, a line of megabytes without a newline, masked values replaced
// and nothing else changed; the start of a line shows before its end arrives. Real processes only:
// the CLI bundle, bash, cat, tar, cmp, xxd.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSurvivors } from '../exec/helpers.js';
import { CLI, cleanEnv, requireBundle, tempDir } from './helpers.js';

beforeAll(() => {
  requireBundle();
  for (const tool of ['cmp', 'tar', 'xxd']) {
    if (spawnSync('bash', ['-c', `command -v ${tool}`]).status !== 0)
      throw new Error(
        `these tests need ${tool}: install it (Debian: apt-get install -y ${tool === 'cmp' ? 'diffutils' : tool})`,
      );
  }
});
afterEach(expectNoSurvivors);

const q = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
const steplog = (args: string) => `${q(process.execPath)} ${q(CLI)} run --platform local ${args}`;

/** Runs a bash pipeline in `cwd`; stdout as bytes. */
function sh(script: string, cwd: string) {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', script], {
    cwd,
    env: cleanEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString() };
}

describe('byte-exact stdout on the plain console', () => {
  it('random bytes round-trip: `steplog run -- cat rnd.bin > copy.bin` gives the same file (cmp)', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rnd.bin'), randomBytes(3 * 1024 * 1024));
    const run = sh(`${steplog('-- cat rnd.bin')} > copy.bin && cmp rnd.bin copy.bin`, dir);
    expect(run.stderr).not.toContain('differ');
    expect(run.status).toBe(0);
  });

  it('a gzipped tar stream through steplog lists every file (`tar czf - … | tar tzf -`)', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'src/deep'), { recursive: true });
    for (let i = 0; i < 20; i++) writeFileSync(path.join(dir, `src/deep/f${i}.bin`), randomBytes(40_000));
    const run = sh(`${steplog('-- tar czf - src')} | tar tzf - | sort`, dir);
    expect(run.status).toBe(0);
    const listed = run.stdout.toString().trim().split('\n');
    expect(listed).toHaveLength(22);
    expect(listed).toContain('src/deep/f19.bin');
  });

  it('a 2 MB line without a newline arrives whole, and nothing is added', () => {
    const dir = tempDir();
    const run = sh(`${steplog(`--run ${q("head -c 2000000 /dev/zero | tr '\\0' x")}`)} | wc -c`, dir);
    expect(run.status).toBe(0);
    expect(run.stdout.toString().trim()).toBe('2000000');
    const tail = sh(
      `${steplog(`--run ${q("head -c 2000000 /dev/zero | tr '\\0' x; printf '\\377'")}`)} | tail -c 3 | xxd -p`,
      dir,
    );
    expect(tail.stdout.toString().trim()).toBe('7878ff');
  });

  it('invalid UTF-8 without a mask: the bytes as written (xxd)', () => {
    const dir = tempDir();
    const script = String.raw`printf 'a\377\376 s3cr3t \342\202\254\n'; printf 'end\377'`;
    const run = sh(`${steplog(`--run ${q(script)}`)} | xxd -p`, dir);
    expect(run.status).toBe(0);
    // a ff fe " s3cr3t " € \n "end" ff: no U+FFFD (ef bf bd), no added newline.
    expect(run.stdout.toString().replace(/\n/g, '')).toBe('61fffe20733363723374' + '20e282ac0a' + '656e64ff');
  });

  it('invalid UTF-8 with a mask: only the secret is replaced, every other byte stays (xxd)', () => {
    const dir = tempDir();
    const script = String.raw`printf 'a\377\376 s3cr3t \342\202\254\n'; printf 'end\377 s3'; printf 'cr3t\376'`;
    const run = sh(`${steplog(`--mask s3cr3t --run ${q(script)}`)} | xxd -p`, dir);
    expect(run.status).toBe(0);
    // "s3cr3t" (73 33 63 72 33 74) becomes "***" (2a 2a 2a), also when written in two pieces.
    expect(run.stdout.toString().replace(/\n/g, '')).toBe('61fffe202a2a2a20e282ac0a' + '656e64ff202a2a2afe');
  });
});

describe('byte-exact output on GitLab', () => {
  it('the section holds the command’s bytes as written: random bytes, invalid UTF-8, masked values', () => {
    const dir = tempDir();
    // No ESC bytes: a random `\e[0K` would rightly be changed into `\e[K`.
    const data = Buffer.from(randomBytes(1024 * 1024).map((byte) => (byte === 0x1b ? 0x1a : byte)));
    writeFileSync(path.join(dir, 'rnd.bin'), Buffer.concat([data, Buffer.from('\nkey=s3cr3t\xff\n')]));
    const run = sh(
      `${q(process.execPath)} ${q(CLI)} run --platform gitlab --mask s3cr3t -- cat rnd.bin`,
      dir,
    );
    expect(run.status).toBe(0);
    const log = run.stdout;
    const start = log.indexOf('section_start:');
    const body = log.indexOf('\n', start) + 1;
    const end = log.lastIndexOf('\x1b[0Ksection_end:');
    expect(start).toBeGreaterThan(-1);
    const expected = Buffer.concat([data, Buffer.from('\nkey=***\xff\n')]);
    expect(log.subarray(body, end).equals(expected)).toBe(true);
  });

  it('a last line without a newline is ended only before steplog’s own next line', () => {
    const dir = tempDir();
    const run = sh(
      `${q(process.execPath)} ${q(CLI)} run --platform gitlab --run ${q(String.raw`printf 'no newline\377'`)}`,
      dir,
    );
    expect(run.status).toBe(0);
    expect(run.stdout.includes(Buffer.from('no newline\xff\n\x1b[0Ksection_end:', 'latin1'))).toBe(true);
  });
});

describe('the start of a line shows before its end', () => {
  /** Starts the CLI, resolves with stdout so far once `expected` is in it, then cancels it. */
  async function firstOutput(args: string[], expected: string) {
    const child = spawn(process.execPath, [CLI, 'run', ...args], {
      env: cleanEnv(),
      cwd: tempDir(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let exited = false;
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    child.on('exit', () => (exited = true));
    const seen = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes(expected)) resolve(stdout);
      });
      void closed.then(() => reject(new Error(`never printed ${expected}; stdout: ${stdout}`)));
    });
    const runningWhenSeen = !exited;
    child.kill('SIGINT');
    await closed;
    return { seen, runningWhenSeen };
  }

  it('pytest -v of a hanging test: the test name shows while the test still runs (plain console)', async () => {
    const name = 'tests/test_net.py::test_download ';
    const { seen, runningWhenSeen } = await firstOutput(
      [
        '--platform',
        'local',
        '--run',
        `printf '%s%s' 'tests/test_net.py' '::test_download '; sleep 60; echo PASSED`,
      ],
      name,
    );
    expect(runningWhenSeen).toBe(true);
    expect(seen).toBe(name);
  });

  // The name is printed in two halves: the command line, which GitLab's section header shows, must
  // not hold it whole.
  it('the same on GitLab, inside the section', async () => {
    const name = 'tests/test_net.py::test_download ';
    const { seen, runningWhenSeen } = await firstOutput(
      [
        '--platform',
        'gitlab',
        '--run',
        `printf '%s%s' 'tests/test_net.py' '::test_download '; sleep 60; echo PASSED`,
      ],
      name,
    );
    expect(runningWhenSeen).toBe(true);
    expect(seen.endsWith(`output\n${name}`)).toBe(true);
  });

  it('an ::add-mask:: command waits for its end: its value never shows', async () => {
    const dir = tempDir();
    const script = `printf '::add-mask::hun'; sleep 1; printf 'ter2\\nthe hunter2\\n'`;
    const run = sh(`${steplog(`--run ${q(script)}`)}`, dir);
    expect(run.status).toBe(0);
    expect(run.stdout.toString()).toBe('::add-mask::***\nthe ***\n');
  });
});
