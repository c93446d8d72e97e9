// The test set-up's provisioning of Debian packages, against this machine's real dpkg.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureDebianPackages, missingDebianPackages } from './provision.js';

const MODULE = fileURLToPath(new URL('./provision.ts', import.meta.url));
const which = (command: string) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();

describe('ensureDebianPackages', () => {
  it('tells installed packages from missing ones with dpkg', () => {
    expect(missingDebianPackages(['dpkg', 'steplog-no-such-package', 'coreutils'])).toEqual([
      'steplog-no-such-package',
    ]);
  });

  it('counts a package as there when its command is on PATH, however it was installed', () => {
    expect(missingDebianPackages([{ package: 'steplog-no-such-package', command: 'sh' }])).toEqual([]);
    expect(
      missingDebianPackages([{ package: 'steplog-no-such-package', command: 'steplog-no-such-command' }]),
    ).toEqual(['steplog-no-such-package']);
  });

  it('says nothing and installs nothing when every package is there', () => {
    const said: string[] = [];
    ensureDebianPackages(['dpkg', 'coreutils'], 'a test', (line) => said.push(line));
    expect(said).toEqual([]);
  });

  it('stops at once with one line naming what to install when apt-get cannot run here', () => {
    // A PATH with dpkg-query but neither apt-get nor sudo: the machine cannot install anything.
    const bin = mkdtempSync(path.join(tmpdir(), 'steplog-provision-'));
    for (const command of ['sh', 'dpkg-query']) symlinkSync(which(command), path.join(bin, command));
    const script = `import { ensureDebianPackages } from ${JSON.stringify(MODULE)};
try { ensureDebianPackages(['dpkg', 'steplog-no-such-package'], 'a test needs it', (line) => console.log(line)); }
catch (error) { console.error(error.message); process.exit(3); }`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { PATH: bin },
    });
    expect({ status: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({
      status: 3,
      stdout: '',
      stderr:
        "The tests need steplog-no-such-package (a test needs it): install it with `apt-get install -y steplog-no-such-package` as root, or your system's equivalent, then run them again.\n",
    });
  });
});
