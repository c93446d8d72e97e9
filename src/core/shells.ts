// Shell templates as GitHub's `run:` defines them
// (https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell).
import { InputError } from './errors.js';
import type { ShellSpec } from './settings.js';

export const BUILTIN_SHELLS: Record<string, Omit<ShellSpec, 'name'>> = {
  bash: { template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
  sh: { template: 'sh -e {0}', extension: '.sh' },
  pwsh: { template: 'pwsh -command ". \'{0}\'"', extension: '.ps1' },
  powershell: { template: 'powershell -command ". \'{0}\'"', extension: '.ps1' },
  python: { template: 'python {0}', extension: '.py' },
  node: { template: 'node {0}', extension: '.js' },
  cmd: { template: '%ComSpec% /D /E:ON /V:OFF /S /C "CALL "{0}""', extension: '.cmd' },
};

/**
 * The default shell in a container, as GitHub's container steps choose it: bash when the image has
 * it, else sh. Which one only the image knows, so the script's first process decides.
 */
export const CONTAINER_DEFAULT_SHELL: ShellSpec = {
  name: 'bash, else sh',
  template:
    "sh -c \"if command -v bash >/dev/null 2>&1; then exec bash --noprofile --norc -eo pipefail '{0}'; fi; exec sh -e '{0}'\"",
  extension: '.sh',
};

const ACCEPTED = `one of ${Object.keys(BUILTIN_SHELLS).join(', ')}, or a command template containing {0} (e.g. "perl {0}")`;

export function parseShell(label: string, value: string): ShellSpec {
  const name = value.trim();
  const builtin = BUILTIN_SHELLS[name];
  if (builtin) return { name, ...builtin };
  if (!name.includes('{0}')) throw new InputError(label, value, ACCEPTED);
  const program = splitTemplate(name)[0];
  const extension = program && /(^|[/\\])(pwsh|powershell)(\.exe)?$/.test(program) ? '.ps1' : '';
  return { name, template: name, extension };
}

/**
 * Splits a template into argv the way the runner does for `run:` templates: on spaces, with double
 * quotes grouping (the quotes themselves removed).
 */
export function splitTemplate(template: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  let has = false;
  for (const ch of template.trim()) {
    if (ch === '"') {
      quoted = !quoted;
      has = true;
    } else if (/\s/.test(ch) && !quoted) {
      if (has) args.push(current);
      current = '';
      has = false;
    } else {
      current += ch;
      has = true;
    }
  }
  if (has) args.push(current);
  return args;
}

/** The argv to spawn: the template split into words, with `{0}` replaced by the script path. */
export function shellArgv(shell: ShellSpec, scriptPath: string): string[] {
  return splitTemplate(shell.template).map((arg) => arg.split('{0}').join(scriptPath));
}
