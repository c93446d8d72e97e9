// A platform (local, GitHub, GitLab) turns settings into the sinks for its destinations.
import type { Sink } from '../core/sink.js';
import type { StepSettings } from '../core/settings.js';

export interface PlatformContext {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Where relative paths (log file, reports) are resolved. */
  cwd: string;
}

export interface Platform {
  name: 'local' | 'github' | 'gitlab';
  /** Absolute path of the JSON-lines log when the user did not choose one. */
  defaultLogFile(context: PlatformContext): string;
  /** Sinks for this platform's destinations; the JSON-lines sink is added by the caller. */
  createSinks(settings: StepSettings, context: PlatformContext): Promise<Sink[]>;
}
