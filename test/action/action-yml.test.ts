// action.yml is the action's contract: valid metadata, and the same inputs and outputs as the one
// constants module (src/core/inputs.ts) and the README.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { INPUTS, OUTPUTS } from '../../src/core/inputs.js';
import { ROOT, readActionYml } from './run-action.js';

const schema = JSON.parse(
  readFileSync(path.join(ROOT, 'test/fixtures/action/action-metadata.schema.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('action.yml', () => {
  const yml = readActionYml();

  it('is valid action metadata', () => {
    const valid = validate(yml);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects what GitHub rejects (so the check above can fail)', () => {
    expect(validate({ ...yml, runs: { using: 'node12', main: 'dist/index.js' } })).toBe(false);
    expect(validate({ ...yml, runs: { using: 'node24' } })).toBe(false);
    expect(validate({ ...yml, inputs: { 'bad name': { description: 'x' } } })).toBe(false);
    expect(validate({ ...yml, inputs: { run: { required: true } } })).toBe(false);
    expect(validate({ ...yml, branding: { color: 'pink' } })).toBe(false);
  });

  it('runs dist/index.js on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares every input of the table that the action takes, with its description and default', () => {
    // `run` is required unless the table offers `steps` as the alternative.
    const runRequired = !INPUTS.some((input) => input.name === 'steps');
    const expected = Object.fromEntries(
      INPUTS.filter((input) => input.scope !== 'cli').map((input) => [
        input.name,
        {
          description: input.description,
          required: input.name === 'run' && runRequired,
          ...(input.default === null ? {} : { default: input.default }),
        },
      ]),
    );
    expect(yml.inputs).toEqual(expected);
  });

  it('declares every output but summary-file, with the table description', () => {
    const expected = Object.fromEntries(
      Object.entries(OUTPUTS)
        .filter(([name]) => name !== 'summary-file')
        .map(([name, description]) => [name, { description }]),
    );
    expect(yml.outputs).toEqual(expected);
  });
});

/** The README's "GitHub Actions" section: its input and output tables must match action.yml. */
function githubActionsDocs(): { file: string; text: string } {
  const text = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = text.search(/^## GitHub Actions\s*$/m);
  if (start < 0) throw new Error('README.md has no "## GitHub Actions" section');
  const rest = text.slice(start + 1);
  const end = rest.search(/^## /m);
  return { file: 'README.md', text: end < 0 ? rest : rest.slice(0, end) };
}

/** Rows of the markdown table that follows `heading`: first cell (without backticks) → cells. */
function tableAfter(text: string, heading: RegExp): Map<string, string[]> {
  const at = text.search(heading);
  if (at < 0) throw new Error(`no heading ${heading}`);
  const rows = new Map<string, string[]>();
  const lines = text.slice(at).split('\n').slice(1);
  let inTable = false;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
    if (
      /^-+$/.test(cells[0].replace(/:/g, '')) ||
      cells[0].toLowerCase() === 'input' ||
      cells[0].toLowerCase() === 'output'
    )
      continue;
    rows.set(cells[0].replace(/`/g, '').replace(/\s*\(required\)$/, ''), cells);
  }
  return rows;
}

describe('the GitHub Actions docs', () => {
  const { file, text } = githubActionsDocs();
  const yml = readActionYml();

  it(`list every input of action.yml with its default (${file})`, () => {
    const rows = tableAfter(text, /^#+ Inputs\s*$/m);
    expect([...rows.keys()].sort()).toEqual(Object.keys(yml.inputs).sort());
    for (const [name, input] of Object.entries(yml.inputs)) {
      const defaultCell = rows.get(name)![1].replace(/`/g, '');
      expect(defaultCell, `default of ${name}`).toBe(input.default ?? '—');
    }
  });

  it(`list every output of action.yml (${file})`, () => {
    const rows = tableAfter(text, /^#+ Outputs\s*$/m);
    expect([...rows.keys()].sort()).toEqual(Object.keys(yml.outputs).sort());
  });

  it(`show a complete example that uses the action (${file})`, () => {
    expect(text).toMatch(/uses: \S+\/steplog@v\d/);
    expect(text).toMatch(/steps\.\w[\w-]*\.outputs\.status/);
  });
});
