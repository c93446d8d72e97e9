// detectCiContext: each CI system's documented job variables (values as their documentation shows
// them) give the system, pipeline, job, run id, run URL, commit and branch; nothing else is guessed.
import { describe, expect, test } from 'vitest';
import { detectCiContext } from '../../src/core/ci-context.js';
import { CI_ENVIRONMENTS } from './ci-environments.js';

describe('detectCiContext', () => {
  test.each([
    [
      'jenkins',
      {
        system: 'jenkins',
        pipeline: 'shop/main',
        job: 'Test',
        runId: '42',
        runUrl: 'https://ci.example.com/job/shop/job/main/42/',
        commit: '9fceb02d0ae598e95dc970b74767f19372d61af8',
        branch: 'origin/main',
      },
    ],
    [
      'circleci',
      {
        system: 'circleci',
        pipeline: 'shop',
        job: 'test',
        runId: '1187',
        runUrl: 'https://circleci.com/gh/acme/shop/1187',
        commit: '9fceb02d0ae598e95dc970b74767f19372d61af8',
        branch: 'feature/cart',
      },
    ],
    [
      'buildkite',
      {
        system: 'buildkite',
        pipeline: 'shop',
        job: ':jest: Unit tests',
        runId: '1514',
        runUrl: 'https://buildkite.com/acme/shop/builds/1514#e44f9784-e20e-4b93-a21d-f41fd5869db9',
        commit: '83a20ec058e2fb00e7fa4558c4c6e81e2dcf253d',
        branch: 'main',
      },
    ],
    [
      'azure-pipelines',
      {
        system: 'azure-pipelines',
        pipeline: 'shop-ci',
        job: 'Unit tests',
        runId: '2061',
        runUrl: 'https://dev.azure.com/fabrikam/Fabrikam%20Fiber/_build/results?buildId=2061',
        commit: '9fceb02d0ae598e95dc970b74767f19372d61af8',
        branch: 'feature/cart',
      },
    ],
    [
      'bitbucket',
      {
        system: 'bitbucket',
        pipeline: 'acme/shop',
        runId: '77',
        runUrl: 'https://bitbucket.org/acme/shop/pipelines/results/77',
        commit: '9fceb02d0ae598e95dc970b74767f19372d61af8',
        branch: 'main',
      },
    ],
    [
      'github',
      {
        system: 'github',
        pipeline: 'CI',
        job: 'test',
        runId: '1658821493',
        runUrl: 'https://github.com/octocat/Hello-World/actions/runs/1658821493',
        commit: 'ffac537e6cbbf934b08745a378932722df287a53',
        branch: 'feature-branch-1',
      },
    ],
    [
      'gitlab',
      {
        system: 'gitlab',
        pipeline: 'acme/shop',
        job: 'unit tests',
        runId: '50',
        runUrl: 'https://gitlab.example.com/acme/shop/-/jobs/50',
        commit: '1ecfd275763eff1d6b4844ea3168962458c9f27a',
        branch: 'main',
      },
    ],
  ] as const)('%s', (system, expected) => {
    expect(detectCiContext(CI_ENVIRONMENTS[system])).toEqual(expected);
  });

  test('outside a known CI: null, even with the generic CI=true', () => {
    expect(detectCiContext({})).toBeNull();
    expect(detectCiContext({ CI: 'true', BUILD_NUMBER: '3' })).toBeNull();
    expect(detectCiContext({ GITHUB_ACTIONS: 'false', TF_BUILD: '' })).toBeNull();
  });

  test('what a system does not say is absent, never an empty string', () => {
    expect(detectCiContext({ JENKINS_URL: 'https://ci/', BUILD_NUMBER: ' ', JOB_NAME: '' })).toEqual({
      system: 'jenkins',
    });
    expect(detectCiContext({ BUILDKITE: 'true', BUILDKITE_BUILD_URL: 'https://b/1' })).toEqual({
      system: 'buildkite',
      runUrl: 'https://b/1',
    });
  });

  test('a multibranch Jenkins pipeline names its branch with BRANCH_NAME', () => {
    expect(detectCiContext({ JENKINS_URL: 'https://ci/', BRANCH_NAME: 'PR-7' })).toEqual({
      system: 'jenkins',
      branch: 'PR-7',
    });
  });

  test('GitHub and GitLab win over a CI agent they run inside', () => {
    expect(detectCiContext({ ...CI_ENVIRONMENTS.jenkins, GITLAB_CI: 'true' })?.system).toBe('gitlab');
    expect(detectCiContext({ ...CI_ENVIRONMENTS.buildkite, GITHUB_ACTIONS: 'true' })?.system).toBe('github');
  });
});
