// Builds the one typed settings object from raw input strings (action inputs, CLI flags or
// STEPLOG_* variables), validating every value before anything runs.
import { statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './errors.js';
import { INPUTS, type InputName } from './inputs.js';
import {
  MAX_TIMER_MS,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseExitCodes,
  parseInteger,
  parseNumber,
  parseSize,
  validateEnv,
} from './parse.js';
import type { ContainerSettings, StepSettings } from './settings.js';
import { splitContainerOptions } from '../container/options.js';
import { CONTAINER_DEFAULT_SHELL, parseShell } from './shells.js';
import { checkWritableFile } from './writable-file.js';
import { checkOutputPatterns } from '../matchers/output-patterns.js';
import { displayUrl, webhookSecrets } from '../notify/secrets.js';
import { constants } from 'node:os';

export type RawInputs = Partial<Record<InputName, string>>;

export interface ResolveContext {
  /** Default working directory and base of relative paths. */
  workspace: string;
  /** How the user named an input in this front door, e.g. `--timeout` or `input 'timeout'`. */
  label: (name: InputName) => string;
  /** Extra environment for the command (CLI: none; steps file: per step). */
  env?: Record<string, string>;
}

export const MAX_OUTPUT_LIMIT = 512 * 1024;

/** The raw value, with the table's default when missing or empty (as the runner fills action.yml defaults). */
function valueOf(raw: RawInputs, name: InputName): string | null {
  const given = raw[name];
  if (given !== undefined && given.trim() !== '') return given;
  return INPUTS.find((input) => input.name === name)?.default ?? null;
}

function lines(value: string | null): string[] {
  if (value === null) return [];
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function optionalPath(raw: RawInputs, name: InputName, workspace: string): string | null {
  const value = valueOf(raw, name);
  return value === null ? null : path.resolve(workspace, value.trim());
}

/** A GitHub login, as a bot's is spelled: `github-actions[bot]`, `acme-ci[bot]`. */
function parseLogin(label: string, value: string | null): string | null {
  if (value === null) return null;
  const login = value.trim();
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
    throw new InputError(label, value, 'a GitHub login such as github-actions[bot] or acme-ci[bot]');
  }
  return login;
}

/** http(s) URLs, one per line. */
function parseNotifyUrls(label: string, value: string | null): string[] {
  const urls = lines(value);
  for (const url of urls) {
    let protocol: string | null = null;
    try {
      protocol = new URL(url).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw new InputError(label, displayUrl(url), 'http:// or https:// URLs, one per line');
    }
  }
  return urls;
}

export function resolveSettings(raw: RawInputs, context: ResolveContext): StepSettings {
  const { label } = context;
  const get = (name: InputName) => valueOf(raw, name) ?? '';

  const run = raw.run ?? '';
  const meaningful = run.split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith('#'));
  if (meaningful.length === 0) {
    throw new InputError(
      label('run'),
      run,
      `a non-empty script (not only blank lines or comments), or several commands in ${label('steps')}`,
    );
  }
  if (run.includes('\0'))
    throw new InputError(label('run'), run.replace(/\0/g, '\\0'), 'a script without NUL characters');

  const cwdRaw = valueOf(raw, 'working-directory');
  const cwd = cwdRaw === null ? context.workspace : path.resolve(context.workspace, cwdRaw);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(cwd).isDirectory();
  } catch {
    throw new InputError(label('working-directory'), cwdRaw ?? cwd, 'an existing directory');
  }
  if (!isDirectory)
    throw new InputError(label('working-directory'), cwdRaw ?? cwd, 'a directory, not a file');

  const killSignal = get('kill-signal').trim().toUpperCase();
  const signalName = killSignal.startsWith('SIG') ? killSignal : `SIG${killSignal}`;
  if (!(signalName in constants.signals) || signalName === 'SIGSTOP') {
    throw new InputError(
      label('kill-signal'),
      get('kill-signal'),
      'a signal name such as SIGTERM, SIGINT, SIGHUP or SIGKILL',
    );
  }

  const retryOnExitCodes = valueOf(raw, 'retry-on-exit-codes');
  const name = valueOf(raw, 'name') ?? meaningful[0].trim();
  const onRetry = valueOf(raw, 'on-retry');

  const container = parseContainer(raw, label);
  const settings: StepSettings = {
    run,
    name: name.length > 200 ? `${name.slice(0, 199)}…` : name,
    // In a container the default `bash` means bash when the image has it, else sh (as GitHub's
    // container steps do); the action cannot tell a default from an explicit `bash`.
    shell:
      container !== null && get('shell').trim() === 'bash'
        ? CONTAINER_DEFAULT_SHELL
        : parseShell(label('shell'), get('shell')),
    cwd,
    env: validateEnv('env', context.env ?? {}),
    timeoutMs: parseDuration(label('timeout'), get('timeout')),
    idleTimeoutMs: parseDuration(label('idle-timeout'), get('idle-timeout')),
    killAfterMs: parseDuration(label('kill-after'), get('kill-after')),
    killSignal: signalName as NodeJS.Signals,
    maxAttempts: parseInteger(label('max-attempts'), get('max-attempts'), 1, 100),
    retryOn: parseEnum(label('retry-on'), get('retry-on'), ['any', 'error', 'timeout'] as const),
    retryOnExitCodes:
      retryOnExitCodes === null ? null : parseExitCodes(label('retry-on-exit-codes'), retryOnExitCodes),
    retryDelayMs: parseDuration(label('retry-delay'), get('retry-delay')),
    retryBackoff: parseNumber(label('retry-backoff'), get('retry-backoff'), 1, 10),
    retryOnOutput: checkOutputPatterns(label('retry-on-output'), lines(valueOf(raw, 'retry-on-output'))),
    abortOnOutput: checkOutputPatterns(label('abort-on-output'), lines(valueOf(raw, 'abort-on-output'))),
    totalTimeoutMs: parseDuration(label('total-timeout'), get('total-timeout')),
    warnOnRetry: parseBoolean(label('warn-on-retry'), get('warn-on-retry')),
    onRetry: onRetry && onRetry.trim() ? onRetry : null,
    successCodes: parseExitCodes(label('success-codes'), get('success-codes')),
    outputLimit: parseSize(label('output-limit'), get('output-limit'), MAX_OUTPUT_LIMIT),
    masks: lines(valueOf(raw, 'mask')),
    background: parseEnum(label('background'), get('background'), ['keep', 'kill'] as const),
    ...(container === null ? {} : { container }),
    summary: parseEnum(label('summary'), get('summary'), ['always', 'on-failure', 'never'] as const),
    matchers: lines(valueOf(raw, 'matchers')),
    logFile:
      valueOf(raw, 'log-file') === null ? null : path.resolve(context.workspace, get('log-file').trim()),
    summaryFile: optionalPath(raw, 'summary-file', context.workspace),
    junitFile: optionalPath(raw, 'junit-file', context.workspace),
    codequalityFile: optionalPath(raw, 'codequality-file', context.workspace),
    workflowCommands: parseBoolean(label('workflow-commands'), get('workflow-commands')),
    prComment: parseEnum(label('pr-comment'), get('pr-comment'), ['never', 'always', 'on-failure'] as const),
    commentAuthor: parseLogin(label('comment-author'), valueOf(raw, 'comment-author')),
    checkRun: parseBoolean(label('check-run'), get('check-run')),
    notifyUrls: parseNotifyUrls(label('notify-url'), valueOf(raw, 'notify-url')),
    notifySecret: valueOf(raw, 'notify-secret')?.trim() || null,
    notifyTimeoutMs: parseDuration(label('notify-timeout'), get('notify-timeout')),
  };
  // The webhook secret and any credentials in the URLs are never printed.
  settings.masks.push(...webhookSecrets(settings.notifyUrls, settings.notifySecret));
  if (settings.killAfterMs > MAX_TIMER_MS)
    throw new InputError(label('kill-after'), get('kill-after'), 'at most 24d');
  // Last: every other value is valid, so a folder created here is one the run will use.
  if (settings.logFile !== null) checkWritableFile(label('log-file'), get('log-file'), settings.logFile);
  if (settings.summaryFile !== null) {
    checkWritableFile(label('summary-file'), get('summary-file'), settings.summaryFile);
  }
  return settings;
}

/** The `container*` inputs; null when `container` is empty (the command runs on the host). */
function parseContainer(raw: RawInputs, label: (name: InputName) => string): ContainerSettings | null {
  const image = raw.container?.trim() ?? '';
  if (image === '') return null;
  // An image reference: no whitespace, nothing an engine would read as an option.
  if (/\s/.test(image) || image.startsWith('-')) {
    throw new InputError(
      label('container'),
      raw.container ?? '',
      'an image reference such as node:22 or ghcr.io/org/image@sha256:…',
    );
  }
  return {
    image,
    options: splitContainerOptions(raw['container-options'] ?? ''),
    engine: parseEnum(label('container-engine'), valueOf(raw, 'container-engine') ?? '', [
      'auto',
      'docker',
      'podman',
    ] as const),
    pull: parseEnum(label('container-pull'), valueOf(raw, 'container-pull') ?? '', [
      'missing',
      'always',
      'never',
    ] as const),
  };
}
