// Report files (summary, dotenv, JUnit, Code Quality …) are written whole through a temporary file
// and a rename, into a folder created when missing, so an artifact upload never picks up half a file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
