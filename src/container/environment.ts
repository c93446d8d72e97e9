// What of the step's environment goes into the container, and which host files come along.
// Variables are passed by name (`--env NAME`): the client reads each value from its own
// environment, so no value appears on a command line.
import path from 'node:path';

/**
 * Variables that describe the host, not the step: the container has its own PATH, HOME, user,
 * temporary directory and locale files, and the engine's own settings mean nothing inside it.
 */
const HOST_ONLY = new Set([
  'PATH',
  'HOME',
  'HOSTNAME',
  'USER',
  'LOGNAME',
  'SHELL',
  'PWD',
  'OLDPWD',
  'SHLVL',
  'TMPDIR',
  'TMP',
  'TEMP',
  '_',
  'MAIL',
  'DISPLAY',
  'XDG_RUNTIME_DIR',
  'XDG_SESSION_ID',
  'DBUS_SESSION_BUS_ADDRESS',
  'SSH_AUTH_SOCK',
  'SSH_AGENT_PID',
  'LD_LIBRARY_PATH',
  'LD_PRELOAD',
  'NODE_OPTIONS',
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_CONFIG',
  'DOCKER_CERT_PATH',
  'DOCKER_TLS_VERIFY',
  'CONTAINER_HOST',
  'CONTAINERS_CONF',
  'CONTAINERS_STORAGE_CONF',
  'CONTAINERS_REGISTRIES_CONF',
]);

/** steplog's own settings (STEPLOG_*, except the execution ID) and the action's inputs (INPUT_*, a token among them). */
function isSteplogSetting(name: string): boolean {
  if (name === 'STEPLOG_EXECUTION_ID') return false;
  return name.startsWith('STEPLOG_') || name.startsWith('INPUT_');
}

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The names to pass with `--env NAME`, sorted. */
export function containerEnvNames(env: Record<string, string | undefined>): string[] {
  return Object.keys(env)
    .filter((name) => env[name] !== undefined)
    .filter((name) => VALID_NAME.test(name) && !HOST_ONLY.has(name) && !isSteplogSetting(name))
    .sort();
}

/**
 * The GitHub runner's file commands and files a step reads: as in a GitHub container step they work
 * from inside, because their folders are mounted at the same paths and the variables passed.
 */
export const GITHUB_FILE_VARIABLES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE',
  'GITHUB_EVENT_PATH',
] as const;

/** The folders to mount at the same path: those of the GitHub file variables that are set. */
export function githubFileFolders(env: Record<string, string | undefined>): string[] {
  const folders = new Set<string>();
  for (const name of GITHUB_FILE_VARIABLES) {
    const file = env[name];
    if (file && path.isAbsolute(file)) folders.add(path.dirname(file));
  }
  return [...folders].sort();
}
