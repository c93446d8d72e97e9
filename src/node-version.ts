// The oldest Node steplog runs on (package.json engines): execa 10 and the ES2024 Set methods it
// uses need 22.12. An older node would fail with a TypeError deep inside a dependency, so the CLI
// says what is wrong instead.
export const MINIMUM_NODE = '22.12.0';

/** The error to print when `version` (e.g. `v20.20.2`) is older than MINIMUM_NODE, else null. */
export function unsupportedNode(version: string): string | null {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return `steplog: Node.js >= ${MINIMUM_NODE} is required; this is ${version}`;
}
