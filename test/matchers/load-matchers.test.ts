// The `matchers` input: built-in names, `builtin`, `none`, and matcher files relative to the workspace.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { BUILTIN_MATCHER_NAMES, BUILTIN_MATCHERS } from '../../src/matchers/builtin/index.js';
import { loadMatchers } from '../../src/matchers/load-matchers.js';
import { MatcherFileError } from '../../src/matchers/parse-matcher-file.js';
import { annotate } from './helpers.js';

let workspace: string;
const load = (...specs: string[]) => loadMatchers(specs, { workspace, label: 'matchers' });

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'steplog-matchers-'));
  await mkdir(path.join(workspace, '.github'));
  const own = {
    problemMatcher: [
      { owner: 'GCC', severity: 'warning', pattern: [{ regexp: '^mine: (.+)$', message: 1 }] },
      { owner: 'extra', pattern: [{ regexp: '^extra: (.+)$', message: 1 }] },
    ],
  };
  await writeFile(path.join(workspace, '.github', 'own.json'), JSON.stringify(own));
  await writeFile(
    path.join(workspace, 'broken.json'),
    '{"problemMatcher": [{"owner": "b", "pattern": [{}]}]}',
  );
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('loadMatchers', () => {
  it('a built-in name loads that built-in', async () => {
    expect(await load('tsc')).toEqual(BUILTIN_MATCHERS.tsc);
    expect((await load('go')).map((m) => m.owner)).toEqual(['go', 'go-test', 'go-test-verbose']);
  });

  it('`builtin` loads every built-in, workflow commands first', async () => {
    const owners = (await load('builtin')).map((m) => m.owner);
    expect(owners[0]).toBe('workflow-commands');
    expect(owners).toEqual(
      BUILTIN_MATCHER_NAMES.flatMap((name) => BUILTIN_MATCHERS[name].map((m) => m.owner)),
    );
    expect(owners).toHaveLength(new Set(owners).size);
  });

  it('`none` means no matchers at all, and cannot be combined', async () => {
    expect(await load('none')).toEqual([]);
    expect(await load(' none ', '')).toEqual([]);
    const error = await failure(load('none', 'gcc'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Invalid matchers: "none, gcc". Expected none on its own');
  });

  it('blank entries are ignored; an empty list loads nothing', async () => {
    expect((await load('', '  ', 'gcc')).map((m) => m.owner)).toEqual(['gcc']);
    expect(await load()).toEqual([]);
  });

  it('a file relative to the workspace (or absolute); a later owner replaces an earlier one, ignoring case', async () => {
    const matchers = await load('builtin', '.github/own.json');
    const owners = matchers.map((m) => m.owner);
    expect(owners).not.toContain('gcc');
    expect(owners.slice(-2)).toEqual(['GCC', 'extra']);
    expect(annotate(matchers, ['mine: x', 'a.c:1:2: error: y']).map((a) => [a.source, a.level])).toEqual([
      ['GCC', 'warning'],
    ]);
    expect((await load(path.join(workspace, '.github', 'own.json'))).map((m) => m.owner)).toEqual([
      'GCC',
      'extra',
    ]);
  });

  it('an unknown name or a missing file names the input, the value and the accepted names', async () => {
    const error = await failure(load('gcc', 'eslint'));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitStatus).toBe(125);
    expect(error.message).toContain('Invalid matchers: "eslint". Expected a built-in matcher (');
    expect(error.message).toContain(
      'workflow-commands, gcc, tsc, eslint-compact, eslint-stylish, python, pytest, go',
    );
    expect(error.message).toContain(
      `no such built-in matcher, and no file at ${path.join(workspace, 'eslint')}`,
    );
    const label = await failure(loadMatchers(['.github/missing.json'], { workspace, label: '--matchers' }));
    expect(label.message).toMatch(/^Invalid --matchers: "\.github\/missing\.json"\./);
  });

  it('a directory is not a matcher file', async () => {
    const error = await failure(load('.github'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(`${path.join(workspace, '.github')} is a directory`);
  });

  it('an invalid file is refused with the path as given and what is wrong', async () => {
    const error = await failure(load('broken.json'));
    expect(error).toBeInstanceOf(MatcherFileError);
    expect(error.message).toContain('Invalid matchers: "broken.json": pattern 1 of owner b has no regexp.');
  });
});
