// The release notes of one version, taken from CHANGELOG.md (Keep a Changelog): the body of its
// `## [x.y.z]` section. The release workflow runs `node scripts/changelog.ts <version>`; it fails,
// naming the version, when the changelog has no section (or an empty one) for it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The versions of CHANGELOG.md's sections, newest first (`Unreleased` excluded). */
export function releasedVersions(changelog: string): string[] {
  return [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\]/gm)].map((match) => match[1]);
}

/** The body of the section of `version`, trimmed; undefined when there is none. */
export function releaseNotes(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  return body === '' ? undefined : body;
}

if (import.meta.main) {
  const version = (process.argv[2] ?? '').replace(/^v/, '');
  const file = path.resolve(import.meta.dirname, '..', 'CHANGELOG.md');
  const notes = releaseNotes(readFileSync(file, 'utf8'), version);
  if (notes === undefined) {
    console.error(
      `CHANGELOG.md has no notes for version "${version}": add a "## [${version}] - <date>" section.`,
    );
    process.exit(1);
  }
  console.log(notes);
}
