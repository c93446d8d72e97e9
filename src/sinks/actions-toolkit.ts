// What steplog takes from @actions/core: its workflow commands (`::warning …::`), file commands
// (GITHUB_OUTPUT) and job summary, imported from the modules that hold them. The package's root
// module also loads its OIDC client, @actions/http-client and undici, ~70 ms of every cold start
// (58 more built-in modules: http, tls, zlib, worker_threads …) for an HTTP client a step runner
// never uses. The package's exports map only names its root, so tsconfig.json maps
// `@actions/core/lib/*` to the package's files; the functions below are the root module's own
// one-liners over those modules, with the same behaviour.
import { EOL } from 'node:os';
import type { AnnotationProperties } from '@actions/core';
import { issueCommand } from '@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '@actions/core/lib/utils.js';

export type { AnnotationProperties };
export { summary } from '@actions/core/lib/summary.js';

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), String(message));
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), String(message));
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), String(message));
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

/** Registers a value with the runner, which masks it in this and every later step's log. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** An error annotation, and the action's exit status 1. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT']) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  // An old runner without the output file: the deprecated command.
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}
