export const id = 632;
export const ids = [632];
export const modules = {

/***/ 8632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReportMode: () => (/* binding */ runReportMode)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_OUTPUT_ENTRIES, reportOutput */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sinks_actions_toolkit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9284);
/* harmony import */ var _core_output_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2091);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _report_aggregate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7791);
/* harmony import */ var _sinks_github_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4832);
// The action's report mode (`report:` input): instead of running a command, aggregate JSON-lines
// logs (the artifacts of a matrix, say) into the job summary and the `report` output.






/** Lists in the `report` output are cut to this many entries, so it stays far under GitHub's 1 MB of outputs. */
const MAX_REPORT_OUTPUT_ENTRIES = 100;
/** Runs the report and returns the exit status: 0, or 125 when no log could be found at all. */
async function runReportMode(raw, env, workspace) {
    for (const other of ['run', 'steps']) {
        const value = raw[other];
        if (value !== undefined && value.trim() !== '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`input '${other}'`, value, "nothing when input 'report' is given (a report runs no command)");
        }
    }
    const paths = (raw.report ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, line));
    const { buildReport, renderReport } = await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 9074));
    const report = await buildReport(paths);
    for (const problem of report.problems.slice(0, 10)) {
        _sinks_actions_toolkit_js__WEBPACK_IMPORTED_MODULE_1__.warning(`${problem.file}:${problem.line}: ${problem.message}`, { title: 'steplog report' });
    }
    _sinks_actions_toolkit_js__WEBPACK_IMPORTED_MODULE_1__.setOutput('report', JSON.stringify(reportOutput(report)));
    try {
        await (0,_sinks_github_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .appendJobSummary */ .I1)(env, (maxBytes) => (0,_core_output_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .firstBytes */ .mI)(renderReport(report, 'markdown'), maxBytes).text);
    }
    catch (error) {
        _sinks_actions_toolkit_js__WEBPACK_IMPORTED_MODULE_1__.warning(`could not write the job summary: ${error.message}`, {
            title: 'steplog',
        });
    }
    if (report.files === 0) {
        _sinks_actions_toolkit_js__WEBPACK_IMPORTED_MODULE_1__.setFailed(`steplog report: no JSON-lines log found at ${paths.join(', ') || '(no path given)'}`);
        return 125;
    }
    return 0;
}
/** The statistics without the per-execution rows, with every list cut to a bounded length. */
function reportOutput(report) {
    const cut = (list) => list.slice(0, MAX_REPORT_OUTPUT_ENTRIES);
    return {
        executions: report.executions,
        byStatus: report.byStatus,
        totalDurationMs: report.totalDurationMs,
        p50DurationMs: report.p50DurationMs,
        p95DurationMs: report.p95DurationMs,
        slowest: report.slowest.map((row) => ({
            name: row.name,
            status: row.status,
            durationMs: row.durationMs,
        })),
        // Every execution that needs a look, failures first, each with where it ran and what happened.
        attention: cut(report.attention).map((row) => ({
            name: row.name,
            status: row.status,
            flaky: row.flaky,
            outcome: row.outcome,
            durationMs: row.durationMs,
            attempts: row.attempts,
            file: (0,_report_aggregate_js__WEBPACK_IMPORTED_MODULE_4__/* .shownPath */ .pS)(report, row.file),
        })),
        steps: cut(report.steps),
        flaky: cut(report.flaky).map((row) => row.name),
        timedOut: cut(report.timedOut).map((row) => row.name),
        unfinished: report.unfinished.length,
        problems: report.problems.length,
        files: report.files,
        lines: report.lines,
    };
}


/***/ }),

/***/ 7791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QD: () => (/* binding */ aggregate),
  Iu: () => (/* binding */ outcomeMarkdown),
  pS: () => (/* binding */ shownPath)
});

// UNUSED EXPORTS: attemptPeakMemory, commonFolder, percentile

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/outcome.ts
var outcome = __webpack_require__(3872);
// EXTERNAL MODULE: ./src/ansible/results.ts
var results = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/report/ansible-hosts.ts
// Per-host rows of the Ansible runs across the logs: which hosts failed, in which execution.

/** Failing hosts first, then in the order the executions and Ansible named them. */
function ansibleHostRows(records) {
    const rows = records.flatMap((record) => (record.ansible?.hosts ?? []).map((host) => ({
        ...host,
        execution: record.name,
        result: (0,results/* hostFailure */.tB)(host) ?? 'ok',
        failedHost: (0,results/* hostVerdict */.wB)(host) !== 'ok',
    })));
    return [...rows.filter((row) => row.failedHost), ...rows.filter((row) => !row.failedHost)];
}

;// CONCATENATED MODULE: ./src/report/aggregate.ts
// Statistics across executions: what a matrix or a `parallel:` job's logs say taken together.




/** The order executions that need a look are listed in: what broke before what wobbled. */
const ATTENTION_ORDER = { failed: 0, timed_out: 1, cancelled: 2, success: 3 };
function aggregate(logs) {
    const rows = logs.records.map(toRow).sort(byStart);
    const durations = sortedDurations(rows);
    const byStatus = { success: 0, failed: 0, timed_out: 0, cancelled: 0 };
    for (const row of rows)
        if (row.status in byStatus)
            byStatus[row.status] += 1;
    const attention = rows
        .filter((row) => row.status !== 'success' || row.flaky)
        .sort((a, b) => (ATTENTION_ORDER[a.status] ?? 4) - (ATTENTION_ORDER[b.status] ?? 4));
    return {
        executions: rows.length,
        byStatus,
        totalDurationMs: durations.reduce((sum, d) => sum + d, 0),
        p50DurationMs: percentile(durations, 50),
        p95DurationMs: percentile(durations, 95),
        root: commonFolder([
            ...rows.map((row) => row.file),
            ...logs.unfinished.map((u) => u.file),
            ...logs.problems.map((p) => p.file),
        ]),
        attention,
        steps: stepStats(rows),
        slowest: [...rows].sort((a, b) => b.durationMs - a.durationMs).slice(0, 10),
        flaky: rows.filter((row) => row.flaky),
        timedOut: rows.filter((row) => row.status === 'timed_out'),
        rows,
        ansibleHosts: ansibleHostRows(logs.records.map((read) => read.record)),
        unfinished: logs.unfinished,
        problems: logs.problems,
        files: logs.files,
        lines: logs.lines,
    };
}
/** Nearest-rank percentile of sorted values; 0 for none. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    // p × n first: (p / 100) × n is a hair above the integer for some p (7 / 100 × 100 = 7.000000000000001).
    const rank = Math.ceil((p * sorted.length) / 100);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
/** The deepest folder holding every path (the folder itself for one file); '' for none. */
function commonFolder(files) {
    if (files.length === 0)
        return '';
    const folders = files.map((file) => external_node_path_default().dirname(external_node_path_default().resolve(file)).split((external_node_path_default()).sep));
    const common = folders.reduce((acc, parts) => {
        let i = 0;
        while (i < acc.length && i < parts.length && acc[i] === parts[i])
            i++;
        return acc.slice(0, i);
    });
    return common.join((external_node_path_default()).sep) || (external_node_path_default()).sep;
}
/** A log file's path as the report shows it: relative to the common folder. */
function shownPath(report, file) {
    if (!report.root)
        return file;
    const relative = external_node_path_default().relative(report.root, external_node_path_default().resolve(file));
    return relative === '' ? '.' : relative.split((external_node_path_default()).sep).join('/');
}
function stepStats(rows) {
    const byName = new Map();
    for (const row of rows)
        byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
    const stats = [...byName].map(([name, runs]) => {
        const durations = sortedDurations(runs.filter((run) => !run.neverStarted));
        const count = (status) => runs.filter((run) => run.status === status).length;
        const flaky = runs.filter((run) => run.flaky).length;
        const memory = runs.flatMap((run) => (run.peakMemoryBytes === null ? [] : [run.peakMemoryBytes]));
        return {
            name,
            runs: runs.length,
            failed: count('failed'),
            timedOut: count('timed_out'),
            cancelled: count('cancelled'),
            flaky,
            flakyRate: flaky / runs.length,
            p50DurationMs: percentile(durations, 50),
            p95DurationMs: percentile(durations, 95),
            peakMemoryBytes: memory.length > 0
                ? percentile(memory.sort((a, b) => a - b), 95)
                : null,
            lostMs: runs.reduce((sum, run) => sum + run.lostMs, 0),
        };
    });
    // Worst first: runs that broke, then runs that wobbled, then the time lost, then the slow tail.
    return stats.sort((a, b) => b.failed + b.timedOut - (a.failed + a.timedOut) ||
        b.flakyRate - a.flakyRate ||
        b.lostMs - a.lostMs ||
        b.p95DurationMs - a.p95DurationMs ||
        a.name.localeCompare(b.name));
}
function sortedDurations(rows) {
    return rows.map((row) => row.durationMs).sort((a, b) => a - b);
}
function byStart(a, b) {
    return (a.startedAt ?? '').localeCompare(b.startedAt ?? '');
}
/**
 * An attempt's peak memory (its process tree's), from the optional resource-usage fields; null when
 * the log predates them or the platform could not measure.
 */
function attemptPeakMemory(attempt) {
    const bytes = attempt.resources?.peakRssBytes;
    return typeof bytes === 'number' && Number.isFinite(bytes) ? bytes : null;
}
/** The record each row was made from, for renderers that spell the outcome their own way. */
const recordOfRow = new WeakMap();
/** The outcome sentence as inline markdown, every piece of the record escaped. */
function outcomeMarkdown(row) {
    const record = recordOfRow.get(row);
    return record ? (0,outcome/* describeOutcomeMarkdown */.VO)(record) : (0,markdown/* escapeInline */.VV)(row.outcome);
}
function toRow({ record, file }) {
    const failedAttempts = record.attempts.filter((attempt) => attempt.status !== 'success');
    const memory = record.attempts.flatMap((attempt) => attemptPeakMemory(attempt) ?? []);
    const row = {
        id: record.id,
        stepId: record.stepId,
        name: record.name,
        status: record.status,
        startedAt: record.startedAt,
        completedAt: record.completedAt,
        durationMs: record.durationMs ?? 0,
        attempts: record.attempts.length,
        exitStatus: record.exitStatus,
        flaky: record.status === 'success' && failedAttempts.length > 0,
        neverStarted: record.attempts.length === 0,
        outcome: (0,outcome/* describeOutcome */.SS)(record),
        lostMs: failedAttempts.reduce((sum, attempt) => sum + (attempt.durationMs ?? 0), 0),
        peakMemoryBytes: memory.length > 0 ? Math.max(...memory) : null,
        file,
    };
    recordOfRow.set(row, record);
    return row;
}


/***/ })

};
