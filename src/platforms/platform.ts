// A platform (local, GitHub, GitLab) is where a run reports: it turns the run's settings into the
// list of sinks for its destinations. The JSON-lines log is added by the run itself.
import type { RunContext, RunSettings, RunSink } from '../core/sink.js';

export type PlatformContext = RunContext;

export interface Platform {
  name: 'local' | 'github' | 'gitlab';
  /** Absolute path of the JSON-lines log when the user did not choose one. */
  defaultLogFile(context: RunContext): string;
  /** The run's destinations, in the order they hear each event and the run's end. */
  createSinks(run: RunSettings, context: RunContext): Promise<RunSink[]>;
}
