// The CI context of spans and webhook events: GitHub's and GitLab's own fields, every other CI from
// the record's detection (a Jenkins build's page becomes the events' source).
import { expect, it } from 'vitest';
import { detectCiContext } from '../../src/telemetry/ci-context.js';

it('reads a Jenkins build from the record’s detection: pipeline, run, page, commit and branch', () => {
  const ci = detectCiContext({
    JENKINS_URL: 'https://ci.example.com/',
    JOB_NAME: 'shop/main',
    STAGE_NAME: 'test',
    BUILD_NUMBER: '42',
    BUILD_URL: 'https://ci.example.com/job/shop/job/main/42/',
    GIT_COMMIT: 'abc123',
    GIT_BRANCH: 'origin/main',
  });
  expect(ci).toEqual({
    system: 'jenkins',
    pipeline: 'shop/main',
    job: 'test',
    runId: '42',
    runUrl: 'https://ci.example.com/job/shop/job/main/42/',
    jobId: null,
    jobUrl: 'https://ci.example.com/job/shop/job/main/42/',
    repositoryUrl: null,
    branch: 'origin/main',
    commit: 'abc123',
  });
});

it('keeps GitLab’s pipeline run apart from its job', () => {
  const ci = detectCiContext({
    GITLAB_CI: 'true',
    CI_PIPELINE_ID: '7',
    CI_JOB_ID: '99',
    CI_JOB_URL: 'https://gitlab.example.com/g/p/-/jobs/99',
    CI_PIPELINE_URL: 'https://gitlab.example.com/g/p/-/pipelines/7',
  });
  expect(ci).toMatchObject({ system: 'gitlab', runId: '7', jobId: '99' });
  expect(ci.jobUrl).toBe('https://gitlab.example.com/g/p/-/jobs/99');
});

it('is empty outside every CI steplog knows', () => {
  expect(detectCiContext({ PATH: '/usr/bin' }).system).toBeNull();
});
