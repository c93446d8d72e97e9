export const id = 554;
export const ids = [554];
export const modules = {

/***/ 7554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitlabJunitRunSink: () => (/* binding */ createGitlabJunitRunSink)
});

// UNUSED EXPORTS: JUNIT_OUTPUT_BUDGET, TailBuffer, createGitlabJunitSink

// EXTERNAL MODULE: ./node_modules/strip-ansi/index.js + 1 modules
var strip_ansi = __webpack_require__(348);
// EXTERNAL MODULE: ./src/core/output-stream.ts + 1 modules
var output_stream = __webpack_require__(2091);
// EXTERNAL MODULE: ./node_modules/junit-report-builder/dist/index.js
var dist = __webpack_require__(1072);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./src/ansible/results.ts
var results = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/core/run-span.ts
var run_span = __webpack_require__(6975);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/render/outcome.ts
var outcome = __webpack_require__(3872);
// EXTERNAL MODULE: ./src/render/resources.ts
var resources = __webpack_require__(2573);
;// CONCATENATED MODULE: ./src/render/gitlab-section.ts
// GitLab collapsible log sections (https://docs.gitlab.com/ci/jobs/job_logs/#custom-collapsible-sections)
// and the neutralising of section markers forged by the command's output.
//
// GitLab's log parser (lib/gitlab/regex.rb, build_trace_section_regex) recognises
//   section_(start|end):<digits>:<name>[options]\r\e[0K
// anywhere in a line: the leading `\e[0K` of the documented form is not needed, the trailing
// `\r\e[0K` is. So a marker is neutralised by never letting the command print `\e[0K`: it becomes
// `\e[K`, which means the same to a terminal (erase to end of line, default parameter 0) but can
// neither end a marker for GitLab nor start one for gitlab-ci-local (which wants `\e[0K` before
// `section_`).
/** Erase-line sequence GitLab's markers are built from; the `0` is required. */
const ERASE_LINE = '\x1b[0K';
const SAFE_ERASE_LINE = '\x1b[K';
/** GitLab accepts letters, digits, `_`, `.` and `-` in a section name. */
const SECTION_NAME = /^[A-Za-z0-9_.-]+$/;
/** Headers and names shown in the log: no control characters (ESC, CR, BEL …), one line. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
const MAX_HEADER_CHARS = 200;
function renderSectionStart(name, header, unixSeconds, collapsed) {
    assertSectionName(name);
    const options = collapsed ? '[collapsed=true]' : '';
    return `${ERASE_LINE}section_start:${unixSeconds}:${name}${options}\r${ERASE_LINE}${cleanLogText(header)}\n`;
}
function renderSectionEnd(name, unixSeconds) {
    assertSectionName(name);
    return `${ERASE_LINE}section_end:${unixSeconds}:${name}\r${ERASE_LINE}\n`;
}
/** Makes a line of the command's output unable to open or close a section (see the top comment). */
function neutraliseSectionMarkers(text) {
    return text.includes(ERASE_LINE) ? text.replaceAll(ERASE_LINE, SAFE_ERASE_LINE) : text;
}
const ERASE_LINE_BYTES = Buffer.from(ERASE_LINE);
const SAFE_ERASE_LINE_BYTES = Buffer.from(SAFE_ERASE_LINE);
/** The same on the command's bytes: only the markers change, every other byte stays as it was. */
function neutraliseSectionMarkerBytes(bytes) {
    let found = bytes.indexOf(ERASE_LINE_BYTES);
    if (found === -1)
        return bytes;
    const pieces = [];
    let start = 0;
    for (; found !== -1; found = bytes.indexOf(ERASE_LINE_BYTES, start)) {
        pieces.push(bytes.subarray(start, found), SAFE_ERASE_LINE_BYTES);
        start = found + ERASE_LINE_BYTES.length;
    }
    pieces.push(bytes.subarray(start));
    return Buffer.concat(pieces);
}
/**
 * How much of the end of `bytes` could be the start of `\e[0K` completed by the next piece of the
 * same line (`\e`, `\e[` or `\e[0`): held back so a marker cannot be assembled across pieces.
 */
function incompleteEraseSuffix(bytes) {
    for (let length = ERASE_LINE_BYTES.length - 1; length > 0; length--) {
        if (length <= bytes.length &&
            bytes.subarray(bytes.length - length).equals(ERASE_LINE_BYTES.subarray(0, length)))
            return length;
    }
    return 0;
}
/** Text steplog itself prints from the record (name, messages): one line, no escape sequences. */
function cleanLogText(text, maxChars = MAX_HEADER_CHARS) {
    const clean = text.replace(CONTROL, ' ').trim();
    return clean.length > maxChars ? `${clean.slice(0, maxChars - 1)}…` : clean;
}
function assertSectionName(name) {
    if (!SECTION_NAME.test(name))
        throw new Error(`invalid GitLab section name: ${JSON.stringify(name)}`);
}

;// CONCATENATED MODULE: ./src/render/gitlab-junit.ts
// The execution as a JUnit report: GitLab's merge-request test summary and Tests tab, Jenkins' `junit`
// step, CircleCI's `store_test_results`, Buildkite Test Engine and Azure's PublishTestResults all
// read it. One test case per execution with its final result: a step that passed on its second
// attempt is a passed test (the merge request shows no failure), and its earlier attempts, with their
// output, are in the case's system-out. GitLab reads testcase@classname (shown as the suite), @name,
// @time and the failure/error text (https://docs.gitlab.com/ci/testing/unit_test_reports/). A run of
// several steps is one test case per step (renderStepsJunit).







// The package's types declare an ES default export, but its CommonJS entry assigns the builder to
// module.exports, which is what Node and ncc hand to a default import. Accept either shape.
const junitReportBuilder = ((dist_default())["default"] ??
    (dist_default()));
function renderJunit(record, options = {}) {
    const builder = junitReportBuilder.newBuilder();
    const name = cleanLogText(record.name);
    const suite = builder.testSuite().name(name);
    if (record.startedAt)
        suite.timestamp(record.startedAt);
    if (record.durationMs !== null)
        suite.time(seconds(record.durationMs));
    const testCase = suite
        .testCase()
        .className(name)
        .name(name)
        .time(seconds(record.durationMs ?? 0));
    const last = record.attempts.at(-1);
    if (last === undefined) {
        // steplog could not start anything: the test case carries its error.
        testCase.error((0,outcome/* describeOutcome */.SS)(record), record.status, record.error ?? (0,outcome/* describeOutcome */.SS)(record));
        return builder.build();
    }
    addUsage(suite, record, null);
    const output = outputOf(record, last, options);
    const which = record.maxAttempts > 1 ? ` (attempt ${last.number} of ${record.maxAttempts})` : '';
    switch (record.status) {
        case 'success':
            break;
        case 'failed':
            if (last.error !== null)
                testCase.error(last.error, 'error', output);
            else
                testCase.failure(describeAttempt(record, last) + which, 'failed').stacktrace(output);
            break;
        case 'timed_out':
            testCase.failure(describeAttempt(record, last) + which, 'timed_out').stacktrace(output);
            break;
        default:
            // Cancelled (or cut short by a crash): not the command's failure, so an error, not a failure.
            testCase.error(describeAttempt(record, last), record.status, output);
    }
    const earlier = record.attempts.slice(0, -1);
    if (earlier.length > 0)
        testCase.standardOutput(earlierAttempts(record, earlier, options));
    addAnsibleHosts(suite, name, record);
    return builder.build();
}
/**
 * An Ansible run: one more test case per host (`deploy: web1`), failing with why (`1 failed task`,
 * `unreachable`), so the merge request counts the hosts that failed.
 */
function addAnsibleHosts(suite, className, record) {
    for (const host of record.ansible?.hosts ?? []) {
        const testCase = suite
            .testCase()
            .className(className)
            .name(`${className}: ${cleanLogText(host.host)}`);
        const failure = (0,results/* hostFailure */.tB)(host);
        const counts = `ok=${host.ok} changed=${host.changed} unreachable=${host.unreachable} failed=${host.failed} skipped=${host.skipped} rescued=${host.rescued} ignored=${host.ignored}`;
        if (failure !== null)
            testCase.failure(`${record.ansible.command}: ${failure}`, 'failed').stacktrace(counts);
        else
            testCase.standardOutput(counts);
    }
}
/**
 * The tree's peak memory over every attempt and the CPU of them all, as properties of the suite:
 * the JUnit model Jenkins, CircleCI and Azure read has properties on suites only. A run of steps
 * names each step's in the key (`steplog.<test case>.peak_memory_bytes`).
 */
function addUsage(suite, record, testCase) {
    const usage = (0,resources/* executionUsage */.OO)(record);
    if (!usage)
        return;
    const key = testCase === null ? 'steplog' : `steplog.${testCase}`;
    suite.property(`${key}.peak_memory_bytes`, String(usage.peakRssBytes));
    suite.property(`${key}.cpu_ms`, String(usage.cpuMs));
}
/** What each attempt before the last ended with, and its output: a retried step's history. */
function earlierAttempts(record, attempts, options) {
    const intro = record.status === 'success'
        ? `${(0,outcome/* describeOutcome */.SS)(record)}; the attempts before it did not succeed:`
        : `${(0,format/* plural */.LS)(attempts.length, 'earlier attempt')} did not succeed either:`;
    const parts = attempts.map((attempt) => `--- attempt ${attempt.number} of ${record.maxAttempts}: ${describeAttempt(record, attempt)}, ` +
        `after ${(0,format/* formatDuration */.a3)(attempt.durationMs ?? 0)}\n${outputOf(record, attempt, options)}`);
    return [intro, ...parts].join('\n\n');
}
/** One line for the failure's `message`: what ended the attempt. */
function describeAttempt(record, attempt) {
    switch (attempt.status) {
        case 'timed_out': {
            const idle = attempt.timeoutKind === 'idle';
            if (attempt.timeoutKind === 'total') {
                return `total-timeout ${(0,format/* formatDuration */.a3)(record.limits.totalTimeoutMs ?? 0)} reached (${describeExit(attempt)})`;
            }
            const limit = idle ? record.limits.idleTimeoutMs : record.limits.timeoutMs;
            const what = idle ? 'timed out without output' : 'timed out';
            return `${what}${limit > 0 ? ` after ${(0,format/* formatDuration */.a3)(limit)}` : ''} (${describeExit(attempt)})`;
        }
        case 'cancelled':
            return `cancelled${record.cancelSignal ? ` (steplog received ${record.cancelSignal})` : ''}`;
        case 'running':
            return 'did not finish';
        default:
            return describeExit(attempt);
    }
}
/** The attempt's own tail when the sink kept one; the record's tails for the last attempt otherwise. */
function outputOf(record, attempt, options) {
    const kept = options.attemptOutput?.get(attempt.number);
    if (kept !== undefined)
        return kept || '(no output)';
    if (attempt.number !== record.attempts.length)
        return '(output not kept)';
    const parts = [record.stdout.tail, record.stderr.tail].filter(Boolean);
    return parts.length > 0 ? parts.join('\n') : '(no output)';
}
function describeExit(attempt) {
    if (attempt.signal !== null)
        return `killed by ${attempt.signal}`;
    return attempt.exitCode === null ? 'no exit code' : `exit code ${attempt.exitCode}`;
}
/** JUnit times are seconds; milliseconds precision is all the record has. */
function seconds(ms) {
    return Math.round(ms) / 1000;
}
/**
 * A run of several steps: one test case per step, named after it, timed by it, and failing with
 * its last attempt's output tail. A cancelled step did not fail on its own (fail-fast stopped it,
 * or the job was cancelled): it is `skipped`, with the reason and its output in system-out, so
 * the merge request's failed count is the steps that failed. steplog's own error is an `error`.
 */
function renderStepsJunit(records, options) {
    const builder = junitReportBuilder.newBuilder();
    const suiteName = cleanLogText(options.suite) || 'steps';
    const suite = builder.testSuite().name(suiteName);
    const span = (0,run_span/* runSpan */.gu)(records);
    if (span.startedAt)
        suite.timestamp(span.startedAt);
    if (span.durationMs !== null)
        suite.time(seconds(span.durationMs));
    const firstFailure = (0,run_span/* decidingRecord */.ZB)(records);
    const names = new Set();
    for (const record of records) {
        let name = cleanLogText(record.name) || 'step';
        // GitLab counts only the first of several test cases with one name.
        if (names.has(name) && record.stepId)
            name = `${name} (${record.stepId})`;
        names.add(name);
        const testCase = suite
            .testCase()
            .className(suiteName)
            .name(name)
            .time(seconds(record.durationMs ?? 0));
        addUsage(suite, record, name);
        const kept = record.stepId === null ? undefined : options.stepOutput?.get(record.stepId);
        const last = record.attempts.at(-1);
        const output = kept !== undefined ? kept || '(no output)' : last ? outputOf(record, last, {}) : '';
        const which = record.maxAttempts > 1 && last ? ` (attempt ${last.number} of ${record.maxAttempts})` : '';
        switch (record.status) {
            case 'success':
                break;
            case 'timed_out':
                testCase.failure(describeAttempt(record, last) + which, 'timed_out').stacktrace(output);
                break;
            case 'cancelled': {
                const why = options.outcome.status !== 'cancelled' && firstFailure
                    ? `${last ? 'stopped' : 'not started'}: fail-fast cancelled the other steps after ${(0,outcome/* describeOutcome */.SS)(firstFailure)}`
                    : (0,outcome/* describeOutcome */.SS)(record);
                testCase.skipped().standardOutput(last ? `${why}\n\n${output}` : why);
                break;
            }
            default:
                // failed, or (a crash) still running.
                if (last === undefined || record.error !== null) {
                    testCase.error((0,outcome/* describeOutcome */.SS)(record), 'error', last ? output : (record.error ?? ''));
                }
                else if (record.status === 'failed') {
                    testCase.failure(describeAttempt(record, last) + which, 'failed').stacktrace(output);
                }
                else {
                    testCase.error(describeAttempt(record, last), record.status, output);
                }
        }
        addAnsibleHosts(suite, name, record);
    }
    return builder.build();
}

// EXTERNAL MODULE: ./src/sinks/write-file.ts
var write_file = __webpack_require__(1702);
;// CONCATENATED MODULE: ./src/sinks/gitlab-junit.ts
// The JUnit report sink: keeps a bounded tail of each attempt's output (both streams, in order,
// already masked) so every failed attempt's test case shows its own output, then writes the report.
// A run of steps keeps each step's last attempt's output and writes one test case per step when
// the run ends, every step's share of the budget keeping the file far under GitLab's 30 MB.




/** All attempts' tails together stay well under GitLab's 30 MB per JUnit file. */
const JUNIT_OUTPUT_BUDGET = 8 * 1024 * 1024;
function createGitlabJunitRunSink(mode, { file, suite }) {
    const name = `JUnit report (${file})`;
    if (mode === 'command') {
        return {
            name,
            execution: ({ settings }) => createGitlabJunitSink({ file, outputLimit: settings.outputLimit, maxAttempts: settings.maxAttempts }),
        };
    }
    /** Each step's last attempt's output, in order, by step id. */
    const tails = new Map();
    return {
        name,
        execution: ({ stepId, settings }) => createStepTailSink(stepId ?? '', settings.outputLimit, tails),
        end({ records, outcome, internalError }) {
            if (internalError !== null)
                return;
            const share = Math.max(1, Math.floor(JUNIT_OUTPUT_BUDGET / Math.max(1, records.length)));
            const stepOutput = new Map([...tails].map(([id, text]) => [id, (0,output_stream/* lastBytes */.Qr)(text, share).text]));
            (0,write_file/* writeFileAtomic */.Z)(file, renderStepsJunit(records, { suite, outcome, stepOutput }));
        },
    };
}
/** Keeps the last attempt's output of one step (masked, ANSI stripped, in order) for its test case. */
function createStepTailSink(stepId, limit, tails) {
    let tail = new TailBuffer(limit);
    let attempted = false;
    return {
        name: `JUnit output of step ${stepId}`,
        onEvent(event) {
            if (event.type === 'attempt-start') {
                tail = new TailBuffer(limit);
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
function createGitlabJunitSink(options) {
    const limit = Math.max(1, Math.min(options.outputLimit, Math.floor(JUNIT_OUTPUT_BUDGET / options.maxAttempts)));
    const outputs = new Map();
    let attempt = 0;
    let tail = new TailBuffer(limit);
    return {
        name: `JUnit report (${options.file})`,
        onEvent(event) {
            switch (event.type) {
                case 'attempt-start':
                    attempt = event.attempt;
                    tail = new TailBuffer(limit);
                    break;
                case 'attempt-end':
                    outputs.set(event.attempt.number, tail.text());
                    break;
                case 'end':
                    if (attempt > 0 && !outputs.has(attempt))
                        outputs.set(attempt, tail.text());
                    (0,write_file/* writeFileAtomic */.Z)(options.file, renderJunit(event.record, { attemptOutput: outputs }));
                    break;
            }
        },
        onOutput(batch) {
            tail.push(batch);
        },
    };
}
/** The last `limit` bytes of a stream of lines, trimmed as it goes so memory stays bounded. */
class TailBuffer {
    limit;
    pieces = [];
    chars = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(batch) {
        const last = batch.lines.length - 1;
        batch.lines.forEach((line, index) => {
            const piece = index === last && batch.partial ? line : line + '\n';
            this.pieces.push(piece);
            this.chars += piece.length;
        });
        // The last `limit` UTF-8 bytes lie within the last `limit` UTF-16 units; twice that leaves room
        // for the ANSI sequences stripped later.
        if (this.chars > 4 * this.limit) {
            const kept = this.pieces.join('').slice(-2 * this.limit);
            this.pieces = [kept];
            this.chars = kept.length;
        }
    }
    text() {
        const clean = (0,output_stream/* collapseCarriageReturns */.VZ)((0,strip_ansi/* default */.A)(this.pieces.join('').replace(/\n$/, '')));
        return (0,output_stream/* lastBytes */.Qr)(clean, this.limit).text;
    }
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
