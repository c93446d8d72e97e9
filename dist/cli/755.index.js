export const id = 755;
export const ids = [755];
export const modules = {

/***/ 5755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitlabStepsReporter: () => (/* binding */ createGitlabStepsReporter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_output_stream_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2091);
/* harmony import */ var _render_gitlab_codequality_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6242);
/* harmony import */ var _render_gitlab_dotenv_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9012);
/* harmony import */ var _render_gitlab_dotenv_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6975);
/* harmony import */ var _render_gitlab_junit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2372);
/* harmony import */ var _render_gitlab_section_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5699);
/* harmony import */ var _render_steps_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7662);
/* harmony import */ var _sinks_console_plain_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(264);
/* harmony import */ var _sinks_gitlab_console_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3061);
/* harmony import */ var _sinks_gitlab_junit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9524);
/* harmony import */ var _sinks_gitlab_report_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2571);
/* harmony import */ var _gitlab_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7697);
// GitLab CI for a run of several steps (the `steps` input). Every step's logger gets a console sink
// and an output tail; once all have ended, the run writes the same files as a single step, in the
// same places (`.steplog/`, see ./gitlab.ts), for the run as a whole:
// - job log: steps one after another each get their collapsible sections; steps in parallel get
//   `[<step id>] ` before each output line instead (sections cannot hold interleaved lines). One
//   log limit for every step together (it is the job's), one line for what was withheld, and the
//   run's result as the last line.
// - dotenv: the run's totals under the single-step names, STEPLOG_RESULTS while it fits (../render/
//   gitlab-dotenv.ts); JUnit: one test case per step (../render/gitlab-junit.ts); Code Quality: every
//   step's annotations; summary.md: renderStepsSummary, as `summary` says.














async function createGitlabStepsReporter(run, context, options = {}) {
    const now = options.now ?? (() => new Date());
    const gitlab = (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.readGitlabOptions)(context.env);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.cwd, _gitlab_js__WEBPACK_IMPORTED_MODULE_10__.GITLAB_REPORT_DIR), { recursive: true });
    const logFile = run.logFile ?? (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.reportPath)(context, 'log');
    const summaryFile = run.summaryFile ?? (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.reportPath)(context, 'summary');
    const shown = (file) => (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.displayPath)(context.cwd, file);
    const detailsHint = `${shown(run.summary === 'always' ? summaryFile : logFile)} (job artifacts)`;
    const filesFor = (status) => ({
        logFile: shown(logFile),
        summaryFile: (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.writesSummary)(run.summary, status) ? shown(summaryFile) : null,
    });
    const budget = (0,_sinks_gitlab_console_js__WEBPACK_IMPORTED_MODULE_7__/* .createLogBudget */ .o9)(gitlab.logLimit);
    /** Each step's last attempt's output, in order, by step id. */
    const tails = new Map();
    const say = (line) => context.stdout.write(line + '\n');
    // Written before any step runs, as a single step does at its start: a job killed mid-run (GitLab's
    // own timeout) still hands `running` to the jobs that need it.
    const running = {
        status: 'running',
        deciding: null,
        exitCode: null,
        signal: null,
        timedOut: false,
        durationMs: null,
        startedAt: now().toISOString(),
        completedAt: null,
        attempts: 0,
    };
    try {
        (0,_sinks_gitlab_report_file_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Z)((0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.reportPath)(context, 'dotenv'), (0,_render_gitlab_dotenv_js__WEBPACK_IMPORTED_MODULE_11__/* .renderStepsDotenv */ .A0)(running, null, filesFor('running')).text);
    }
    catch (error) {
        // As a single step's dotenv sink: a warning, and the run goes on (finish() tries again).
        say(`steplog: warning: the dotenv report was not written: ${(0,_render_gitlab_section_js__WEBPACK_IMPORTED_MODULE_12__/* .cleanLogText */ .nA)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error), 2000)}`);
    }
    return {
        sinksFor(step, parallel) {
            return [
                (0,_sinks_gitlab_console_js__WEBPACK_IMPORTED_MODULE_7__/* .createGitlabConsoleSink */ .UT)({
                    stream: context.stdout,
                    collapsed: gitlab.collapsed,
                    logLimit: gitlab.logLimit,
                    detailsHint,
                    budget,
                    linePrefix: parallel ? `[${step.id}] ` : undefined,
                    now,
                }),
                createStepTailSink(step.id, step.settings.outputLimit, tails),
            ];
        },
        async finish(records, outcome) {
            const totals = (0,_render_gitlab_dotenv_js__WEBPACK_IMPORTED_MODULE_13__/* .runTotals */ .zj)(records, outcome);
            // A report that cannot be written is a warning in the log, never a change in the result.
            const write = (what, render) => {
                try {
                    render();
                }
                catch (error) {
                    say(`steplog: warning: the ${what} was not written: ${(0,_render_gitlab_section_js__WEBPACK_IMPORTED_MODULE_12__/* .cleanLogText */ .nA)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error), 2000)}`);
                }
            };
            write('summary', () => {
                if ((0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.writesSummary)(run.summary, outcome.status)) {
                    (0,_sinks_gitlab_report_file_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Z)(summaryFile, (0,_render_steps_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderStepsSummary */ .Wk)(records, outcome));
                }
            });
            write('dotenv report', () => {
                const dotenv = (0,_render_gitlab_dotenv_js__WEBPACK_IMPORTED_MODULE_11__/* .renderStepsDotenv */ .A0)(totals, (0,_render_steps_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderStepsResults */ .UK)(records), filesFor(outcome.status));
                (0,_sinks_gitlab_report_file_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Z)((0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.reportPath)(context, 'dotenv'), dotenv.text);
                if (dotenv.resultsLeftOut !== null) {
                    say(`steplog: STEPLOG_RESULTS (${dotenv.resultsLeftOut} bytes) is left out of the dotenv report, which GitLab takes only under 5 KB; every step's result is in ${shown(logFile)} and the JUnit report`);
                }
            });
            write('JUnit report', () => {
                // Every step's share of the budget keeps the file far under GitLab's 30 MB.
                const share = Math.max(1, Math.floor(_sinks_gitlab_junit_js__WEBPACK_IMPORTED_MODULE_8__/* .JUNIT_OUTPUT_BUDGET */ .V1 / Math.max(1, records.length)));
                const stepOutput = new Map([...tails].map(([id, text]) => [id, (0,_core_output_stream_js__WEBPACK_IMPORTED_MODULE_14__/* .lastBytes */ .Qr)(text, share).text]));
                const suite = context.env.CI_JOB_NAME?.trim() || 'steps';
                (0,_sinks_gitlab_report_file_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Z)((0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.reportPath)(context, 'junit'), (0,_render_gitlab_junit_js__WEBPACK_IMPORTED_MODULE_4__/* .renderStepsJunit */ .w)(records, { suite, outcome, stepOutput }));
            });
            write('Code Quality report', () => {
                (0,_sinks_gitlab_report_file_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Z)((0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__.reportPath)(context, 'codequality'), (0,_render_gitlab_codequality_js__WEBPACK_IMPORTED_MODULE_3__/* .renderCodeQuality */ .l6)(records.flatMap((record) => record.annotations)));
            });
            const withheld = (0,_sinks_gitlab_console_js__WEBPACK_IMPORTED_MODULE_7__/* .renderWithheldLine */ .O8)(budget, detailsHint);
            if (withheld !== null)
                say(withheld);
            // Always the last line, whatever was cut before it.
            say((0,_sinks_gitlab_console_js__WEBPACK_IMPORTED_MODULE_7__/* .renderRunResultLine */ .v1)(records, totals, outcome.exitStatus));
            await (0,_sinks_console_plain_js__WEBPACK_IMPORTED_MODULE_6__/* .waitForDrain */ .jI)(context.stdout);
        },
    };
}
/** Keeps the last attempt's output of one step (masked, ANSI stripped, in order) for its test case. */
function createStepTailSink(stepId, limit, tails) {
    let tail = new _sinks_gitlab_junit_js__WEBPACK_IMPORTED_MODULE_8__/* .TailBuffer */ .vX(limit);
    let attempted = false;
    return {
        name: `JUnit output of step ${stepId}`,
        onEvent(event) {
            if (event.type === 'attempt-start') {
                tail = new _sinks_gitlab_junit_js__WEBPACK_IMPORTED_MODULE_8__/* .TailBuffer */ .vX(limit);
                attempted = true;
            }
            else if (event.type === 'end' && attempted) {
                tails.set(stepId, tail.text());
            }
        },
        onOutput(batch) {
            tail.push(batch);
        },
    };
}


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


/***/ })

};
