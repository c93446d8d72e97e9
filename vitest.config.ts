import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Debian packages the tests need beyond npm, installed when missing (test/support/provision.ts).
    globalSetup: ['test/setup/provision.ts'],
    // Tests spawn real processes and sleep for real; 2 cores in CI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
