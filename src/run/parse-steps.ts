// The `steps` input: a YAML list of commands run in one steplog invocation, each with its own
// settings inheriting the top-level ones.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError, messageOf } from '../core/errors.js';
import type { InputName } from '../core/inputs.js';
import type { StepSettings } from '../core/settings.js';
import { resolveSettings, type RawInputs, type ResolveContext } from '../core/resolve-settings.js';

/** Keys a step may set; everything else about a run (summary, log file, masks …) is shared. */
export const STEP_KEYS = [
  'name',
  'run',
  'shell',
  'working-directory',
  'timeout',
  'idle-timeout',
  'kill-after',
  'kill-signal',
  'max-attempts',
  'retry-on',
  'retry-on-exit-codes',
  'retry-delay',
  'retry-backoff',
  'retry-on-output',
  'abort-on-output',
  'total-timeout',
  'on-retry',
  'background',
  'success-codes',
  'container',
  'container-options',
  'container-engine',
  'container-pull',
] as const satisfies readonly InputName[];

export interface StepDefinition {
  /** Unique, from the name: `lint`, `unit-tests`, `unit-tests-2`. */
  id: string;
  settings: StepSettings;
}

export function parseSteps(
  text: string,
  label: string,
  shared: RawInputs,
  context: Omit<ResolveContext, 'env' | 'label'> & { label: (name: InputName) => string },
  /** How to name the value in errors: the file it came from, else its first line. */
  source: string = firstLine(text),
): StepDefinition[] {
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    throw new InputError(label, source, `a YAML list of steps (${messageOf(error).split('\n')[0]})`);
  }
  // A file may name its list, as a workflow does: `steps:` holding it, and nothing else.
  const list =
    isMapping(parsed) && Object.keys(parsed).length === 1 && 'steps' in parsed ? parsed.steps : parsed;
  if (!Array.isArray(list) || list.length === 0) {
    throw new InputError(
      label,
      source,
      `a non-empty YAML list of steps, each with at least \`run\` (or a mapping with only \`steps:\` holding that list); found ${describeYaml(parsed)}`,
    );
  }
  const ids = new Set<string>();
  const names = new Map<string, number>();
  return list.map((item: unknown, index) => {
    const where = `${label} step ${index + 1}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new InputError(where, JSON.stringify(item) ?? String(item), 'a mapping with at least `run`');
    }
    const raw: RawInputs = { ...shared, name: undefined, run: undefined };
    let env: Record<string, string> = {};
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (key === 'env') {
        env = parseEnvMapping(`${where} env`, value);
        continue;
      }
      if (!(STEP_KEYS as readonly string[]).includes(key)) {
        throw new InputError(`${where} key`, key, `one of ${[...STEP_KEYS, 'env'].join(', ')}`);
      }
      // Patterns may be a YAML list as well as lines of one string.
      if ((key === 'retry-on-output' || key === 'abort-on-output') && Array.isArray(value)) {
        if (value.some((line) => line === null || typeof line === 'object')) {
          throw new InputError(`${where} ${key}`, JSON.stringify(value), 'a list of regular expressions');
        }
        raw[key] = value.map(String).join('\n');
        continue;
      }
      if (value === null || typeof value === 'object') {
        throw new InputError(`${where} ${key}`, JSON.stringify(value), 'a string or a number');
      }
      raw[key as InputName] = String(value);
    }
    const settings = resolveSettings(raw, {
      ...context,
      env,
      label: (name) => `${where} ${name} (${context.label(name)})`,
    });
    // Two steps of one name could not be told apart in the log, the summary or the reports.
    const earlier = names.get(settings.name);
    if (earlier !== undefined) {
      throw new InputError(
        `${where} name`,
        settings.name,
        `a name no other step has (step ${earlier} has it)`,
      );
    }
    names.set(settings.name, index + 1);
    return { id: uniqueId(settings.name, ids), settings };
  });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What a YAML document turned out to be, for the error that says it is not a list of steps. */
function describeYaml(value: unknown): string {
  if (value === null || value === undefined) return 'an empty document';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (isMapping(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty mapping';
    if (keys.length === 1 && keys[0] === 'steps') {
      return `a mapping whose \`steps\` is ${describeYaml(value.steps)}`;
    }
    const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
    return `a mapping with ${keys.length === 1 ? 'key' : 'keys'} ${shown}`;
  }
  if (typeof value === 'string') return 'a single string';
  return `a ${typeof value} (${String(value)})`;
}

function parseEnvMapping(label: string, value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(label, JSON.stringify(value), 'a mapping of variable names to values');
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, v === null ? '' : String(v)]),
  );
}

function uniqueId(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'step';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/**
 * The CLI flag takes a file or the YAML itself; the action input and STEPLOG_STEPS the YAML. A value
 * on several lines, or starting like a YAML list, is YAML; `-` is stdin; anything else is a path.
 */
export function readStepsText(value: string, label: string, cwd: string): { text: string; source?: string } {
  const text = value.trim();
  // `-`: the YAML comes on stdin (`generate-steps | steplog run --steps -`).
  if (text === '-') {
    try {
      return { text: readFileSync(0, 'utf8'), source: 'stdin' };
    } catch (error) {
      throw new InputError(label, value, `a YAML list of steps on stdin (${messageOf(error)})`);
    }
  }
  if (text.includes('\n') || text.startsWith('-') || text.startsWith('[')) return { text: value };
  try {
    return { text: readFileSync(path.resolve(cwd, text), 'utf8'), source: text };
  } catch (error) {
    throw new InputError(label, value, `a YAML list of steps or a readable file (${messageOf(error)})`);
  }
}
