// Which executor runs an execution, and which observers watch every attempt: the one place a new
// executor (a container, a Kubernetes Job) or a new observer (resource usage) is listed.
import { createContainerExecutor } from '../container/executor.js';
import type { ExecutionLogger } from '../core/logger.js';
import type { ExecutionSettings } from '../core/settings.js';
import type { AttemptObserverFactory, Executor } from './executor.js';
import { createProcessGroupExecutor } from './process-group.js';
import { resourceUsageObserver } from './resource-usage.js';

/** One per execution: a container executor keeps its engine and image across the attempts. */
export function executorFor(settings: ExecutionSettings, logger: ExecutionLogger): Executor {
  return settings.container
    ? createContainerExecutor(settings.container, logger)
    : createProcessGroupExecutor();
}

export const ATTEMPT_OBSERVERS: readonly AttemptObserverFactory[] = [resourceUsageObserver];
