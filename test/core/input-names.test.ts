// One naming rule for every setting: the action input's name is canonical; the CLI flag is
// `--<name>` and the variable `STEPLOG_<NAME>` (upper case, `-` → `_`); the GitLab template's input
// has the same name and reaches steplog as that variable. Checked for every input of the table, so
// a new input cannot break the rule.
import { describe, expect, it } from 'vitest';
import { INPUTS, envNameOf } from '../../src/core/inputs.js';
import { KNOWN_VARIABLES, SETTING_VARIABLES } from '../../src/cli/setting-variables.js';
import { STEP_KEYS } from '../../src/run/parse-steps.js';
import { readActionYml } from '../action/run-action.js';
import { GITLAB_ONLY, NOT_IN_TEMPLATE, readTemplate, variableValue } from '../gitlab/template-inputs.js';

const actionInputs = readActionYml().inputs;
const template = readTemplate();

describe('the naming rule', () => {
  it('envNameOf upper-cases the name and turns - into _', () => {
    expect(envNameOf('working-directory')).toBe('STEPLOG_WORKING_DIRECTORY');
    expect(envNameOf('retry-on-exit-codes')).toBe('STEPLOG_RETRY_ON_EXIT_CODES');
  });

  it.each(INPUTS.map((input) => [input.name, input] as const))('%s', (name, input) => {
    expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    // The CLI flag is the name; the variable is read as a setting by the CLI.
    if (input.flag !== null) {
      expect(input.flag).toBe(`--${name}`);
      expect(SETTING_VARIABLES).toContain(envNameOf(name));
    } else {
      expect(input.scope).toBe('github');
    }
    // The action takes every input that is not the CLI's alone, under the same name.
    expect(name in actionInputs).toBe(input.scope !== 'cli');
    // The template takes every setting GitLab can use, under the same name, as STEPLOG_<NAME>.
    const inTemplate = input.scope !== 'github' && !(name in NOT_IN_TEMPLATE);
    expect(name in template.inputs).toBe(inTemplate);
    if (inTemplate) expect(variableValue(template.variables[envNameOf(name)])).toBe(`$[[ inputs.${name} ]]`);
  });

  it('an alias is another flag spelling, no input’s name, and its variable is not read', () => {
    const names = new Set<string>(INPUTS.map((input) => input.name));
    const aliases = INPUTS.flatMap((input) => ('alias' in input && input.alias ? [input.alias] : []));
    expect(aliases).toEqual(['--cwd', '--matcher']);
    for (const alias of aliases) {
      expect(alias).toMatch(/^--[a-z][a-z0-9-]*$/);
      expect(names.has(alias.slice(2))).toBe(false);
      expect(KNOWN_VARIABLES.has(envNameOf(alias.slice(2)))).toBe(false);
    }
  });

  it('the keys of a step that `steps` documents (action.yml, --help) are the inputs’ names', () => {
    const steps = INPUTS.find((input) => input.name === 'steps')!;
    const keys = /\{([^}]*)\}/
      .exec(steps.description)![1]
      .split(', ')
      .filter((key) => key !== '…');
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect([...STEP_KEYS, 'env'], key).toContain(key);
    for (const key of STEP_KEYS) expect(INPUTS.map((input) => input.name)).toContain(key);
  });

  it('every variable the template sets from an input is named after it', () => {
    for (const [variable, setting] of Object.entries(template.variables)) {
      const input = /^\$\[\[ inputs\.([a-z-]+) \]\]$/.exec(variableValue(setting) ?? '')?.[1];
      if (input === undefined) continue;
      expect(variable).toBe(envNameOf(input));
      // …and is one steplog reads (the template's job-level inputs are not variables).
      expect(SETTING_VARIABLES, variable).toContain(variable);
    }
    for (const name of GITLAB_ONLY) expect(name in template.inputs, name).toBe(true);
  });
});
