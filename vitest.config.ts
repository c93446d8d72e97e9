import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // As tsconfig.json's paths: the modules of @actions/core past its root (src/sinks/actions-toolkit.ts).
    alias: [
      {
        find: /^@actions\/core\/lib\/(.*)$/,
        replacement: fileURLToPath(new URL('./node_modules/@actions/core/lib/$1', import.meta.url)),
      },
    ],
  },
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
