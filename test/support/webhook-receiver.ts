// A webhook receiver for the tests, written as a user's would be: it verifies every request's
// X-Steplog-Signature-256 against the raw body before parsing it. It can be scripted to answer each
// request in turn (500, 429 with Retry-After, a redirect) or to never answer.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  /** The signature matched the body (false when there was none). */
  verified: boolean;
  event: {
    type: string;
    id: string;
    source: string;
    subject?: string;
    data: Record<string, unknown>;
  } & Record<string, unknown>;
}

/** How to answer the next request: a status (with headers), or `hang` to never answer. */
export type Answer = number | { status: number; headers?: Record<string, string> } | 'hang';

export interface WebhookReceiver {
  url: string;
  /** Every request, in the order it arrived (retries included). */
  received: ReceivedWebhook[];
  /** Answers for the next requests, in order; then 204. */
  answers: Answer[];
  /** The events that were answered 2xx, in order. */
  accepted(): ReceivedWebhook['event'][];
  close(): Promise<void>;
}

export async function startWebhookReceiver(
  secret: string | null,
  answers: Answer[] = [],
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const accepted: ReceivedWebhook['event'][] = [];
  const hung = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const header = request.headers['x-steplog-signature-256'];
      let verified = false;
      if (secret && typeof header === 'string') {
        const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
        const given = Buffer.from(header);
        verified = expected.length === given.length && timingSafeEqual(expected, given);
      }
      const event = JSON.parse(raw.toString('utf8')) as ReceivedWebhook['event'];
      received.push({ headers: request.headers, body: raw.toString('utf8'), verified, event });
      const answer = receiver.answers.shift() ?? 204;
      if (answer === 'hang') {
        hung.add(response);
        return;
      }
      const { status, headers } = typeof answer === 'number' ? { status: answer, headers: {} } : answer;
      if (status >= 200 && status < 300) accepted.push(event);
      response.writeHead(status, headers).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    answers,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hung) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}
