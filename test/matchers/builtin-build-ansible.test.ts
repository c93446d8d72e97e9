// The image-build and Ansible built-ins against real output (docker 28 client with dockerd 20.10's
// classic builder, podman 4.3, ansible-core 2.14) and BuildKit's documented format.
import { describe, expect, it } from 'vitest';
import { createMatcherEngine } from '../../src/matchers/engine.js';
import { notStartingWith } from '../../src/matchers/builtin/not-starting-with.js';
import type { ProblemMatcher } from '../../src/matchers/types.js';
import { annotate, loadBuiltin, sample, WORKSPACE } from './helpers.js';

describe('docker-build', () => {
  it('BuildKit: the `Dockerfile:N` block and `ERROR: failed to solve:` give an error at that line', async () => {
    expect(annotate(await loadBuiltin('docker-build'), sample('docker-build-buildkit.txt'))).toEqual([
      {
        level: 'error',
        message:
          'failed to solve: process "/bin/sh -c echo building &&     false" did not complete successfully: exit code: 1',
        file: 'Dockerfile',
        line: 4,
        source: 'docker-build',
      },
    ]);
  });

  it('BuildKit through buildx (`failed to build: failed to solve:`), a Dockerfile in a folder, a parse error', async () => {
    expect(annotate(await loadBuiltin('docker-build'), sample('docker-build-buildkit-parse.txt'))).toEqual([
      {
        level: 'error',
        message:
          'failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)',
        file: 'docker/Dockerfile.ci',
        line: 3,
        source: 'docker-build',
      },
    ]);
  });

  it('the classic builder prints no Dockerfile line: the annotation names the failing step', async () => {
    expect(annotate(await loadBuiltin('docker-build'), sample('docker-build-classic.txt'))).toEqual([
      {
        level: 'error',
        message: "The command '/bin/sh -c echo building &&     false' returned a non-zero code: 1",
        code: '4/5 : RUN echo building &&     false',
        source: 'docker-build-classic',
      },
    ]);
  });

  it('podman build: the failing STEP, no location', async () => {
    expect(annotate(await loadBuiltin('docker-build'), sample('podman-build.txt'))).toEqual([
      {
        level: 'error',
        message: 'building at STEP "RUN echo building &&     false": while running runtime: exit status 1',
        source: 'podman-build',
      },
    ]);
  });

  it('a `file:N` line not followed by the rules of a Dockerfile block makes nothing', async () => {
    const lines = [
      'localhost:8080',
      'ERROR: failed to solve: something',
      'Dockerfile:3',
      'hello',
      '--------------------',
    ];
    expect(annotate(await loadBuiltin('docker-build'), lines)).toEqual([]);
  });
});

describe('ansible', () => {
  it('a playbook: the failed task at its `task path:` line; the ignored failure and ok/changed/skipped make nothing', async () => {
    expect(annotate(await loadBuiltin('ansible'), sample('ansible-playbook.txt'))).toEqual([
      {
        level: 'error',
        message: expect.stringMatching(
          /^fatal: \[localhost\]: FAILED! => \{"changed": true, "cmd": \["false"\].*"rc": 1/,
        ),
        file: 'site.yml',
        line: 17,
        source: 'ansible-task',
      },
    ]);
  });

  it('failed loop items: one annotation per item, no location (Ansible prints no task path for items)', async () => {
    const found = annotate(await loadBuiltin('ansible'), sample('ansible-loop.txt'));
    expect(found.map((a) => [a.source, a.message.slice(0, 38), a.file])).toEqual([
      ['ansible', 'failed: [localhost] (item=false) => {"', undefined],
      ['ansible', 'failed: [localhost] (item=false) => {"', undefined],
    ]);
  });

  it('an unreachable host', async () => {
    const found = annotate(await loadBuiltin('ansible'), sample('ansible-unreachable.txt'));
    expect(found.map((a) => [a.level, a.message.slice(0, 45)])).toEqual([
      ['error', 'fatal: [unreachable.invalid]: UNREACHABLE! =>'],
    ]);
  });

  it('ERROR! with "The error appears to be in …": the playbook file, line and column', async () => {
    expect(annotate(await loadBuiltin('ansible'), sample('ansible-syntax.txt'))).toEqual([
      {
        level: 'error',
        message: 'We were unable to read either as JSON nor YAML, these are the errors we got from each:',
        file: 'broken.yml',
        line: 7,
        column: 8,
        source: 'ansible-error',
      },
    ]);
  });

  it('ad-hoc results: UNREACHABLE! and FAILED become annotations, SUCCESS does not', async () => {
    const found = annotate(await loadBuiltin('ansible'), sample('ansible-adhoc.txt'));
    expect(found.map((a) => a.message)).toEqual([
      'unreachable.invalid | UNREACHABLE!',
      'localhost | FAILED | rc=1',
      'localhost | FAILED!',
    ]);
  });

  it('`...ignoring` cancels the failure before it, also when it arrives in the next batch', async () => {
    const engine = createMatcherEngine(await loadBuiltin('ansible'), { workspace: WORKSPACE });
    const fatal = 'fatal: [web1]: FAILED! => {"msg": "x"}';
    expect(engine.matchBatch({ lines: ['TASK [t] ***', fatal], count: 2 })).toEqual([]);
    expect(engine.matchBatch({ lines: ['...ignoring', ''], count: 2 })).toEqual([]);
    expect(engine.matchBatch({ lines: [fatal], count: 1 })).toEqual([]);
    // A batch no matcher needs to see still settles the held failure.
    expect(engine.matchBatch({ lines: ['', 'PLAY RECAP ***'], count: 2 })).toEqual([
      { level: 'error', message: fatal, source: 'ansible' },
    ]);
    // A new attempt forgets a failure held at the end of the previous one.
    engine.matchLine(fatal);
    engine.reset();
    expect(engine.matchLine('next attempt')).toEqual([]);
  });
});

describe('unlessNext (built-ins only)', () => {
  const held: ProblemMatcher = {
    owner: 'held',
    unlessNext: '^skip$',
    pattern: [{ regexp: '^E (.+)$', message: 1 }],
  };

  it('reports a match on the next line unless that line matches; two held matches in a row both count', () => {
    expect(annotate([held], ['E one', 'x', 'E two', 'skip', 'E three', 'E four', 'y'])).toEqual([
      { level: 'error', message: 'one', source: 'held' },
      { level: 'error', message: 'three', source: 'held' },
      { level: 'error', message: 'four', source: 'held' },
    ]);
  });
});

describe('notStartingWith', () => {
  it('matches the lines that start with none of the prefixes', () => {
    const regexp = new RegExp(notStartingWith(['Step ', "The command '", 'S[x]']));
    const kept = ['', 'S', 'Ste', 'Steps', 'The', 'The commands', 'building', 'S[y]'];
    const excluded = ['Step 1/2 : RUN x', "The command 'x' returned", 'S[x] and more'];
    expect(kept.filter((line) => regexp.test(line))).toEqual(kept);
    expect(excluded.filter((line) => regexp.test(line))).toEqual([]);
  });
});
