// Reads any number of JSON-lines logs (files, or folders searched for *.jsonl) and validates every
// line against the published schema. A line that cannot be read is reported, never fatal.
import { createReadStream, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { LifecycleEvent } from '../core/events.js';
import type { ExecutionRecord } from '../core/record.js';
import { createEventValidator } from './validate.js';

export interface LogProblem {
  file: string;
  /** 1-based line number; 0 when the whole file could not be read. */
  line: number;
  message: string;
}

export interface LogReadResult {
  /** The final record of every execution that ended, with the log file it came from, in the order found. */
  records: { record: ExecutionRecord; file: string }[];
  /** Executions that started but have no `end` event (steplog was killed, or the log is cut). */
  unfinished: { id: string; name: string; file: string }[];
  problems: LogProblem[];
  files: number;
  lines: number;
}

export async function readLogs(paths: readonly string[]): Promise<LogReadResult> {
  const validate = createEventValidator();
  const result: LogReadResult = { records: [], unfinished: [], problems: [], files: 0, lines: 0 };
  const started = new Map<string, { id: string; name: string; file: string }>();
  const ended = new Set<string>();

  for (const file of await expand(paths, result.problems)) {
    result.files += 1;
    let lineNumber = 0;
    try {
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        lineNumber += 1;
        if (!line.trim()) continue;
        result.lines += 1;
        let event: LifecycleEvent;
        try {
          event = JSON.parse(line) as LifecycleEvent;
        } catch (error) {
          result.problems.push({ file, line: lineNumber, message: `not JSON: ${(error as Error).message}` });
          continue;
        }
        const invalid = validate(event);
        if (invalid) {
          result.problems.push({ file, line: lineNumber, message: invalid });
          continue;
        }
        const key = `${event.executionId}/${event.stepId ?? ''}`;
        if (event.type === 'start')
          started.set(key, { id: event.executionId, name: event.record.name, file });
        if (event.type === 'end' && !ended.has(key)) {
          ended.add(key);
          result.records.push({ record: event.record, file });
        }
      }
    } catch (error) {
      result.problems.push({ file, line: 0, message: (error as Error).message });
    }
  }
  for (const [key, info] of started) if (!ended.has(key)) result.unfinished.push(info);
  return result;
}

async function expand(paths: readonly string[], problems: LogProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(given).isDirectory();
    } catch {
      problems.push({ file: given, line: 0, message: 'no such file or directory' });
      continue;
    }
    if (!isDirectory) {
      files.push(given);
      continue;
    }
    const entries = await readdir(given, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    if (found.length === 0)
      problems.push({ file: given, line: 0, message: 'no *.jsonl files in this folder' });
    files.push(...found);
  }
  return files;
}
