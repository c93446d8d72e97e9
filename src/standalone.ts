// Entry of the standalone executable (a Node.js single executable application): the CLI bundled
// into one CommonJS file, since the embedded Node runs one script and cannot import() files. Its
// Node version is the embedded one, and its V8 flags come from the executable's configuration
// (scripts/build-binary.ts).
import { runCliProcess } from './cli/run-process.js';
import { tuneHeapForOutput } from './runtime-tuning.js';

tuneHeapForOutput();
void runCliProcess();
