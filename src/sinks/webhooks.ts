// Webhooks as a destination of the run: every lifecycle event POSTed, signed, to each notify URL,
// in order; delivery bounded by notify-timeout at the run's end. Null (nothing loaded) without a URL.
import type { StepSettings } from '../core/settings.js';
import type { RunContext, RunSink } from '../core/sink.js';
import { startNotifications } from '../notify/index.js';
import { detectCiContext } from '../telemetry/index.js';
import { deliveryBudgetMs } from '../telemetry/run-telemetry.js';

export async function createWebhookRunSink(
  settings: StepSettings,
  context: RunContext,
): Promise<RunSink | null> {
  const webhooks = await startNotifications({
    urls: settings.notifyUrls,
    secret: settings.notifySecret,
    timeoutMs: settings.notifyTimeoutMs,
    ci: detectCiContext(context.env),
  });
  if (!webhooks) return null;
  return {
    name: 'webhook',
    execution: (slot) => webhooks.sink(slot.redactor),
    async end(run) {
      const cancelled = run.outcome.status === 'cancelled';
      const warning = await webhooks.finish({
        records: run.records,
        cancelled,
        budgetMs: deliveryBudgetMs(cancelled),
      });
      if (warning) context.stderr.write(`steplog ⚠ ${warning}\n`);
    },
  };
}
