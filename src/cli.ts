#!/usr/bin/env node
// CLI entry: gather the process's argv, env and streams and hand them to main().
import { main } from './cli/program.js';

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
}).catch((error: unknown) => {
  process.stderr.write(
    `steplog: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 125;
});
