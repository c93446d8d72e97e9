// What goes into a container besides the image: the variables by name, the folders mounted, the options.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolveSettings, type RawInputs } from '../../src/core/resolve-settings.js';
import { CONTAINER_DEFAULT_SHELL } from '../../src/core/shells.js';
import { containerEnvNames, githubFileFolders } from '../../src/container/environment.js';
import { splitContainerOptions } from '../../src/container/options.js';
import { containerRunArgv } from '../../src/container/run-argv.js';

describe('containerEnvNames', () => {
  it('passes the step’s variables by name, not the host’s own, steplog’s settings or the action’s inputs', () => {
    const env = {
      CI: 'true',
      GITHUB_SHA: 'abc',
      MY_SECRET: 's3cret',
      PATH: '/usr/bin',
      HOME: '/root',
      DOCKER_HOST: 'unix:///x.sock',
      STEPLOG_TIMEOUT: '5s',
      STEPLOG_EXECUTION_ID: 'id-1',
      'INPUT_GITHUB-TOKEN': 'ghp_x',
      INPUT_RUN: 'make',
      'NOT-A-NAME': 'x',
      UNSET: undefined,
    };
    expect(containerEnvNames(env)).toEqual(['CI', 'GITHUB_SHA', 'MY_SECRET', 'STEPLOG_EXECUTION_ID']);
  });
});

describe('githubFileFolders', () => {
  it('the folders of the runner’s file commands that are set, once each', () => {
    expect(
      githubFileFolders({
        GITHUB_OUTPUT: '/home/runner/work/_temp/_runner_file_commands/set_output_1',
        GITHUB_ENV: '/home/runner/work/_temp/_runner_file_commands/set_env_1',
        GITHUB_STEP_SUMMARY: '/home/runner/work/_temp/_runner_file_commands/step_summary_1',
        GITHUB_EVENT_PATH: '/home/runner/work/_temp/_github_workflow/event.json',
        GITHUB_PATH: 'relative/ignored',
      }),
    ).toEqual(['/home/runner/work/_temp/_github_workflow', '/home/runner/work/_temp/_runner_file_commands']);
  });
});

describe('splitContainerOptions', () => {
  it('splits like a command line, quotes grouping words', () => {
    expect(splitContainerOptions('--memory 512m\n--env "GREETING=hello world" --label \'a=b c\'')).toEqual([
      '--memory',
      '512m',
      '--env',
      'GREETING=hello world',
      '--label',
      'a=b c',
    ]);
  });
});

describe('containerRunArgv', () => {
  it('labels, cidfile, init, the workspace and script at the same paths, options before the image', () => {
    expect(
      containerRunArgv({
        image: 'node:22',
        executionId: 'e1',
        attempt: 2,
        cidfile: '/tmp/s/cid',
        workspace: '/w',
        cwd: '/elsewhere',
        scriptPath: '/tmp/s/script.sh',
        shellArgv: ['sh', '-e', '/tmp/s/script.sh'],
        envNames: ['CI'],
        mounts: ['/runner/files'],
        options: ['--memory', '1g'],
      }),
    ).toEqual([
      'run',
      '--init',
      '--cidfile',
      '/tmp/s/cid',
      '--label',
      'dev.steplog.execution-id=e1',
      '--label',
      'dev.steplog.attempt=2',
      '--volume',
      '/w:/w',
      '--volume',
      '/elsewhere:/elsewhere',
      '--workdir',
      '/elsewhere',
      '--volume',
      '/tmp/s:/tmp/s:ro',
      '--volume',
      '/runner/files:/runner/files',
      '--env',
      'CI',
      '--memory',
      '1g',
      '--entrypoint',
      'sh',
      'node:22',
      '-e',
      '/tmp/s/script.sh',
    ]);
  });
});

describe('the container inputs', () => {
  const resolve = (raw: RawInputs) =>
    resolveSettings({ run: 'make', ...raw }, { workspace: tmpdir(), label: (name) => `--${name}` });

  it('no container: nothing changes (the shell stays bash)', () => {
    const settings = resolve({});
    expect(settings.container).toBeUndefined();
    expect(settings.shell.name).toBe('bash');
  });

  it('an image: defaults auto and missing, options split, the default shell bash means bash when the image has it, else sh', () => {
    const settings = resolve({ container: 'node:22', 'container-options': '--memory 1g -e "A=b c"' });
    expect(settings.container).toEqual({
      image: 'node:22',
      options: ['--memory', '1g', '-e', 'A=b c'],
      engine: 'auto',
      pull: 'missing',
    });
    expect(settings.shell).toEqual(CONTAINER_DEFAULT_SHELL);
    expect(resolve({ container: 'node:22', shell: 'sh' }).shell.name).toBe('sh');
  });

  it('refuses a bad engine, pull policy or image, naming the input, the value and what is accepted', () => {
    expect(() => resolve({ container: 'node:22', 'container-engine': 'lxc' })).toThrow(
      /--container-engine.*lxc.*auto, docker, podman|--container-engine/,
    );
    expect(() => resolve({ container: 'node:22', 'container-pull': 'sometimes' })).toThrow(
      /--container-pull/,
    );
    expect(() => resolve({ container: '--privileged' })).toThrow(/--container.*an image reference/);
  });
});
