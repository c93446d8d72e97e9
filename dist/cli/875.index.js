export const id = 875;
export const ids = [875];
export const modules = {

/***/ 4875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localPlatform: () => (/* binding */ localPlatform)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _render_steps_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7662);
/* harmony import */ var _sinks_console_plain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(264);
/* harmony import */ var _sinks_summary_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7991);
// The plain CLI: a terminal, Jenkins, any CI that is neither GitHub nor GitLab.






const localPlatform = {
    name: 'local',
    defaultLogFile: () => node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'steplog', `steplog-${process.pid}-${Date.now()}.jsonl`),
    async createSinks(settings, context) {
        const sinks = [(0,_sinks_console_plain_js__WEBPACK_IMPORTED_MODULE_4__/* .createPlainConsoleSink */ .$C)(context)];
        if (settings.summaryFile && settings.summary !== 'never') {
            sinks.push((0,_sinks_summary_file_js__WEBPACK_IMPORTED_MODULE_5__/* .createSummaryFileSink */ .C)(settings.summaryFile, settings.summary));
        }
        return sinks;
    },
    async createStepsReporter(run, context) {
        return {
            sinksFor: (step, parallel) => [(0,_sinks_console_plain_js__WEBPACK_IMPORTED_MODULE_4__/* .createPlainConsoleSink */ .$C)(context, parallel ? `[${step.id}] ` : '')],
            async finish(records, outcome) {
                if (run.summaryFile &&
                    run.summary !== 'never' &&
                    !(run.summary === 'on-failure' && outcome.status === 'success')) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(run.summaryFile, (0,_render_steps_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderStepsSummary */ .Wk)(records, outcome));
                }
                const failed = records.filter((r) => r.status !== 'success').length;
                context.stderr.write(`steplog ${outcome.status === 'success' ? '✔' : '✖'} ${records.length - failed} of ${records.length} steps succeeded (exit status ${outcome.exitStatus})\n`);
            },
        };
    },
};


/***/ }),

/***/ 7662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UK: () => (/* binding */ renderStepsResults),
/* harmony export */   Wk: () => (/* binding */ renderStepsSummary)
/* harmony export */ });
/* unused harmony export renderGantt */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);



const ICONS = { success: '✅', failed: '❌', timed_out: '⏱️', cancelled: '🚫' };
const GANTT_TAGS = {
    success: 'done',
    failed: 'crit',
    timed_out: 'crit',
    cancelled: 'active',
};
function renderStepsSummary(records, outcome, options = {}) {
    const maxBytes = options.maxBytes ?? _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SUMMARY_BYTES */ .Q0;
    const failed = records.filter((r) => r.status !== 'success');
    const headline = failed.length === 0
        ? `all ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(records.length, 'step')} succeeded`
        : `${failed.length} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(records.length, 'step')} did not succeed`;
    // One byte for the final newline.
    const head = renderHead(`### ${ICONS[outcome.status] ?? ''} steplog: ${headline}`, records, maxBytes - 1);
    const parts = [head];
    let used = Buffer.byteLength(head);
    // Each failed step's own summary shares what is left of the budget.
    for (const [i, record] of failed.entries()) {
        const share = Math.floor((maxBytes - used - 200) / (failed.length - i));
        if (share < 512)
            break;
        const part = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSummary */ .Br)(record, { maxBytes: share });
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
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTable */ .bo)(['', 'step', 'status', 'duration', 'attempts', 'exit'], shown.map((r) => [
                ICONS[r.status] ?? '',
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.name),
                r.status.replace('_', ' '),
                (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(r.durationMs ?? 0),
                String(r.attempts.length),
                r.exitStatus === null ? '' : String(r.exitStatus),
            ])),
            ...(left > 0 ? ['', `_${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(left, 'more step')} not shown: the summary has a size limit._`] : []),
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
    const lines = ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %M:%S', '  section steps'];
    for (const [i, r] of timed.entries()) {
        const start = Date.parse(r.startedAt);
        // Mermaid draws nothing for a zero-length task.
        const end = Math.max(Date.parse(r.completedAt), start + 1);
        lines.push(`  ${ganttLabel(r.name)} :${GANTT_TAGS[r.status] ?? 'active'}, s${i + 1}, ${start}, ${end}`);
    }
    lines.push('```');
    return '\n' + lines.join('\n') + '\n';
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

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ createSummaryFileSink)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
// The markdown summary written to a file (CLI `--summary-file`, GitLab artifacts). GitHub's job
// summary has its own sink because it appends to GITHUB_STEP_SUMMARY under a size budget.



function createSummaryFileSink(file, mode) {
    return {
        name: `summary file (${file})`,
        onEvent(event) {
            if (event.type !== 'end')
                return;
            if (mode === 'never' || (mode === 'on-failure' && event.record.status === 'success'))
                return;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummary */ .Br)(event.record));
        },
    };
}


/***/ })

};
