// What the runner would make of an action run, in each batch order the runner may produce.
import { expect } from 'vitest';
import type { ActionRun } from './run-action.js';
import {
  foldLog,
  replayRunner,
  type ActionCommand,
  type BatchOrder,
  type LogEntry,
  type RunnerView,
} from './runner-oracle.js';

export const ORDERS: readonly BatchOrder[] = ['stderr-first', 'arrival', 'stdout-first'];

export function viewOf(run: ActionRun, order: BatchOrder = 'stderr-first'): RunnerView {
  return replayRunner(run.chunks, order);
}

/** The stop token steplog used (from its `::stop-commands::` line on stdout), or null. */
export function stopTokenOf(run: ActionRun): string | null {
  return /^::stop-commands::(.+)$/m.exec(run.stdout)?.[1] ?? null;
}

/**
 * Nothing the command printed reached the runner as a command, in any batch order: every command
 * the runner processed is one steplog issues (annotations, its masks, debug), and none carries
 * `marker`, the string each injection attempt of a test contains.
 */
export function expectNoInjectedCommand(run: ActionRun, marker: string): void {
  for (const order of ORDERS) {
    const view = viewOf(run, order);
    // steplog's group lines carry the step's name, which may hold the marker: they are its own.
    const ownGroups = steplogGroupLines(run);
    const injected = view.commands.filter((c) => {
      if (!JSON.stringify([c.command, c.properties, c.data]).includes(marker)) return false;
      const own = ownGroups.get(c.line) ?? 0;
      if (own > 0) ownGroups.set(c.line, own - 1);
      return own === 0;
    });
    expect(injected.map((c) => `${order}: ${c.line}`)).toEqual([]);
    const foreign = view.commands.filter(
      (c) => !['error', 'warning', 'notice', 'add-mask', 'debug', 'group', 'endgroup'].includes(c.command),
    );
    expect(foreign.map((c) => `${order}: ${c.line}`)).toEqual([]);
    expect(view.failures, order).toEqual([]);
  }
}

/**
 * The group lines steplog wrote in its windows between a resume and the next stop (the line right
 * after a `::<token>::` on stdout), with how often each occurs.
 */
function steplogGroupLines(run: ActionRun): Map<string, number> {
  const lines = run.stdout.split('\n');
  const found = new Map<string, number>();
  lines.forEach((line, index) => {
    const next = lines[index + 1] ?? '';
    if (/^::[0-9a-f]{32,}::$/.test(line) && /^::(end)?group::/.test(next))
      found.set(next, (found.get(next) ?? 0) + 1);
  });
  return found;
}

/**
 * Commands were stopped before the command's output and are running again at the end: every stop
 * has its resume, each with a fresh token (steplog resumes only to write a group line, and stops again
 * in the same write), and the first stop is on stderr too.
 */
export function expectCommandsStoppedAroundOutput(run: ActionRun): void {
  for (const order of ['stderr-first', 'arrival'] as const) {
    const view = viewOf(run, order);
    expect(view.stops, order).toBeGreaterThanOrEqual(1);
    expect(view.resumes, order).toBe(view.stops);
    expect(view.stoppedAtEnd, order).toBe(false);
    expect(view.failures, order).toEqual([]);
  }
  const token = stopTokenOf(run);
  expect(token).toMatch(/^[0-9a-f]{32,}$/);
  expect(run.stderr).toContain(`::stop-commands::${token}\n`);
  const tokens = [...run.stdout.matchAll(/^::stop-commands::([0-9a-f]{32,})$/gm)].map((m) => m[1]);
  expect(new Set(tokens).size).toBe(tokens.length);
  for (const each of tokens) expect(run.stdout.split(`::${each}::`)).toHaveLength(2);
}

/** The job log as GitHub's viewer folds it (see foldLog). */
export function foldedLogOf(run: ActionRun, order: BatchOrder = 'stderr-first'): LogEntry[] {
  return foldLog(viewOf(run, order).printed);
}

/** The annotations steplog issued, as the runner read them (stderr-first batches). */
export function annotationsOf(run: ActionRun): ActionCommand[] {
  return viewOf(run).commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
}
