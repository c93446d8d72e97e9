// The titles of the folded parts of a job log (GitLab sections, GitHub groups) and the lines around a
// preparation (an image pull), shared by every console so the three logs read alike.
import type { Preparation } from '../core/events.js';
import { formatDuration } from './format.js';

/** The fold around one attempt's output. */
export function outputSectionTitle(name: string, attempt: number, maxAttempts: number): string {
  return maxAttempts > 1 ? `${name}: output of attempt ${attempt}/${maxAttempts}` : `${name}: output`;
}

/** The fold around a preparation's output; also the line that starts it where nothing folds. */
export function preparationTitle(name: string, preparation: Preparation): string {
  return `${name}: pulling image ${preparation.image} (${preparation.engine})`;
}

export function renderPreparationStart(name: string, preparation: Preparation): string {
  return `steplog ⇣ ${preparationTitle(name, preparation)}`;
}

/** After the fold: how it went. The reason of a failure is on the attempt's line that follows. */
export function renderPreparationEnd(
  name: string,
  preparation: Preparation,
  durationMs: number,
  failed: boolean,
): string {
  return failed
    ? `steplog ✖ ${name}: pulling image ${preparation.image} failed after ${formatDuration(durationMs)}`
    : `steplog ⇣ ${name}: pulled image ${preparation.image} in ${formatDuration(durationMs)}`;
}
