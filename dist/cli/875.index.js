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
/* harmony import */ var _sinks_console_plain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(264);
/* harmony import */ var _sinks_console_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(667);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _sinks_report_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5646);
/* harmony import */ var _sinks_summary_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7991);
// The plain CLI: a terminal, Jenkins, any CI that is neither GitHub nor GitLab.







const localPlatform = {
    name: 'local',
    defaultLogFile: () => node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'steplog', `steplog-${process.pid}-${Date.now()}.jsonl`),
    async createSinks(run, context) {
        const { mode, settings } = run;
        const sinks = [(0,_sinks_console_plain_js__WEBPACK_IMPORTED_MODULE_2__/* .createPlainConsoleRunSink */ .c4)(context)];
        if (settings.summaryFile)
            sinks.push((0,_sinks_summary_file_js__WEBPACK_IMPORTED_MODULE_6__/* .createSummaryFileSink */ .C)(mode, settings.summaryFile, settings.summary));
        const unwritten = (what) => (error) => context.stderr.write((0,_sinks_console_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .renderWarning */ .f)(`the ${what} was not written: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`) + '\n');
        sinks.push(...(await (0,_sinks_report_files_js__WEBPACK_IMPORTED_MODULE_5__/* .createReportFileSinks */ .Z)(run, context.env, unwritten)));
        return sinks;
    },
};


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
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1922);
/* harmony import */ var _render_steps_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7662);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6767);
/* harmony import */ var _write_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1702);
// The markdown summary written to a file (CLI `--summary-file`, GitLab artifacts): a single
// command's summary when it ends, or a run of steps' summary when the run ends, as `summary` says.
// GitHub's job summary has its own sink because it appends to GITHUB_STEP_SUMMARY under a size budget.






function createSummaryFileSink(mode, file, summary) {
    const name = `summary file (${file})`;
    return {
        name,
        execution: () => mode !== 'command'
            ? null
            : {
                name,
                onEvent(event) {
                    if (event.type !== 'end' || !(0,_core_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .wantsSummary */ .u)(summary, event.record.status))
                        return;
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSummary */ .Br)(event.record));
                },
            },
        end(run) {
            if (run.mode !== 'steps' || run.internalError !== null)
                return;
            if ((0,_core_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .wantsSummary */ .u)(summary, run.outcome.status)) {
                (0,_write_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(file, (0,_render_steps_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderStepsSummary */ .Wk)(run.records, run.outcome));
            }
        },
    };
}


/***/ }),

/***/ 1702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Report files (summary, dotenv, JUnit, Code Quality …) are written whole through a temporary file
// and a rename, into a folder created when missing, so an artifact upload never picks up half a file.


function writeFileAtomic(file, content) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, content);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, file);
}


/***/ })

};
