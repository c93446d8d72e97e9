// Which platform reports: explicit (--platform / STEPLOG_PLATFORM) first, then the CI's own
// variables. GitLab is never guessed from GITLAB_CI alone being set: gitlab-ci-local sets it to false.
import { InputError } from '../core/errors.js';
import type { Platform } from './platform.js';

export async function choosePlatform(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<Platform> {
  const name = platformNameFor(explicit, env);
  switch (name) {
    case 'local':
      return (await import('./local.js')).localPlatform;
    case 'github':
      return (await import('./github.js')).githubPlatform;
    case 'gitlab':
      return (await import('./gitlab.js')).gitlabPlatform;
    default:
      throw new InputError('--platform (STEPLOG_PLATFORM)', name, 'one of auto, local, github, gitlab');
  }
}

/** The platform's name, unchecked: what choosePlatform loads. */
export function platformNameFor(explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  return explicit && explicit !== 'auto' ? explicit : detect(env);
}

function detect(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  return 'local';
}
