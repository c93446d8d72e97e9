// What the tests need beyond npm packages comes from Debian (rsync for gitlab-ci-local; container
// and Ansible tools for the executor tests). A fresh machine with only Node and npm must still pass
// `npm ci && npm test`, so a test set-up calls ensureDebianPackages: a missing package is installed
// with apt-get when the tests run as root (or with password-less sudo, as on GitHub's runners), with
// one line saying so; otherwise the run stops at once with one line naming what to install.
import { spawnSync } from 'node:child_process';

/** The command that shows a package is there where dpkg cannot tell (a machine that is not Debian). */
const COMMAND_OF: Record<string, string> = {
  'docker.io': 'docker',
  'ansible-core': 'ansible-playbook',
  'busybox-static': 'busybox',
};

const succeeds = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

const hasDpkg = () => succeeds('dpkg-query', ['--version']);

/** The packages of `names` that are not installed (off Debian: whose command is not on PATH). */
export function missingDebianPackages(names: readonly string[]): string[] {
  if (!hasDpkg())
    return names.filter((name) => !succeeds('sh', ['-c', 'command -v "$1"', 'sh', COMMAND_OF[name] ?? name]));
  return names.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f', '${db:Status-Status}', name], { encoding: 'utf8' });
    return status.status !== 0 || status.stdout.trim() !== 'installed';
  });
}

/** What runs apt-get here: nothing as root, `sudo -n` when that works, else undefined (it cannot). */
function aptGetPrefix(): string[] | undefined {
  if (!hasDpkg() || !succeeds('sh', ['-c', 'command -v apt-get'])) return undefined;
  if (process.getuid?.() === 0) return [];
  return succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined;
}

/**
 * Makes sure the Debian `packages` are installed, `why` saying what needs them. Installs the
 * missing ones with apt-get when it can (printing one line through `say`), else throws one line
 * naming them and the command that installs them.
 */
export function ensureDebianPackages(
  packages: readonly string[],
  why: string,
  say: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): void {
  const missing = missingDebianPackages(packages);
  if (missing.length === 0) return;
  const list = missing.join(' ');
  const prefix = aptGetPrefix();
  if (!prefix) {
    throw new Error(
      `The tests need ${list} (${why}): install ${missing.length === 1 ? 'it' : 'them'} with \`apt-get install -y ${list}\` as root, or your system's equivalent, then run them again.`,
    );
  }
  say(`Installing ${list} with apt-get for the tests (${why}).`);
  // Another test set-up may be installing at the same moment: wait for dpkg's lock instead of failing.
  const apt = (...args: string[]) => {
    const argv = [
      ...prefix,
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      '-o',
      'DPkg::Lock::Timeout=300',
    ];
    return spawnSync(argv[0], [...argv.slice(1), ...args], { encoding: 'utf8' });
  };
  const update = apt('update', '-qq');
  const install = update.status === 0 ? apt('install', '-y', '-qq', ...missing) : update;
  const stillMissing = missingDebianPackages(missing);
  if (install.status !== 0 || stillMissing.length > 0) {
    const reason = `${install.stderr ?? ''}`.trim().split('\n').pop() || `exit status ${install.status}`;
    throw new Error(
      `apt-get could not install ${stillMissing.join(' ') || list} for the tests (${why}): ${reason}`,
    );
  }
}
