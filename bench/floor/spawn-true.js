// Start-up floor of any Node runner: node:child_process runs `true` through bash, nothing else.
import { spawn } from 'node:child_process';

spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', 'true'], { stdio: 'ignore' });
