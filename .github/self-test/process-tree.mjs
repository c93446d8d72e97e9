// A process tree that does not go away on its own: this process starts a child, the child a
// grandchild; the two descendants ignore SIGTERM (where the OS has it) and, if still alive after
// 20 s, write the marker file named by the first argument (in RUNNER_TEMP when that is set). Used
// by the self-test workflow: once steplog has ended the step, the marker must never appear.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setInterval } from 'node:timers';

const [name, depth = '0'] = process.argv.slice(2);
if (!name) throw new Error('usage: node process-tree.mjs <marker file>');
const marker = path.resolve(process.env.RUNNER_TEMP ?? '.', name);

if (Number(depth) < 2) {
  spawn(process.execPath, [import.meta.filename, marker, String(Number(depth) + 1)], { stdio: 'inherit' });
}
if (depth !== '0') {
  process.on('SIGTERM', () => console.log(`level ${depth} ignores SIGTERM`));
  setTimeout(() => writeFileSync(marker, `level ${depth} survived\n`), 20_000);
}
console.log(`level ${depth} running as pid ${process.pid}`);
setInterval(() => {}, 1000);
