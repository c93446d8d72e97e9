// Which executor runs an execution, and which observers watch every attempt: the one place a new
// executor (a container, a Kubernetes Job) or a new observer (resource usage) is listed.
import type { ExecutionSettings } from '../core/settings.js';
import type { AttemptObserverFactory, Executor } from './executor.js';
import { processGroupExecutor } from './process-group.js';
import { resourceUsageObserver } from './resource-usage.js';

export function executorFor(_settings: ExecutionSettings): Executor {
  return processGroupExecutor;
}

export const ATTEMPT_OBSERVERS: readonly AttemptObserverFactory[] = [resourceUsageObserver];
