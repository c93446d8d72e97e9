export const id = 113;
export const ids = [113];
export const modules = {

/***/ 7113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startOtelRun: () => (/* binding */ startOtelRun)
/* harmony export */ });
/* unused harmony exports ATTR, taskResult */
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1802);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4130);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3428);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8408);
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1213);
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6203);
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5931);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(8662);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_proto__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4479);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7156);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_proto__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9347);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9481);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7297);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(6700);
/* harmony import */ var _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2333);
/* harmony import */ var _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2123);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _render_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3872);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
// OpenTelemetry for one run: a root span for the run, a child per execution, a child per attempt,
// and the execution metrics, all exported over OTLP/HTTP once, at the end (or on cancel), within a
// bounded time. Loaded only when the OTEL_* variables turn it on (see ./index.ts): this module pulls
// in the whole SDK.













// The CI/CD and VCS attributes are still "development" in the semantic conventions: their names are
// copied here, as the conventions package advises for unstable names, instead of importing them.
const ATTR = {
    pipelineName: 'cicd.pipeline.name',
    pipelineRunId: 'cicd.pipeline.run.id',
    pipelineRunUrl: 'cicd.pipeline.run.url.full',
    taskName: 'cicd.pipeline.task.name',
    taskRunId: 'cicd.pipeline.task.run.id',
    taskRunUrl: 'cicd.pipeline.task.run.url.full',
    taskRunResult: 'cicd.pipeline.task.run.result',
    repositoryUrl: 'vcs.repository.url.full',
    headName: 'vcs.ref.head.name',
    headRevision: 'vcs.ref.head.revision',
    exitCode: 'process.exit.code',
    errorType: _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_2__/* .ATTR_ERROR_TYPE */ .oJb,
};
function taskResult(status, error) {
    if (error !== null && status !== 'cancelled')
        return 'error';
    if (status === 'success')
        return 'success';
    if (status === 'timed_out')
        return 'timeout';
    if (status === 'cancelled')
        return 'cancellation';
    return 'failure';
}
function startOtelRun(options) {
    const { config, ci } = options;
    const propagator = new _opentelemetry_core__WEBPACK_IMPORTED_MODULE_3__/* .W3CTraceContextPropagator */ .lm();
    const resource = (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_4__/* .resourceFromAttributes */ .QZ)({
        ...config.resourceAttributes,
        [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_2__/* .ATTR_SERVICE_NAME */ .UX4]: config.serviceName,
        [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_2__/* .ATTR_SERVICE_VERSION */ .HZt]: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x,
    });
    const spans = new CollectedSpans();
    const tracer = new _opentelemetry_sdk_trace__WEBPACK_IMPORTED_MODULE_6__/* .TracerProvider */ .d({ resource, spanProcessors: [spans] }).getTracer('steplog', _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
    const reader = new OnDemandReader();
    const meter = new _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__/* .MeterProvider */ .r({ resource, readers: [reader] }).getMeter('steplog', _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
    const duration = meter.createHistogram('steplog.execution.duration', {
        unit: 's',
        description: 'Wall time of an execution, every attempt and retry delay included.',
    });
    const executions = meter.createCounter('steplog.executions', { description: 'Executions that ended.' });
    const attempts = meter.createCounter('steplog.attempts', { description: 'Attempts that ended.' });
    // A TRACEPARENT in steplog's environment (a CI that traces its jobs, otel-cli) is the run's parent.
    const parent = propagator.extract(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_8__/* .ROOT_CONTEXT */ .l, { traceparent: options.env.TRACEPARENT, tracestate: options.env.TRACESTATE }, _opentelemetry_api__WEBPACK_IMPORTED_MODULE_9__/* .defaultTextMapGetter */ .q);
    const runSpan = tracer.startSpan(options.name, { kind: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_10__/* .SpanKind */ .v.INTERNAL, attributes: pipelineAttributes(ci) }, parent);
    const runContext = _opentelemetry_api__WEBPACK_IMPORTED_MODULE_11__/* .trace */ .u.setSpan(parent, runSpan);
    const byExecution = new Map();
    const onEvent = (event) => {
        if (event.type === 'start') {
            const span = tracer.startSpan(event.record.name, {
                kind: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_10__/* .SpanKind */ .v.INTERNAL,
                startTime: timeOf(event.record.startedAt ?? event.time),
                attributes: { ...pipelineAttributes(ci), ...taskAttributes(event.record, ci) },
            }, runContext);
            byExecution.set(event.executionId, {
                name: event.record.name,
                span,
                context: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_11__/* .trace */ .u.setSpan(runContext, span),
                attempt: null,
            });
            return;
        }
        const spans = byExecution.get(event.executionId);
        if (!spans)
            return;
        switch (event.type) {
            case 'attempt-start':
                spans.attempt = tracer.startSpan(`attempt ${event.attempt}`, {
                    kind: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_10__/* .SpanKind */ .v.INTERNAL,
                    startTime: timeOf(event.time),
                    attributes: { 'steplog.attempt': event.attempt },
                }, spans.context);
                return;
            case 'attempt-end': {
                const attempt = event.attempt;
                const result = taskResult(attempt.status, attempt.error);
                const span = spans.attempt;
                spans.attempt = null;
                attempts.add(1, { [ATTR.taskName]: spans.name, [ATTR.taskRunResult]: result });
                if (!span)
                    return;
                span.setAttributes({
                    [ATTR.taskRunResult]: result,
                    ...exitAttributes(attempt),
                    ...usageAttributes(attempt.resources),
                });
                if (result !== 'success')
                    span.setStatus({ code: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_12__/* .SpanStatusCode */ .s.ERROR, message: attemptSentence(attempt) });
                span.end(timeOf(attempt.completedAt ?? event.time));
                return;
            }
            case 'retry':
                spans.span.addEvent('retry', {
                    'steplog.retry.reason': event.reason,
                    'steplog.retry.delay_ms': event.delayMs,
                    'steplog.attempt': event.attempt,
                }, timeOf(event.time));
                return;
            case 'warning':
                spans.span.addEvent('warning', { 'steplog.warning': event.message }, timeOf(event.time));
                return;
            case 'note':
                spans.span.addEvent('note', { 'steplog.note': event.message }, timeOf(event.time));
                return;
            case 'end': {
                const record = event.record;
                const result = taskResult(record.status, record.error);
                spans.attempt?.end(timeOf(event.time));
                spans.span.setAttributes({
                    [ATTR.taskRunResult]: result,
                    ...exitAttributes(record),
                    'steplog.attempts': record.attempts.length,
                });
                if (result !== 'success')
                    spans.span.setStatus({ code: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_12__/* .SpanStatusCode */ .s.ERROR, message: (0,_render_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOutcome */ .SS)(record) });
                spans.span.end(timeOf(record.completedAt ?? event.time));
                byExecution.delete(event.executionId);
                const labels = { [ATTR.taskName]: record.name, [ATTR.taskRunResult]: result };
                if (record.durationMs !== null)
                    duration.record(record.durationMs / 1000, labels);
                executions.add(1, labels);
                return;
            }
            default:
                return;
        }
    };
    let finished = null;
    return {
        sink: () => ({ name: 'opentelemetry', onEvent }),
        attemptEnvironment(executionId) {
            const attempt = byExecution.get(executionId)?.attempt;
            if (!attempt)
                return {};
            const carrier = {};
            propagator.inject(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_11__/* .trace */ .u.setSpan(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_8__/* .ROOT_CONTEXT */ .l, attempt), carrier, _opentelemetry_api__WEBPACK_IMPORTED_MODULE_9__/* .defaultTextMapSetter */ .U);
            const env = {};
            if (carrier.traceparent)
                env.TRACEPARENT = carrier.traceparent;
            if (carrier.tracestate)
                env.TRACESTATE = carrier.tracestate;
            return env;
        },
        finish(finish) {
            finished ??= (async () => {
                for (const open of byExecution.values()) {
                    open.attempt?.end();
                    open.span.end();
                }
                const result = finish.records.length > 0
                    ? runResult(finish.records)
                    : finish.cancelled
                        ? 'cancellation'
                        : 'success';
                runSpan.setAttribute(ATTR.taskRunResult, result);
                const deciding = finish.records.find((r) => r.status !== 'success');
                if (result !== 'success') {
                    runSpan.setStatus({
                        code: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_12__/* .SpanStatusCode */ .s.ERROR,
                        message: deciding ? (0,_render_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOutcome */ .SS)(deciding) : result,
                    });
                }
                runSpan.end();
                return exportAll(config, spans.spans, reader, finish.budgetMs);
            })();
            return finished;
        },
    };
}
/** Sends the spans and the metrics at once; resolves within `budgetMs` with one warning or null. */
async function exportAll(config, spans, reader, budgetMs) {
    const timeoutMs = Math.max(1, Math.min(config.timeoutMs, budgetMs));
    const sends = [];
    if (config.traces && spans.length > 0) {
        const exporter = traceExporter(config.traces, timeoutMs);
        sends.push(send('traces', config.traces, timeoutMs, (done) => exporter.export(spans, done), exporter));
    }
    if (config.metrics) {
        const exporter = metricExporter(config.metrics, timeoutMs);
        const { resourceMetrics } = await reader.collect({ timeoutMillis: timeoutMs });
        if (resourceMetrics.scopeMetrics.some((s) => s.metrics.length > 0)) {
            sends.push(send('metrics', config.metrics, timeoutMs, (done) => exporter.export(resourceMetrics, done), exporter));
        }
    }
    const failures = (await Promise.all(sends)).filter((f) => f !== null);
    if (failures.length === 0)
        return null;
    return `could not send OpenTelemetry data (${failures.join('; ')}); the step's result is unchanged`;
}
function send(what, signal, timeoutMs, start, exporter) {
    return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(`${what} to ${signal.url}: no answer within ${timeoutMs} ms`), timeoutMs);
        timer.unref();
        try {
            start((result) => {
                clearTimeout(timer);
                resolve(result.code === _opentelemetry_core__WEBPACK_IMPORTED_MODULE_13__/* .ExportResultCode */ .V.SUCCESS
                    ? null
                    : `${what} to ${signal.url}: ${result.error ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(result.error) : 'export failed'}`);
            });
        }
        catch (error) {
            clearTimeout(timer);
            resolve(`${what} to ${signal.url}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`);
        }
    }).finally(() => void exporter.shutdown().catch(() => undefined));
}
function traceExporter(signal, timeoutMillis) {
    const options = { url: signal.url, headers: signal.headers, timeoutMillis };
    return signal.protocol === 'http/json' ? new _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_14__/* .OTLPTraceExporter */ .Q(options) : new _opentelemetry_exporter_trace_otlp_proto__WEBPACK_IMPORTED_MODULE_15__/* .OTLPTraceExporter */ .Q(options);
}
function metricExporter(signal, timeoutMillis) {
    const options = { url: signal.url, headers: signal.headers, timeoutMillis };
    return signal.protocol === 'http/json' ? new _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_16__/* .OTLPMetricExporter */ .r(options) : new _opentelemetry_exporter_metrics_otlp_proto__WEBPACK_IMPORTED_MODULE_17__/* .OTLPMetricExporter */ .r(options);
}
/** Keeps every ended span until the run ends: one export, at the end, instead of a background batcher. */
class CollectedSpans {
    spans = [];
    onStart() { }
    onEnd(span) {
        this.spans.push(span);
    }
    async forceFlush() { }
    async shutdown() { }
}
/** A reader that collects only when asked: the metrics are exported with the spans, at the end. */
class OnDemandReader extends _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_18__/* .MetricReader */ .s {
    async onForceFlush() { }
    async onShutdown() { }
}
function pipelineAttributes(ci) {
    return defined({
        [ATTR.pipelineName]: ci.pipeline,
        [ATTR.pipelineRunId]: ci.runId,
        [ATTR.pipelineRunUrl]: ci.runUrl,
        [ATTR.repositoryUrl]: ci.repositoryUrl,
        [ATTR.headName]: ci.branch,
        [ATTR.headRevision]: ci.commit,
    });
}
function taskAttributes(record, ci) {
    return defined({
        [ATTR.taskName]: record.name,
        [ATTR.taskRunId]: record.id,
        [ATTR.taskRunUrl]: ci.jobUrl,
        'steplog.step.id': record.stepId,
        'steplog.command': record.command,
    });
}
function exitAttributes(result) {
    const attributes = {};
    if (result.exitCode !== null)
        attributes[ATTR.exitCode] = result.exitCode;
    const error = errorType(result);
    if (error)
        attributes[ATTR.errorType] = error;
    if (result.signal)
        attributes['steplog.signal'] = result.signal;
    return attributes;
}
/** Low-cardinality, as `error.type` asks: the kind of failure, never its message. */
function errorType(result) {
    if (result.status === 'success' || result.status === 'running' || result.status === 'pending')
        return null;
    if (result.status === 'timed_out')
        return 'timeout';
    if (result.status === 'cancelled')
        return 'cancelled';
    if (result.error !== null)
        return 'steplog_error';
    if (result.signal)
        return result.signal;
    return result.exitCode !== null ? String(result.exitCode) : 'failure';
}
function usageAttributes(usage) {
    if (!usage)
        return {};
    return {
        'steplog.resources.peak_rss_bytes': usage.peakRssBytes,
        'steplog.resources.cpu_user_ms': usage.cpuUserMs,
        'steplog.resources.cpu_system_ms': usage.cpuSystemMs,
        'steplog.resources.processes': usage.processes,
        'steplog.resources.sample_interval_ms': usage.sampleIntervalMs,
    };
}
function attemptSentence(attempt) {
    if (attempt.error)
        return attempt.error;
    if (attempt.status === 'timed_out')
        return `attempt ${attempt.number} timed out`;
    if (attempt.status === 'cancelled')
        return `attempt ${attempt.number} was cancelled`;
    if (attempt.signal)
        return `attempt ${attempt.number} was killed by ${attempt.signal}`;
    return `attempt ${attempt.number} failed with exit code ${attempt.exitCode}`;
}
/** The run's result: its first execution that did not succeed decides, as it decides the exit status. */
function runResult(records) {
    const deciding = records.find((r) => r.status !== 'success');
    return deciding ? taskResult(deciding.status, deciding.error) : 'success';
}
function timeOf(iso) {
    return Date.parse(iso);
}
function defined(attributes) {
    const result = {};
    for (const [key, value] of Object.entries(attributes))
        if (value !== null && value !== '')
            result[key] = value;
    return result;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept equal to package.json's version by a test (the GitLab template pins the same version).
const VERSION = '0.1.0';


/***/ })

};
