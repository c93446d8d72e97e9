// Vitest global set-up: installs, once per run, the Debian packages the tests need beyond npm (see
// test/support/provision.ts). One line per need; a test set-up that needs a package only in some
// cases may call ensureDebianPackages itself.
import { ensureDebianPackages } from '../support/provision.js';

export default function provision(): void {
  // The tests that need these run on Linux; CI runs the portable unit tests on macOS and Windows.
  if (process.platform !== 'linux') return;
  ensureDebianPackages(['rsync'], "gitlab-ci-local copies each job's files with rsync");
}
