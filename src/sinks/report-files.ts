// `junit-file` and `codequality-file`: the JUnit and Code Quality reports GitLab gets, written on any
// platform to the paths the user chose, for Jenkins, CircleCI, Buildkite, Azure Pipelines or a
// GitHub test-report action. The same sinks as GitLab's: one test case per execution (a command
// green after a retry is a passed test), or one per step with `steps`.
import { detectCiContext } from '../core/ci-context.js';
import { reportingEndFailure, type RunSettings, type RunSink } from '../core/sink.js';
import { createGitlabCodeQualitySink } from './gitlab-codequality.js';
import { createGitlabJunitRunSink } from './gitlab-junit.js';

/** Reports a report that could not be written, in the platform's words (`what`: e.g. `JUnit report`). */
export type UnwrittenReport = (what: string) => (error: unknown) => void;

export function createReportFileSinks(
  { mode, settings }: RunSettings,
  env: NodeJS.ProcessEnv,
  unwritten: UnwrittenReport,
): RunSink[] {
  const sinks: RunSink[] = [];
  if (settings.junitFile) {
    // With steps, the suite is the CI job they ran in, when the CI says so.
    const suite = detectCiContext(env)?.job ?? 'steps';
    const sink = createGitlabJunitRunSink(mode, { file: settings.junitFile, suite });
    sinks.push(reportingEndFailure(sink, unwritten(`JUnit report ${settings.junitFile}`)));
  }
  if (settings.codequalityFile) {
    const sink = createGitlabCodeQualitySink(mode, settings.codequalityFile);
    sinks.push(reportingEndFailure(sink, unwritten(`Code Quality report ${settings.codequalityFile}`)));
  }
  return sinks;
}
