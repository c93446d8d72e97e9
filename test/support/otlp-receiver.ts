// A real OTLP/HTTP receiver for the tests: it decodes protobuf with the official OTLP definitions
// (test/fixtures/otlp, loaded by protobufjs) and accepts JSON, and can be told to answer 500 or to
// never answer. What it received is normalized to one shape, whichever encoding was sent.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const PROTO_DIR = fileURLToPath(new URL('../fixtures/otlp/', import.meta.url));

let root: protobuf.Root | null = null;
function otlpRoot(): protobuf.Root {
  if (root) return root;
  root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(PROTO_DIR, target);
  root.loadSync([
    'opentelemetry/proto/collector/trace/v1/trace_service.proto',
    'opentelemetry/proto/collector/metrics/v1/metrics_service.proto',
  ]);
  return root;
}

export type AttributeValue = string | number | boolean;

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  traceState: string;
  name: string;
  attributes: Record<string, AttributeValue>;
  status: { code: number; message: string };
  events: { name: string; attributes: Record<string, AttributeValue> }[];
  resource: Record<string, AttributeValue>;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
}

export interface ReceivedPoint {
  metric: string;
  unit: string;
  attributes: Record<string, AttributeValue>;
  /** Sums: the value; histograms: the sum of observations. */
  value: number;
  /** Histograms: how many observations. */
  count?: number;
}

export interface ReceivedRequest {
  path: string;
  contentType: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type ReceiverMode = 'ok' | 'fail' | 'hang';

export interface OtlpReceiver {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  requests: ReceivedRequest[];
  spans(): ReceivedSpan[];
  points(): ReceivedPoint[];
  mode: ReceiverMode;
  close(): Promise<void>;
}

export async function startOtlpReceiver(mode: ReceiverMode = 'ok'): Promise<OtlpReceiver> {
  const requests: ReceivedRequest[] = [];
  const hung = new Set<import('node:http').ServerResponse>();
  const receiver: OtlpReceiver = {
    url: '',
    requests,
    mode,
    spans: () => requests.flatMap((r) => (r.path.endsWith('/traces') ? decodeSpans(r) : [])),
    points: () => requests.flatMap((r) => (r.path.endsWith('/metrics') ? decodePoints(r) : [])),
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hung) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        path: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      if (receiver.mode === 'hang') {
        hung.add(response);
        return;
      }
      if (receiver.mode === 'fail') {
        response.writeHead(500, { 'content-type': 'text/plain' }).end('collector failure');
        return;
      }
      const json = (request.headers['content-type'] ?? '').includes('json');
      response.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
      response.end(json ? '{}' : Buffer.alloc(0));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}

/** Decoded as protobuf or JSON, by the request's content type. */
function decode(request: ReceivedRequest, type: string): Record<string, unknown> {
  if (request.contentType.includes('json'))
    return JSON.parse(request.body.toString('utf8')) as Record<string, unknown>;
  if (!request.contentType.includes('protobuf'))
    throw new Error(`unexpected content type ${request.contentType}`);
  const message = otlpRoot().lookupType(type);
  return message.toObject(message.decode(request.body), { longs: String, bytes: String }) as Record<
    string,
    unknown
  >;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Protobuf bytes come out base64, JSON carries hex (as the OTLP JSON encoding says): both end hex. */
function id(value: unknown, json: boolean): string {
  if (typeof value !== 'string' || value === '') return '';
  return json ? value.toLowerCase() : Buffer.from(value, 'base64').toString('hex');
}

function attributes(list: Json[] | undefined): Record<string, AttributeValue> {
  const result: Record<string, AttributeValue> = {};
  for (const { key, value } of list ?? []) {
    if ('stringValue' in value) result[key] = value.stringValue;
    else if ('intValue' in value)
      result[key] = Number(value.intValue); // int64: a string in JSON
    else if ('doubleValue' in value) result[key] = value.doubleValue;
    else if ('boolValue' in value) result[key] = value.boolValue;
  }
  return result;
}

function decodeSpans(request: ReceivedRequest): ReceivedSpan[] {
  const json = request.contentType.includes('json');
  const body = decode(request, 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest') as Json;
  return (body.resourceSpans as Json[]).flatMap((rs) =>
    (rs.scopeSpans as Json[]).flatMap((ss) =>
      (ss.spans as Json[]).map((span) => ({
        traceId: id(span.traceId, json),
        spanId: id(span.spanId, json),
        parentSpanId: id(span.parentSpanId, json),
        traceState: span.traceState ?? '',
        name: span.name,
        attributes: attributes(span.attributes),
        status: { code: Number(span.status?.code ?? 0), message: span.status?.message ?? '' },
        events: ((span.events as Json[]) ?? []).map((e) => ({
          name: e.name,
          attributes: attributes(e.attributes),
        })),
        resource: attributes(rs.resource?.attributes),
        startTimeUnixNano: BigInt(span.startTimeUnixNano),
        endTimeUnixNano: BigInt(span.endTimeUnixNano),
      })),
    ),
  );
}

function decodePoints(request: ReceivedRequest): ReceivedPoint[] {
  const body = decode(
    request,
    'opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest',
  ) as Json;
  return (body.resourceMetrics as Json[]).flatMap((rm) =>
    (rm.scopeMetrics as Json[]).flatMap((sm) =>
      (sm.metrics as Json[]).flatMap((metric) => {
        const base = { metric: metric.name as string, unit: (metric.unit as string) ?? '' };
        if (metric.sum) {
          return (metric.sum.dataPoints as Json[]).map((p) => ({
            ...base,
            attributes: attributes(p.attributes),
            value: Number(p.asInt ?? p.asDouble ?? 0),
          }));
        }
        if (metric.histogram) {
          return (metric.histogram.dataPoints as Json[]).map((p) => ({
            ...base,
            attributes: attributes(p.attributes),
            value: Number(p.sum ?? 0),
            count: Number(p.count ?? 0),
          }));
        }
        return [];
      }),
    ),
  );
}
