// Start-up floor of the mandated executor: what a bundle that only loads execa and runs `true`
// through bash (as steplog runs a script) costs. The bench bundles it with ncc like dist/.
import module from 'node:module';

module.enableCompileCache?.();
const { execa } = await import('execa');
await execa('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', 'true'], { stdin: 'ignore' });
