// `junit-file` and `codequality-file`: the JUnit and Code Quality reports GitLab gets, written on any
// platform to the paths the user chose, for Jenkins, CircleCI, Buildkite, Azure Pipelines or a
// GitHub test-report action. The same sinks as GitLab's: one test case per execution (a command
// green after a retry is a passed test), or one per step with `steps`. Loaded only when asked for:
// the JUnit builder is large, and loading it would cost every run's start-up (and, in the action,
// grow V8's young generation before runtime-tuning.ts bounds it).
import { detectCiContext } from '../core/ci-context.js';
import { reportingEndFailure, type RunSettings, type RunSink } from '../core/sink.js';

/** Reports a report that could not be written, in the platform's words (`what`: e.g. `JUnit report`). */
export type UnwrittenReport = (what: string) => (error: unknown) => void;

export async function createReportFileSinks(
  { mode, settings }: RunSettings,
  env: NodeJS.ProcessEnv,
  unwritten: UnwrittenReport,
): Promise<RunSink[]> {
  const sinks: RunSink[] = [];
  if (settings.junitFile) {
    // With steps, the suite is the CI job they ran in, when the CI says so.
    const suite = detectCiContext(env)?.job ?? 'steps';
    const { createGitlabJunitRunSink } = await import('./gitlab-junit.js');
    const sink = createGitlabJunitRunSink(mode, { file: settings.junitFile, suite });
    sinks.push(reportingEndFailure(sink, unwritten(`JUnit report ${settings.junitFile}`)));
  }
  if (settings.codequalityFile) {
    const { createGitlabCodeQualitySink } = await import('./gitlab-codequality.js');
    const sink = createGitlabCodeQualitySink(mode, settings.codequalityFile);
    sinks.push(reportingEndFailure(sink, unwritten(`Code Quality report ${settings.codequalityFile}`)));
  }
  return sinks;
}
