// What the runner would make of an action run, in each batch order the runner may produce.
import { expect } from 'vitest';
import type { ActionRun } from './run-action.js';
import { replayRunner, type ActionCommand, type BatchOrder, type RunnerView } from './runner-oracle.js';

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
    const injected = view.commands.filter((c) =>
      JSON.stringify([c.command, c.properties, c.data]).includes(marker),
    );
    expect(injected.map((c) => `${order}: ${c.line}`)).toEqual([]);
    const foreign = view.commands.filter(
      (c) => !['error', 'warning', 'notice', 'add-mask', 'debug'].includes(c.command),
    );
    expect(foreign.map((c) => `${order}: ${c.line}`)).toEqual([]);
    expect(view.failures, order).toEqual([]);
  }
}

/** Commands were stopped before the command's output and resumed exactly once. */
export function expectStoppedAndResumedOnce(run: ActionRun): void {
  for (const order of ['stderr-first', 'arrival'] as const) {
    const view = viewOf(run, order);
    expect(view.stops, order).toBe(1);
    expect(view.resumes, order).toBe(1);
    expect(view.stoppedAtEnd, order).toBe(false);
  }
  const token = stopTokenOf(run);
  expect(token).toMatch(/^[0-9a-f]{32,}$/);
  expect(run.stdout.split(`::${token}::`)).toHaveLength(2);
  expect(run.stderr).toContain(`::stop-commands::${token}\n`);
}

/** The annotations steplog issued, as the runner read them (stderr-first batches). */
export function annotationsOf(run: ActionRun): ActionCommand[] {
  return viewOf(run).commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
}
