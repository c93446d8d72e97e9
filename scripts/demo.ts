// `npm run demo`: runs the CLI bundle on a real (flaky) example and shows the three things steplog
// leaves behind: the live log, the markdown summary and the JSON-lines log.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'steplog-demo-'));
const summary = path.join(dir, 'summary.md');
const log = path.join(dir, 'steplog.jsonl');

const banner = (title: string) => console.log(`\n\x1b[1m━━ ${title} ━━\x1b[0m`);

banner(
  'live log: steplog run --max-attempts 3 --timeout 30s --working-directory examples -- ./flaky-build.sh',
);
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'dist/cli/index.js'),
    'run',
    '--platform=local',
    '--name=demo build',
    '--max-attempts=3',
    '--retry-delay=200ms',
    '--timeout=30s',
    `--working-directory=${path.join(root, 'examples')}`,
    '--mask=hunter2-demo-token',
    `--summary-file=${summary}`,
    `--log-file=${log}`,
    '--',
    './flaky-build.sh',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DEMO_STATE: path.join(dir, 'attempts'), DEMO_TOKEN: 'hunter2-demo-token' },
  },
);
console.log(`(exit status ${result.status})`);

banner(`summary (${summary})`);
console.log(readFileSync(summary, 'utf8'));

banner(`JSON-lines log (${log})`);
for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
  const event = JSON.parse(line) as { seq: number; type: string; record?: { status: string } };
  console.log(
    `${event.seq} ${event.type}${event.record ? ` (status ${event.record.status})` : ''}  ${line.length} bytes`,
  );
}
process.exitCode = result.status ?? 1;
