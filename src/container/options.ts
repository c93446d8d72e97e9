// `container-options`: extra `run` arguments, written as on a command line (quotes group words).
import stringArgv from 'string-argv';

export function splitContainerOptions(value: string): string[] {
  return stringArgv(value.replace(/\r?\n/g, ' '));
}
