export const id = 698;
export const ids = [698,842,305];
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
// EXTERNAL MODULE: ./src/sinks/console-lines.ts
var console_lines = __webpack_require__(667);
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
// EXTERNAL MODULE: ./src/render/sections.ts
var sections = __webpack_require__(1102);
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
// - An image pull before the first attempt has a collapsed section of its own (`steplog_pull_…`),
//   its output inside, and one line after it saying how it went.
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
    return (0,console_lines/* renderNote */.NS)(`${(0,format/* formatBytes */.z3)(budget.withheldBytes)} of output (${(0,format/* plural */.LS)(budget.withheldLines, 'line')}) was withheld from the job log; the tail of each stream is in ${detailsHint}`);
}
/** Annotation lines printed per attempt after its section; the rest are counted (all are in the reports). */
const MAX_ANNOTATION_LINES = 10;
const NO_BYTES = Buffer.alloc(0);
/** List it last: a run of steps ends with its result line, after every other sink's last word. */
function createGitlabConsoleRunSink(mode, options) {
    // The console of the execution that started last: a line about the run ends its unfinished line.
    let latest = null;
    const say = (line) => options.stream.write(line + '\n');
    const announce = (line) => (latest ? latest.say(line) : say(line));
    if (mode === 'command') {
        return { name: 'gitlab console', execution: () => (latest = createGitlabConsoleSink(options)), announce };
    }
    const budget = createLogBudget(options.logLimit);
    return {
        name: 'gitlab console',
        announce,
        execution: (slot) => (latest = createGitlabConsoleSink({
            ...options,
            budget,
            linePrefix: slot.parallel ? `[${slot.stepId}] ` : undefined,
        })),
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
    const limitReached = (0,console_lines/* renderNote */.NS)(`the job log limit for output (${(0,format/* formatBytes */.z3)(budget.limit)}, STEPLOG_LOG_LIMIT) is reached; the rest of the output is withheld here, see ${detailsHint}`);
    let name = 'step';
    let maxAttempts = 1;
    let lastAttempt = null;
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
            say(limitReached);
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
                say(limitReached);
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
                    write((0,gitlab_section/* renderSectionStart */.cb)(openSection, (0,sections/* outputSectionTitle */.bK)(name, event.attempt, maxAttempts), unix(), collapsed));
                    break;
                case 'preparation-start':
                    closeSection();
                    if (prefix) {
                        say((0,gitlab_section/* cleanLogText */.nA)((0,sections/* renderPreparationStart */.Wv)(name, event.preparation), 2000));
                        break;
                    }
                    // Always collapsed: what the reader looks for is the command's output.
                    openSection = `steplog_pull_${sectionId}`;
                    endPartialLine();
                    write((0,gitlab_section/* renderSectionStart */.cb)(openSection, (0,sections/* preparationTitle */.OY)(name, event.preparation), unix(), true));
                    break;
                case 'preparation-end':
                    closeSection();
                    say((0,gitlab_section/* cleanLogText */.nA)((0,sections/* renderPreparationEnd */.pn)(name, event.preparation, event.durationMs, event.error !== null), 2000));
                    break;
                case 'attempt-end':
                    closeSection();
                    lastAttempt = cleanAttempt(event.attempt);
                    flushAnnotations();
                    break;
                case 'retry':
                    say((0,console_lines/* renderRetry */.ty)(name, lastAttempt, maxAttempts, event.delayMs, (0,gitlab_section/* cleanLogText */.nA)(event.reason)));
                    break;
                case 'annotation':
                    pendingAnnotations.push(event.annotation);
                    if (openSection === null)
                        flushAnnotations();
                    break;
                case 'warning':
                    say((0,console_lines/* renderWarning */.f)((0,gitlab_section/* cleanLogText */.nA)(event.message, 2000)));
                    break;
                case 'note':
                    say((0,console_lines/* renderNote */.NS)((0,gitlab_section/* cleanLogText */.nA)(event.message, 2000)));
                    break;
                case 'end':
                    finish(event.record);
                    break;
            }
        },
        // No control characters: nothing the registry sends can form a section marker or move the cursor.
        onPreparationOutput: (line) => say(`${prefix}${(0,gitlab_section/* cleanLogText */.nA)(line, 2000)}`),
        onOutput: forward,
        drain: () => (0,console_plain/* waitForDrain */.jI)(stream),
        say,
    };
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
    return (0,gitlab_section/* cleanLogText */.nA)((0,outcome/* renderOutcomeLine */.di)(record), 4000);
}
/** The last line of a run of several steps: how many succeeded, which one decided, the exit status. */
function renderRunResultLine(records, totals, exitStatus) {
    return (0,gitlab_section/* cleanLogText */.nA)((0,outcome/* renderRunOutcomeLine */.e4)(records, totals, exitStatus), 4000);
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
        say((0,console_lines/* renderWarning */.f)(`the dotenv report was not written: ${(0,gitlab_section/* cleanLogText */.nA)((0,errors/* messageOf */.bD)(error), 2000)}`));
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
                say((0,console_lines/* renderNote */.NS)(`STEPLOG_RESULTS (${dotenv.resultsLeftOut} bytes) is left out of the dotenv report, which GitLab takes only under 5 KB; every step's result is in ${options.logFile} and the JUnit report`));
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
        const sayUnwritten = (what) => (error) => context.stdout.write((0,console_lines/* renderWarning */.f)(`the ${what} was not written: ${(0,gitlab_section/* cleanLogText */.nA)((0,errors/* messageOf */.bD)(error), 2000)}`) + '\n');
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
            (0,sink/* reportingEndFailure */.s)((0,gitlab_junit.createGitlabJunitRunSink)(mode, {
                file: reportPath(context, 'junit'),
                suite: context.env.CI_JOB_NAME?.trim() || 'steps',
            }), sayUnwritten('JUnit report')),
            (0,sink/* reportingEndFailure */.s)((0,gitlab_codequality.createGitlabCodeQualitySink)(mode, reportPath(context, 'codequality')), sayUnwritten('Code Quality report')),
            (0,sink/* reportingEndFailure */.s)((0,summary_file/* createSummaryFileSink */.C)(mode, summaryFile, settings.summary), sayUnwritten('summary')),
            // `junit-file` / `codequality-file`: a copy where the user asked, besides `.steplog/`.
            ...(await (0,report_files/* createReportFileSinks */.Z)(run, context.env, sayUnwritten)),
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

/***/ 5699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ neutraliseSectionMarkers),
/* harmony export */   cb: () => (/* binding */ renderSectionStart),
/* harmony export */   e: () => (/* binding */ incompleteEraseSuffix),
/* harmony export */   nA: () => (/* binding */ cleanLogText),
/* harmony export */   pc: () => (/* binding */ renderSectionEnd),
/* harmony export */   t1: () => (/* binding */ neutraliseSectionMarkerBytes)
/* harmony export */ });
/* unused harmony export ERASE_LINE */
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


/***/ }),

/***/ 8305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitlabCodeQualitySink: () => (/* binding */ createGitlabCodeQualitySink)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/render/gitlab-codequality.ts
// The problem-matcher annotations as a GitLab Code Quality report (artifacts:reports:codequality):
// a JSON array (no BOM) of CodeClimate issues, of which GitLab reads description, check_name,
// fingerprint, severity, location.path and location.lines.begin
// (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
// Annotations without a file (steplog's own, e.g. "timed out") have no place in a code report and
// are left out; they stay in the summary and the log.

/** Far beyond any useful merge-request widget; keeps the report small whatever a tool prints. */
const MAX_CODEQUALITY_ISSUES = 5000;
const MAX_DESCRIPTION_CHARS = 2000;
const SEVERITY = {
    error: 'major',
    warning: 'minor',
    notice: 'info',
};
function codeQualityIssues(annotations) {
    const issues = new Map();
    for (const annotation of annotations) {
        if (!annotation.file || issues.size >= MAX_CODEQUALITY_ISSUES)
            continue;
        const issue = toIssue(annotation, annotation.file);
        // The same finding from two attempts is one issue (GitLab collapses equal fingerprints anyway).
        if (!issues.has(issue.fingerprint))
            issues.set(issue.fingerprint, issue);
    }
    return [...issues.values()];
}
function renderCodeQuality(annotations) {
    return JSON.stringify(codeQualityIssues(annotations), null, 2) + '\n';
}
function toIssue(annotation, file) {
    const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
    const begin = annotation.line !== undefined && annotation.line > 0 ? annotation.line : 1;
    const lines = { begin };
    if (annotation.endLine !== undefined && annotation.endLine >= begin)
        lines.end = annotation.endLine;
    const checkName = annotation.code ? `${annotation.source}/${annotation.code}` : annotation.source;
    const message = annotation.title ? `${annotation.title}: ${annotation.message}` : annotation.message;
    const description = message.length > MAX_DESCRIPTION_CHARS ? `${message.slice(0, MAX_DESCRIPTION_CHARS - 1)}…` : message;
    return {
        description,
        check_name: checkName,
        // Stable across pipelines (no attempt number, no time), so GitLab can tell new issues from old.
        fingerprint: fingerprintOf([
            checkName,
            annotation.level,
            path,
            begin,
            annotation.column ?? 0,
            annotation.message,
        ]),
        severity: SEVERITY[annotation.level],
        location: { path, lines },
    };
}
function fingerprintOf(parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}

// EXTERNAL MODULE: ./src/sinks/write-file.ts
var write_file = __webpack_require__(1702);
;// CONCATENATED MODULE: ./src/sinks/gitlab-codequality.ts


function createGitlabCodeQualitySink(mode, file) {
    const name = `Code Quality report (${file})`;
    if (mode === 'command') {
        return {
            name,
            execution: () => ({
                name,
                onEvent(event) {
                    if (event.type === 'end')
                        (0,write_file/* writeFileAtomic */.Z)(file, renderCodeQuality(event.record.annotations));
                },
            }),
        };
    }
    return {
        name,
        end({ records, internalError }) {
            if (internalError !== null)
                return;
            (0,write_file/* writeFileAtomic */.Z)(file, renderCodeQuality(records.flatMap((record) => record.annotations)));
        },
    };
}


/***/ }),

/***/ 9842:
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
// EXTERNAL MODULE: ./src/render/gitlab-section.ts
var gitlab_section = __webpack_require__(5699);
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
    const name = (0,gitlab_section/* cleanLogText */.nA)(record.name);
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
            .name(`${className}: ${(0,gitlab_section/* cleanLogText */.nA)(host.host)}`);
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
    const suiteName = (0,gitlab_section/* cleanLogText */.nA)(options.suite) || 'steps';
    const suite = builder.testSuite().name(suiteName);
    const span = (0,run_span/* runSpan */.gu)(records);
    if (span.startedAt)
        suite.timestamp(span.startedAt);
    if (span.durationMs !== null)
        suite.time(seconds(span.durationMs));
    const firstFailure = (0,run_span/* decidingRecord */.ZB)(records);
    const names = new Set();
    for (const record of records) {
        let name = (0,gitlab_section/* cleanLogText */.nA)(record.name) || 'step';
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
