export const id = 627;
export const ids = [627];
export const modules = {

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ wantsSummary)
/* harmony export */ });
// The one typed settings object every front door produces (after validation) and the runner consumes.
/** Whether a summary is written for a run or execution that ended (or stands) with `status`. */
function wantsSummary(mode, status) {
    return mode === 'always' || (mode === 'on-failure' && status !== 'success');
}


/***/ }),

/***/ 7532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ reportingEndFailure)
/* harmony export */ });
/**
 * The same sink, with a failure of its run end reported through `report` (in the platform's own
 * words, e.g. a GitHub warning annotation) instead of reaching the run's generic warning.
 */
function reportingEndFailure(sink, report) {
    const { end } = sink;
    if (!end)
        return sink;
    return {
        name: sink.name,
        execution: sink.execution,
        end: async (run) => {
            try {
                await end(run);
            }
            catch (error) {
                report(error);
            }
        },
    };
}


/***/ }),

/***/ 1102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ preparationTitle),
/* harmony export */   Wv: () => (/* binding */ renderPreparationStart),
/* harmony export */   bK: () => (/* binding */ outputSectionTitle),
/* harmony export */   pn: () => (/* binding */ renderPreparationEnd)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);

/** The fold around one attempt's output. */
function outputSectionTitle(name, attempt, maxAttempts) {
    return maxAttempts > 1 ? `${name}: output of attempt ${attempt}/${maxAttempts}` : `${name}: output`;
}
/** The fold around a preparation's output; also the line that starts it where nothing folds. */
function preparationTitle(name, preparation) {
    return `${name}: pulling image ${preparation.image} (${preparation.engine})`;
}
function renderPreparationStart(name, preparation) {
    return `steplog ⇣ ${preparationTitle(name, preparation)}`;
}
/** After the fold: how it went. The reason of a failure is on the attempt's line that follows. */
function renderPreparationEnd(name, preparation, durationMs, failed) {
    return failed
        ? `steplog ✖ ${name}: pulling image ${preparation.image} failed after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(durationMs)}`
        : `steplog ⇣ ${name}: pulled image ${preparation.image} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(durationMs)}`;
}


/***/ }),

/***/ 7662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UK: () => (/* binding */ renderStepsResults),
/* harmony export */   Wk: () => (/* binding */ renderStepsSummary)
/* harmony export */ });
/* unused harmony exports renderGantt, elapsedAxisFormat */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3872);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6767);




const ICONS = { success: '✅', failed: '❌', timed_out: '⏱️', cancelled: '🚫' };
/**
 * Mermaid task tags by status, and the words after the name: colour is the theme's, so the status is
 * also said in text. A step cancelled before it started is a milestone (a point, never an `active` bar).
 */
const GANTT_TASKS = {
    success: { tags: 'done, ', says: '' },
    failed: { tags: 'crit, ', says: ' (failed)' },
    timed_out: { tags: 'crit, active, ', says: ' (timed out)' },
    cancelled: { tags: '', says: ' (cancelled)' },
    unstarted: { tags: 'milestone, ', says: ' (not started)' },
};
function renderStepsSummary(records, outcome, options = {}) {
    const maxBytes = options.maxBytes ?? _summary_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SUMMARY_BYTES */ .Q0;
    const failed = records.filter((r) => r.status !== 'success');
    const headline = failed.length === 0
        ? `all ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(records.length, 'step')} succeeded`
        : `${failed.length} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(records.length, 'step')} did not succeed`;
    // One byte for the final newline.
    const head = renderHead(`### ${ICONS[outcome.status] ?? ''} steplog: ${headline}`, records, maxBytes - 1);
    const parts = [head];
    let used = Buffer.byteLength(head);
    // Each failed step's own summary shares what is left of the budget.
    for (const [i, record] of failed.entries()) {
        const share = Math.floor((maxBytes - used - 200) / (failed.length - i));
        if (share < 512)
            break;
        const part = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummary */ .Br)(record, { maxBytes: share });
        parts.push(part);
        used += Buffer.byteLength(part) + 2;
    }
    return parts.join('\n\n') + '\n';
}
/**
 * The headline, the table and the chart within `maxBytes` (hundreds of steps would not fit a PR
 * comment): the chart goes first, then rows from the end, those of steps that succeeded before
 * those that did not. A line says how many rows are left out.
 */
function renderHead(headline, records, maxBytes) {
    const compose = (shown, chart) => {
        const left = records.length - shown.length;
        return [
            headline,
            '',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTable */ .bo)(['', 'step', 'status', 'duration', 'attempts', 'exit'], shown.map((r) => 
            // A step fail-fast stopped before it started has no duration and no exit status of its own.
            (0,_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .notStarted */ .DY)(r)
                ? [ICONS[r.status] ?? '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.name), 'not started', '—', '0', '—']
                : [
                    ICONS[r.status] ?? '',
                    (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.name),
                    r.status.replace('_', ' '),
                    (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(r.durationMs ?? 0),
                    String(r.attempts.length),
                    r.exitStatus === null ? '' : String(r.exitStatus),
                ])),
            ...(left > 0 ? ['', `_${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(left, 'more step')} not shown: the summary has a size limit._`] : []),
            chart ? renderGantt(records) : '',
        ].join('\n');
    };
    const fits = (text) => Buffer.byteLength(text) <= maxBytes;
    const whole = compose(records, true);
    if (fits(whole))
        return whole;
    const withoutChart = compose(records, false);
    if (fits(withoutChart))
        return withoutChart;
    // The most rows that still fit, found by bisection: steps that did not succeed first, then the
    // others in list order; the rows kept are shown in list order.
    const priority = [
        ...records.filter((r) => r.status !== 'success'),
        ...records.filter((r) => r.status === 'success'),
    ];
    const keeping = (count) => {
        const kept = new Set(priority.slice(0, count));
        return records.filter((r) => kept.has(r));
    };
    let low = 0;
    let high = records.length;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(compose(keeping(middle), false)))
            low = middle;
        else
            high = middle - 1;
    }
    return compose(keeping(low), false);
}
/** A Mermaid Gantt chart of when each step ran (absolute times in epoch milliseconds). */
function renderGantt(records) {
    const timed = records.filter((r) => r.startedAt && r.completedAt);
    if (timed.length === 0)
        return '';
    // Times since the first start, on an axis of elapsed time (0s, 30s, 1m …) rather than the clock.
    const origin = Math.min(...timed.map((r) => Date.parse(r.startedAt)));
    const span = Math.max(...timed.map((r) => Date.parse(r.completedAt))) - origin;
    const lines = [
        '```mermaid',
        'gantt',
        '  dateFormat x',
        `  axisFormat ${elapsedAxisFormat(span)}`,
        '  section steps',
    ];
    for (const [i, r] of timed.entries()) {
        const start = Date.parse(r.startedAt) - origin;
        // Mermaid draws nothing for a zero-length task.
        const end = Math.max(Date.parse(r.completedAt) - origin, start + 1);
        const task = GANTT_TASKS[r.attempts.length === 0 ? 'unstarted' : r.status] ?? GANTT_TASKS.cancelled;
        lines.push(`  ${ganttLabel(r.name)}${task.says} :${task.tags}s${i + 1}, ${start}, ${end}`);
    }
    lines.push('```');
    return '\n' + lines.join('\n') + '\n';
}
/**
 * A d3 time format for elapsed times counted from the epoch: seconds for a run under a minute,
 * minutes and seconds under an hour, hours and minutes beyond (Mermaid draws the axis in the
 * reader's time zone; zones offset by whole hours, nearly all of them, read minutes and seconds right).
 */
function elapsedAxisFormat(spanMs) {
    if (spanMs < 60_000)
        return '%-Ss';
    if (spanMs < 3_600_000)
        return '%-Mm %Ss';
    return '%-Hh %Mm';
}
/**
 * Statements of Mermaid's gantt grammar (gantt.jison, case-insensitive, first rule wins): a task
 * line starting with one of them would be read as that statement, not as a task.
 */
const GANTT_STATEMENT = /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|call|\d)/i;
/** Task names cannot hold Mermaid's separators (`:` `;` `#`) or anything that could end the fence. */
function ganttLabel(name) {
    const clean = name
        .replace(/[^\p{L}\p{N} _.,/()+-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 60);
    if (!clean)
        return 'step';
    return GANTT_STATEMENT.test(clean) ? `step ${clean}` : clean;
}
/** The `results` output: one entry per step, small enough for a step output. */
function renderStepsResults(records) {
    return JSON.stringify(records.map((r) => ({
        id: r.stepId,
        name: r.name,
        status: r.status,
        exitCode: r.exitCode,
        signal: r.signal,
        timedOut: r.timedOut,
        durationMs: r.durationMs,
        attempts: r.attempts.length,
        exitStatus: r.exitStatus,
    })));
}


/***/ }),

/***/ 6767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q0: () => (/* binding */ MAX_SUMMARY_BYTES),
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: MAX_SUMMARY_ANNOTATIONS, describeOutcome, formatDuration, renderCiContext

// EXTERNAL MODULE: ./src/core/output-stream.ts + 1 modules
var output_stream = __webpack_require__(2091);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/render/resources.ts
var resources = __webpack_require__(2573);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/ansible/results.ts
var results = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/render/ansible-hosts.ts
// The per-host table of an Ansible run, for the summary (markdown).


/** Rows shown; the rest are counted under the table (the record keeps up to MAX_ANSIBLE_HOSTS). */
const MAX_HOST_ROWS = 100;
const VERDICT_EMOJI = { ok: '✅', failed: '❌', unreachable: '🔌' };
function renderAnsibleHosts(ansible, maxRows = MAX_HOST_ROWS) {
    const rows = ansible.hosts
        .slice(0, maxRows)
        .map((host) => [
        (0,markdown/* tableCell */.xR)(host.host),
        `${VERDICT_EMOJI[(0,results/* hostVerdict */.wB)(host)]} ${(0,results/* hostFailure */.tB)(host) ?? 'ok'}`,
        String(host.ok),
        String(host.changed),
        String(host.unreachable),
        String(host.failed),
        String(host.skipped),
        String(host.rescued),
        String(host.ignored),
    ]);
    const hidden = ansible.hosts.length - rows.length + ansible.omittedHosts;
    const table = (0,markdown/* renderTable */.bo)(['Host', 'Result', 'ok', 'changed', 'unreachable', 'failed', 'skipped', 'rescued', 'ignored'], rows);
    const more = hidden > 0 ? `\n… and ${hidden} more ${hidden === 1 ? 'host' : 'hosts'}.\n` : '';
    return `#### ${(0,markdown/* inlineCode */.ti)(ansible.command)} hosts\n\n${table}${more}`;
}

// EXTERNAL MODULE: ./src/render/container.ts
var container = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/render/outcome.ts
var outcome = __webpack_require__(3872);
// EXTERNAL MODULE: ./src/core/ci-context.ts
var ci_context = __webpack_require__(5261);
;// CONCATENATED MODULE: ./src/render/summary.ts
// The execution record as markdown: GitHub's job summary, the GitLab/CLI summary file and the PR
// comment all render it here. Pure: the same record gives the same bytes. Every piece of the record
// goes through ./markdown.ts; nothing but the record (and our own words) is written.










/**
 * GitHub refuses a step summary above 1 MiB, in bytes, and uploads nothing at all:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits
 */
const MAX_SUMMARY_BYTES = 1024 * 1024;
/** Annotations listed in the table; the rest are counted ("… and N more"). */
const MAX_SUMMARY_ANNOTATIONS = 50;
/** Per table cell (and shell, cwd), so 50 annotations of 64 KiB each cannot crowd out the rest. */
const MAX_CELL_CHARS = 1000;
const MAX_ERROR_CHARS = 2000;
const STATUS_EMOJI = {
    success: '✅',
    failed: '❌',
    timed_out: '⏱️',
    cancelled: '🚫',
    running: '⏳',
    pending: '⏳',
};
const STATUS_LABEL = {
    success: 'success',
    failed: 'failed',
    timed_out: 'timed out',
    cancelled: 'cancelled',
    running: 'running',
    pending: 'pending',
};
const LEVEL_EMOJI = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const LEVEL_ORDER = ['error', 'warning', 'notice'];
/** Fence info strings for the highlighter, by the shell's program name. */
const SHELL_LANGUAGE = {
    bash: 'bash',
    sh: 'sh',
    pwsh: 'powershell',
    powershell: 'powershell',
    cmd: 'bat',
    python: 'python',
    node: 'javascript',
};
const byteLength = (text) => Buffer.byteLength(text, 'utf8');
/**
 * The record as markdown, never above `maxBytes` UTF-8 bytes. When it does not fit, the output
 * tails are cut first (keeping their ends), then the annotation table, then the command, each with a
 * visible note; the markdown stays valid at every step.
 */
function renderSummary(record, options = {}) {
    const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
        throw new RangeError(`Invalid maxBytes: ${String(maxBytes)}. Expected a non-negative integer.`);
    }
    const streams = shownStreams(record);
    const full = {
        tails: streams,
        fullTails: streams,
        annotationRows: Math.min(record.annotations.length, MAX_SUMMARY_ANNOTATIONS),
        command: record.command,
        commandCut: false,
        maxBytes,
    };
    const doc = compose(record, full);
    if (byteLength(doc) <= maxBytes)
        return doc;
    // 1. The tails: measure everything else, give the rest to the tails, correct the overshoot
    // (fences and notes change a little with the content) and try again.
    let plan = { ...full, tails: { stdout: null, stderr: null } };
    let budget = maxBytes - byteLength(compose(record, plan));
    for (let round = 0; round < 8 && budget > 0; round++) {
        const tried = compose(record, { ...plan, tails: fitTails(streams, budget) });
        const over = byteLength(tried) - maxBytes;
        if (over <= 0)
            return tried;
        budget -= over;
    }
    // 2. The annotation table, halved until it fits.
    for (;;) {
        const tried = compose(record, plan);
        if (byteLength(tried) <= maxBytes)
            return tried;
        if (plan.annotationRows === 0)
            break;
        plan = { ...plan, annotationRows: Math.floor(plan.annotationRows / 2) };
    }
    // 3. The command, keeping its beginning.
    plan = { ...plan, command: '', commandCut: true };
    budget = maxBytes - byteLength(compose(record, plan));
    for (let round = 0; round < 8 && budget > 0; round++) {
        const tried = compose(record, { ...plan, command: headOf(record.command, budget) });
        const over = byteLength(tried) - maxBytes;
        if (over <= 0)
            return tried;
        budget -= over;
    }
    const bare = compose(record, plan);
    if (byteLength(bare) <= maxBytes)
        return bare;
    // 4. A limit too small for any of it: the heading alone, or nothing (still valid markdown).
    const heading = `### ${STATUS_EMOJI[record.status]} ${STATUS_LABEL[record.status]}\n`;
    return byteLength(heading) <= maxBytes ? heading : '';
}
/** The tails shown: only when it did not succeed, only streams with something in them. */
function shownStreams(record) {
    const show = (tail) => {
        const clean = (0,markdown/* stripControls */.$Y)(tail);
        return record.status !== 'success' && clean.trim() !== '' ? clean : null;
    };
    return { stdout: show(record.stdout.tail), stderr: show(record.stderr.tail) };
}
/** Shares `budget` bytes between the tails (what one does not need goes to the other), keeping the ends. */
function fitTails(streams, budget) {
    const size = { stdout: byteLength(streams.stdout ?? ''), stderr: byteLength(streams.stderr ?? '') };
    const half = Math.floor(budget / 2);
    const share = {
        stderr: Math.min(size.stderr, Math.max(half, budget - size.stdout)),
        stdout: Math.min(size.stdout, Math.max(half, budget - size.stderr)),
    };
    const cut = (stream) => {
        const text = streams[stream];
        if (text === null || share[stream] <= 0)
            return null;
        if (share[stream] >= size[stream])
            return text;
        const kept = lastUtf8Bytes(text, share[stream]);
        // Start at a line when there is one to start at.
        const newline = kept.indexOf('\n');
        const aligned = newline === -1 || newline === kept.length - 1 ? kept : kept.slice(newline + 1);
        return aligned.trim() === '' ? null : aligned;
    };
    return { stderr: cut('stderr'), stdout: cut('stdout') };
}
/**
 * The longest end of `text` within `limit` UTF-8 bytes, on a code point boundary. Walks back from the
 * end instead of encoding the whole tail: it runs several times on megabytes.
 */
function lastUtf8Bytes(text, limit) {
    let bytes = 0;
    let start = text.length;
    while (start > 0) {
        const code = text.charCodeAt(start - 1);
        const pair = code >= 0xdc00 && code <= 0xdfff && start >= 2 && isHighSurrogate(text.charCodeAt(start - 2));
        // A lone surrogate is written as U+FFFD: 3 bytes, as Buffer.byteLength counts it.
        const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
        if (bytes + size > limit)
            break;
        bytes += size;
        start -= pair ? 2 : 1;
    }
    return text.slice(start);
}
/** The beginning of `text` within `limit` UTF-8 bytes, ending at a line end when there is one. */
function headOf(text, limit) {
    const head = (0,output_stream/* firstBytes */.mI)(text, limit).text;
    const newline = head.lastIndexOf('\n');
    return newline > 0 ? head.slice(0, newline) : head;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function compose(record, plan) {
    // Resource usage where it was measured (not on Windows, not in logs from older versions).
    const usage = (0,resources/* executionUsage */.OO)(record);
    const blocks = [
        `### ${STATUS_EMOJI[record.status]} ${(0,markdown/* escapeInline */.VV)((0,markdown/* truncateText */.EJ)(record.name, outcome/* MAX_NAME_CHARS */.xH))}\n`,
        `${endSentence((0,outcome/* describeOutcomeMarkdown */.VO)(truncateRecordError(record)))}\n`,
        (0,markdown/* renderTable */.bo)(['Status', 'Duration', 'Exit code', 'Signal', 'Attempts', ...(usage ? ['Peak memory', 'CPU'] : [])], [
            [
                `${STATUS_EMOJI[record.status]} ${STATUS_LABEL[record.status]}`,
                record.durationMs === null ? '—' : (0,format/* formatDuration */.a3)(record.durationMs),
                record.exitCode === null ? '—' : String(record.exitCode),
                record.signal === null ? '—' : (0,markdown/* tableCell */.xR)(record.signal),
                `${record.attempts.length} of ${record.maxAttempts}`,
                ...(usage ? [(0,format/* formatBytes */.z3)(usage.peakRssBytes), (0,format/* formatDuration */.a3)(usage.cpuMs)] : []),
            ],
        ]),
        `${renderSetup(record)}\n`,
        ...(record.container ? [`${(0,container/* renderContainerLine */.q)(record.container)}\n`] : []),
        (0,markdown/* codeBlock */.DV)(plan.command, SHELL_LANGUAGE[shellProgram(record.shell)] ?? ''),
        ...renderAttempts(record),
        ...(record.ansible ? [renderAnsibleHosts(record.ansible)] : []),
        ...renderCharts(record),
        ...renderAnnotations(record.annotations, plan.annotationRows),
        ...renderCutNote(record, plan),
        ...renderTails(record, plan),
        `${renderFooter(record)}\n`,
    ];
    return blocks.join('\n');
}
/** A period, unless the sentence (an error message at its end) already has one. */
function endSentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function truncateRecordError(record) {
    if (record.error === null || record.error.length <= MAX_ERROR_CHARS)
        return record;
    return { ...record, error: (0,markdown/* truncateText */.EJ)(record.error, MAX_ERROR_CHARS) };
}
function shellProgram(template) {
    const program = template.trim().split(/\s+/)[0] ?? '';
    return program.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
}
/** Shell, working directory and limits on one line. */
function renderSetup(record) {
    const { limits } = record;
    const parts = [
        `Shell ${(0,markdown/* inlineCode */.ti)((0,markdown/* truncateText */.EJ)(record.shell, MAX_CELL_CHARS))}`,
        `working directory ${(0,markdown/* inlineCode */.ti)((0,markdown/* truncateText */.EJ)(record.cwd, MAX_CELL_CHARS))}`,
    ];
    if (limits.timeoutMs > 0)
        parts.push(`timeout ${(0,format/* formatDuration */.a3)(limits.timeoutMs)}`);
    if (limits.idleTimeoutMs > 0)
        parts.push(`idle timeout ${(0,format/* formatDuration */.a3)(limits.idleTimeoutMs)}`);
    if (limits.timeoutMs > 0 || limits.idleTimeoutMs > 0) {
        const first = (0,markdown/* escapeInline */.VV)(limits.killSignal);
        parts.push(limits.killSignal === 'SIGKILL'
            ? 'at the limit SIGKILL'
            : `at the limit ${first}, SIGKILL ${(0,format/* formatDuration */.a3)(limits.killAfterMs)} later`);
    }
    if (record.maxAttempts > 1)
        parts.push(`up to ${record.maxAttempts} attempts`);
    return parts.join(' · ');
}
function renderAttempts(record) {
    if (record.attempts.length <= 1)
        return [];
    const rows = record.attempts.map((attempt) => {
        const status = attempt.status === 'running' ? 'running' : attempt.status;
        let result = '—';
        if (attempt.error !== null)
            result = (0,markdown/* tableCell */.xR)(`error: ${(0,markdown/* truncateText */.EJ)(attempt.error, MAX_CELL_CHARS)}`);
        else if (attempt.exitCode !== null)
            result = `exit code ${attempt.exitCode}`;
        else if (attempt.signal !== null)
            result = (0,markdown/* tableCell */.xR)(attempt.signal);
        // Said when it is news: a line of output decided, or a failure with attempts left was not retried.
        if (attempt.retry && (attempt.outputMatch || !attempt.retry.retried)) {
            const verb = attempt.retry.retried ? 'retried' : 'not retried';
            result += (0,markdown/* tableCell */.xR)(`; ${verb}: ${(0,markdown/* truncateText */.EJ)(attempt.retry.reason, MAX_CELL_CHARS)}`);
        }
        const kind = attempt.timeoutKind === 'idle' ? ' (idle)' : attempt.timeoutKind === 'total' ? ' (total-timeout)' : '';
        return [
            String(attempt.number),
            `${STATUS_EMOJI[status]} ${STATUS_LABEL[status]}${kind}`,
            attempt.durationMs === null ? '—' : (0,format/* formatDuration */.a3)(attempt.durationMs),
            result,
        ];
    });
    const measured = record.attempts.some((a) => (0,resources/* measuredUsage */.Ku)(a.resources));
    const headers = [
        '#',
        'Status',
        'Duration',
        'Exit code / signal',
        ...(measured ? ['Peak memory', 'CPU'] : []),
    ];
    const withUsage = rows.map((row, i) => {
        const usage = (0,resources/* measuredUsage */.Ku)(record.attempts[i].resources);
        if (!measured)
            return row;
        return [...row, usage ? (0,format/* formatBytes */.z3)(usage.peakRssBytes) : '—', usage ? (0,format/* formatDuration */.a3)(usage.cpuMs) : '—'];
    });
    return ['#### Attempts\n', (0,markdown/* renderTable */.bo)(headers, withUsage)];
}
/** Memory and CPU over time for each attempt that ran longer than 30 s. */
function renderCharts(record) {
    return record.attempts.flatMap((attempt) => {
        const title = record.attempts.length > 1 ? `attempt ${attempt.number}` : 'the command';
        const charts = (0,resources/* renderUsageCharts */.xQ)(attempt, title);
        return charts.length > 0 ? [`#### Memory and CPU of ${title}\n`, ...charts] : [];
    });
}
function renderAnnotations(annotations, rows) {
    if (annotations.length === 0)
        return [];
    const sorted = LEVEL_ORDER.flatMap((level) => annotations.filter((a) => a.level === level));
    const counts = LEVEL_ORDER.map((level) => [level, sorted.filter((a) => a.level === level).length])
        .filter(([, count]) => count > 0)
        .map(([level, count]) => (0,format/* plural */.LS)(count, level));
    const blocks = [`#### Annotations (${counts.join(', ')})\n`];
    if (rows > 0) {
        blocks.push((0,markdown/* renderTable */.bo)(['Level', 'Location', 'Message'], sorted.slice(0, rows).map((a) => [`${LEVEL_EMOJI[a.level]} ${a.level}`, summary_location(a), message(a)])));
    }
    if (sorted.length > rows)
        blocks.push(`… and ${(0,format/* plural */.LS)(sorted.length - rows, 'more annotation')}.\n`);
    return blocks;
}
function summary_location(annotation) {
    if (annotation.file === undefined)
        return '—';
    let where = annotation.file;
    if (annotation.line !== undefined) {
        where += `:${annotation.line}`;
        if (annotation.column !== undefined)
            where += `:${annotation.column}`;
    }
    return (0,markdown/* tableCell */.xR)((0,markdown/* truncateText */.EJ)(where, MAX_CELL_CHARS));
}
function message(annotation) {
    const title = (0,markdown/* tableCell */.xR)((0,markdown/* truncateText */.EJ)(annotation.title ?? '', MAX_CELL_CHARS));
    const text = (0,markdown/* tableCell */.xR)((0,markdown/* truncateText */.EJ)(annotation.message, MAX_CELL_CHARS));
    const code = (0,markdown/* tableCell */.xR)((0,markdown/* truncateText */.EJ)(annotation.code ?? '', 100));
    const parts = [title && `**${title}**`, text, code && `(${code})`].filter((part) => part !== '');
    return parts.length > 0 ? parts.join(' ') : '—';
}
function renderCutNote(record, plan) {
    const cut = [];
    if (plan.tails.stdout !== plan.fullTails.stdout || plan.tails.stderr !== plan.fullTails.stderr) {
        cut.push('output');
    }
    if (plan.annotationRows < Math.min(record.annotations.length, MAX_SUMMARY_ANNOTATIONS)) {
        cut.push('annotations');
    }
    if (plan.commandCut)
        cut.push('the command');
    if (cut.length === 0)
        return [];
    const what = cut.length === 1 ? cut[0] : `${cut.slice(0, -1).join(', ')} and ${cut.at(-1)}`;
    const sentence = what[0].toUpperCase() + what.slice(1);
    return [`> ✂️ ${sentence} cut to fit the ${(0,format/* formatBytes */.z3)(plan.maxBytes)} summary limit.\n`];
}
function renderTails(record, plan) {
    const blocks = [];
    for (const stream of ['stderr', 'stdout']) {
        const shown = plan.tails[stream];
        if (shown === null)
            continue;
        const stats = record[stream];
        const partial = stats.truncated || shown !== plan.fullTails[stream];
        const label = `${stream}: ${(0,format/* plural */.LS)(stats.lines, 'line')}, ${(0,format/* formatBytes */.z3)(stats.bytes)}` +
            (partial ? `; the last ${(0,format/* formatBytes */.z3)(byteLength(shown))} shown` : '');
        // Our own HTML: a blank line after <summary> ends the HTML block, so the fence is markdown.
        blocks.push(`<details><summary>${label}</summary>\n\n${(0,markdown/* codeBlock */.DV)(shown, 'text')}\n</details>\n`);
    }
    return blocks.length > 0 ? ['#### Output\n', ...blocks] : [];
}
function renderFooter(record) {
    const parts = [`steplog execution ${(0,markdown/* inlineCode */.ti)(record.id)}`];
    if (record.startedAt !== null)
        parts.push(`started ${(0,markdown/* escapeInline */.VV)(record.startedAt)}`);
    if (record.completedAt !== null)
        parts.push(`completed ${(0,markdown/* escapeInline */.VV)(record.completedAt)}`);
    if (record.ci)
        parts.push(...renderCiContext(record.ci));
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** An absolute http(s) URL that can be a markdown link target as it is. */
const LINKABLE = /^https?:\/\/[^\s()<>[\]`]+$/;
/** Where the run lives, e.g. "Jenkins `shop/main` run [#42](…)", "job `test`", "commit `abc1234` on `main`". */
function renderCiContext(ci) {
    const parts = [];
    const pipeline = ci.pipeline ? ` ${(0,markdown/* inlineCode */.ti)(ci.pipeline)}` : '';
    const run = ci.runId ? `#${ci.runId}` : 'run';
    const link = ci.runUrl
        ? LINKABLE.test(ci.runUrl)
            ? `[${(0,markdown/* escapeInline */.VV)(run)}](${ci.runUrl})`
            : `${(0,markdown/* escapeInline */.VV)(run)} (${(0,markdown/* inlineCode */.ti)(ci.runUrl)})`
        : ci.runId
            ? (0,markdown/* inlineCode */.ti)(run)
            : '';
    parts.push(`${ci_context/* CI_SYSTEM_NAMES */.g[ci.system]}${pipeline}${link ? ` run ${link}` : ''}`);
    if (ci.job)
        parts.push(`job ${(0,markdown/* inlineCode */.ti)(ci.job)}`);
    if (ci.commit) {
        parts.push(`commit ${(0,markdown/* inlineCode */.ti)(ci.commit.slice(0, 12))}${ci.branch ? ` on ${(0,markdown/* inlineCode */.ti)(ci.branch)}` : ''}`);
    }
    else if (ci.branch)
        parts.push(`branch ${(0,markdown/* inlineCode */.ti)(ci.branch)}`);
    return parts;
}


/***/ }),

/***/ 667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ renderAttemptStart),
/* harmony export */   NS: () => (/* binding */ renderNote),
/* harmony export */   f: () => (/* binding */ renderWarning),
/* harmony export */   ty: () => (/* binding */ renderRetry)
/* harmony export */ });
/* harmony import */ var _render_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _render_outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3872);
// steplog's own lifecycle lines, in one fixed format shared by every console:
//   steplog ▶ build (attempt 1 of 3)
//   steplog ↻ build: attempt 1 of 3 failed with exit code 1 in 1.2s (312 MiB peak, 2.1s CPU); retrying in 2s
//   steplog ✖ build: failed with exit code 1 on attempt 3 of 3 in 9.1s     (renderOutcomeLine)
// An attempt that another one follows ends with the retry line; the last attempt's end is the
// execution's final line (../render/outcome.ts), so a step run once says how it ended once.


function renderAttemptStart(name, attempt, maxAttempts) {
    return maxAttempts > 1 ? `steplog ▶ ${name} (attempt ${attempt} of ${maxAttempts})` : `steplog ▶ ${name}`;
}
/**
 * The line of an attempt another one follows, said when the retry is decided: how it ended and
 * when the next starts. `reason` is said when it is news (a line matched retry-on-output), not
 * when it only repeats how the attempt ended. The last attempt has no line of its own: the final
 * line says how it ended.
 */
function renderRetry(name, attempt, maxAttempts, delayMs, reason) {
    const when = delayMs > 0 ? `retrying in ${(0,_render_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(delayMs)}` : 'retrying now';
    const why = attempt?.outputMatch?.kind === 'retry' ? ` (${reason})` : '';
    if (attempt === null)
        return `steplog ↻ ${name}: ${when}${why}`;
    const usage = (0,_render_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAttemptUsage */ .wX)(attempt);
    const took = attempt.durationMs === null ? '' : ` in ${(0,_render_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(attempt.durationMs)}`;
    const idle = attempt.timeoutKind === 'idle' ? ': idle, no output' : '';
    return `steplog ↻ ${name}: attempt ${attempt.number} of ${maxAttempts} ${describeAttempt(attempt)}${took}${usage ? ` (${usage})` : ''}${idle}; ${when}${why}`;
}
/** A console's line for one of steplog's own warnings: the message never carries the prefix. */
function renderWarning(message) {
    return `steplog ⚠ ${message}`;
}
/** A console's line for one of steplog's own notes (what it kept running): no problem, no warning sign. */
function renderNote(message) {
    return `steplog ℹ ${message}`;
}
function describeAttempt(attempt) {
    if (attempt.error)
        return `could not run: ${attempt.error}`;
    if (attempt.timedOut)
        return 'timed out';
    if (attempt.signal)
        return `was killed by ${attempt.signal}`;
    return `failed with exit code ${attempt.exitCode ?? 'unknown'}`;
}


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ createPlainConsoleRunSink),
/* harmony export */   jI: () => (/* binding */ waitForDrain),
/* harmony export */   wP: () => (/* binding */ writeBatch)
/* harmony export */ });
/* unused harmony export createPlainConsoleSink */
/* harmony import */ var _core_run_span_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6975);
/* harmony import */ var _render_outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3872);
/* harmony import */ var _render_sections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1102);
/* harmony import */ var _console_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(667);




function createPlainConsoleRunSink(streams) {
    return {
        name: 'console',
        execution: (slot) => createPlainConsoleSink(streams, slot.parallel ? `[${slot.stepId}] ` : ''),
        announce: (line) => void streams.stderr.write(line + '\n'),
        end({ mode, records, outcome, internalError }) {
            if (mode !== 'steps' || internalError !== null)
                return;
            streams.stderr.write((0,_render_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRunOutcomeLine */ .e4)(records, (0,_core_run_span_js__WEBPACK_IMPORTED_MODULE_2__/* .runTotals */ .zj)(records, outcome), outcome.exitStatus) + '\n');
        },
    };
}
/** `prefix` marks each output line (steps running in parallel share one console). */
function createPlainConsoleSink(streams, prefix = '') {
    let name = '';
    let maxAttempts = 1;
    let lastAttempt = null;
    const say = (line) => streams.stderr.write(line + '\n');
    return {
        name: 'console',
        onEvent(event) {
            switch (event.type) {
                case 'start':
                    name = event.record.name;
                    maxAttempts = event.record.maxAttempts;
                    break;
                case 'preparation-start':
                    say((0,_render_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPreparationStart */ .Wv)(name, event.preparation));
                    break;
                case 'preparation-end':
                    say((0,_render_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPreparationEnd */ .pn)(name, event.preparation, event.durationMs, event.error !== null));
                    break;
                case 'attempt-start':
                    say((0,_console_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .renderAttemptStart */ .I4)(name, event.attempt, maxAttempts));
                    break;
                case 'attempt-end':
                    lastAttempt = event.attempt;
                    break;
                case 'retry':
                    say((0,_console_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .renderRetry */ .ty)(name, lastAttempt, maxAttempts, event.delayMs, event.reason));
                    break;
                case 'warning':
                    say((0,_console_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .renderWarning */ .f)(event.message));
                    break;
                case 'note':
                    say((0,_console_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .renderNote */ .NS)(event.message));
                    break;
                case 'end':
                    say((0,_render_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .renderOutcomeLine */ .di)(event.record));
                    break;
            }
        },
        onPreparationOutput: (line) => say(prefix + line),
        onOutput: (batch) => writeBatch(streams[batch.stream], batch, prefix),
        drain: () => Promise.all([waitForDrain(streams.stdout), waitForDrain(streams.stderr)]).then(() => undefined),
    };
}
/**
 * Writes a batch: the command's bytes as they came (redacted), in one write. With a prefix (parallel
 * steps share the console) whole lines instead, each prefixed and ended, a piece of an over-long line
 * too: another step's line must not run into it.
 */
function writeBatch(stream, batch, prefix = '') {
    if (!prefix)
        return batch.bytes.length === 0 || stream.write(batch.bytes);
    if (batch.count === 0)
        return true;
    // From the joined text when the batch has it: its lines need not be split to be prefixed.
    const text = batch.text ?? batch.lines.join('\n');
    return stream.write(prefix + text.replaceAll('\n', '\n' + prefix) + '\n');
}
function waitForDrain(stream) {
    const writable = stream;
    if (!writable.writableNeedDrain)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            stream.off('error', done);
            resolve();
        };
        stream.once('drain', done);
        stream.once('close', done);
        stream.once('error', done);
    });
}


/***/ }),

/***/ 5646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ createReportFileSinks)
/* harmony export */ });
/* harmony import */ var _core_ci_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5261);
/* harmony import */ var _core_sink_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
// `junit-file` and `codequality-file`: the JUnit and Code Quality reports GitLab gets, written on any
// platform to the paths the user chose, for Jenkins, CircleCI, Buildkite, Azure Pipelines or a
// GitHub test-report action. The same sinks as GitLab's: one test case per execution (a command
// green after a retry is a passed test), or one per step with `steps`. Loaded only when asked for:
// the JUnit builder is large, and loading it would cost every run's start-up (and, in the action,
// grow V8's young generation before runtime-tuning.ts bounds it).


async function createReportFileSinks({ mode, settings }, env, unwritten) {
    const sinks = [];
    if (settings.junitFile) {
        // With steps, the suite is the CI job they ran in, when the CI says so.
        const suite = (0,_core_ci_context_js__WEBPACK_IMPORTED_MODULE_0__/* .detectCiContext */ .N)(env)?.job ?? 'steps';
        const { createGitlabJunitRunSink } = await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(842)]).then(__webpack_require__.bind(__webpack_require__, 9842));
        const sink = createGitlabJunitRunSink(mode, { file: settings.junitFile, suite });
        sinks.push((0,_core_sink_js__WEBPACK_IMPORTED_MODULE_1__/* .reportingEndFailure */ .s)(sink, unwritten(`JUnit report ${settings.junitFile}`)));
    }
    if (settings.codequalityFile) {
        const { createGitlabCodeQualitySink } = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 8305));
        const sink = createGitlabCodeQualitySink(mode, settings.codequalityFile);
        sinks.push((0,_core_sink_js__WEBPACK_IMPORTED_MODULE_1__/* .reportingEndFailure */ .s)(sink, unwritten(`Code Quality report ${settings.codequalityFile}`)));
    }
    return sinks;
}


/***/ })

};
