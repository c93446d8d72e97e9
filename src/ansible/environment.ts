// Ansible prints `task path: …/site.yml:12` before a failed task only when asked to; the `ansible`
// matcher needs that line to place the annotation. steplog asks, unless the step or the host has
// already decided either way.
export const TASK_PATH_VARIABLE = 'ANSIBLE_SHOW_TASK_PATH_ON_FAILURE';

export function withAnsibleDefaults(
  env: Record<string, string>,
  hostEnv: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  if (TASK_PATH_VARIABLE in env || hostEnv[TASK_PATH_VARIABLE] !== undefined) return env;
  return { ...env, [TASK_PATH_VARIABLE]: 'True' };
}
