// @actions/core's workflow-command and file-command writers, imported from its implementation
// files instead of its root module. The root module imports core's OIDC client, which pulls undici
// into the bundle: about 1 MB, and on its own twice `node -e 0`'s start-up, for a feature steplog
// never uses. Formatting, escaping (escapeData/escapeProperty) and the random heredoc delimiter are
// core's own code; only core.ts's few-line wrappers are repeated here, unchanged in behaviour
// (test/action/github-commands.test.ts compares them with the root module's byte for byte).
// The package's `exports` map only exposes its root, hence the paths through node_modules.
import { EOL } from 'node:os';
import type { AnnotationProperties } from '@actions/core';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import {
  issueFileCommand,
  prepareKeyValueMessage,
} from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';

export { summary } from '../../node_modules/@actions/core/lib/summary.js';
export type { AnnotationProperties };

/** `::add-mask::value`: the runner masks the value (and each of its lines) from then on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** A step output through GITHUB_OUTPUT (random heredoc delimiter); `::set-output` when it is unset. */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

/** Fails the step: exit code 1 (the caller may set another non-zero one) and an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
