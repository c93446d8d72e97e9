// The OpenTelemetry settings, read from the standard OTEL_* variables as every OpenTelemetry SDK
// reads them. Nothing here loads the SDK: when this says "off", steplog never imports it.
import { InputError } from '../core/errors.js';

export type OtlpProtocol = 'http/protobuf' | 'http/json';

export interface OtlpSignalConfig {
  url: string;
  protocol: OtlpProtocol;
  headers: Record<string, string>;
}

export interface OtelConfig {
  /** Null when this signal is off. */
  traces: OtlpSignalConfig | null;
  metrics: OtlpSignalConfig | null;
  serviceName: string;
  resourceAttributes: Record<string, string>;
  /** OTEL_EXPORTER_OTLP_TIMEOUT (default 10 s), before steplog's caps. */
  timeoutMs: number;
}

const PROTOCOLS: readonly string[] = ['http/protobuf', 'http/json'];
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The settings, or null when neither traces nor metrics are to be sent: no OTLP endpoint is set,
 * OTEL_SDK_DISABLED=true, or both exporters are `none`. A `grpc` protocol is refused, as steplog
 * bundles only the HTTP exporters.
 */
export function readOtelConfig(env: NodeJS.ProcessEnv): OtelConfig | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  const traces = signalConfig(env, 'TRACES', 'traces');
  const metrics = signalConfig(env, 'METRICS', 'metrics');
  if (!traces && !metrics) return null;
  return {
    traces,
    metrics,
    serviceName: env.OTEL_SERVICE_NAME?.trim() || 'steplog',
    resourceAttributes: parseKeyValues(env.OTEL_RESOURCE_ATTRIBUTES),
    timeoutMs: positiveNumber(env.OTEL_EXPORTER_OTLP_TIMEOUT) ?? DEFAULT_TIMEOUT_MS,
  };
}

function signalConfig(
  env: NodeJS.ProcessEnv,
  signal: 'TRACES' | 'METRICS',
  path: 'traces' | 'metrics',
): OtlpSignalConfig | null {
  const exporters = (env[`OTEL_${signal}_EXPORTER`] ?? 'otlp').split(',').map((e) => e.trim());
  if (!exporters.includes('otlp')) return null;
  const own = env[`OTEL_EXPORTER_OTLP_${signal}_ENDPOINT`]?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  // The signal's own endpoint is used as given; the shared one gets /v1/<signal> appended.
  const url = own || (base ? `${base.replace(/\/+$/, '')}/v1/${path}` : null);
  if (!url) return null;
  const ownVariable = `OTEL_EXPORTER_OTLP_${signal}_PROTOCOL`;
  const variable = env[ownVariable]?.trim() ? ownVariable : 'OTEL_EXPORTER_OTLP_PROTOCOL';
  const given = env[variable]?.trim() || 'http/protobuf';
  const protocol = given.toLowerCase();
  if (!PROTOCOLS.includes(protocol)) {
    throw new InputError(variable, given, 'http/protobuf or http/json (steplog sends OTLP over HTTP)');
  }
  return {
    url,
    protocol: protocol as OtlpProtocol,
    headers: {
      ...parseKeyValues(env.OTEL_EXPORTER_OTLP_HEADERS),
      ...parseKeyValues(env[`OTEL_EXPORTER_OTLP_${signal}_HEADERS`]),
    },
  };
}

/** Values to mask everywhere: the OTLP headers carry API keys and tokens. */
export function otelSecrets(env: NodeJS.ProcessEnv): string[] {
  return [
    'OTEL_EXPORTER_OTLP_HEADERS',
    'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
  ]
    .flatMap((name) => {
      const raw = env[name];
      if (!raw?.trim()) return [];
      return [raw, ...Object.values(parseKeyValues(raw))];
    })
    .filter((value) => value.length >= 3);
}

/** `key1=value1,key2=value2` with percent-encoded values (the W3C Baggage form the OTEL_* lists use). */
export function parseKeyValues(text: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of (text ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (!key) continue;
    try {
      result[key] = decodeURIComponent(value);
    } catch {
      result[key] = value;
    }
  }
  return result;
}

function positiveNumber(text: string | undefined): number | null {
  const value = Number(text);
  return text?.trim() && Number.isFinite(value) && value > 0 ? value : null;
}
