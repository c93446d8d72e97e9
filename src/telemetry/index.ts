// OpenTelemetry, on only when the standard OTEL_* variables say so. The SDK is imported here, lazily:
// with nothing set, steplog loads none of it (the bundle keeps it in a chunk of its own).
import type { CiContext } from './ci-context.js';
import { readOtelConfig } from './otel-config.js';
import type { RunTelemetry } from './run-telemetry.js';

export async function startOpenTelemetry(
  env: NodeJS.ProcessEnv,
  ci: CiContext,
  name: string,
): Promise<RunTelemetry | null> {
  const config = readOtelConfig(env);
  if (!config) return null;
  const { startOtelRun } = await import('./otel-run.js');
  return startOtelRun({ config, env, ci, name });
}

export { detectCiContext, type CiContext } from './ci-context.js';
export { otelSecrets } from './otel-config.js';
export * from './run-telemetry.js';
