// What the package promises about itself: the test command tests the source, the npm package holds
// what users run and read (and nothing of the tests), and the license and changelog agree with
// package.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { releasedVersions, releaseNotes } from '../../scripts/changelog.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  license: string;
  scripts: Record<string, string>;
};

describe('npm test', () => {
  it('builds the bundles before it runs the tests, so dist/ cannot be older than src/', () => {
    expect(pkg.scripts.test).toMatch(/^npm run -s build && vitest run$/);
  });
});

describe('the npm package (npm pack --dry-run)', () => {
  let packed: string[];
  beforeAll(() => {
    const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    packed = (JSON.parse(json) as { files: { path: string }[] }[])[0].files.map((file) => file.path);
  }, 60_000);

  it('holds the bundles, the schema, the action, the templates and the documents', () => {
    const expected = [
      'dist/index.js',
      'dist/cli/index.js',
      'dist/licenses.txt',
      'dist/cli/licenses.txt',
      'schema/v1/event.schema.json',
      'schema/v1/record.schema.json',
      'action.yml',
      '.gitlab-ci-template.yml',
      'README.md',
      'CHANGELOG.md',
      'SECURITY.md',
      'LICENSE',
      'package.json',
    ];
    // The GitLab CI/CD catalog component(s), when the repository has them.
    if (existsSync(path.join(ROOT, 'templates'))) {
      for (const file of readdirSync(path.join(ROOT, 'templates'), {
        recursive: true,
        withFileTypes: true,
      })) {
        if (file.isFile()) expected.push(path.relative(ROOT, path.join(file.parentPath, file.name)));
      }
    }
    expect(packed).toEqual(expect.arrayContaining(expected));
  });

  it('holds no sources, tests, fixtures, benchmarks or build outputs of other kinds', () => {
    const allowed =
      /^(dist\/|schema\/|templates\/|action\.yml$|\.gitlab-ci-template\.yml$|(README|CHANGELOG|SECURITY)\.md$|LICENSE$|package\.json$)/;
    expect(packed.filter((file) => !allowed.test(file))).toEqual([]);
    expect(
      packed.filter((file) => /(^|\/)(test|fixtures?|__tests__)\//.test(file) || /\.test\./.test(file)),
    ).toEqual([]);
  });
});

describe('LICENSE and CHANGELOG.md', () => {
  it('LICENSE is the license package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it("the changelog's newest release is package.json's version, with notes", () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(releasedVersions(changelog)[0]).toBe(pkg.version);
    expect(changelog).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
    expect(releaseNotes(changelog, pkg.version)).toMatch(/^\S/);
  });

  it('release notes are the body of one version section, and a missing version has none', () => {
    const changelog =
      '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.1.0] - 2026-01-02\n\n### Fixed\n\n- b\n\n## [1.0.0] - 2026-01-01\n\n- a\n';
    expect(releasedVersions(changelog)).toEqual(['1.1.0', '1.0.0']);
    expect(releaseNotes(changelog, '1.1.0')).toBe('### Fixed\n\n- b');
    expect(releaseNotes(changelog, '1.0.0')).toBe('- a');
    expect(releaseNotes(changelog, '1.0')).toBeUndefined();
    expect(releaseNotes(changelog, '2.0.0')).toBeUndefined();
  });
});
