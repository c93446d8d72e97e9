// The annotation commands a tool prints on purpose: `::error file=…,line=…,col=…,title=…::message`,
// `::warning …::`, `::notice …::`. steplog stops the runner from reading commands in the output,
// so it reads these itself and re-emits them; every other command (add-mask, set-output …) stays
// inert text. A command starts the line after optional whitespace (the runner's TrimStart); its name
// is case-insensitive; the properties end at the first `::`.
import type { ProblemMatcher } from '../types.js';

/** `error` → `[Ee][Rr][Rr][Oo][Rr]`: matcher regexps take no flags. */
function anyCase(word: string): string {
  return [...word].map((char) => `[${char.toUpperCase()}${char}]`).join('');
}

const NAMES = ['error', 'warning', 'notice'].map(anyCase).join('|');

/** The owner of this matcher; left out when `workflow-commands: true` lets the runner annotate itself. */
export const WORKFLOW_COMMANDS_OWNER = 'workflow-commands';

export const workflowCommands: ProblemMatcher[] = [
  {
    owner: WORKFLOW_COMMANDS_OWNER,
    pattern: [
      {
        regexp: String.raw`^\s*::(${NAMES})(?: ([\s\S]*?))?::([\s\S]*)$`,
        contains: '::',
        severity: 1,
        properties: 2,
        message: 3,
      },
    ],
  },
];
