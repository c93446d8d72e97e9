export const id = 698;
export const ids = [698];
export const modules = {

/***/ 3698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LOG_LIMIT: () => (/* binding */ DEFAULT_LOG_LIMIT),
  GITLAB_FILES: () => (/* binding */ GITLAB_FILES),
  GITLAB_REPORT_DIR: () => (/* binding */ GITLAB_REPORT_DIR),
  displayPath: () => (/* binding */ displayPath),
  gitlabPlatform: () => (/* binding */ gitlabPlatform),
  readGitlabOptions: () => (/* binding */ readGitlabOptions),
  reportPath: () => (/* binding */ reportPath)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/core/sink.ts
var sink = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/render/gitlab-section.ts
var gitlab_section = __webpack_require__(5699);
// EXTERNAL MODULE: ./src/sinks/gitlab-codequality.ts + 1 modules
var gitlab_codequality = __webpack_require__(8305);
// EXTERNAL MODULE: ./src/core/random.ts
var random = __webpack_require__(8640);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/core/run-span.ts
var run_span = __webpack_require__(6975);
// EXTERNAL MODULE: ./src/render/outcome.ts
var outcome = __webpack_require__(3872);
// EXTERNAL MODULE: ./src/sinks/console-lines.ts
var console_lines = __webpack_require__(667);
// EXTERNAL MODULE: ./src/sinks/console-plain.ts
var console_plain = __webpack_require__(264);
;// CONCATENATED MODULE: ./src/sinks/gitlab-console.ts
// The GitLab job log: steplog's lifecycle lines outside, the command's output inside one collapsible
// section per attempt. Everything goes to one stream (stdout) so the section markers keep their
// place among the lines; the runner merges stdout and stderr into the job log anyway.
//
// - Forged markers in the output are neutralised (../render/gitlab-section.ts), and the section
//   name carries a random suffix the command never sees, so nothing it prints can close ours.
// - GitLab cuts a job log at 4 MiB by default (https://docs.gitlab.com/administration/cicd/
//   #maximum-job-log-size): past `logLimit` bytes of output steplog stops forwarding it, says so,
//   and still prints every lifecycle line and the final result line.
// - Only GitLab markup: never a GitHub workflow command.
// - Steps in parallel (the `steps` input) share the job log: their lines would interleave inside
//   any section, so each output line carries `[<step id>] ` instead, and one LogBudget caps the
//   output of every step together (the job log limit is per job, not per step). The run then ends
//   with one line for what was withheld and one for the run's result, always the last.







function createLogBudget(limit) {
    return { limit, forwarded: 0, withholding: false, withheldBytes: 0, withheldLines: 0 };
}
/** The line that says how much output the job log did not get; null when nothing was withheld. */
function renderWithheldLine(budget, detailsHint) {
    if (!budget.withholding)
        return null;
    return `steplog: ${(0,format/* formatBytes */.z3)(budget.withheldBytes)} of output (${(0,format/* plural */.LS)(budget.withheldLines, 'line')}) was withheld from the job log; the tail of each stream is in ${detailsHint}`;
}
/** Annotation lines printed per attempt after its section; the rest are counted (all are in the reports). */
const MAX_ANNOTATION_LINES = 10;
const NO_BYTES = Buffer.alloc(0);
/** List it last: a run of steps ends with its result line, after every other sink's last word. */
function createGitlabConsoleRunSink(mode, options) {
    if (mode === 'command') {
        return { name: 'gitlab console', execution: () => createGitlabConsoleSink(options) };
    }
    const budget = createLogBudget(options.logLimit);
    const say = (line) => options.stream.write(line + '\n');
    return {
        name: 'gitlab console',
        execution: (slot) => createGitlabConsoleSink({
            ...options,
            budget,
            linePrefix: slot.parallel ? `[${slot.stepId}] ` : undefined,
        }),
        async end({ records, outcome, internalError }) {
            if (internalError !== null)
                return;
            const withheld = renderWithheldLine(budget, options.detailsHint);
            if (withheld !== null)
                say(withheld);
            // Always the last line, whatever was cut before it.
            say(renderRunResultLine(records, (0,run_span/* runTotals */.zj)(records, outcome), outcome.exitStatus));
            await (0,console_plain/* waitForDrain */.jI)(options.stream);
        },
    };
}
function createGitlabConsoleSink(options) {
    const { stream, collapsed, logLimit, detailsHint } = options;
    const now = options.now ?? (() => new Date());
    const sectionId = options.sectionId ?? (0,random/* randomHex */.nw)(6);
    const prefix = options.linePrefix ?? '';
    const budget = options.budget ?? createLogBudget(logLimit);
    const ownsBudget = options.budget === undefined;
    let name = 'step';
    let maxAttempts = 1;
    let openSection = null;
    let atLineStart = true;
    /** The end of a piece that could complete `\e[0K` with the next piece. */
    let carry = NO_BYTES;
    let pendingAnnotations = [];
    const unix = () => Math.floor(now().getTime() / 1000);
    const write = (text) => stream.write(text);
    /** steplog's own line, always printed, on a line of its own. */
    const say = (line) => {
        endPartialLine();
        write(line + '\n');
    };
    function endPartialLine() {
        if (carry.length > 0) {
            budget.forwarded += carry.length;
            write(carry);
            atLineStart = false;
        }
        carry = NO_BYTES;
        if (!atLineStart)
            write('\n');
        atLineStart = true;
    }
    function closeSection() {
        if (openSection === null)
            return;
        endPartialLine();
        write((0,gitlab_section/* renderSectionEnd */.pc)(openSection, unix()));
        openSection = null;
    }
    function flushAnnotations() {
        const shown = pendingAnnotations.slice(0, MAX_ANNOTATION_LINES);
        for (const annotation of shown)
            say(renderAnnotationLine(annotation));
        const more = pendingAnnotations.length - shown.length;
        if (more > 0)
            say(`steplog: … and ${(0,format/* plural */.LS)(more, 'more annotation')} (all are in the reports)`);
        pendingAnnotations = [];
    }
    function forward(batch) {
        return prefix ? forwardLines(batch) : forwardBytes(batch.bytes);
    }
    /** The command's bytes as they came, but for forged markers; a piece stops where the budget ends. */
    function forwardBytes(bytes) {
        if (bytes.length === 0)
            return true;
        if (budget.withholding)
            return withhold(bytes);
        let out = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
        carry = NO_BYTES;
        out = (0,gitlab_section/* neutraliseSectionMarkerBytes */.t1)(out);
        // The end of the piece could become `\e[0K` with what comes next: held until then.
        const hold = (0,gitlab_section/* incompleteEraseSuffix */.e)(out);
        if (hold > 0) {
            carry = Buffer.from(out.subarray(out.length - hold));
            out = out.subarray(0, out.length - hold);
        }
        const room = budget.limit - budget.forwarded;
        if (out.length > room) {
            // Whole lines up to the limit; the rest is withheld from the first line that does not fit.
            const cut = room > 0 ? out.lastIndexOf(0x0a, room - 1) + 1 : 0;
            const rest = Buffer.concat([out.subarray(cut), carry]);
            carry = NO_BYTES;
            const flowing = cut > 0 ? send(out.subarray(0, cut)) : true;
            budget.withholding = true;
            say(`steplog: the job log limit for output (${(0,format/* formatBytes */.z3)(budget.limit)}, STEPLOG_LOG_LIMIT) is reached; the rest of the output is withheld here, see ${detailsHint}`);
            withhold(rest);
            return flowing;
        }
        return out.length === 0 ? true : send(out);
    }
    function send(out) {
        budget.forwarded += out.length;
        atLineStart = out[out.length - 1] === 0x0a;
        return write(out);
    }
    function withhold(bytes) {
        budget.withheldBytes += bytes.length;
        for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1))
            budget.withheldLines += 1;
        return true;
    }
    /** Parallel steps: each line (a piece too) on a line of its own, marked with its step. */
    function forwardLines(batch) {
        let flowing = true;
        const last = batch.lines.length - 1;
        batch.lines.forEach((line, index) => {
            const partial = index === last && batch.partial === true;
            let text = line;
            if (!budget.withholding) {
                // A line of its own even for a piece: no other step's line can complete a marker here.
                text = `${prefix}${(0,gitlab_section/* neutraliseSectionMarkers */.D9)(text)}\n`;
                const bytes = Buffer.byteLength(text);
                if (budget.forwarded + bytes <= budget.limit) {
                    budget.forwarded += bytes;
                    if (write(text) === false)
                        flowing = false;
                    return;
                }
                budget.withholding = true;
                say(`steplog: the job log limit for output (${(0,format/* formatBytes */.z3)(budget.limit)}, STEPLOG_LOG_LIMIT) is reached; the rest of the output is withheld here, see ${detailsHint}`);
            }
            budget.withheldBytes += Buffer.byteLength(text);
            if (!partial)
                budget.withheldLines += 1;
        });
        return flowing;
    }
    function finish(record) {
        closeSection();
        flushAnnotations();
        const withheld = ownsBudget ? renderWithheldLine(budget, detailsHint) : null;
        if (withheld !== null)
            say(withheld);
        // Always the last line, whatever was cut before it.
        say(renderResultLine(record));
    }
    return {
        name: 'gitlab console',
        onEvent(event) {
            switch (event.type) {
                case 'start':
                    name = (0,gitlab_section/* cleanLogText */.nA)(event.record.name);
                    maxAttempts = event.record.maxAttempts;
                    break;
                case 'attempt-start':
                    closeSection();
                    say((0,console_lines/* renderAttemptStart */.I4)(name, event.attempt, maxAttempts));
                    if (prefix)
                        break;
                    openSection = `steplog_${sectionId}_${event.attempt}`;
                    endPartialLine();
                    write((0,gitlab_section/* renderSectionStart */.cb)(openSection, sectionHeader(name, event.attempt, maxAttempts), unix(), collapsed));
                    break;
                case 'attempt-end':
                    closeSection();
                    say((0,console_lines/* renderAttemptEnd */.Hu)(name, cleanAttempt(event.attempt), maxAttempts));
                    flushAnnotations();
                    break;
                case 'retry':
                    say((0,console_lines/* renderRetry */.ty)(name, event.attempt + 1, maxAttempts, event.delayMs, (0,gitlab_section/* cleanLogText */.nA)(event.reason)));
                    break;
                case 'annotation':
                    pendingAnnotations.push(event.annotation);
                    if (openSection === null)
                        flushAnnotations();
                    break;
                case 'warning':
                    say(`steplog: warning: ${(0,gitlab_section/* cleanLogText */.nA)(event.message, 2000)}`);
                    break;
                case 'end':
                    finish(event.record);
                    break;
            }
        },
        onOutput: forward,
        drain: () => (0,console_plain/* waitForDrain */.jI)(stream),
    };
}
function sectionHeader(name, attempt, maxAttempts) {
    return maxAttempts > 1 ? `${name}: output of attempt ${attempt}/${maxAttempts}` : `${name}: output`;
}
function cleanAttempt(attempt) {
    return attempt.error === null ? attempt : { ...attempt, error: (0,gitlab_section/* cleanLogText */.nA)(attempt.error, 2000) };
}
function renderAnnotationLine(annotation) {
    const where = annotation.file
        ? `${annotation.file}${annotation.line ? `:${annotation.line}` : ''}${annotation.line && annotation.column ? `:${annotation.column}` : ''}: `
        : '';
    const code = annotation.code ? ` [${annotation.code}]` : '';
    return (0,gitlab_section/* cleanLogText */.nA)(`steplog: ${annotation.level}: ${where}${annotation.message}${code}`, 2000);
}
/** The last line of every run: what happened and the exit status the job ends with. */
function renderResultLine(record) {
    const icon = record.status === 'success' ? '✔' : record.status === 'timed_out' ? '⏱' : '✖';
    const took = record.durationMs === null ? '' : ` in ${(0,format/* formatDuration */.a3)(record.durationMs)}`;
    const attempts = record.maxAttempts > 1 ? `, ${(0,format/* plural */.LS)(record.attempts.length, 'attempt')}` : '';
    return (0,gitlab_section/* cleanLogText */.nA)(`steplog ${icon} ${(0,outcome/* describeOutcome */.SS)(record)} (${record.status}${took}${attempts}; exit status ${record.exitStatus ?? 'unknown'})`, 4000);
}
/** The last line of a run of several steps: how many succeeded, which one decided, the exit status. */
function renderRunResultLine(records, totals, exitStatus) {
    const icon = totals.status === 'success' ? '✔' : totals.status === 'timed_out' ? '⏱' : '✖';
    const succeeded = records.filter((r) => r.status === 'success').length;
    const others = new Map();
    for (const r of records) {
        if (r.status !== 'success')
            others.set(r.status, (others.get(r.status) ?? 0) + 1);
    }
    const counts = [...others].map(([status, n]) => `${n} ${status.replace('_', ' ')}`).join(', ');
    const head = succeeded === records.length
        ? `all ${(0,format/* plural */.LS)(records.length, 'step')} succeeded`
        : `${succeeded} of ${(0,format/* plural */.LS)(records.length, 'step')} succeeded (${counts})`;
    const decided = totals.status === 'cancelled'
        ? '; the run was cancelled'
        : totals.status !== 'success' && totals.deciding
            ? `; ${(0,outcome/* describeOutcome */.SS)(totals.deciding)}`
            : '';
    const took = totals.durationMs === null ? '' : ` in ${(0,format/* formatDuration */.a3)(totals.durationMs)}`;
    return (0,gitlab_section/* cleanLogText */.nA)(`steplog ${icon} ${head}${decided} (${totals.status}${took}; exit status ${exitStatus})`, 4000);
}

// EXTERNAL MODULE: ./src/core/settings.ts
var settings = __webpack_require__(1922);
;// CONCATENATED MODULE: ./src/render/gitlab-dotenv.ts
/** The file must be smaller than this (`artifact.file.size < dotenv_size_limit`, 5.kilobytes). */
const DOTENV_MAX_BYTES = 5 * 1024;
/** Self-managed default of the `dotenv_variables` plan limit (gitlab.com allows 50 to 150). */
const DOTENV_MAX_VARIABLES = 20;
const KEY = /^[A-Za-z0-9_]{1,255}$/;
/** What an output prefix may be: the start of a dotenv variable name. */
const OUTPUT_PREFIX = /^([A-Za-z_][A-Za-z0-9_]{0,63})?$/;
/** The variables, in a fixed order. Values are single-line strings; empty when unknown. */
function dotenvEntries(record, files) {
    return [
        ['STEPLOG_STATUS', record.status],
        ['STEPLOG_EXIT_CODE', record.exitCode === null ? '' : String(record.exitCode)],
        ['STEPLOG_SIGNAL', record.signal ?? ''],
        ['STEPLOG_TIMED_OUT', String(record.timedOut)],
        ['STEPLOG_DURATION_MS', record.durationMs === null ? '' : String(record.durationMs)],
        ['STEPLOG_STARTED_AT', record.startedAt ?? ''],
        ['STEPLOG_COMPLETED_AT', record.completedAt ?? ''],
        ['STEPLOG_ATTEMPTS', String(record.attempts.length)],
        // Not STEPLOG_LOG_FILE / STEPLOG_SUMMARY_FILE: those are steplog's own input variables, and a
        // later steplog job that `needs:` this one would inherit them (dotenv outranks job variables).
        ['STEPLOG_LOG_PATH', files.logFile ?? ''],
        ['STEPLOG_SUMMARY_PATH', files.summaryFile ?? ''],
    ];
}
function renderDotenv(record, files) {
    const text = formatDotenv(dotenvEntries(record, files), files.prefix);
    const problems = validateDotenv(text);
    if (problems.length > 0)
        throw new Error(`the dotenv report breaks GitLab's rules: ${problems.join('; ')}`);
    return text;
}

const RESULTS_KEY = 'STEPLOG_RESULTS';
/**
 * The run's totals under the single-step names, then STEPLOG_RESULTS (renderStepsResults' JSON)
 * when the whole file still meets GitLab's rules.
 */
function renderStepsDotenv(totals, results, files) {
    const entries = dotenvEntries({
        status: totals.status,
        exitCode: totals.exitCode,
        signal: totals.signal,
        timedOut: totals.timedOut,
        durationMs: totals.durationMs,
        startedAt: totals.startedAt,
        completedAt: totals.completedAt,
        attempts: { length: totals.attempts },
    }, files);
    const text = formatDotenv(entries, files.prefix);
    const problems = validateDotenv(text);
    if (problems.length > 0)
        throw new Error(`the dotenv report breaks GitLab's rules: ${problems.join('; ')}`);
    if (results === null)
        return { text, resultsLeftOut: null };
    const line = `${files.prefix ?? ''}${RESULTS_KEY}=${dotenvJson(results)}\n`;
    if (validateDotenv(text + line).length > 0)
        return { text, resultsLeftOut: Buffer.byteLength(line) };
    return { text: text + line, resultsLeftOut: null };
}
/**
 * JSON that GitLab keeps as written: no spaces (GitLab's documented rule), no `$` (dotenv values
 * are expanded as variable references in later jobs), ASCII only. Inside JSON strings, where all of
 * them can only be, `\u` escapes mean the same characters to JSON.parse.
 */
function dotenvJson(json) {
    return json.replace(/[\s$\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function formatDotenv(entries, prefix = '') {
    return entries.map(([key, value]) => `${prefix}${key}=${singleLine(value)}\n`).join('');
}
/** GitLab's dotenv rules, as a list of problems (empty when the text is accepted). */
function validateDotenv(text) {
    const problems = [];
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes >= DOTENV_MAX_BYTES)
        problems.push(`${bytes} bytes, the limit is under ${DOTENV_MAX_BYTES}`);
    if (text.charCodeAt(0) === 0xfeff)
        problems.push('starts with a byte order mark');
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    const keys = new Set();
    lines.forEach((line, index) => {
        const at = `line ${index + 1}`;
        const eq = line.indexOf('=');
        if (eq === -1)
            return problems.push(`${at} is not KEY=value`);
        const key = line.slice(0, eq);
        const value = line.slice(eq + 1);
        if (!KEY.test(key))
            problems.push(`${at}: key ${JSON.stringify(key)} is not made of A-Z, a-z, 0-9 and _`);
        if (keys.has(key))
            problems.push(`${at}: key ${key} repeats`);
        keys.add(key);
        if (value !== value.trim())
            problems.push(`${at}: the value has surrounding spaces (GitLab strips them)`);
        if (/[\r\0]/.test(value))
            problems.push(`${at}: the value holds a control character`);
    });
    if (keys.size > DOTENV_MAX_VARIABLES) {
        problems.push(`${keys.size} variables, the self-managed default limit is ${DOTENV_MAX_VARIABLES}`);
    }
    return problems;
}
/** Paths are the only values that could carry odd characters: keep them on one line. */
function singleLine(value) {
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

// EXTERNAL MODULE: ./src/render/steps-summary.ts
var steps_summary = __webpack_require__(7662);
// EXTERNAL MODULE: ./src/sinks/write-file.ts
var write_file = __webpack_require__(1702);
;// CONCATENATED MODULE: ./src/sinks/gitlab-dotenv.ts
// The GitLab dotenv report (artifacts:reports:dotenv), read by later jobs. Written when the run
// starts (status `running`, so a job killed mid-run still hands a result to the jobs that need it)
// and again when it ends: a single command's record, or a run of steps' totals with STEPLOG_RESULTS
// while it fits (../render/gitlab-dotenv.ts).






function createGitlabDotenvSink(mode, options) {
    const { file } = options;
    const name = `dotenv report (${file})`;
    /** The summary path only when a summary is (or, while running, may be) written. */
    const filesFor = (status) => ({
        prefix: options.prefix,
        logFile: options.logFile,
        summaryFile: (0,settings/* wantsSummary */.u)(options.summary, status) ? options.summaryFile : null,
    });
    if (mode === 'command') {
        return {
            name,
            execution: () => ({
                name,
                onEvent(event) {
                    if (event.type === 'start' || event.type === 'end') {
                        (0,write_file/* writeFileAtomic */.Z)(file, renderDotenv(event.record, filesFor(event.record.status)));
                    }
                },
            }),
        };
    }
    const say = (line) => options.stream.write(line + '\n');
    const running = {
        status: 'running',
        deciding: null,
        exitCode: null,
        signal: null,
        timedOut: false,
        durationMs: null,
        startedAt: (options.now ?? (() => new Date()))().toISOString(),
        completedAt: null,
        attempts: 0,
    };
    try {
        (0,write_file/* writeFileAtomic */.Z)(file, renderStepsDotenv(running, null, filesFor('running')).text);
    }
    catch (error) {
        // As a single command's dotenv sink: a warning, and the run goes on (its end tries again).
        say(`steplog: warning: the dotenv report was not written: ${(0,gitlab_section/* cleanLogText */.nA)((0,errors/* messageOf */.bD)(error), 2000)}`);
    }
    return {
        name,
        end({ records, outcome, internalError }) {
            if (internalError !== null)
                return;
            const totals = (0,run_span/* runTotals */.zj)(records, outcome);
            const dotenv = renderStepsDotenv(totals, (0,steps_summary/* renderStepsResults */.UK)(records), filesFor(outcome.status));
            (0,write_file/* writeFileAtomic */.Z)(file, dotenv.text);
            if (dotenv.resultsLeftOut !== null) {
                say(`steplog: STEPLOG_RESULTS (${dotenv.resultsLeftOut} bytes) is left out of the dotenv report, which GitLab takes only under 5 KB; every step's result is in ${options.logFile} and the JUnit report`);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/sinks/gitlab-junit.ts + 1 modules
var gitlab_junit = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/sinks/summary-file.ts
var summary_file = __webpack_require__(7991);
// EXTERNAL MODULE: ./src/sinks/report-files.ts
var report_files = __webpack_require__(5646);
;// CONCATENATED MODULE: ./src/platforms/gitlab.ts
// GitLab CI: the job log with collapsible sections, and the files the template's `artifacts:` pick
// up, all under `.steplog/` relative to the job's working directory (CI_PROJECT_DIR differs per
// runner and is fake under gitlab-ci-local, so it is never used).













/** Where every report goes; `.gitlab-ci-template.yml` lists the same paths under `artifacts:`. */
const GITLAB_REPORT_DIR = '.steplog';
const GITLAB_FILES = {
    log: 'steplog.jsonl',
    summary: 'summary.md',
    dotenv: 'steplog.env',
    junit: 'junit.xml',
    codequality: 'codequality.json',
};
/** Below GitLab's default 4 MiB job log limit, leaving room for the job's other lines. */
const DEFAULT_LOG_LIMIT = '3MiB';
/** GitLab-only settings from the environment; a bad value is an InputError naming the variable. */
function readGitlabOptions(env) {
    const value = (name, fallback) => (env[name]?.trim() ? env[name] : fallback);
    return {
        logLimit: (0,parse/* parseSize */.DB)('STEPLOG_LOG_LIMIT', value('STEPLOG_LOG_LIMIT', DEFAULT_LOG_LIMIT)),
        collapsed: (0,parse/* parseBoolean */.yG)('STEPLOG_COLLAPSED', value('STEPLOG_COLLAPSED', 'false')),
        outputPrefix: parseOutputPrefix(env.STEPLOG_OUTPUT_PREFIX?.trim() ?? ''),
    };
}
function parseOutputPrefix(value) {
    if (!OUTPUT_PREFIX.test(value)) {
        throw new errors/* InputError */.dz('STEPLOG_OUTPUT_PREFIX', value, 'letters, digits and _ (not starting with a digit, at most 64), e.g. UNIT_');
    }
    return value;
}
const gitlabPlatform = {
    name: 'gitlab',
    defaultLogFile: (context) => reportPath(context, 'log'),
    async createSinks(run, context) {
        const { mode, settings, logFile } = run;
        const options = readGitlabOptions(context.env);
        await (0,promises_.mkdir)(external_node_path_default().join(context.cwd, GITLAB_REPORT_DIR), { recursive: true });
        const summaryFile = settings.summaryFile ?? reportPath(context, 'summary');
        const shown = (file) => displayPath(context.cwd, file);
        const detailsHint = `${shown(settings.summary === 'always' ? summaryFile : logFile)} (job artifacts)`;
        // A report that cannot be written when the run ends is a line in the job log, never a changed result.
        const sayUnwritten = (what) => (error) => context.stdout.write(`steplog: warning: the ${what} was not written: ${(0,gitlab_section/* cleanLogText */.nA)((0,errors/* messageOf */.bD)(error), 2000)}\n`);
        return [
            (0,sink/* reportingEndFailure */.s)(createGitlabDotenvSink(mode, {
                file: reportPath(context, 'dotenv'),
                prefix: options.outputPrefix,
                logFile: shown(logFile),
                summaryFile: shown(summaryFile),
                summary: settings.summary,
                stream: context.stdout,
                now: context.now,
            }), sayUnwritten('dotenv report')),
            (0,sink/* reportingEndFailure */.s)((0,gitlab_junit/* createGitlabJunitRunSink */.gN)(mode, {
                file: reportPath(context, 'junit'),
                suite: context.env.CI_JOB_NAME?.trim() || 'steps',
            }), sayUnwritten('JUnit report')),
            (0,sink/* reportingEndFailure */.s)((0,gitlab_codequality/* createGitlabCodeQualitySink */.f)(mode, reportPath(context, 'codequality')), sayUnwritten('Code Quality report')),
            (0,sink/* reportingEndFailure */.s)((0,summary_file/* createSummaryFileSink */.C)(mode, summaryFile, settings.summary), sayUnwritten('summary')),
            // `junit-file` / `codequality-file`: a copy where the user asked, besides `.steplog/`.
            ...(0,report_files/* createReportFileSinks */.Z)(run, context.env, sayUnwritten),
            // Last: a run of steps ends with the console's result line, after every other sink's last word.
            createGitlabConsoleRunSink(mode, {
                stream: context.stdout,
                collapsed: options.collapsed,
                logLimit: options.logLimit,
                detailsHint,
                now: context.now,
            }),
        ];
    },
};
function reportPath(context, file) {
    return external_node_path_default().join(context.cwd, GITLAB_REPORT_DIR, GITLAB_FILES[file]);
}
/** Relative to the job's directory when inside it (later jobs find artifacts there), else absolute. */
function displayPath(cwd, file) {
    const relative = external_node_path_default().relative(cwd, file);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative)
        ? relative.split((external_node_path_default()).sep).join('/')
        : file;
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


/***/ })

};
