// What the tests need beyond npm packages comes from Debian (rsync for gitlab-ci-local; container
// engines, Ansible, debootstrap, Chromium for other tests). A fresh machine with only Node and npm
// must still pass `npm ci && npm test`, so a test set-up calls ensureDebianPackages: a missing
// package is installed with apt-get when the tests run as root (or with password-less sudo, as on
// GitHub's runners), with one line saying so; otherwise the run stops at once with one line naming
// what to install.
import { spawnSync } from 'node:child_process';

/** A Debian package, and the command that shows it is there when that is not its own name. */
export type DebianPackage = string | { package: string; command: string };

/** Commands of the packages the tests use whose command is not the package's name. */
const COMMAND_OF: Record<string, string> = {
  'docker.io': 'docker',
  'ansible-core': 'ansible-playbook',
  'busybox-static': 'busybox',
  tini: 'tini-static',
};

const succeeds = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const onPath = (command: string) => succeeds('sh', ['-c', 'command -v "$1"', 'sh', command]);
const nameOf = (wanted: DebianPackage) => (typeof wanted === 'string' ? wanted : wanted.package);
const commandOf = (wanted: DebianPackage) =>
  typeof wanted === 'string' ? (COMMAND_OF[wanted] ?? wanted) : wanted.command;

/** Whether dpkg lists `name` as installed (false where there is no dpkg). */
function dpkgInstalled(name: string): boolean {
  const status = spawnSync('dpkg-query', ['-W', '-f', '${db:Status-Status}', name], { encoding: 'utf8' });
  return status.status === 0 && status.stdout.trim() === 'installed';
}

/**
 * The names of the packages that are missing. A package is there when its command is on PATH (so
 * Docker or Chrome installed another way counts) or dpkg lists it as installed.
 */
export function missingDebianPackages(packages: readonly DebianPackage[]): string[] {
  return packages
    .filter((wanted) => !onPath(commandOf(wanted)) && !dpkgInstalled(nameOf(wanted)))
    .map(nameOf);
}

/** What runs apt-get here: nothing as root, `sudo -n` when that works, else undefined (it cannot). */
function aptGetPrefix(): string[] | undefined {
  if (!onPath('apt-get') || !onPath('dpkg-query')) return undefined;
  if (process.getuid?.() === 0) return [];
  return succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined;
}

/**
 * Makes sure the Debian `packages` are installed, `why` saying what needs them. Installs the
 * missing ones with apt-get when it can (printing one line through `say`), else throws one line
 * naming them and the command that installs them.
 */
export function ensureDebianPackages(
  packages: readonly DebianPackage[],
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
  const stillMissing = missingDebianPackages(packages);
  if (install.status !== 0 || stillMissing.length > 0) {
    const reason = `${install.stderr ?? ''}`.trim().split('\n').pop() || `exit status ${install.status}`;
    throw new Error(
      `apt-get could not install ${stillMissing.join(' ') || list} for the tests (${why}): ${reason}`,
    );
  }
}
