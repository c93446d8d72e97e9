// Which CI system steplog runs in, and where this run lives there: read from the variables each
// system documents for its jobs. The one place that knows them; the record carries the result
// (`ci`), and the summary, telemetry and webhooks read it from there.
//   Jenkins          https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables
//   CircleCI         https://circleci.com/docs/reference/variables/
//   Buildkite        https://buildkite.com/docs/pipelines/environment_variables
//   Azure Pipelines  https://learn.microsoft.com/azure/devops/pipelines/build/variables
//   Bitbucket        https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/
//   GitHub Actions   https://docs.github.com/actions/reference/variables-reference
//   GitLab CI        https://docs.gitlab.com/ci/variables/predefined_variables/

export type CiSystem =
  'github' | 'gitlab' | 'jenkins' | 'circleci' | 'buildkite' | 'azure-pipelines' | 'bitbucket';

/** Where the execution ran. Every field but `system` is absent when the system does not say it. */
export interface CiContext {
  system: CiSystem;
  /** The pipeline, workflow or project the job belongs to. */
  pipeline?: string;
  /** The job (or stage, or step label) steplog runs in. */
  job?: string;
  /** This run's id or number in the system (build number, run id, job id). */
  runId?: string;
  /** The page of this run or job. */
  runUrl?: string;
  commit?: string;
  branch?: string;
}

/** How each system names itself in text (the summary's footer). */
export const CI_SYSTEM_NAMES: Record<CiSystem, string> = {
  github: 'GitHub Actions',
  gitlab: 'GitLab CI',
  jenkins: 'Jenkins',
  circleci: 'CircleCI',
  buildkite: 'Buildkite',
  'azure-pipelines': 'Azure Pipelines',
  bitbucket: 'Bitbucket Pipelines',
};

type Env = Readonly<Record<string, string | undefined>>;

/** The CI context from the environment, or null outside every CI steplog knows. */
export function detectCiContext(env: Env): CiContext | null {
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const context = (system: CiSystem, fields: Omit<CiContext, 'system'>): CiContext => {
    const present = Object.entries(fields).filter(([, value]) => value !== undefined);
    return { system, ...Object.fromEntries(present) };
  };

  // GitHub and GitLab first: their runners may themselves run inside another system's agent.
  if (get('GITHUB_ACTIONS') === 'true') {
    const server = get('GITHUB_SERVER_URL') ?? 'https://github.com';
    const repository = get('GITHUB_REPOSITORY');
    const runId = get('GITHUB_RUN_ID');
    return context('github', {
      pipeline: get('GITHUB_WORKFLOW'),
      job: get('GITHUB_JOB'),
      runId,
      runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
      commit: get('GITHUB_SHA'),
      // A pull request's own branch, not the merge ref.
      branch: get('GITHUB_HEAD_REF') ?? get('GITHUB_REF_NAME'),
    });
  }
  if (get('GITLAB_CI') === 'true') {
    return context('gitlab', {
      pipeline: get('CI_PIPELINE_NAME') ?? get('CI_PROJECT_PATH'),
      job: get('CI_JOB_NAME'),
      runId: get('CI_JOB_ID'),
      runUrl: get('CI_JOB_URL'),
      commit: get('CI_COMMIT_SHA'),
      branch: get('CI_COMMIT_REF_NAME'),
    });
  }
  if (get('JENKINS_URL') || get('JENKINS_HOME')) {
    return context('jenkins', {
      pipeline: get('JOB_NAME'),
      // Set inside a declarative pipeline's stage.
      job: get('STAGE_NAME'),
      runId: get('BUILD_NUMBER'),
      runUrl: get('BUILD_URL'),
      commit: get('GIT_COMMIT'),
      // The Git plugin's `origin/main`; a multibranch pipeline's BRANCH_NAME otherwise.
      branch: get('GIT_BRANCH') ?? get('BRANCH_NAME'),
    });
  }
  if (get('CIRCLECI') === 'true') {
    return context('circleci', {
      pipeline: get('CIRCLE_PROJECT_REPONAME'),
      job: get('CIRCLE_JOB'),
      runId: get('CIRCLE_BUILD_NUM'),
      runUrl: get('CIRCLE_BUILD_URL'),
      commit: get('CIRCLE_SHA1'),
      branch: get('CIRCLE_BRANCH'),
    });
  }
  if (get('BUILDKITE') === 'true') {
    const build = get('BUILDKITE_BUILD_URL');
    const job = get('BUILDKITE_JOB_ID');
    return context('buildkite', {
      pipeline: get('BUILDKITE_PIPELINE_SLUG'),
      job: get('BUILDKITE_LABEL') ?? get('BUILDKITE_STEP_KEY'),
      runId: get('BUILDKITE_BUILD_NUMBER'),
      // The build page scrolled to this job.
      runUrl: build && job ? `${build}#${job}` : build,
      commit: get('BUILDKITE_COMMIT'),
      branch: get('BUILDKITE_BRANCH'),
    });
  }
  if (get('TF_BUILD')?.toLowerCase() === 'true') {
    const collection = get('SYSTEM_COLLECTIONURI');
    const project = get('SYSTEM_TEAMPROJECT');
    const buildId = get('BUILD_BUILDID');
    return context('azure-pipelines', {
      pipeline: get('BUILD_DEFINITIONNAME'),
      job: get('SYSTEM_JOBDISPLAYNAME') ?? get('AGENT_JOBNAME'),
      runId: buildId,
      runUrl:
        collection && project && buildId
          ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${encodeURIComponent(buildId)}`
          : undefined,
      commit: get('BUILD_SOURCEVERSION'),
      branch: get('BUILD_SOURCEBRANCH')?.replace(/^refs\/heads\//, ''),
    });
  }
  if (get('BITBUCKET_BUILD_NUMBER')) {
    const repository = get('BITBUCKET_REPO_FULL_NAME');
    const build = get('BITBUCKET_BUILD_NUMBER');
    return context('bitbucket', {
      pipeline: repository,
      runId: build,
      runUrl: repository ? `https://bitbucket.org/${repository}/pipelines/results/${build}` : undefined,
      commit: get('BITBUCKET_COMMIT'),
      branch: get('BITBUCKET_BRANCH'),
    });
  }
  return null;
}
