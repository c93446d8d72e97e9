// The include template read as GitLab reads it, and which inputs of steplog's table it leaves out
// (shared by the template test and the naming-rule test).
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { TEMPLATE } from './gcl.js';

/** Inputs of src/core/inputs.ts (beyond the GitHub-only ones) the template does not take, and why. */
export const NOT_IN_TEMPLATE: Record<string, string> = {
  'log-file': 'the job writes .steplog/steplog.jsonl, kept as an artifact',
  'junit-file': 'the job writes .steplog/junit.xml, its JUnit report',
  'codequality-file': 'the job writes .steplog/codequality.json, its Code Quality report',
  'summary-file': 'the job writes .steplog/summary.md',
  'workflow-commands': 'GitHub workflow commands mean nothing to GitLab',
};

/** The template's own inputs (how the job is made), not steplog settings. */
export const GITLAB_ONLY = ['stage', 'job-name', 'image', 'steplog-version', 'collapsed', 'output-prefix'];

export interface TemplateInputSpec {
  default?: string | number | boolean;
  description?: string;
  options?: string[];
  regex?: string;
  type?: string;
}

export type TemplateVariable = string | { value: string; expand: boolean };

export function readTemplate(): {
  source: string;
  documents: YAML.Document[];
  inputs: Record<string, TemplateInputSpec>;
  body: Record<string, Record<string, unknown>>;
  /** The hidden job's variables: how each input reaches steplog. */
  variables: Record<string, TemplateVariable>;
} {
  const source = readFileSync(TEMPLATE, 'utf8');
  // GitLab resolves YAML anchors and `<<` merge keys (the job below the hidden one uses them).
  const documents = YAML.parseAllDocuments(source, { merge: true }) as YAML.Document[];
  const header = documents[0].toJS() as { spec: { inputs: Record<string, TemplateInputSpec> } };
  const body = documents[1].toJS({ maxAliasCount: 100 }) as Record<string, Record<string, unknown>>;
  const hidden = body['.steplog'] as { variables: Record<string, TemplateVariable> };
  return { source, documents, inputs: header.spec.inputs, body, variables: hidden.variables };
}

/** The value a template variable is set to (`value:` of the long form). */
export function variableValue(variable: TemplateVariable | undefined): string | undefined {
  return typeof variable === 'object' ? variable.value : variable;
}
