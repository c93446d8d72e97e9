// Throughput floor of any Node runner of parallel steps: node:child_process starts the commands and
// copies each chunk of their stdout to its own stdout as it comes (backpressure honoured), nothing
// else: no lines, no prefixes, no tails, no matchers. Usage: node relay.js <command> [<command>…]
import { spawn } from 'node:child_process';

const waiting = new Set();
const resumeAll = () => {
  for (const readable of waiting) readable.resume();
  waiting.clear();
};
for (const command of process.argv.slice(2)) {
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', (chunk) => {
    if (process.stdout.write(chunk)) return;
    child.stdout.pause();
    if (waiting.size === 0) process.stdout.once('drain', resumeAll);
    waiting.add(child.stdout);
  });
}
