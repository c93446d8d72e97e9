// Start-up and exit tuning for the entry points. Before the rest of steplog loads: V8's on-disk code
// cache (Node >= 22.1) lets later runs on a machine skip compiling the bundle. The entry points enable
// it, then load the rest with a dynamic import so that the bulk of the code is compiled through the
// cache. A failure (read-only temp dir, older Node) only costs the gain.
// (A smaller young generation, --max-semi-space-size=2, would keep RSS under 80 MiB under heavy
// output, but V8 only takes it at process start: v8.setFlagsFromString here has no effect on it.)
import module from 'node:module';

export function tuneRuntime(): void {
  try {
    (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  } catch {
    // no cache: compile as usual
  }
}

/**
 * Exits with `status` once every write queued on stdout and stderr has been handed to the system. A
 * natural exit would first tear down the V8 heap and every handle: tens of milliseconds at the end of
 * every step, for nothing. Only for an entry point whose work is all awaited (the CLI's main is).
 */
export async function exitWhenFlushed(status: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(status);
}

/** Writes are handed over in order: an empty write's callback runs once those before it are done (or failed). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
