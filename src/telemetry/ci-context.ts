// Where a run happens (CI system, pipeline, job, commit), for span attributes and the webhook
// `source`. GitHub and GitLab tell more than the record's `ci` block keeps (the pipeline run apart
// from the job, the job's own page, the repository), so they are read here; every other CI comes
// from the record's own detection (../core/ci-context.ts).
import { detectCiContext as detectRecordCiContext, type CiSystem } from '../core/ci-context.js';

export interface CiContext {
  system: CiSystem | null;
  /** The workflow or pipeline name. */
  pipeline: string | null;
  job: string | null;
  /** The pipeline run (GitHub: the workflow run id; GitLab: the pipeline id). */
  runId: string | null;
  runUrl: string | null;
  /** The job within the run (GitLab: CI_JOB_ID; GitHub does not expose it to the step). */
  jobId: string | null;
  /** The job's own page where known, else the run's. */
  jobUrl: string | null;
  repositoryUrl: string | null;
  branch: string | null;
  commit: string | null;
}

const NONE: CiContext = {
  system: null,
  pipeline: null,
  job: null,
  runId: null,
  runUrl: null,
  jobId: null,
  jobUrl: null,
  repositoryUrl: null,
  branch: null,
  commit: null,
};

export function detectCiContext(env: NodeJS.ProcessEnv): CiContext {
  const v = (name: string) => env[name]?.trim() || null;
  if (env.GITHUB_ACTIONS === 'true') {
    const server = v('GITHUB_SERVER_URL') ?? 'https://github.com';
    const repository = v('GITHUB_REPOSITORY');
    const runId = v('GITHUB_RUN_ID');
    const repositoryUrl = repository ? `${server}/${repository}` : null;
    const runUrl = repositoryUrl && runId ? `${repositoryUrl}/actions/runs/${runId}` : null;
    const attempt = v('GITHUB_RUN_ATTEMPT');
    return {
      system: 'github',
      pipeline: v('GITHUB_WORKFLOW'),
      job: v('GITHUB_JOB'),
      runId,
      runUrl,
      jobId: null,
      jobUrl: runUrl && attempt ? `${runUrl}/attempts/${attempt}` : runUrl,
      repositoryUrl,
      // A pull request's head branch, else the branch or tag that triggered the run.
      branch: v('GITHUB_HEAD_REF') ?? v('GITHUB_REF_NAME'),
      commit: v('GITHUB_SHA'),
    };
  }
  if (env.GITLAB_CI === 'true') {
    return {
      system: 'gitlab',
      pipeline: v('CI_PIPELINE_NAME') ?? v('CI_PROJECT_PATH'),
      job: v('CI_JOB_NAME'),
      runId: v('CI_PIPELINE_ID'),
      runUrl: v('CI_PIPELINE_URL'),
      jobId: v('CI_JOB_ID'),
      jobUrl: v('CI_JOB_URL') ?? v('CI_PIPELINE_URL'),
      repositoryUrl: v('CI_PROJECT_URL'),
      branch: v('CI_MERGE_REQUEST_SOURCE_BRANCH_NAME') ?? v('CI_COMMIT_REF_NAME'),
      commit: v('CI_COMMIT_SHA'),
    };
  }
  const other = detectRecordCiContext(env);
  if (!other) return NONE;
  return {
    ...NONE,
    system: other.system,
    pipeline: other.pipeline ?? null,
    job: other.job ?? null,
    runId: other.runId ?? null,
    runUrl: other.runUrl ?? null,
    jobUrl: other.runUrl ?? null,
    branch: other.branch ?? null,
    commit: other.commit ?? null,
  };
}
