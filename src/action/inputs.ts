// Reads the action's inputs from the environment exactly where the runner puts them: INPUT_<NAME>
// with the name upper-cased and spaces turned into `_` (hyphens are kept), as @actions/core's
// getInput does. Values are passed on untrimmed: resolveSettings trims what should be trimmed and
// keeps `run` and `mask` as written.
import { INPUTS, type InputName } from '../core/inputs.js';
import type { RawInputs } from '../core/resolve-settings.js';

/** The inputs action.yml declares: every input of the table except the CLI-only ones. */
export const ACTION_INPUTS = INPUTS.filter((input) => input.scope !== 'cli');

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ActionInputs {
  /** Everything resolveSettings validates. */
  raw: RawInputs;
  /** `github-token`: only for the API calls, and masked everywhere. Empty when not given. */
  githubToken: string;
}

export function readActionInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const raw: RawInputs = {};
  for (const input of ACTION_INPUTS) {
    if (input.name === 'github-token') continue;
    const value = env[inputEnvName(input.name)];
    if (value !== undefined) raw[input.name as InputName] = value;
  }
  const githubToken = (env[inputEnvName('github-token')] ?? '').trim();
  // The token is a secret whatever the user declared: redact it in everything steplog writes.
  if (githubToken) raw.mask = [raw.mask ?? '', githubToken].filter((line) => line.trim()).join('\n');
  return { raw, githubToken };
}

/**
 * Removes steplog's INPUT_* variables from `env` once read, so the command (which inherits the
 * action's environment) does not see them, above all the github-token: a `run:` step does not get
 * the token unless the workflow passes it.
 */
export function removeActionInputs(env: NodeJS.ProcessEnv): void {
  for (const input of ACTION_INPUTS) delete env[inputEnvName(input.name)];
}
