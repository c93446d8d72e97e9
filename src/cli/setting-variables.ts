// The STEPLOG_* variables: which ones the CLI reads as settings (and keeps from the command), which
// other ones steplog knows, and the warning for one it does not know (a typo, or the variable form
// of a flag alias such as `--cwd`), which would otherwise be silently ignored.
import { distance } from 'fastest-levenshtein';
import { envNameOf, INPUTS } from '../core/inputs.js';
import { TRACKING_VARIABLE } from '../exec/platform.js';
import { escapeData } from '../matchers/workflow-command.js';

const CLI_INPUTS = INPUTS.filter((input) => input.flag !== null);

/** Settings the CLI reads besides its inputs: the platform choice and the GitLab platform's own. */
const PLATFORM_VARIABLES = [
  'STEPLOG_PLATFORM',
  'STEPLOG_LOG_LIMIT',
  'STEPLOG_COLLAPSED',
  'STEPLOG_OUTPUT_PREFIX',
];

/** Every variable steplog reads as a setting; removed from the command's environment once read. */
export const SETTING_VARIABLES: readonly string[] = [
  ...CLI_INPUTS.map((input) => envNameOf(input.name)),
  ...PLATFORM_VARIABLES,
];

/** How the GitLab template's script gets steplog (read there, never by steplog itself). */
const INSTALL_VARIABLES = ['STEPLOG_BIN', 'STEPLOG_PACKAGE', 'STEPLOG_BINARY_URL'];

/**
 * Variables steplog sets for others: the execution id every process of the command carries, and
 * the GitLab dotenv report, which a later job of the pipeline gets through `needs:` (that job may
 * run steplog too).
 */
const PRODUCED_VARIABLES = [
  TRACKING_VARIABLE,
  'STEPLOG_STATUS',
  'STEPLOG_EXIT_CODE',
  'STEPLOG_SIGNAL',
  'STEPLOG_TIMED_OUT',
  'STEPLOG_DURATION_MS',
  'STEPLOG_STARTED_AT',
  'STEPLOG_COMPLETED_AT',
  'STEPLOG_ATTEMPTS',
  'STEPLOG_LOG_PATH',
  'STEPLOG_SUMMARY_PATH',
  'STEPLOG_RESULTS',
];

/** Every STEPLOG_* variable that is not a mistake: none of these gets the warning. */
export const KNOWN_VARIABLES: ReadonlySet<string> = new Set([
  ...SETTING_VARIABLES,
  ...INSTALL_VARIABLES,
  ...PRODUCED_VARIABLES,
]);

/** What a user may mean: the settings and the install variables, not what steplog produces. */
const SUGGESTIONS = [...SETTING_VARIABLES, ...INSTALL_VARIABLES];

/** The variable form of each flag alias → the setting's variable (`--cwd` → STEPLOG_WORKING_DIRECTORY). */
const ALIAS_VARIABLES = new Map(
  CLI_INPUTS.flatMap((input) =>
    'alias' in input && input.alias
      ? [[envNameOf(input.alias.replace(/^--/, '')), envNameOf(input.name)] as const]
      : [],
  ),
);

/** Inputs only the GitHub action takes: their variable form is no typo, but the CLI has no such setting. */
const ACTION_ONLY = new Map(
  INPUTS.filter((input) => input.flag === null).map((input) => [envNameOf(input.name), input.name]),
);

/**
 * The known variable `name` most likely meant: the one whose alias it is, else the nearest by edit
 * distance (case aside) when close enough to be a typo (at most one edit in three characters of
 * the part after STEPLOG_); null when nothing is close.
 */
export function closestVariable(name: string): string | null {
  const upper = name.toUpperCase();
  const aliased = ALIAS_VARIABLES.get(upper);
  if (aliased) return aliased;
  const stem = upper.replace(/^STEPLOG_/, '');
  const allowed = Math.max(1, Math.floor(stem.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of SUGGESTIONS) {
    const d = distance(stem, candidate.replace(/^STEPLOG_/, ''));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : null;
}

/** One message per STEPLOG_* variable of `env` that steplog does not know, in name order. */
export function unknownVariableWarnings(env: NodeJS.ProcessEnv): string[] {
  return Object.keys(env)
    .filter((name) => name.startsWith('STEPLOG_') && !KNOWN_VARIABLES.has(name))
    .sort()
    .map((name) => {
      const shown = printable(name);
      const actionInput = ACTION_ONLY.get(name);
      if (actionInput) {
        return `${shown} is not a setting of the CLI (\`${actionInput}\` is an input of the GitHub action only); it is ignored`;
      }
      const closest = closestVariable(name);
      return closest
        ? `${shown} is not a steplog setting (did you mean ${closest}?); it is ignored`
        : `${shown} is not a steplog setting; it is ignored`;
    });
}

/** A variable name is the environment's, not ours: control characters must not reach the log. */
function printable(name: string): string {
  return name.replace(/[\p{Cc}\p{Cf}]/gu, '?');
}

/**
 * The warnings where the platform shows warnings, before the run starts: a warning annotation on
 * GitHub (a workflow command on stdout, escaped as @actions/core does), a line on stderr elsewhere.
 */
export function warnUnknownVariables(
  env: NodeJS.ProcessEnv,
  /** The platform's name (an unknown one reports as the plain CLI does). */
  platform: string,
  streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): void {
  for (const message of unknownVariableWarnings(env)) {
    if (platform === 'github') {
      streams.stdout.write(`::warning title=steplog::${escapeData(message)}\n`);
    } else {
      streams.stderr.write(`steplog ⚠ ${message}\n`);
    }
  }
}
