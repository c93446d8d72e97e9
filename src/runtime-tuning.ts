// Start-up tuning, done by the entry points before the rest of steplog loads: V8's on-disk code
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
