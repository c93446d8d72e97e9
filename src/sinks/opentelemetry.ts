// OpenTelemetry as a destination of the run: a span per execution and per attempt under the run's
// span, the TRACEPARENT each attempt's command gets, and one bounded export at the run's end. Null
// (nothing loaded) unless the OTEL_* variables turn it on.
import type { RunContext, RunSink } from '../core/sink.js';
import { detectCiContext, startOpenTelemetry } from '../telemetry/index.js';
import { deliveryBudgetMs } from '../telemetry/run-telemetry.js';

export async function createOpenTelemetryRunSink(name: string, context: RunContext): Promise<RunSink | null> {
  const ci = detectCiContext(context.env);
  const telemetry = await startOpenTelemetry(context.env, ci, ci.job ?? name);
  if (!telemetry) return null;
  return {
    name: 'opentelemetry',
    execution: (slot) => telemetry.sink(slot.redactor),
    attemptEnvironment: (executionId) => telemetry.attemptEnvironment(executionId),
    async end(run) {
      const cancelled = run.outcome.status === 'cancelled';
      const warning = await telemetry.finish({
        records: run.records,
        cancelled,
        budgetMs: deliveryBudgetMs(cancelled),
      });
      if (warning) context.stderr.write(`steplog ⚠ ${warning}\n`);
    },
  };
}
