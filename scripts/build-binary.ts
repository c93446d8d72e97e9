// `npm run build:binary [-- --arch x64|arm64|all]`: the standalone executables of the CLI, one per
// Linux architecture (glibc), as Node.js single executable applications: the CLI bundled into one
// CommonJS file (rolldown: the embedded Node runs one script, without import() of other files), a
// preparation blob made by this Node, injected with postject into the official Node binary of the
// same version, taken from the npm package node-linux-<arch>. Writes standalone/steplog-linux-<arch>
// and standalone/SHA256SUMS (git-ignored); keeps the downloaded Node binaries in .cache/node/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rolldown } from 'rolldown';

const ARCHES = ['x64', 'arm64'] as const;
type Arch = (typeof ARCHES)[number];
// Where Node looks for the blob in its own binary (the documented fuse of single executable apps).
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'standalone');
const nodeCache = path.join(root, '.cache', 'node');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
const nodeVersion = pkg.devDependencies.node;

function fail(message: string): never {
  process.stderr.write(`build:binary: ${message}\n`);
  process.exit(1);
}

function archesFrom(argv: string[]): Arch[] {
  const { values } = parseArgs({ args: argv, options: { arch: { type: 'string' } } });
  const wanted = values.arch ?? process.arch;
  if (wanted === 'all') return [...ARCHES];
  const arches = wanted.split(',').map((arch) => arch.trim());
  for (const arch of arches) {
    if (!(ARCHES as readonly string[]).includes(arch)) {
      fail(`--arch ${wanted}: ${arch} is not one of ${ARCHES.join(', ')}, all (default: this machine's)`);
    }
  }
  return arches as Arch[];
}

/** One CommonJS file holding the CLI and every module it loads, lazily loaded ones included. */
async function bundleCli(file: string): Promise<void> {
  const bundle = await rolldown({
    input: path.join(root, 'src/standalone.ts'),
    platform: 'node',
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
    logLevel: 'warn',
  });
  await bundle.write({ file, format: 'cjs', codeSplitting: false });
  await bundle.close();
}

/** The official Node binary for `arch` from the npm package node-linux-<arch>, kept in .cache/node. */
function officialNode(arch: Arch): string {
  const binary = path.join(nodeCache, `node-v${nodeVersion}-linux-${arch}`);
  if (existsSync(binary)) return binary;
  mkdirSync(nodeCache, { recursive: true });
  const work = mkdtempSync(path.join(nodeCache, 'pack-'));
  try {
    const spec = `node-linux-${arch}@${nodeVersion}`;
    process.stderr.write(`build:binary: fetching ${spec} from the npm registry\n`);
    const packed = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', work], {
      encoding: 'utf8',
    }).trim();
    execFileSync('tar', ['-xzf', path.join(work, packed), '-C', work, 'package/bin/node']);
    renameSync(path.join(work, 'package/bin/node'), binary);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return binary;
}

async function buildExecutable(arch: Arch, script: string, work: string): Promise<string> {
  const blob = path.join(work, `sea-${arch}.blob`);
  const config = path.join(work, `sea-${arch}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      main: script,
      output: blob,
      disableExperimentalSEAWarning: true,
      // The code cache is V8's for this machine's architecture: only a native build can carry it.
      useCodeCache: arch === process.arch,
      // The bin's choice made at start-up, where Node reads it: two V8 worker threads, not four.
      execArgv: ['--v8-pool-size=2'],
    }),
  );
  execFileSync(process.execPath, ['--experimental-sea-config', config], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const target = path.join(outDir, `steplog-linux-${arch}`);
  const partial = `${target}.part`;
  copyFileSync(officialNode(arch), partial);
  chmodSync(partial, 0o755);
  const { inject } = createRequire(import.meta.url)('postject') as {
    inject: (file: string, name: string, data: Buffer, options: { sentinelFuse: string }) => Promise<void>;
  };
  await inject(partial, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE });
  renameSync(partial, target);
  if (arch === process.arch) {
    const version = execFileSync(target, ['--version'], { encoding: 'utf8' }).trim();
    if (version !== pkg.version)
      fail(`${target} --version printed ${JSON.stringify(version)}, not ${pkg.version}`);
  }
  return target;
}

/** SHA256SUMS in sha256sum's format, for every executable in the folder (earlier builds included). */
function writeChecksums(): void {
  const lines = readdirSync(outDir)
    .filter((name) => /^steplog-linux-[a-z0-9]+$/.test(name))
    .sort()
    .map(
      (name) =>
        `${createHash('sha256')
          .update(readFileSync(path.join(outDir, name)))
          .digest('hex')}  ${name}`,
    );
  writeFileSync(path.join(outDir, 'SHA256SUMS'), lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  const arches = archesFrom(process.argv.slice(2));
  if (process.versions.node !== nodeVersion) {
    fail(
      `run with Node ${nodeVersion} (the node devDependency, as npm run does), not ${process.version}: the blob must come from the Node it is injected into`,
    );
  }
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(outDir, '.work-'));
  try {
    const script = path.join(work, 'steplog.cjs');
    await bundleCli(script);
    for (const arch of arches) {
      const target = await buildExecutable(arch, script, work);
      process.stderr.write(`build:binary: ${path.relative(root, target)}\n`);
    }
    writeChecksums();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
