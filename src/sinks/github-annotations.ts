// Annotations on the run and the pull request, emitted with core.error/warning/notice after the
// console sink has resumed workflow commands (the console sink comes first in the sink list, so it
// has resumed by the time this sink sees `end`). GitHub shows 10 annotations per level per step
// (actions/toolkit docs/problem-matchers.md): steplog emits at most that many, keeps a slot for
// its own failure message and for one notice that says how many more there were. A run of steps
// emits every step's annotations together, within the same budget, when the run ends.
import * as core from './actions-toolkit.js';
import type { LifecycleEvent } from '../core/events.js';
import { firstBytes } from '../core/output-stream.js';
import type { Annotation, AnnotationLevel, ExecutionRecord } from '../core/record.js';
import type { RunSettings, RunSink, Sink } from '../core/sink.js';
import { describeOutcome, describeRun } from '../render/outcome.js';

/** Annotations GitHub displays per level for one step. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** A longer message is cut: the annotation is a pointer, the full text is in the log and the summary. */
export const MAX_ANNOTATION_MESSAGE_BYTES = 16 * 1024;

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

export interface AnnotationPlan {
  /** In record order, at most the budget of each level. */
  shown: Annotation[];
  /** How many of each level were left out. */
  hidden: Record<AnnotationLevel, number>;
  /** The one notice about the rest, or null when nothing was left out. */
  overflowNotice: string | null;
}

export interface PlanOptions {
  /** Error annotations steplog itself will add (its failure message). */
  reservedErrors: number;
  /** Warning annotations steplog itself will add (its own warnings). */
  reservedWarnings: number;
  /** Where the reader finds the rest. */
  elsewhere: string;
}

export function planAnnotations(annotations: readonly Annotation[], options: PlanOptions): AnnotationPlan {
  const total = (level: AnnotationLevel) => annotations.filter((a) => a.level === level).length;
  const overflowing =
    total('error') > MAX_ANNOTATIONS_PER_LEVEL - options.reservedErrors ||
    total('warning') > MAX_ANNOTATIONS_PER_LEVEL - options.reservedWarnings ||
    total('notice') > MAX_ANNOTATIONS_PER_LEVEL;
  const budget: Record<AnnotationLevel, number> = {
    error: Math.max(0, MAX_ANNOTATIONS_PER_LEVEL - options.reservedErrors),
    warning: Math.max(0, MAX_ANNOTATIONS_PER_LEVEL - options.reservedWarnings),
    // The overflow notice takes one notice slot.
    notice: MAX_ANNOTATIONS_PER_LEVEL - (overflowing ? 1 : 0),
  };
  const shown: Annotation[] = [];
  const hidden: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const annotation of annotations) {
    if (budget[annotation.level] > 0) {
      budget[annotation.level] -= 1;
      shown.push(annotation);
    } else {
      hidden[annotation.level] += 1;
    }
  }
  const parts = LEVELS.filter((level) => hidden[level] > 0).map(
    (level) => `${hidden[level]} more ${level}${hidden[level] === 1 ? '' : 's'}`,
  );
  const overflowNotice =
    parts.length === 0
      ? null
      : `${parts.join(', ')} not shown as annotations (GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} per level for a step); see ${options.elsewhere}.`;
  return { shown, hidden, overflowNotice };
}

/** Properties for core.error/warning/notice; positions that are not positive integers are left out. */
export function annotationProperties(annotation: Annotation): core.AnnotationProperties {
  const position = (n: number | undefined) =>
    n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
  const properties: core.AnnotationProperties = {};
  const title = annotation.title ?? annotation.code;
  if (title) properties.title = title;
  if (annotation.file) properties.file = annotation.file;
  const line = position(annotation.line);
  if (line !== undefined) {
    properties.startLine = line;
    const endLine = position(annotation.endLine);
    if (endLine !== undefined && endLine >= line) properties.endLine = endLine;
    const column = position(annotation.column);
    // The runner drops columns when the lines differ.
    if (column !== undefined && (properties.endLine === undefined || properties.endLine === line)) {
      properties.startColumn = column;
      const endColumn = position(annotation.endColumn);
      if (endColumn !== undefined && endColumn >= column) properties.endColumn = endColumn;
    }
  }
  return properties;
}

export function emitAnnotation(annotation: Annotation): void {
  const message = firstBytes(annotation.message, MAX_ANNOTATION_MESSAGE_BYTES).text;
  core[annotation.level](message, annotationProperties(annotation));
}

export interface GithubAnnotationsOptions {
  /** The CLI on GitHub: say what happened in an error annotation. The action does it with core.setFailed. */
  announceOutcome: boolean;
  /** Where the reader finds the annotations left out. */
  elsewhere: string;
}

export function createGithubAnnotationsRunSink(
  { mode, settings }: RunSettings,
  announceOutcome: boolean,
): RunSink {
  const name = 'GitHub annotations';
  if (mode === 'command') {
    const elsewhere = [
      settings.checkRun ? 'the check run' : null,
      settings.summary === 'never' ? null : 'the job summary',
      'the JSON-lines log',
    ]
      .filter(Boolean)
      .join(', ');
    return { name, execution: () => createGithubAnnotationsSink({ announceOutcome, elsewhere }) };
  }
  return {
    name,
    end({ records, internalError }) {
      if (internalError !== null) return;
      const failed = records.filter((r) => r.status !== 'success');
      const plan = planAnnotations(
        records.flatMap((r) => r.annotations),
        {
          reservedErrors: failed.length > 0 ? 1 : 0,
          reservedWarnings: 0,
          elsewhere: settings.checkRun ? 'the check run and the job summary' : 'the job summary and the log',
        },
      );
      for (const annotation of plan.shown) emitAnnotation(annotation);
      if (failed.length > 0 && announceOutcome) core.error(describeRun(failed));
      if (plan.overflowNotice) core.notice(plan.overflowNotice, { title: 'steplog' });
    },
  };
}

export function createGithubAnnotationsSink(options: GithubAnnotationsOptions): Sink {
  const pendingWarnings: string[] = [];
  let ended = false;
  const warn = (message: string) => core.warning(message, { title: 'steplog' });

  const onEnd = (record: ExecutionRecord) => {
    ended = true;
    const warnings = pendingWarnings.splice(0, MAX_ANNOTATIONS_PER_LEVEL);
    for (const message of warnings) warn(message);
    const failed = record.status !== 'success';
    // With `workflow-commands: true` the runner annotates `::error::` lines itself, so the run does
    // not load that matcher: nothing here is annotated twice.
    const plan = planAnnotations(record.annotations, {
      reservedErrors: failed ? 1 : 0,
      reservedWarnings: warnings.length,
      elsewhere: options.elsewhere,
    });
    for (const annotation of plan.shown) emitAnnotation(annotation);
    if (failed && options.announceOutcome) core.error(describeOutcome(record));
    if (plan.overflowNotice) core.notice(plan.overflowNotice, { title: 'steplog' });
  };

  return {
    name: 'GitHub annotations',
    onEvent(event: LifecycleEvent) {
      if (event.type === 'warning') {
        if (ended) warn(event.message);
        else pendingWarnings.push(event.message);
      } else if (event.type === 'end') {
        onEnd(event.record);
      }
    },
  };
}
