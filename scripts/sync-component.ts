// `npm run sync:component`: writes the GitLab CI/CD catalog component templates/steplog.yml from
// .gitlab-ci-template.yml, the one source of both. The component is the same file (same spec:inputs,
// same jobs) with a header saying how to include it as a component. A test fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const TEMPLATE_FILE = path.join(root, '.gitlab-ci-template.yml');
export const COMPONENT_FILE = path.join(root, 'templates', 'steplog.yml');
export const SYNC_COMMAND = 'npm run sync:component';

// The include example in the template's header comment: `#   include:` and its indented lines.
const INCLUDE_EXAMPLE = /^# {3}include:\n(?:# {4,}.*\n)+/m;

/** The component's text for a given template text. */
export function componentFrom(template: string): string {
  const example = INCLUDE_EXAMPLE.exec(template);
  if (!example) throw new Error(`${TEMPLATE_FILE}: no "#   include:" example in its header comment`);
  const inputs = example[0]
    .split('\n')
    .slice(example[0].split('\n').findIndex((line) => /^# +inputs:$/.test(line)))
    .join('\n');
  const componentExample = [
    '#   include:',
    '#     - component: $CI_SERVER_FQDN/<group>/steplog/steplog@<version>',
    inputs,
  ].join('\n');
  return (
    `# Generated from .gitlab-ci-template.yml by \`${SYNC_COMMAND}\`: edit that file, not this one.\n` +
    '# The GitLab CI/CD catalog component of steplog (a GitLab mirror of the repository publishes it).\n' +
    template.replace(INCLUDE_EXAMPLE, componentExample)
  );
}

if (import.meta.main) {
  writeFileSync(COMPONENT_FILE, componentFrom(readFileSync(TEMPLATE_FILE, 'utf8')));
  process.stderr.write(`wrote ${path.relative(root, COMPONENT_FILE)}\n`);
}
