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
/* harmony import */ var _sinks_github_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9548);
/* harmony import */ var _core_output_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2091);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _sinks_github_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1704);
// The action's report mode (`report:` input): instead of running a command, aggregate JSON-lines
// logs (the artifacts of a matrix, say) into the job summary and the `report` output.





/** Lists in the `report` output are cut to this many entries, so it stays far under GitHub's 1 MB of outputs. */
const MAX_REPORT_OUTPUT_ENTRIES = 100;
/** Runs the report and returns the exit status: 0, or 125 when no log could be found at all. */
async function runReportMode(raw, env, workspace) {
    for (const other of ['run', 'steps']) {
        const value = raw[other];
        if (value !== undefined && value.trim() !== '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`input '${other}'`, value, "nothing when input 'report' is given (a report runs no command)");
        }
    }
    const paths = (raw.report ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, line));
    const { buildReport, renderReport } = await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 1984));
    const report = await buildReport(paths);
    for (const problem of report.problems.slice(0, 10)) {
        _sinks_github_commands_js__WEBPACK_IMPORTED_MODULE_1__.warning(`${problem.file}:${problem.line}: ${problem.message}`, { title: 'steplog report' });
    }
    _sinks_github_commands_js__WEBPACK_IMPORTED_MODULE_1__.setOutput('report', JSON.stringify(reportOutput(report)));
    try {
        await (0,_sinks_github_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .appendJobSummary */ .I1)(env, (maxBytes) => (0,_core_output_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .firstBytes */ .mI)(renderReport(report, 'markdown'), maxBytes).text);
    }
    catch (error) {
        _sinks_github_commands_js__WEBPACK_IMPORTED_MODULE_1__.warning(`steplog: could not write the job summary: ${error.message}`, {
            title: 'steplog',
        });
    }
    if (report.files === 0) {
        _sinks_github_commands_js__WEBPACK_IMPORTED_MODULE_1__.setFailed(`steplog report: no JSON-lines log found at ${paths.join(', ') || '(no path given)'}`);
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
        flaky: cut(report.flaky).map((row) => row.name),
        timedOut: cut(report.timedOut).map((row) => row.name),
        unfinished: report.unfinished.length,
        problems: report.problems.length,
        files: report.files,
        lines: report.lines,
    };
}


/***/ })

};
