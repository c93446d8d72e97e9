// The GitLab job log: steplog's lifecycle lines outside, the command's output inside one collapsible
// section per attempt. Everything goes to one stream (stdout) so the section markers keep their
// place among the lines; the runner merges stdout and stderr into the job log anyway.
//
// - Forged markers in the output are neutralised (../render/gitlab-section.ts), and the section
//   name carries a random suffix the command never sees, so nothing it prints can close ours.
// - GitLab cuts a job log at 4 MiB by default (https://docs.gitlab.com/administration/cicd/
//   #maximum-job-log-size): past `logLimit` bytes of output steplog stops forwarding it, says so,
//   and still prints every lifecycle line and the final result line.
// - Only GitLab markup: never a GitHub workflow command.
// - An image pull before the first attempt has a collapsed section of its own (`steplog_pull_…`),
//   its output inside, and one line after it saying how it went.
// - Steps in parallel (the `steps` input) share the job log: their lines would interleave inside
//   any section, so each output line carries `[<step id>] ` instead, and one LogBudget caps the
//   output of every step together (the job log limit is per job, not per step). The run then ends
//   with one line for what was withheld and one for the run's result, always the last.
import { randomHex } from '../core/random.js';
import type { LifecycleEvent, OutputBatch } from '../core/events.js';
import type { Annotation, AttemptRecord, ExecutionRecord } from '../core/record.js';
import type { RunMode, RunSink, Sink } from '../core/sink.js';
import { formatBytes, plural } from '../render/format.js';
import { runTotals, type RunTotals } from '../core/run-span.js';
import {
  cleanLogText,
  incompleteEraseSuffix,
  neutraliseSectionMarkerBytes,
  neutraliseSectionMarkers,
  renderSectionEnd,
  renderSectionStart,
} from '../render/gitlab-section.js';
import { renderOutcomeLine, renderRunOutcomeLine } from '../render/outcome.js';
import {
  outputSectionTitle,
  preparationTitle,
  renderPreparationEnd,
  renderPreparationStart,
} from '../render/sections.js';
import { renderAttemptStart, renderNote, renderRetry, renderWarning } from './console-lines.js';
import { waitForDrain } from './console-plain.js';

export interface GitlabConsoleOptions {
  stream: NodeJS.WritableStream;
  /** Start the output sections collapsed. */
  collapsed: boolean;
  /** Bytes of the command's output forwarded to the job log; the rest is withheld. Unused with `budget`. */
  logLimit: number;
  /** Where the full record is, for the line that says output was withheld (e.g. `.steplog/summary.md`). */
  detailsHint: string;
  now?: () => Date;
  /** The section name's random part; injected by tests. */
  sectionId?: string;
  /**
   * Output lines start with this (e.g. `[lint] `) and no section is opened: steps running in
   * parallel. A piece of an over-long line ends its own line, since another step's line may follow.
   */
  linePrefix?: string;
  /**
   * Shared by the consoles of several steps. Whoever passes it reports what was withheld, once
   * (renderWithheldLine); without it the sink has its own budget and reports it before its result.
   */
  budget?: LogBudget;
}

/** How much of the command's output the job log has taken, and what was withheld past the limit. */
export interface LogBudget {
  readonly limit: number;
  forwarded: number;
  withholding: boolean;
  withheldBytes: number;
  withheldLines: number;
}

export function createLogBudget(limit: number): LogBudget {
  return { limit, forwarded: 0, withholding: false, withheldBytes: 0, withheldLines: 0 };
}

/** The line that says how much output the job log did not get; null when nothing was withheld. */
export function renderWithheldLine(budget: LogBudget, detailsHint: string): string | null {
  if (!budget.withholding) return null;
  return renderNote(
    `${formatBytes(budget.withheldBytes)} of output (${plural(budget.withheldLines, 'line')}) was withheld from the job log; the tail of each stream is in ${detailsHint}`,
  );
}

/** Annotation lines printed per attempt after its section; the rest are counted (all are in the reports). */
export const MAX_ANNOTATION_LINES = 10;

const NO_BYTES = Buffer.alloc(0);

export interface GitlabConsoleRunOptions {
  stream: NodeJS.WritableStream;
  collapsed: boolean;
  logLimit: number;
  detailsHint: string;
  now?: () => Date;
}

/** List it last: a run of steps ends with its result line, after every other sink's last word. */
export function createGitlabConsoleRunSink(mode: RunMode, options: GitlabConsoleRunOptions): RunSink {
  // The console of the execution that started last: a line about the run ends its unfinished line.
  let latest: GitlabConsoleSink | null = null;
  const say = (line: string) => options.stream.write(line + '\n');
  const announce = (line: string) => (latest ? latest.say(line) : say(line));
  if (mode === 'command') {
    return { name: 'gitlab console', execution: () => (latest = createGitlabConsoleSink(options)), announce };
  }
  const budget = createLogBudget(options.logLimit);
  return {
    name: 'gitlab console',
    announce,
    execution: (slot) =>
      (latest = createGitlabConsoleSink({
        ...options,
        budget,
        linePrefix: slot.parallel ? `[${slot.stepId}] ` : undefined,
      })),
    async end({ records, outcome, internalError }) {
      if (internalError !== null) return;
      const withheld = renderWithheldLine(budget, options.detailsHint);
      if (withheld !== null) say(withheld);
      // Always the last line, whatever was cut before it.
      say(renderRunResultLine(records, runTotals(records, outcome), outcome.exitStatus));
      await waitForDrain(options.stream);
    },
  };
}

/** One execution's console; `say` prints a line of steplog's own on a line of its own. */
export interface GitlabConsoleSink extends Sink {
  say(line: string): void;
}

export function createGitlabConsoleSink(options: GitlabConsoleOptions): GitlabConsoleSink {
  const { stream, collapsed, logLimit, detailsHint } = options;
  const now = options.now ?? (() => new Date());
  const sectionId = options.sectionId ?? randomHex(6);
  const prefix = options.linePrefix ?? '';
  const budget = options.budget ?? createLogBudget(logLimit);
  const ownsBudget = options.budget === undefined;
  const limitReached = renderNote(
    `the job log limit for output (${formatBytes(budget.limit)}, STEPLOG_LOG_LIMIT) is reached; the rest of the output is withheld here, see ${detailsHint}`,
  );
  let name = 'step';
  let maxAttempts = 1;
  let lastAttempt: AttemptRecord | null = null;
  let openSection: string | null = null;
  let atLineStart = true;
  /** The end of a piece that could complete `\e[0K` with the next piece. */
  let carry: Buffer = NO_BYTES;
  let pendingAnnotations: Annotation[] = [];

  const unix = () => Math.floor(now().getTime() / 1000);
  const write = (text: string | Buffer) => stream.write(text);
  /** steplog's own line, always printed, on a line of its own. */
  const say = (line: string) => {
    endPartialLine();
    write(line + '\n');
  };

  function endPartialLine(): void {
    if (carry.length > 0) {
      budget.forwarded += carry.length;
      write(carry);
      atLineStart = false;
    }
    carry = NO_BYTES;
    if (!atLineStart) write('\n');
    atLineStart = true;
  }

  function closeSection(): void {
    if (openSection === null) return;
    endPartialLine();
    write(renderSectionEnd(openSection, unix()));
    openSection = null;
  }

  function flushAnnotations(): void {
    const shown = pendingAnnotations.slice(0, MAX_ANNOTATION_LINES);
    for (const annotation of shown) say(renderAnnotationLine(annotation));
    const more = pendingAnnotations.length - shown.length;
    if (more > 0) say(`steplog: … and ${plural(more, 'more annotation')} (all are in the reports)`);
    pendingAnnotations = [];
  }

  function forward(batch: OutputBatch): boolean {
    return prefix ? forwardLines(batch) : forwardBytes(batch.bytes);
  }

  /** The command's bytes as they came, but for forged markers; a piece stops where the budget ends. */
  function forwardBytes(bytes: Buffer): boolean {
    if (bytes.length === 0) return true;
    if (budget.withholding) return withhold(bytes);
    let out = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
    carry = NO_BYTES;
    out = neutraliseSectionMarkerBytes(out);
    // The end of the piece could become `\e[0K` with what comes next: held until then.
    const hold = incompleteEraseSuffix(out);
    if (hold > 0) {
      carry = Buffer.from(out.subarray(out.length - hold));
      out = out.subarray(0, out.length - hold);
    }
    const room = budget.limit - budget.forwarded;
    if (out.length > room) {
      // Whole lines up to the limit; the rest is withheld from the first line that does not fit.
      const cut = room > 0 ? out.lastIndexOf(0x0a, room - 1) + 1 : 0;
      const rest = Buffer.concat([out.subarray(cut), carry]);
      carry = NO_BYTES;
      const flowing = cut > 0 ? send(out.subarray(0, cut)) : true;
      budget.withholding = true;
      say(limitReached);
      withhold(rest);
      return flowing;
    }
    return out.length === 0 ? true : send(out);
  }

  function send(out: Buffer): boolean {
    budget.forwarded += out.length;
    atLineStart = out[out.length - 1] === 0x0a;
    return write(out);
  }

  function withhold(bytes: Buffer): boolean {
    budget.withheldBytes += bytes.length;
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) budget.withheldLines += 1;
    return true;
  }

  /** Parallel steps: each line (a piece too) on a line of its own, marked with its step. */
  function forwardLines(batch: OutputBatch): boolean {
    let flowing = true;
    const last = batch.lines.length - 1;
    batch.lines.forEach((line, index) => {
      const partial = index === last && batch.partial === true;
      let text = line;
      if (!budget.withholding) {
        // A line of its own even for a piece: no other step's line can complete a marker here.
        text = `${prefix}${neutraliseSectionMarkers(text)}\n`;
        const bytes = Buffer.byteLength(text);
        if (budget.forwarded + bytes <= budget.limit) {
          budget.forwarded += bytes;
          if (write(text) === false) flowing = false;
          return;
        }
        budget.withholding = true;
        say(limitReached);
      }
      budget.withheldBytes += Buffer.byteLength(text);
      if (!partial) budget.withheldLines += 1;
    });
    return flowing;
  }

  function finish(record: ExecutionRecord): void {
    closeSection();
    flushAnnotations();
    const withheld = ownsBudget ? renderWithheldLine(budget, detailsHint) : null;
    if (withheld !== null) say(withheld);
    // Always the last line, whatever was cut before it.
    say(renderResultLine(record));
  }

  return {
    name: 'gitlab console',
    onEvent(event: LifecycleEvent) {
      switch (event.type) {
        case 'start':
          name = cleanLogText(event.record.name);
          maxAttempts = event.record.maxAttempts;
          break;
        case 'attempt-start':
          closeSection();
          say(renderAttemptStart(name, event.attempt, maxAttempts));
          if (prefix) break;
          openSection = `steplog_${sectionId}_${event.attempt}`;
          endPartialLine();
          write(
            renderSectionStart(
              openSection,
              outputSectionTitle(name, event.attempt, maxAttempts),
              unix(),
              collapsed,
            ),
          );
          break;
        case 'preparation-start':
          closeSection();
          if (prefix) {
            say(cleanLogText(renderPreparationStart(name, event.preparation), 2000));
            break;
          }
          // Always collapsed: what the reader looks for is the command's output.
          openSection = `steplog_pull_${sectionId}`;
          endPartialLine();
          write(renderSectionStart(openSection, preparationTitle(name, event.preparation), unix(), true));
          break;
        case 'preparation-end':
          closeSection();
          say(
            cleanLogText(
              renderPreparationEnd(name, event.preparation, event.durationMs, event.error !== null),
              2000,
            ),
          );
          break;
        case 'attempt-end':
          closeSection();
          lastAttempt = cleanAttempt(event.attempt);
          flushAnnotations();
          break;
        case 'retry':
          say(renderRetry(name, lastAttempt, maxAttempts, event.delayMs, cleanLogText(event.reason)));
          break;
        case 'annotation':
          pendingAnnotations.push(event.annotation);
          if (openSection === null) flushAnnotations();
          break;
        case 'warning':
          say(renderWarning(cleanLogText(event.message, 2000)));
          break;
        case 'note':
          say(renderNote(cleanLogText(event.message, 2000)));
          break;
        case 'end':
          finish(event.record);
          break;
      }
    },
    // No control characters: nothing the registry sends can form a section marker or move the cursor.
    onPreparationOutput: (line) => say(`${prefix}${cleanLogText(line, 2000)}`),
    onOutput: forward,
    drain: () => waitForDrain(stream),
    say,
  };
}

function cleanAttempt(attempt: AttemptRecord): AttemptRecord {
  return attempt.error === null ? attempt : { ...attempt, error: cleanLogText(attempt.error, 2000) };
}

export function renderAnnotationLine(annotation: Annotation): string {
  const where = annotation.file
    ? `${annotation.file}${annotation.line ? `:${annotation.line}` : ''}${annotation.line && annotation.column ? `:${annotation.column}` : ''}: `
    : '';
  const code = annotation.code ? ` [${annotation.code}]` : '';
  return cleanLogText(`steplog: ${annotation.level}: ${where}${annotation.message}${code}`, 2000);
}

/** The last line of every run: what happened and the exit status the job ends with. */
export function renderResultLine(record: ExecutionRecord): string {
  return cleanLogText(renderOutcomeLine(record), 4000);
}

/** The last line of a run of several steps: how many succeeded, which one decided, the exit status. */
export function renderRunResultLine(
  records: readonly ExecutionRecord[],
  totals: RunTotals,
  exitStatus: number,
): string {
  return cleanLogText(renderRunOutcomeLine(records, totals, exitStatus), 4000);
}
