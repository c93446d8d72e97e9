// An independent, small port of what the GitHub runner does with an action's output, to judge
// steplog the way the runner would (actions/runner: src/Runner.Common/ActionCommand.cs,
// src/Runner.Worker/ActionCommandManager.cs, src/Runner.Worker/FileCommandManager.cs,
// src/Runner.Sdk/ProcessInvoker.cs). Written from those sources' behaviour, not from steplog's code.

/** Commands the runner registers (command extensions + stop-commands); names are case-insensitive. */
export const RUNNER_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
] as const;

export interface ActionCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** The raw line, for messages. */
  line: string;
}

const unescape = (value: string, pairs: [string, string][]) =>
  pairs.reduce((text, [escaped, plain]) => text.split(escaped).join(plain), value);
// `%25` is decoded last, as the runner's mapping lists do.
const DATA: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const LEGACY: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

class Registry {
  private names = new Set<string>(RUNNER_COMMANDS.map((c) => c.toLowerCase()));
  has(name: string) {
    return this.names.has(name.toLowerCase());
  }
  add(name: string) {
    this.names.add(name.toLowerCase());
  }
  delete(name: string) {
    this.names.delete(name.toLowerCase());
  }
}

/** `::name k=v,k=v::data`, after trimming leading whitespace (TryParseV2). */
function parseV2(message: string, registry: Registry): ActionCommand | null {
  const line = message.trimStart();
  if (!line.startsWith('::')) return null;
  const end = line.indexOf('::', 2);
  if (end < 0) return null;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registry.has(command)) return null;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = part.indexOf('=');
      if (eq > 0 && eq < part.length - 1)
        properties[part.slice(0, eq)] = unescape(part.slice(eq + 1), PROPERTY);
    }
  }
  return { command, properties, data: unescape(line.slice(end + 2), DATA), line: message };
}

/** `##[name k=v;k=v]data` found anywhere in the line (TryParse, the legacy format). */
function parseLegacy(message: string, registry: Registry): ActionCommand | null {
  const prefix = message.indexOf('##[');
  if (prefix < 0) return null;
  const close = message.indexOf(']', prefix);
  if (close < 0) return null;
  const info = message.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registry.has(command)) return null;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = part.indexOf('=');
      if (eq > 0 && eq < part.length - 1)
        properties[part.slice(0, eq)] = unescape(part.slice(eq + 1), LEGACY);
    }
  }
  return { command, properties, data: unescape(message.slice(close + 1), LEGACY), line: message };
}

/** The runner's view of one step: every command it processed, and what it printed verbatim. */
export interface RunnerView {
  /** Commands processed (not the stop/resume pair itself). */
  commands: ActionCommand[];
  /** How often commands were stopped and resumed. */
  stops: number;
  resumes: number;
  /** Whether commands were still stopped at the end. */
  stoppedAtEnd: boolean;
  /**
   * Lines the runner would print in the log (commands that are not echoed are left out). A group
   * command prints `##[group]<title>` / `##[endgroup]`, the markers the log viewer folds on.
   */
  printed: string[];
  /** Commands the runner refused with an error (invalid stop token). */
  failures: string[];
}

/** The shared command manager of one step (one for stdout and stderr). */
export class CommandProcessor {
  private registry = new Registry();
  private stopToken: string | null = null;
  readonly view: RunnerView = {
    commands: [],
    stops: 0,
    resumes: 0,
    stoppedAtEnd: false,
    printed: [],
    failures: [],
  };

  processLine(line: string): void {
    const command = parseV2(line, this.registry) ?? parseLegacy(line, this.registry);
    if (!command) {
      this.view.printed.push(line);
      return;
    }
    if (this.stopToken !== null) {
      if (command.command.toLowerCase() === this.stopToken.toLowerCase()) {
        this.registry.delete(this.stopToken);
        this.stopToken = null;
        this.view.resumes += 1;
      }
      // Stopped: the line is printed as it is, command or not.
      this.view.printed.push(line);
      this.view.stoppedAtEnd = this.stopToken !== null;
      return;
    }
    if (command.command.toLowerCase() === 'stop-commands') {
      const token = command.data;
      // Since runner e89d2e84: an empty token, `pause-logging` or a command name is refused.
      if (!token || token.toLowerCase() === 'pause-logging' || this.registry.has(token)) {
        this.view.failures.push(line);
        return;
      }
      this.stopToken = token;
      this.registry.add(token);
      this.view.stops += 1;
      this.view.stoppedAtEnd = true;
      this.view.printed.push(line);
      return;
    }
    this.view.commands.push(command);
    // GroupCommandExtension / EndGroupCommandExtension: the marker line, which the viewer folds on.
    const name = command.command.toLowerCase();
    if (name === 'group') this.view.printed.push(`##[group]${command.data}`);
    if (name === 'endgroup') this.view.printed.push('##[endgroup]');
  }
}

/** What the log viewer shows: lines, and folds (a title and the lines folded under it). */
export type LogEntry = string | { group: string; lines: string[] };

/**
 * The printed lines as GitHub's log viewer folds them. Groups have one level: a `##[group]` while
 * one is open starts a new fold (the open one ends there), and a `##[endgroup]` with none open is
 * not shown.
 */
export function foldLog(printed: readonly string[]): LogEntry[] {
  const entries: LogEntry[] = [];
  let open: { group: string; lines: string[] } | null = null;
  for (const line of printed) {
    if (line.startsWith('##[group]')) {
      open = { group: line.slice('##[group]'.length), lines: [] };
      entries.push(open);
    } else if (line === '##[endgroup]') {
      open = null;
    } else if (open) {
      open.lines.push(line);
    } else {
      entries.push(line);
    }
  }
  return entries;
}

/** Splits like .NET's StreamReader.ReadLine: `\r\n`, `\r` or `\n` end a line. */
export function readLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (/[\r\n]$/.test(text)) lines.pop();
  return lines;
}

export type BatchOrder = 'stderr-first' | 'stdout-first' | 'arrival';

export interface CapturedChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

/**
 * Replays a step's output through one command manager. `stderr-first` is the worst case of the
 * runner's batching (ProcessInvoker drains a batch's stderr lines before its stdout lines: here
 * all output is one batch); `stdout-first` the opposite; `arrival` the order the chunks came in.
 */
export function replayRunner(chunks: readonly CapturedChunk[], order: BatchOrder): RunnerView {
  const processor = new CommandProcessor();
  const text = (stream: 'stdout' | 'stderr') =>
    chunks
      .filter((c) => c.stream === stream)
      .map((c) => c.text)
      .join('');
  if (order === 'arrival') {
    // Lines complete as they arrive on each stream; a line is processed once its end arrived.
    const pending = { stdout: '', stderr: '' };
    for (const chunk of chunks) {
      pending[chunk.stream] += chunk.text;
      const lastBreak = Math.max(
        pending[chunk.stream].lastIndexOf('\n'),
        pending[chunk.stream].lastIndexOf('\r'),
      );
      if (lastBreak < 0) continue;
      for (const line of readLines(pending[chunk.stream].slice(0, lastBreak + 1)))
        processor.processLine(line);
      pending[chunk.stream] = pending[chunk.stream].slice(lastBreak + 1);
    }
    for (const rest of [pending.stderr, pending.stdout]) if (rest) processor.processLine(rest);
  } else {
    const streams: ('stdout' | 'stderr')[] =
      order === 'stderr-first' ? ['stderr', 'stdout'] : ['stdout', 'stderr'];
    for (const stream of streams) for (const line of readLines(text(stream))) processor.processLine(line);
  }
  return processor.view;
}

/**
 * GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE as the runner reads them (EnvFileKeyValuePairs):
 * `NAME=VALUE` or `NAME<<DELIM` … `DELIM`; whichever of `=` and `<<` comes first decides; the last
 * value of a name wins; a missing delimiter or a value line without its newline fails the step.
 */
export function parseEnvFile(text: string): Map<string, string> {
  const result = new Map<string, string>();
  let index = 0;
  const readLine = (): { line: string; newline: boolean } | null => {
    if (index >= text.length) return null;
    const lf = text.indexOf('\n', index);
    if (lf < 0) {
      const line = text.slice(index);
      index = text.length;
      return { line, newline: false };
    }
    const line = text.slice(index, lf);
    index = lf + 1;
    return { line, newline: true };
  };
  for (let next = readLine(); next !== null; next = readLine()) {
    const { line } = next;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (!name) throw new Error(`Invalid format '${line}'. Name must not be empty`);
      result.set(name, line.slice(equals + 1));
    } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter)
        throw new Error(`Invalid format '${line}'. Name and delimiter must not be empty`);
      const start = index;
      let end = index;
      for (;;) {
        const value = readLine();
        if (value === null) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
        if (value.line === delimiter) break;
        if (!value.newline) throw new Error('Invalid value. EOF marker missing new line.');
        end = index - 1;
      }
      result.set(name, end > start ? text.slice(start, end) : '');
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return result;
}
