// Webhooks, on only when a notify URL is given; the module (and node:crypto with it) is loaded then only.
import type { RunTelemetry } from '../telemetry/run-telemetry.js';
import type { WebhookOptions } from './webhook-run.js';

export async function startNotifications(options: WebhookOptions): Promise<RunTelemetry | null> {
  if (options.urls.length === 0) return null;
  const { startWebhooks } = await import('./webhook-run.js');
  return startWebhooks(options);
}

export { displayUrl, webhookSecrets } from './secrets.js';
