// Commands that need root (debootstrap, umount, reading and removing a root filesystem): run as
// they are when the tests run as root, through `sudo -n` where that works without a password (as on
// GitHub's runners), else stop at once with one line saying so.
import { execFileSync, spawnSync } from 'node:child_process';

let prefix: string[] | undefined;

function rootPrefix(what: string): string[] {
  if (prefix) return prefix;
  if (process.getuid?.() === 0) prefix = [];
  else if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) prefix = ['sudo', '-n'];
  else throw new Error(`${what} needs root: run the tests as root or where \`sudo -n\` works`);
  return prefix;
}

/** Runs `command args` as root, its stdout to `stdout` (a file descriptor) or nowhere; `what` says what needs it. */
export function execAsRoot(what: string, command: string, args: string[], stdout?: number): void {
  const [program, ...rest] = [...rootPrefix(what), command, ...args];
  execFileSync(program, rest, { stdio: ['ignore', stdout ?? 'ignore', 'inherit'] });
}
