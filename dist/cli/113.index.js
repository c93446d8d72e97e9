export const id = 113;
export const ids = [113];
export const modules = {

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ describeOutOfMemory),
/* harmony export */   q: () => (/* binding */ renderContainerLine)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);


const SHORT_ID = 12;
function shortId(id) {
    return id.replace(/^sha256:/, '').slice(0, SHORT_ID);
}
/** e.g. "docker 20.10.24 · image `busybox:1.36` (`sha256:…`) · container `3f2a…`". */
function renderContainerLine(container) {
    const parts = [
        `Container engine ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(container.engine)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(container.engineVersion)}`,
        `image ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(container.image)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(container.imageDigest ?? container.imageId)})`,
    ];
    if (container.containerId)
        parts.push(`container ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(shortId(container.containerId))}`);
    if (container.memoryLimitBytes !== null)
        parts.push(`memory limit ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(container.memoryLimitBytes)}`);
    return parts.join(' · ');
}
/** "killed: out of memory (limit 8 MiB)" for a container the kernel killed at its memory limit. */
function describeOutOfMemory(container) {
    const limit = container.memoryLimitBytes === null ? 'no limit set' : `limit ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(container.memoryLimitBytes)}`;
    return `killed: out of memory (${limit})`;
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   JL: () => (/* binding */ inlineToTableCell),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   bo: () => (/* binding */ renderTable),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
// The one place where text goes into markdown. Everything the command printed (tails, annotation
// messages, file names) and every value a user typed (name, command, cwd) passes through here, so
// that it renders as the text it is: no raw HTML, no code fence it can close, no table it can
// reshape, no @mention or #reference that notifies someone.
/** C0 controls but `\t` and `\n`, DEL and C1 controls: invisible, and NUL is not valid in markdown. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Normalises line endings to `\n` and removes every other control character. */
function stripControls(text) {
    // A lone `\r` is a line ending to CommonMark; the tails already collapsed `\r` progress bars.
    return text.replace(/\r\n/g, '\n').replace(CONTROLS, '');
}
function longestRun(text, char) {
    const code = char.charCodeAt(0);
    let longest = 0;
    let run = 0;
    // charCodeAt, not text[i]: no string per character on megabytes of tail.
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) === code) {
            run += 1;
            if (run > longest)
                longest = run;
        }
        else
            run = 0;
    }
    return longest;
}
/**
 * A fenced code block that nothing inside can close: the backtick fence is longer than any backtick
 * run in the text (CommonMark: a closing fence is at least as long as the opening one, and of the
 * same character, so `~~~` cannot close it either). Ends with a newline.
 */
function codeBlock(text, info = '') {
    const body = stripControls(text);
    const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
    // An info string after a backtick fence may not contain a backtick; keep one word of it.
    const lang = stripControls(info).replace(/[`\s]/g, '');
    const content = body === '' ? '' : body.endsWith('\n') ? body : `${body}\n`;
    return `${fence}${lang}\n${content}${fence}\n`;
}
/** An inline code span for one line of text; newlines become spaces (a blank line would end the paragraph). */
function inlineCode(text) {
    const body = stripControls(text).replace(/\n/g, ' ');
    if (body === '')
        return '` `';
    const ticks = '`'.repeat(longestRun(body, '`') + 1);
    // CommonMark strips one space on each side when both are there (unless it is all spaces): pad
    // whenever an edge would be read as part of the delimiter or stripped.
    const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}
/**
 * GitHub links these in text (and notifies or back-links) but never inside code, so they are put in
 * code spans: URLs and e-mail addresses (no links from output), `org/repo#2`, `@user`, `@org/team`,
 * `#1`, `GH-1`.
 * A zero-width joiner would also break them, but it is invisible, survives copy and paste, and
 * whether GitHub ignores it is not documented; code spans are.
 * A URL stops at a pipe or backtick so a code span in a table cell never holds a `|`.
 */
const REFERENCE = new RegExp([
    String.raw `\b(?:https?:\/\/|www\.)[^\s<>|\x60]+`,
    String.raw `(?<![\w.\/-])[\w.-]+\/[\w.-]+#\d+`,
    String.raw `[\w.+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+`,
    String.raw `(?<![\w\x60])@[a-z\d][a-z\d-]*(?:\/[a-z\d][\w.-]*)?`,
    String.raw `(?<!\w)#\d+`,
    String.raw `(?<!\w)GH-\d+`,
].join('|'), 'gi');
/**
 * Characters with an inline meaning in CommonMark/GFM, GitHub's `$` math, and `#` (an ATX heading
 * drops a trailing ` #`): backslash-escaped, which CommonMark allows for any ASCII punctuation.
 */
const INLINE_SPECIAL = /[\\`*_[\]|~$#]/g;
const HTML_SPECIAL = /[&<>]/g;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
function escapeText(text) {
    return text.replace(HTML_SPECIAL, (c) => ENTITIES[c]).replace(INLINE_SPECIAL, '\\$&');
}
/** What would start a block at the beginning of a line: list item, setext underline, ordered list. */
const BLOCK_START = /^(?:[+=-]|\d+(?=[.)]))/;
/**
 * One line of untrusted text for inline markdown (a heading, a paragraph, a table cell): newlines
 * become spaces, edges are trimmed, HTML is escaped as entities, markdown punctuation with a
 * backslash, references go in code spans, and a leading block marker is escaped.
 */
function escapeInline(text) {
    const line = stripControls(text)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    let out = '';
    let at = 0;
    for (const match of line.matchAll(REFERENCE)) {
        out += escapeText(line.slice(at, match.index));
        out += inlineCode(match[0]);
        at = match.index + match[0].length;
    }
    out += escapeText(line.slice(at));
    return out.replace(BLOCK_START, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}
/**
 * Text for a GFM table cell: each line escaped as inline text (pipes are escaped there, and a
 * leading `=`, `+` or `-` too), lines joined with `<br>`, our only HTML inside tables.
 */
function tableCell(text) {
    return stripControls(text)
        .split('\n')
        .map((line) => escapeInline(line))
        .filter((line) => line !== '')
        .join('<br>');
}
/**
 * Inline markdown made safe for a table cell: a `|` inside a code span would end the cell, and GFM
 * reads `\|` as a pipe even inside code spans. Pipes already escaped as text are left alone.
 */
function inlineToTableCell(markdown) {
    return markdown.replace(/(?<!\\)\|/g, '\\|');
}
/** A GFM table from cells that are already markdown (tableCell, inlineCode or our own literals). */
function renderTable(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |\n`;
    return line(header) + line(header.map(() => '---')) + rows.map(line).join('');
}
/** The first `max` characters of `text`, never splitting a surrogate pair, with `…` when cut. */
function truncateText(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}


/***/ }),

/***/ 3872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ describeOutcome),
/* harmony export */   VO: () => (/* binding */ describeOutcomeMarkdown),
/* harmony export */   vZ: () => (/* binding */ describeRun),
/* harmony export */   xH: () => (/* binding */ MAX_NAME_CHARS)
/* harmony export */ });
/* harmony import */ var _ansible_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9378);
/* harmony import */ var _container_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5135);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);
// What happened, in one plain-English sentence: the failure annotation, the last log line, the line
// under the summary's heading. Built once, in two spellings: plain text and markdown.




/** A name longer than this is cut: it defaults to the first line of `run`, which can be long. */
const MAX_NAME_CHARS = 200;
const plain = { code: (text) => `\`${text}\``, text: (text) => text };
const markdown = { code: _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti, text: _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV };
/**
 * e.g. "`build` timed out after 5m (attempt 2 of 3); killed with SIGKILL after 10s grace",
 * "`build` failed with exit code 2", "steplog could not run `build`: <error>". No final period.
 */
function describeOutcome(record) {
    return sentence(record, plain);
}
/** The failure sentence of a run of several: each execution that did not succeed, in words. */
function describeRun(failed) {
    return failed.map(describeOutcome).join('; ');
}
/** The same sentence as inline markdown, every piece of the record escaped. */
function describeOutcomeMarkdown(record) {
    return sentence(record, markdown);
}
function sentence(record, say) {
    const said = what(record, say);
    // Why a failure with attempts left was not retried (abort-on-output, retry-on …).
    const last = record.attempts.at(-1);
    const ended = record.status === 'failed' || record.status === 'timed_out';
    // A total-timeout says so already: "timed out: total-timeout 15m reached during attempt 3 of 5".
    if (ended && last?.retry && !last.retry.retried && last.timeoutKind !== 'total') {
        return `${said}; not retried: ${say.text(last.retry.reason)}`;
    }
    return said;
}
function what(record, say) {
    const name = say.code((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(record.name, MAX_NAME_CHARS));
    const last = record.attempts.at(-1);
    const which = record.maxAttempts > 1 ? ` (attempt ${last?.number ?? 0} of ${record.maxAttempts})` : '';
    switch (record.status) {
        case 'pending':
            return `${name} has not started`;
        case 'running':
            return `${name} is running`;
        case 'success':
            if (record.attempts.length > 1)
                return `${name} succeeded after ${record.attempts.length} attempts`;
            return record.durationMs === null
                ? `${name} succeeded`
                : `${name} succeeded in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(record.durationMs)}`;
        case 'cancelled':
            if (record.cancelReason)
                return `${name} was cancelled (${say.text(record.cancelReason)})`;
            return record.cancelSignal === null
                ? `${name} was cancelled`
                : `${name} was cancelled (steplog received ${say.text(record.cancelSignal)})`;
        case 'timed_out':
            return timedOut(record, name, which, say);
        case 'failed':
            if (record.error !== null)
                return `steplog could not run ${name}: ${say.text(record.error)}`;
            if (record.container?.oomKilled)
                return `${name} was ${(0,_container_js__WEBPACK_IMPORTED_MODULE_0__/* .describeOutOfMemory */ .a)(record.container)}${which}`;
            if (record.signal !== null)
                return `${name} was killed by ${say.text(record.signal)}${which}`;
            if (record.exitCode !== null) {
                const ansible = record.ansible ? (0,_ansible_results_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAnsibleFailure */ .se)(record.ansible) : null;
                const why = ansible === null ? '' : `: ${say.text(ansible)}`;
                return `${name} failed with exit code ${record.exitCode}${which}${why}`;
            }
            return `${name} failed${which}`;
    }
}
function timedOut(record, name, which, say) {
    const { limits } = record;
    const last = record.attempts.at(-1);
    const kind = last?.timeoutKind;
    const idle = kind === 'idle';
    const limit = idle ? limits.idleTimeoutMs : limits.timeoutMs;
    const after = limit > 0 ? ` after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(limit)}` : '';
    const head = kind === 'total'
        ? `${name} timed out: total-timeout ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(limits.totalTimeoutMs ?? 0)} reached during attempt ${last?.number ?? 0} of ${record.maxAttempts}`
        : idle
            ? `${name} timed out${after} without output${which}`
            : `${name} timed out${after}${which}`;
    // The first signal may have been enough; SIGKILL when it was not means the grace ran out.
    if (record.signal === 'SIGKILL' && limits.killSignal !== 'SIGKILL') {
        return `${head}; killed with SIGKILL after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(limits.killAfterMs)} grace`;
    }
    if (record.signal !== null)
        return `${head}; stopped with ${say.text(record.signal)}`;
    if (record.exitCode !== null) {
        return `${head}; it exited with code ${record.exitCode} after ${say.text(limits.killSignal)}`;
    }
    return head;
}


/***/ }),

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
    return `steplog: could not send OpenTelemetry data (${failures.join('; ')}); the step's result is unchanged`;
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


/***/ })

};
