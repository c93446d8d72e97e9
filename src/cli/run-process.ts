// Runs the CLI for this process (argv, env, streams) and exits with its status: shared by the npm
// bin and the standalone executable.
import { exitWhenFlushed } from '../runtime-tuning.js';
import { main } from './program.js';

export async function runCliProcess(): Promise<never> {
  const status = await main(process.argv.slice(2), {
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
  return exitWhenFlushed(status);
}
