export const id = 22;
export const ids = [22];
export const modules = {

/***/ 1022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: actionLabel, renderSettingsDebug

// EXTERNAL MODULE: ./src/sinks/actions-toolkit.ts
var actions_toolkit = __webpack_require__(9284);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/mask.ts
var mask = __webpack_require__(9239);
;// CONCATENATED MODULE: ./src/exec/cancel.ts
// Turns SIGINT/SIGTERM/SIGHUP to steplog into an AbortSignal whose reason is the signal's name, and
// so does a reader of steplog's output that went away (EPIPE), as SIGPIPE: `steplog run -- yes | head`
// ends as `yes | head` does, where Node would otherwise die of an unhandled error and orphan the command.
// The runner forwards that signal to the command's group and ends within a bounded grace
// (run-attempt.ts). A second signal while cancelling is the user insisting (a second Ctrl-C): it
// aborts `hurry`, and the runner kills the tree at once instead of waiting for the grace. Node
// itself never dies of it (the listeners stay), so the summary, outputs and log are still written.
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function listenForCancel(proc = process, outputs = []) {
    const controller = new AbortController();
    const hurry = new AbortController();
    // Never removed: an EPIPE while the summary is written after the run must not crash steplog
    // either. Other errors leave the stream destroyed; the console sink then writes nothing.
    for (const output of outputs) {
        output.on('error', (error) => {
            if (error.code === 'EPIPE' && !controller.signal.aborted)
                controller.abort('SIGPIPE');
        });
    }
    const listeners = CANCEL_SIGNALS.map((name) => {
        const listener = () => {
            if (!controller.signal.aborted)
                controller.abort(name);
            else if (!hurry.signal.aborted)
                hurry.abort(name);
        };
        proc.on(name, listener);
        return [name, listener];
    });
    return {
        signal: controller.signal,
        hurry: hurry.signal,
        dispose() {
            for (const [name, listener] of listeners)
                proc.off(name, listener);
        },
    };
}
/** The signal a cancellation stands for: its reason when that is a signal name, else SIGTERM. */
function cancelSignalOf(cancel) {
    const reason = cancel.reason;
    return typeof reason === 'string' && /^SIG[A-Z0-9]+$/.test(reason) ? reason : 'SIGTERM';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/sink.ts
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

// EXTERNAL MODULE: ./src/core/output-stream.ts + 1 modules
var output_stream = __webpack_require__(2091);
// EXTERNAL MODULE: ./src/render/outcome.ts
var render_outcome = __webpack_require__(3872);
;// CONCATENATED MODULE: ./src/sinks/github-annotations.ts
// Annotations on the run and the pull request, emitted with core.error/warning/notice after the
// console sink has resumed workflow commands (the console sink comes first in the sink list, so it
// has resumed by the time this sink sees `end`). GitHub shows 10 annotations per level per step
// (actions/toolkit docs/problem-matchers.md): steplog emits at most that many, keeps a slot for
// its own failure message and for one notice that says how many more there were. A run of steps
// emits every step's annotations together, within the same budget, when the run ends.



/** Annotations GitHub displays per level for one step. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** A longer message is cut: the annotation is a pointer, the full text is in the log and the summary. */
const MAX_ANNOTATION_MESSAGE_BYTES = 16 * 1024;
const LEVELS = ['error', 'warning', 'notice'];
function planAnnotations(annotations, options) {
    const total = (level) => annotations.filter((a) => a.level === level).length;
    const overflowing = total('error') > MAX_ANNOTATIONS_PER_LEVEL - options.reservedErrors ||
        total('warning') > MAX_ANNOTATIONS_PER_LEVEL - options.reservedWarnings ||
        total('notice') > MAX_ANNOTATIONS_PER_LEVEL;
    const budget = {
        error: Math.max(0, MAX_ANNOTATIONS_PER_LEVEL - options.reservedErrors),
        warning: Math.max(0, MAX_ANNOTATIONS_PER_LEVEL - options.reservedWarnings),
        // The overflow notice takes one notice slot.
        notice: MAX_ANNOTATIONS_PER_LEVEL - (overflowing ? 1 : 0),
    };
    const shown = [];
    const hidden = { error: 0, warning: 0, notice: 0 };
    for (const annotation of annotations) {
        if (budget[annotation.level] > 0) {
            budget[annotation.level] -= 1;
            shown.push(annotation);
        }
        else {
            hidden[annotation.level] += 1;
        }
    }
    const parts = LEVELS.filter((level) => hidden[level] > 0).map((level) => `${hidden[level]} more ${level}${hidden[level] === 1 ? '' : 's'}`);
    const overflowNotice = parts.length === 0
        ? null
        : `${parts.join(', ')} not shown as annotations (GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} per level for a step); see ${options.elsewhere}.`;
    return { shown, hidden, overflowNotice };
}
/** Properties for core.error/warning/notice; positions that are not positive integers are left out. */
function annotationProperties(annotation) {
    const position = (n) => n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
    const properties = {};
    const title = annotation.title ?? annotation.code;
    if (title)
        properties.title = title;
    if (annotation.file)
        properties.file = annotation.file;
    const line = position(annotation.line);
    if (line !== undefined) {
        properties.startLine = line;
        const endLine = position(annotation.endLine);
        if (endLine !== undefined && endLine >= line)
            properties.endLine = endLine;
        const column = position(annotation.column);
        // The runner drops columns when the lines differ.
        if (column !== undefined && (properties.endLine === undefined || properties.endLine === line)) {
            properties.startColumn = column;
            const endColumn = position(annotation.endColumn);
            if (endColumn !== undefined && endColumn >= column)
                properties.endColumn = endColumn;
        }
    }
    return properties;
}
function emitAnnotation(annotation) {
    const message = (0,output_stream/* firstBytes */.mI)(annotation.message, MAX_ANNOTATION_MESSAGE_BYTES).text;
    actions_toolkit[annotation.level](message, annotationProperties(annotation));
}
function createGithubAnnotationsRunSink({ mode, settings }, announceOutcome) {
    const name = 'GitHub annotations';
    if (mode === 'command') {
        const elsewhere = [
            settings.checkRun ? 'the check run' : null,
            settings.summary === 'never' ? null : 'the job summary',
            'the JSON-lines log',
        ]
            .filter(Boolean)
            .join(', ');
        return { name, execution: () => createGithubAnnotationsSink({ announceOutcome, elsewhere }) };
    }
    return {
        name,
        end({ records, internalError }) {
            if (internalError !== null)
                return;
            const failed = records.filter((r) => r.status !== 'success');
            const plan = planAnnotations(records.flatMap((r) => r.annotations), {
                reservedErrors: failed.length > 0 ? 1 : 0,
                reservedWarnings: 0,
                elsewhere: settings.checkRun ? 'the check run and the job summary' : 'the job summary and the log',
            });
            for (const annotation of plan.shown)
                emitAnnotation(annotation);
            if (failed.length > 0 && announceOutcome)
                actions_toolkit.error((0,render_outcome/* describeRun */.vZ)(failed));
            if (plan.overflowNotice)
                actions_toolkit.notice(plan.overflowNotice, { title: 'steplog' });
        },
    };
}
function createGithubAnnotationsSink(options) {
    const pendingWarnings = [];
    let ended = false;
    const warn = (message) => actions_toolkit.warning(message, { title: 'steplog' });
    const onEnd = (record) => {
        ended = true;
        const warnings = pendingWarnings.splice(0, MAX_ANNOTATIONS_PER_LEVEL);
        for (const message of warnings)
            warn(message);
        const failed = record.status !== 'success';
        // With `workflow-commands: true` the runner annotates `::error::` lines itself, so the run does
        // not load that matcher: nothing here is annotated twice.
        const plan = planAnnotations(record.annotations, {
            reservedErrors: failed ? 1 : 0,
            reservedWarnings: warnings.length,
            elsewhere: options.elsewhere,
        });
        for (const annotation of plan.shown)
            emitAnnotation(annotation);
        if (failed && options.announceOutcome)
            actions_toolkit.error((0,render_outcome/* describeOutcome */.SS)(record));
        if (plan.overflowNotice)
            actions_toolkit.notice(plan.overflowNotice, { title: 'steplog' });
    };
    return {
        name: 'GitHub annotations',
        onEvent(event) {
            if (event.type === 'warning') {
                if (ended)
                    warn(event.message);
                else
                    pendingWarnings.push(event.message);
            }
            else if (event.type === 'end') {
                onEnd(event.record);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/core/random.ts
var random = __webpack_require__(8640);
;// CONCATENATED MODULE: ./src/matchers/workflow-command.ts
// Escaping for the lines steplog writes itself, and decoding of the annotation commands tools print on purpose (`::error file=…,line=…::message`),
// exactly as the runner reads them (actions/runner src/Runner.Common/ActionCommand.cs TryParseV2):
// properties split on `,`, each on its first `=`, names case-insensitive, the last one wins; values
// and data unescaped in the order @actions/core's escapes are undone, `%25` last.
const DATA_ESCAPES = [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%25', '%'],
];
const PROPERTY_ESCAPES = [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%3A', ':'],
    ['%2C', ','],
    ['%25', '%'],
];
function workflow_command_unescape(text, escapes) {
    if (!text.includes('%'))
        return text;
    let result = text;
    for (const [escaped, plain] of escapes)
        result = result.replaceAll(escaped, plain);
    return result;
}
/** A workflow command's data escaped as @actions/core's escapeData does (`%` first, `\r`, `\n`). */
function escapeData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
/** Undoes @actions/core's escapeData (`%`, `\r`, `\n`). */
function unescapeData(text) {
    return workflow_command_unescape(text, DATA_ESCAPES);
}
/** Undoes @actions/core's escapeProperty (`%`, `\r`, `\n`, `:`, `,`). */
function unescapeProperty(text) {
    return workflow_command_unescape(text, PROPERTY_ESCAPES);
}
// A Map, so that `constructor=` or `__proto__=` from the output is just an unknown key.
const PROPERTY_NAMES = new Map([
    ['file', 'file'],
    ['line', 'line'],
    ['endline', 'endLine'],
    ['col', 'col'],
    ['endcolumn', 'endColumn'],
    ['title', 'title'],
]);
/** Reads `key=value,key=value` (the text between the command name and `::`). Unknown keys are ignored. */
function parseCommandProperties(text) {
    const properties = {};
    for (const entry of text.trim().split(',')) {
        const equals = entry.indexOf('=');
        // The runner drops `key=` and `=value` (Split with RemoveEmptyEntries leaves one part).
        if (equals <= 0 || equals === entry.length - 1)
            continue;
        const name = PROPERTY_NAMES.get(entry.slice(0, equals).toLowerCase());
        if (name)
            properties[name] = unescapeProperty(entry.slice(equals + 1));
    }
    return properties;
}

// EXTERNAL MODULE: ./src/core/run-span.ts
var run_span = __webpack_require__(6975);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/render/sections.ts

/** The fold around one attempt's output. */
function outputSectionTitle(name, attempt, maxAttempts) {
    return maxAttempts > 1 ? `${name}: output of attempt ${attempt}/${maxAttempts}` : `${name}: output`;
}
/** The fold around a preparation's output; also the line that starts it where nothing folds. */
function preparationTitle(name, preparation) {
    return `${name}: pulling image ${preparation.image} (${preparation.engine})`;
}
function sections_renderPreparationStart(name, preparation) {
    return `steplog ⇣ ${preparationTitle(name, preparation)}`;
}
/** After the fold: how it went. The reason of a failure is on the attempt's line that follows. */
function sections_renderPreparationEnd(name, preparation, durationMs, failed) {
    return failed
        ? `steplog ✖ ${name}: pulling image ${preparation.image} failed after ${(0,format/* formatDuration */.a3)(durationMs)}`
        : `steplog ⇣ ${name}: pulled image ${preparation.image} in ${(0,format/* formatDuration */.a3)(durationMs)}`;
}

;// CONCATENATED MODULE: ./src/sinks/console-lines.ts
// steplog's own lifecycle lines, in one fixed format shared by every console:
//   steplog ▶ build (attempt 1 of 3)
//   steplog ↻ build: attempt 1 of 3 failed with exit code 1 in 1.2s (312 MiB peak, 2.1s CPU); retrying in 2s
//   steplog ✖ build: failed with exit code 1 on attempt 3 of 3 in 9.1s     (renderOutcomeLine)
// An attempt that another one follows ends with the retry line; the last attempt's end is the
// execution's final line (../render/outcome.ts), so a step run once says how it ended once.


function console_lines_renderAttemptStart(name, attempt, maxAttempts) {
    return maxAttempts > 1 ? `steplog ▶ ${name} (attempt ${attempt} of ${maxAttempts})` : `steplog ▶ ${name}`;
}
/**
 * The line of an attempt another one follows, said when the retry is decided: how it ended and
 * when the next starts. `reason` is said when it is news (a line matched retry-on-output), not
 * when it only repeats how the attempt ended. The last attempt has no line of its own: the final
 * line says how it ended.
 */
function console_lines_renderRetry(name, attempt, maxAttempts, delayMs, reason) {
    const when = delayMs > 0 ? `retrying in ${(0,format/* formatDuration */.a3)(delayMs)}` : 'retrying now';
    const why = attempt?.outputMatch?.kind === 'retry' ? ` (${reason})` : '';
    if (attempt === null)
        return `steplog ↻ ${name}: ${when}${why}`;
    const usage = (0,render_outcome/* describeAttemptUsage */.wX)(attempt);
    const took = attempt.durationMs === null ? '' : ` in ${(0,format/* formatDuration */.a3)(attempt.durationMs)}`;
    const idle = attempt.timeoutKind === 'idle' ? ': idle, no output' : '';
    return `steplog ↻ ${name}: attempt ${attempt.number} of ${maxAttempts} ${describeAttempt(attempt)}${took}${usage ? ` (${usage})` : ''}${idle}; ${when}${why}`;
}
/** A console's line for one of steplog's own warnings: the message never carries the prefix. */
function console_lines_renderWarning(message) {
    return `steplog ⚠ ${message}`;
}
/** A console's line for one of steplog's own notes (what it kept running): no problem, no warning sign. */
function console_lines_renderNote(message) {
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

;// CONCATENATED MODULE: ./src/sinks/console-plain.ts




function createPlainConsoleRunSink(streams) {
    return {
        name: 'console',
        execution: (slot) => createPlainConsoleSink(streams, slot.parallel ? `[${slot.stepId}] ` : ''),
        announce: (line) => void streams.stderr.write(line + '\n'),
        end({ mode, records, outcome, internalError }) {
            if (mode !== 'steps' || internalError !== null)
                return;
            streams.stderr.write(renderRunOutcomeLine(records, runTotals(records, outcome), outcome.exitStatus) + '\n');
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
                    say(renderPreparationStart(name, event.preparation));
                    break;
                case 'preparation-end':
                    say(renderPreparationEnd(name, event.preparation, event.durationMs, event.error !== null));
                    break;
                case 'attempt-start':
                    say(renderAttemptStart(name, event.attempt, maxAttempts));
                    break;
                case 'attempt-end':
                    lastAttempt = event.attempt;
                    break;
                case 'retry':
                    say(renderRetry(name, lastAttempt, maxAttempts, event.delayMs, event.reason));
                    break;
                case 'warning':
                    say(renderWarning(event.message));
                    break;
                case 'note':
                    say(renderNote(event.message));
                    break;
                case 'end':
                    say(renderOutcomeLine(event.record));
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

;// CONCATENATED MODULE: ./src/sinks/github-console.ts
// The job log on GitHub. The command's output is untrusted, so by default:
// - before its first byte, workflow-command processing is stopped with a fresh random token on
//   BOTH of steplog's streams (the runner reads a batch's stderr lines before its stdout lines);
// - both of the command's streams are forwarded to steplog's stdout, in the order steplog got them.
//   The runner shows stdout and stderr alike, and with one stream no line of the command can be
//   processed after the resume by the runner's stderr-first batching;
// - commands are resumed exactly once, on stdout, after the last forwarded byte: at the
//   `end` event, or in close() when the execution never ended normally. Nothing of the command is
//   forwarded after that;
// - the masks are registered with core.setSecret once commands are resumed, for the rest of the
//   job: an `::add-mask::` line written just before the stop on stdout could be read after the
//   stderr stop and be printed verbatim, secret and all. The forwarded output is redacted
//   by steplog itself, so no masked value reaches the log meanwhile. The values the command itself
//   masked (`echo "::add-mask::$T"`) are registered too, as a `run:` step's would be: a later step
//   printing them must not show them in clear;
// - with `workflow-commands: true` a value the command masks is registered before the line that
//   announced it is forwarded (that line is redacted like any other, so it would register `***`).
// `workflow-commands: true` forwards each stream to its own stream, unwrapped, as `run:` does.
// A run of steps stops once before the first step and resumes once when the run ends (a step's
// resume must not re-enable commands while another step still prints); steps in parallel mark each
// output line with their id.
//
// Groups: each attempt's output is one `::group::` (GitHub folds it like a GitLab section), steplog's
// own lines (attempt start and result, retry, final) outside it; an image pull before the first
// attempt is a group of its own. A group line is only processed outside the stopped region, so
// steplog opens and closes one by resuming, writing the group line and stopping again with a fresh
// token, in one write (one pipe write: no batch of the runner can end between them, so no line of the
// command can be read while commands run). Only those group lines are ever outside the stopped region:
// the masks are still registered once, at the last resume. GitHub has one level of groups and steps
// in parallel interleave their lines, so those have no groups. With `workflow-commands: true` a group
// the command opens ends steplog's (the runner does not nest them); steplog's `::endgroup::` at the
// attempt's end then closes whatever is open, so its own lines never fold into the command's group.
// A pull's lines come from the engine and the registry, not from the command: they are inside a
// stopped region whatever `workflow-commands` says.
//
// The stop/resume pair and the group lines are written by hand: @actions/core has no API for
// stop-commands, and its issueCommand writes to process.stdout, where the gate must write to its
// streams, a resume, a group line and a new stop in one write. The token is hex, so it needs no
// escaping, and it never reaches the command's environment or argv.








function createStopToken() {
    return (0,random/* randomHex */.nw)(24);
}
function createCommandGate(options) {
    const { streams } = options;
    const newToken = options.createToken ?? createStopToken;
    let token = null;
    /** Commands are stopped for the command's output until resume() (never with workflow-commands). */
    let holding = false;
    let ended = false;
    /** Whether a group steplog opened is still open (one level: the gate knows it, not each sink). */
    let groupOpen = false;
    // Which stream's last line on steplog's stdout is unfinished (an over-long line cut in pieces).
    let openLine = null;
    const endOpenLine = () => {
        if (openLine !== null)
            streams.stdout.write('\n');
        openLine = null;
    };
    const redactors = new Set();
    const registered = new Set();
    const register = (value) => {
        if (registered.has(value))
            return;
        registered.add(value);
        actions_toolkit.setSecret(value);
    };
    const registerMasks = () => {
        // An ::add-mask:: line written while stopped would be printed, value and all.
        if (token !== null)
            return;
        for (const mask of options.masks)
            register(mask);
        for (const redactor of redactors)
            for (const value of redactor.values)
                register(value);
    };
    const say = (line) => {
        endOpenLine();
        streams.stdout.write(line + '\n');
    };
    /** `line` where commands run: the current stop resumed before it and, with `stopAfter`, a new one after. */
    const outsideStop = (line, stopAfter) => {
        const lines = token === null ? [line] : [`::${token}::`, line];
        token = null;
        if (stopAfter && !ended) {
            token = newToken();
            lines.push(`::stop-commands::${token}`);
        }
        return lines.join('\n') + '\n';
    };
    return {
        get stopped() {
            return token !== null;
        },
        get ended() {
            return ended;
        },
        stop() {
            if (options.workflowCommands)
                return registerMasks();
            holding = true;
            token = newToken();
            streams.stderr.write(`::stop-commands::${token}\n`);
            streams.stdout.write(`::stop-commands::${token}\n`);
        },
        openGroup(title, guard = false) {
            // One level: a group still open ends here.
            this.closeGroup();
            endOpenLine();
            streams.stdout.write(outsideStop(`::group::${escapeData(title)}`, holding || guard));
            groupOpen = true;
        },
        closeGroup() {
            if (!groupOpen)
                return;
            groupOpen = false;
            endOpenLine();
            streams.stdout.write(outsideStop('::endgroup::', holding));
        },
        announce(line) {
            // Said at once and seen at once: a fold would hide it until someone opens it. What the
            // command prints during the grace that follows is shown unfolded after it.
            this.closeGroup();
            say(line);
        },
        quote(line) {
            if (token !== null)
                return say(line);
            const guard = newToken();
            streams.stdout.write(`::stop-commands::${guard}\n${line}\n::${guard}::\n`);
        },
        resume() {
            if (ended)
                return;
            ended = true;
            holding = false;
            if (options.workflowCommands && token === null)
                return;
            if (token !== null) {
                // The resume line must be a line of its own, or the runner never sees it.
                endOpenLine();
                streams.stdout.write(`::${token}::\n`);
                token = null;
            }
            registerMasks();
        },
        say,
        forward(batch, prefix = '') {
            // Nothing of the command may reach the runner once commands are resumed.
            if (ended)
                return true;
            if (prefix) {
                endOpenLine();
                if (options.workflowCommands)
                    registerMasks();
                return writeBatch(options.workflowCommands ? streams[batch.stream] : streams.stdout, batch, prefix);
            }
            if (options.workflowCommands) {
                registerMasks();
                // Each stream to its own: only an unfinished stdout line could swallow steplog's next line.
                if (batch.stream === 'stdout' && batch.bytes.length > 0)
                    openLine = batch.bytes[batch.bytes.length - 1] === 0x0a ? null : 'stdout';
                return writeBatch(streams[batch.stream], batch);
            }
            if (batch.bytes.length === 0)
                return true;
            if (openLine !== null && openLine !== batch.stream)
                endOpenLine();
            openLine = batch.bytes[batch.bytes.length - 1] === 0x0a ? null : batch.stream;
            return writeBatch(streams.stdout, batch);
        },
        drain: () => Promise.all([waitForDrain(streams.stdout), waitForDrain(streams.stderr)]).then(() => undefined),
        watch(redactor) {
            redactors.add(redactor);
        },
    };
}
/**
 * Lifecycle lines and output of one execution through a gate; `ownsGate` stops and resumes it.
 * With a `prefix` (steps in parallel) nothing is grouped: their lines interleave.
 */
function createGatedConsoleSink(gate, ownsGate, prefix = '') {
    let name = '';
    let maxAttempts = 1;
    let lastAttempt = null;
    // The gate knows whether a group is open (there is one level); steps in parallel open none.
    const openGroup = (title, guard = false) => {
        if (!prefix)
            gate.openGroup(title, guard);
    };
    const closeGroup = () => {
        if (!prefix)
            gate.closeGroup();
    };
    return {
        name: 'GitHub console',
        wholeLines: true,
        get stopped() {
            return gate.stopped;
        },
        resume: () => gate.resume(),
        onEvent(event) {
            switch (event.type) {
                case 'start':
                    name = event.record.name;
                    maxAttempts = event.record.maxAttempts;
                    if (ownsGate)
                        gate.stop();
                    break;
                case 'preparation-start':
                    if (prefix)
                        gate.say(sections_renderPreparationStart(name, event.preparation));
                    else
                        openGroup(preparationTitle(name, event.preparation), true);
                    break;
                case 'preparation-end':
                    closeGroup();
                    gate.say(sections_renderPreparationEnd(name, event.preparation, event.durationMs, event.error !== null));
                    break;
                case 'attempt-start':
                    closeGroup();
                    gate.say(console_lines_renderAttemptStart(name, event.attempt, maxAttempts));
                    openGroup(outputSectionTitle(name, event.attempt, maxAttempts));
                    break;
                case 'attempt-end':
                    closeGroup();
                    lastAttempt = event.attempt;
                    break;
                case 'retry':
                    gate.say(console_lines_renderRetry(name, lastAttempt, maxAttempts, event.delayMs, event.reason));
                    break;
                case 'warning':
                    // After the resume the annotations sink reports warnings with core.warning.
                    if (!gate.ended)
                        gate.say(console_lines_renderWarning(event.message));
                    break;
                case 'note':
                    if (!gate.ended)
                        gate.say(console_lines_renderNote(event.message));
                    break;
                case 'end':
                    // An attempt ended by a cancel or steplog's own failure has no attempt-end.
                    closeGroup();
                    if (!gate.ended)
                        gate.say((0,render_outcome/* renderOutcomeLine */.di)(event.record));
                    if (ownsGate)
                        gate.resume();
                    break;
            }
        },
        onPreparationOutput: (line) => gate.quote(prefix + line),
        onOutput: (batch) => gate.forward(batch, prefix),
        drain: () => gate.drain(),
        close: () => {
            closeGroup();
            if (ownsGate)
                gate.resume();
        },
    };
}
function createGithubConsoleRunSink(mode, options) {
    const gate = createCommandGate(options);
    // One command's console stops at its `start` and resumes at its `end`; a run of steps around all.
    if (mode === 'steps')
        gate.stop();
    return {
        name: 'GitHub console',
        execution: (slot) => {
            // Its values, the command's own ::add-mask:: ones included, are registered at the resume.
            gate.watch(slot.redactor);
            return createGatedConsoleSink(gate, mode === 'command', slot.parallel ? `[${slot.stepId}] ` : '');
        },
        end: ({ records, outcome, internalError }) => {
            if (mode === 'steps' && internalError === null && !gate.ended) {
                gate.say((0,render_outcome/* renderRunOutcomeLine */.e4)(records, (0,run_span/* runTotals */.zj)(records, outcome), outcome.exitStatus));
            }
            // Idempotent: also what releases the runner's commands when steplog itself failed mid-run.
            gate.resume();
        },
        announce: (line) => gate.announce(line),
    };
}

// EXTERNAL MODULE: ./src/render/steps-summary.ts
var steps_summary = __webpack_require__(7662);
// EXTERNAL MODULE: ./src/render/summary.ts + 1 modules
var summary = __webpack_require__(6767);
;// CONCATENATED MODULE: ./src/sinks/github-feedback.ts
// Pull-request feedback: the check run and the sticky PR comment, published through the GitHub API
// once the run has ended (after the outputs, the job summary and the JSON-lines log), and only when
// `check-run` or `pr-comment` asks for it. The API code is loaded only then (start-up time). A run of
// steps is published as one record standing for the run. Never throws: any failure is one warning.





/** Time the API calls may take after the command, so a slow API never holds the job for long. */
const FEEDBACK_DEADLINE_MS = 30_000;
function createGithubFeedbackSink({ settings, token, env }) {
    return {
        name: 'pull-request feedback',
        async end({ mode, records, outcome, internalError }) {
            if (internalError !== null || outcome.status === 'cancelled')
                return;
            if (settings.prComment === 'never' && !settings.checkRun)
                return;
            if (mode === 'command')
                return publish(records[0], settings, token, env);
            await publish((0,run_span/* combineRecords */.aQ)(records, outcome), settings, token, env, (maxBytes) => (0,steps_summary/* renderStepsSummary */.Wk)(records, outcome, { maxBytes }));
        },
    };
}
async function publish(record, settings, token, env, render = (maxBytes) => (0,summary/* renderSummary */.Br)(record, { maxBytes })) {
    try {
        const { publishPullRequestFeedback } = await __webpack_require__.e(/* import() */ 818).then(__webpack_require__.bind(__webpack_require__, 2818));
        await publishPullRequestFeedback({
            record,
            // A PR comment holds at most 65,536 characters; a string never has more characters than bytes.
            summaryMarkdown: render(65_536),
            prComment: settings.prComment,
            commentAuthor: settings.commentAuthor,
            checkRun: settings.checkRun,
            token,
            env,
            log: {
                info: (message) => actions_toolkit.info(message),
                warning: (message) => actions_toolkit.warning(message, { title: 'steplog' }),
                notice: (message) => actions_toolkit.notice(message, { title: 'steplog' }),
                debug: (message) => actions_toolkit.debug(message),
            },
            deadlineMs: FEEDBACK_DEADLINE_MS,
        });
    }
    catch (error) {
        actions_toolkit.warning(`could not publish the pull-request feedback: ${(0,errors/* messageOf */.bD)(error)}`, {
            title: 'steplog',
        });
    }
}

;// CONCATENATED MODULE: ./src/sinks/github-outputs.ts
// Step outputs. They are written at the `end` event, after the command has exited, so a command
// that writes `status=success` or a broken heredoc of its own to GITHUB_OUTPUT (it inherits the
// file like a `run:` step) is overridden: the runner keeps the last value of a name.
// Every value goes through core.setOutput (random heredoc delimiter), never hand-built.
// A single command's outputs come from its record at its `end`; a run of steps' outputs from every
// record at the run's end; when steplog itself failed and nothing was written, the outputs of a run
// that did not happen (status failed).




/**
 * Each exported tail is at most this many UTF-8 bytes, whatever output-limit says, so the
 * outputs of a step stay far under GitHub's 1 MB per job (counted in UTF-16).
 */
const MAX_OUTPUT_TAIL_BYTES = 64 * 1024;
function renderOutputs(record, logFile) {
    return {
        status: record.status,
        'exit-code': record.exitCode === null ? '' : String(record.exitCode),
        signal: record.signal ?? '',
        'timed-out': String(record.timedOut),
        'duration-ms': String(record.durationMs ?? 0),
        'started-at': record.startedAt ?? '',
        'completed-at': record.completedAt ?? '',
        attempts: String(record.attempts.length),
        stdout: (0,output_stream/* lastBytes */.Qr)(record.stdout.tail, MAX_OUTPUT_TAIL_BYTES).text,
        stderr: (0,output_stream/* lastBytes */.Qr)(record.stderr.tail, MAX_OUTPUT_TAIL_BYTES).text,
        'log-file': logFile,
        results: (0,steps_summary/* renderStepsResults */.UK)([record]),
    };
}
/**
 * The outputs of a run of several steps: the run's status; exit code, signal and tails of the step
 * that decided it (the first that failed or timed out), empty when all succeeded; wall time from the
 * first start to the last end; attempts summed; every step in `results`.
 */
function renderRunOutputs(records, outcome, logFile) {
    const totals = (0,run_span/* runTotals */.zj)(records, outcome);
    const { deciding } = totals;
    return {
        status: outcome.status,
        'exit-code': totals.exitCode === null ? '' : String(totals.exitCode),
        signal: totals.signal ?? '',
        'timed-out': String(totals.timedOut),
        'duration-ms': String(totals.durationMs ?? 0),
        'started-at': totals.startedAt ?? '',
        'completed-at': totals.completedAt ?? '',
        attempts: String(totals.attempts),
        stdout: deciding ? (0,output_stream/* lastBytes */.Qr)(deciding.stdout.tail, MAX_OUTPUT_TAIL_BYTES).text : '',
        stderr: deciding ? (0,output_stream/* lastBytes */.Qr)(deciding.stderr.tail, MAX_OUTPUT_TAIL_BYTES).text : '',
        'log-file': logFile,
        results: (0,steps_summary/* renderStepsResults */.UK)(records),
    };
}
/** The outputs when validation failed and nothing ran: a failed status, nothing else to report. */
function renderInvalidInputOutputs() {
    return {
        status: 'failed',
        'exit-code': '',
        signal: '',
        'timed-out': 'false',
        'duration-ms': '0',
        'started-at': '',
        'completed-at': '',
        attempts: '0',
        stdout: '',
        stderr: '',
        'log-file': '',
        results: '[]',
    };
}
function writeOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        actions_toolkit.setOutput(name, value);
}
function createGithubOutputsSink(mode, logFile) {
    const name = 'step outputs (GITHUB_OUTPUT)';
    let written = false;
    return {
        name,
        execution: () => mode !== 'command'
            ? null
            : {
                name,
                onEvent(event) {
                    if (event.type !== 'end')
                        return;
                    // Marked first: a failing write is reported once (by the logger) and never retried.
                    written = true;
                    writeOutputs(renderOutputs(event.record, logFile));
                },
            },
        end({ records, outcome, internalError }) {
            if (written)
                return;
            written = true;
            if (internalError !== null)
                writeOutputs(renderInvalidInputOutputs());
            else if (mode === 'steps')
                writeOutputs(renderRunOutputs(records, outcome, logFile));
        },
    };
}

;// CONCATENATED MODULE: ./src/sinks/github-step-result.ts
// The action's way of ending a step that did not succeed: core.setFailed with what happened in words
// (one error annotation, and exit code 1 unless the action sets another). The CLI on GitHub says the
// same with the annotations sink instead (announceOutcome), since its exit status fails the step.


function createGithubStepResultSink() {
    return {
        name: 'step result',
        end({ mode, records, outcome, internalError }) {
            if (internalError !== null)
                return actions_toolkit.setFailed(`steplog: internal error: ${internalError}`);
            if (mode === 'command') {
                if (records[0].status !== 'success')
                    actions_toolkit.setFailed((0,render_outcome/* describeOutcome */.SS)(records[0]));
                return;
            }
            if (outcome.exitStatus !== 0) {
                const failed = records.filter((record) => record.status !== 'success');
                actions_toolkit.setFailed((0,render_outcome/* describeRun */.vZ)(failed) || 'steplog: the steps failed');
            }
        },
    };
}

// EXTERNAL MODULE: ./src/sinks/github-summary.ts + 1 modules
var github_summary = __webpack_require__(4832);
// EXTERNAL MODULE: ./src/core/ci-context.ts
var ci_context = __webpack_require__(5261);
;// CONCATENATED MODULE: ./src/sinks/report-files.ts
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
        const suite = (0,ci_context/* detectCiContext */.N)(env)?.job ?? 'steps';
        const { createGitlabJunitRunSink } = await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 7554));
        const sink = createGitlabJunitRunSink(mode, { file: settings.junitFile, suite });
        sinks.push(reportingEndFailure(sink, unwritten(`JUnit report ${settings.junitFile}`)));
    }
    if (settings.codequalityFile) {
        const { createGitlabCodeQualitySink } = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 8305));
        const sink = createGitlabCodeQualitySink(mode, settings.codequalityFile);
        sinks.push(reportingEndFailure(sink, unwritten(`Code Quality report ${settings.codequalityFile}`)));
    }
    return sinks;
}

;// CONCATENATED MODULE: ./src/platforms/github.ts
// GitHub Actions: the job log with workflow commands stopped around the command's output, step
// outputs, annotations and the job summary; with the action, also the step's failure in words and
// the pull-request feedback. Used by the action (src/action/main.ts) and by the CLI when it runs
// inside a GitHub `run:` step. @actions/core reads GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and writes
// workflow commands through process.env and process.stdout, so the context given here must be the
// process's own environment and stdout.












/** Unique per step and process: GITHUB_ACTION names the step, RUNNER_TEMP is emptied after each job. */
function defaultGithubLogFile(env) {
    const step = (env.GITHUB_ACTION || 'step').replace(/[^A-Za-z0-9_.-]/g, '_');
    return external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'steplog', `steplog-${step}-${process.pid}.jsonl`);
}
/** A report that cannot be written at the run's end is a warning annotation, never a changed result. */
const warnUnwritten = (what) => (error) => actions_toolkit.warning(`could not write ${what}: ${(0,errors/* messageOf */.bD)(error)}`, { title: 'steplog' });
function createGithubPlatform(options) {
    return {
        name: 'github',
        defaultLogFile: (context) => defaultGithubLogFile(context.env),
        async createSinks(run, context) {
            const { mode, settings } = run;
            // Order matters: the console resumes commands before the others issue any.
            const sinks = [
                createGithubConsoleRunSink(mode, {
                    streams: context,
                    masks: settings.masks,
                    workflowCommands: settings.workflowCommands,
                }),
                reportingEndFailure(createGithubOutputsSink(mode, run.logFile), warnUnwritten('the step outputs')),
                createGithubAnnotationsRunSink(run, options.announceOutcome),
                reportingEndFailure((0,github_summary/* createGithubSummarySink */.lY)({ env: context.env, mode, summary: settings.summary }), warnUnwritten('the job summary')),
                ...(await createReportFileSinks(run, context.env, (what) => warnUnwritten(`the ${what}`))),
            ];
            if (options.action) {
                sinks.push(createGithubStepResultSink(), createGithubFeedbackSink({ settings, token: options.action.githubToken, env: context.env }));
            }
            return sinks;
        },
    };
}
const githubPlatform = createGithubPlatform({ announceOutcome: true });

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/ansible/results.ts
var ansible_results = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/ansible/observer.ts

function createAnsibleObserver(logger) {
    let attempt = 0;
    let results = new ansible_results/* AnsibleResults */.Hy();
    return (batch, _stream, current) => {
        if (current !== attempt) {
            attempt = current;
            results = new ansible_results/* AnsibleResults */.Hy();
            logger.setBlock('ansible', undefined);
        }
        if (results.readBatch(batch))
            logger.setBlock('ansible', results.toRecord() ?? undefined);
    };
}

;// CONCATENATED MODULE: ./src/core/outcome.ts
// One place decides what happened: the runner reports facts, these functions turn them into a
// status, a retry decision and the exit status.

function decideAttemptStatus(facts, successCodes) {
    if (facts.cancelled)
        return 'cancelled';
    if (facts.error)
        return 'failed';
    if (facts.timedOut)
        return 'timed_out';
    if (facts.exitCode !== null && successCodes.includes(facts.exitCode))
        return 'success';
    return 'failed';
}
/** An attempt shorter than this is not worth starting before the total-timeout. */
const MIN_ATTEMPT_MS = 100;
/**
 * Whether another attempt follows `attempt`, and why (or why not) in words for the log:
 * "line 12 matched /ECONNRESET/", "retry-on is timeout". A reason not to retry never restates how
 * the attempt ended: every line that gives it has said so already. Cancellations and steplog's
 * own errors never retry; an abort-on-output match stops retrying whatever the rest says.
 */
function decideRetry(policy, attempt, circumstances = {}) {
    if (attempt.status !== 'failed' && attempt.status !== 'timed_out')
        return { retry: false, reason: null };
    if (attempt.error !== null)
        return { retry: false, reason: null };
    const stop = (reason) => ({ retry: false, reason });
    const { outputMatch } = circumstances;
    if (outputMatch?.kind === 'abort')
        return stop(describeMatch(outputMatch));
    if (attempt.timeoutKind === 'total') {
        return stop(`total-timeout ${circumstances.totalTimeout ?? ''} reached`.trimEnd());
    }
    // The last attempt: the attempt line already says "attempt 3/3".
    if (attempt.number >= policy.maxAttempts)
        return { retry: false, reason: null };
    const what = describeEnd(attempt);
    if (attempt.status === 'timed_out') {
        if (policy.retryOn === 'error')
            return stop('retry-on is error');
    }
    else {
        if (policy.retryOn === 'timeout')
            return stop('retry-on is timeout');
        const listed = policy.retryOnExitCodes;
        if (listed !== null && (attempt.exitCode === null || !listed.includes(attempt.exitCode))) {
            return stop(attempt.exitCode === null
                ? 'retry-on-exit-codes is set, and a signal is no exit code'
                : `retry-on-exit-codes does not list ${attempt.exitCode}`);
        }
        // 126 (not executable) and 127 (not found) do not go away by running again.
        const code = attempt.exitCode;
        if ((code === 126 || code === 127) && !listed?.includes(code)) {
            return stop(`${code} is retried only when retry-on-exit-codes lists it`);
        }
    }
    if (policy.retryOnOutput) {
        if (outputMatch?.kind !== 'retry')
            return stop('no line matched retry-on-output');
    }
    const left = circumstances.leftForNextMs;
    if (left !== undefined && left !== null && left < MIN_ATTEMPT_MS) {
        return stop(`too little of total-timeout ${circumstances.totalTimeout ?? ''} left for another attempt`);
    }
    return { retry: true, reason: outputMatch?.kind === 'retry' ? describeMatch(outputMatch) : what };
}
/** Whether another attempt follows `attempt` (decideRetry without the reason). */
function shouldRetry(policy, attempt) {
    return decideRetry(policy, attempt).retry;
}
/** "line 12 matched /ECONNRESET/". */
function describeMatch(match) {
    return `line ${match.line} matched /${match.pattern}/`;
}
function describeEnd(attempt) {
    if (attempt.timeoutKind === 'idle')
        return 'timed out without output';
    if (attempt.status === 'timed_out')
        return 'timed out';
    if (attempt.signal !== null)
        return `killed by ${attempt.signal}`;
    return `exit code ${attempt.exitCode}`;
}
/** Delay before attempt `next` (2-based): retry-delay × backoff^(next-2). */
function retryDelayMs(delayMs, backoff, next) {
    return Math.round(delayMs * backoff ** Math.max(0, next - 2));
}
function signalNumber(signal) {
    const n = external_node_os_.constants.signals[signal];
    return n ?? null;
}
function exitStatusFor(record, errorStatus) {
    switch (record.status) {
        case 'success':
            return 0;
        case 'timed_out':
            return 124;
        case 'cancelled':
            return 128 + (signalNumber(record.cancelSignal ?? 'SIGTERM') ?? 15);
        default:
            if (errorStatus !== null)
                return errorStatus;
            if (record.signal !== null)
                return 128 + (signalNumber(record.signal) ?? 0);
            // A failure with exit code 0 happens when 0 is not among success-codes: still not 0.
            return record.exitCode === null || record.exitCode === 0 ? 1 : record.exitCode;
    }
}

;// CONCATENATED MODULE: ./src/core/record.ts
/** Bumped whenever a field of the record or an event changes meaning. Mirrors schema/v1/. */
const SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/core/logger.ts
// The execution logger: the only code that sets a record's status, timestamps, durations, exit code
// and signal. The runner reports facts to it; it decides (./outcome.ts), records, and emits typed
// events to the sinks. A sink that throws gets one warning and is dropped; the outcome never changes.







/** "exit code 2", "timed out", "killed by SIGKILL": how a failed attempt ended, for the retry warning. */
function describeAttemptEnd(attempt) {
    if (attempt.error !== null)
        return attempt.error;
    if (attempt.timeoutKind === 'idle')
        return 'timed out without output';
    if (attempt.timedOut)
        return 'timed out';
    if (attempt.signal !== null)
        return `killed by ${attempt.signal}`;
    return `exit code ${attempt.exitCode}`;
}
/**
 * How long the start of an unfinished line waits for its end before it is shown anyway (a prompt, a
 * `pytest -v` test name before its result), unless a sink shows whole lines only.
 */
const PARTIAL_LINE_DELAY_MS = 200;
class ExecutionLogger {
    redactor;
    record;
    streams;
    outputLimit;
    warnOnRetry;
    /** Where each distinct annotation (level, place, message) sits in record.annotations. */
    annotationIndex = new Map();
    sinks;
    stopReason = null;
    batchObservers = [];
    outputWatch = null;
    retryPolicy;
    successCodes;
    now;
    startMs = 0;
    attemptStartMs = 0;
    errorStatus = null;
    seq = 0;
    /** Lifecycle events are delivered one at a time, in order, even when sinks are async. */
    queue = Promise.resolve();
    closed = false;
    /** The preparation under way (an image pull) and when it started. */
    preparation = null;
    /** Per stream, the timer that shows the start of an unfinished line. */
    releaseTimers = {};
    constructor(options) {
        this.redactor = new mask/* Redactor */.pO(options.masks ?? []);
        this.now = options.now ?? (() => new Date());
        this.successCodes = options.successCodes;
        this.retryPolicy = options.retry;
        this.outputLimit = options.outputLimit;
        this.warnOnRetry = options.warnOnRetry ?? false;
        this.sinks = [...(options.sinks ?? [])];
        this.streams = {
            stdout: new output_stream/* OutputStream */.eG(this.redactor, options.outputLimit, 'stdout'),
            stderr: new output_stream/* OutputStream */.eG(this.redactor, options.outputLimit, 'stderr'),
        };
        this.record = {
            schemaVersion: SCHEMA_VERSION,
            id: options.id ?? (0,random/* randomUUID */.N4)(),
            stepId: options.stepId ?? null,
            name: this.redactor.redact(options.name),
            command: this.redactor.redact(options.command),
            shell: options.shell,
            cwd: options.cwd,
            status: 'pending',
            startedAt: null,
            completedAt: null,
            durationMs: null,
            exitCode: null,
            signal: null,
            timedOut: false,
            cancelSignal: null,
            maxAttempts: options.maxAttempts,
            limits: { ...options.limits },
            attempts: [],
            stdout: this.streams.stdout.stats(),
            stderr: this.streams.stderr.stats(),
            annotations: [],
            error: null,
            exitStatus: null,
            // Redacted like the name: a branch or job name may hold a value the user asked to mask.
            ...(options.ci ? { ci: this.redactor.redactDeep(options.ci) } : {}),
        };
    }
    get id() {
        return this.record.id;
    }
    /** An attempt has started and not ended (not between attempts, not before the first). */
    get attemptRunning() {
        return this.record.attempts.at(-1)?.status === 'running';
    }
    /** A deep copy of the record as it stands, with current tails. */
    snapshot() {
        return structuredClone({
            ...this.record,
            stdout: this.streams.stdout.stats(),
            stderr: this.streams.stderr.stats(),
        });
    }
    addSink(sink) {
        this.sinks.push(sink);
    }
    addBatchObserver(observer) {
        this.batchObservers.push(observer);
    }
    /** Looks for retry-on-output / abort-on-output lines; endAttempt records what it found. */
    watchOutput(watch) {
        this.outputWatch = watch;
        this.batchObservers.push((batch, stream, attempt) => watch.observe(batch, stream, attempt));
    }
    /** pending → running. */
    start() {
        this.assertStatus('pending', 'start');
        const now = this.now();
        this.startMs = now.getTime();
        this.record.status = 'running';
        this.record.startedAt = now.toISOString();
        return this.emit({ type: 'start', record: this.snapshot() });
    }
    /**
     * A preparation before the first attempt begins (an image pull), outside every attempt's clock.
     * Its output follows through preparationOutput(), then endPreparation().
     */
    startPreparation(what) {
        this.assertStatus('running', 'startPreparation');
        if (this.preparation)
            throw new Error('startPreparation() called while a preparation is under way');
        const clean = { ...what, image: this.redactor.redact(what.image) };
        this.preparation = { what: clean, startMs: this.now().getTime() };
        return this.emit({ type: 'preparation-start', preparation: clean });
    }
    /** A line of the preparation's output (redacted), for the consoles only. */
    preparationOutput(line) {
        if (!this.preparation)
            throw new Error('preparationOutput() called outside a preparation');
        const clean = this.redactor.redact(line);
        for (const sink of [...this.sinks]) {
            if (!sink.onPreparationOutput)
                continue;
            try {
                sink.onPreparationOutput(clean);
            }
            catch (error) {
                this.reportSinkFailure(sink, error);
            }
        }
    }
    /** Ends the preparation under way; `error` says why it failed. Resolves with its duration. */
    async endPreparation(error) {
        const current = this.preparation;
        if (!current)
            throw new Error('endPreparation() called without startPreparation()');
        this.preparation = null;
        const durationMs = Math.max(0, this.now().getTime() - current.startMs);
        await this.emit({
            type: 'preparation-end',
            preparation: current.what,
            durationMs,
            error: error === null ? null : this.redactor.redact(error),
        });
        return durationMs;
    }
    /** Sets (or, with undefined, removes) an optional block of the record: the Ansible hosts, the container. */
    setBlock(key, value) {
        if (value === undefined)
            delete this.record[key];
        else
            this.record[key] = structuredClone(value);
    }
    /** Opens the next attempt and returns its number (1-based). */
    startAttempt() {
        this.assertStatus('running', 'startAttempt');
        const previous = this.record.attempts.at(-1);
        if (previous?.status === 'running') {
            throw new Error(`startAttempt() called while attempt ${previous.number} is running`);
        }
        const now = this.now();
        this.attemptStartMs = now.getTime();
        // The tails (and the stdout/stderr outputs made from them) are the last attempt's, not all
        // attempts joined: what the reader needs is why the final attempt ended as it did.
        if (previous) {
            this.streams = {
                stdout: new output_stream/* OutputStream */.eG(this.redactor, this.outputLimit, 'stdout'),
                stderr: new output_stream/* OutputStream */.eG(this.redactor, this.outputLimit, 'stderr'),
            };
        }
        const attempt = {
            number: this.record.attempts.length + 1,
            status: 'running',
            startedAt: now.toISOString(),
            completedAt: null,
            durationMs: null,
            exitCode: null,
            signal: null,
            timedOut: false,
            timeoutKind: null,
            error: null,
        };
        this.record.attempts.push(attempt);
        return this.emit({
            type: 'attempt-start',
            attempt: attempt.number,
            maxAttempts: this.record.maxAttempts,
        }).then(() => attempt.number);
    }
    /**
     * A chunk of the command's output. Returns false when a sink is congested: the caller pauses the
     * command's pipes until drain() resolves (backpressure instead of unbounded buffering).
     */
    write(stream, chunk) {
        const output = this.streams[stream];
        const batch = output.push(chunk);
        if (output.holding && this.releaseTimers[stream] === undefined && this.showsPartialLines()) {
            this.armRelease(stream);
        }
        return batch ? this.dispatch(batch) : true;
    }
    showsPartialLines() {
        for (const sink of this.sinks)
            if (sink.wholeLines)
                return false;
        return true;
    }
    /** At most PARTIAL_LINE_DELAY_MS after it arrived, the start of a line is shown. */
    armRelease(stream) {
        const timer = setTimeout(() => {
            delete this.releaseTimers[stream];
            const batch = this.streams[stream].release();
            if (batch)
                this.dispatch(batch);
        }, PARTIAL_LINE_DELAY_MS);
        // Never what keeps steplog running.
        timer.unref();
        this.releaseTimers[stream] = timer;
    }
    stopReleases() {
        for (const stream of ['stdout', 'stderr']) {
            clearTimeout(this.releaseTimers[stream]);
            delete this.releaseTimers[stream];
        }
    }
    /** Resolves when every congested sink has drained. */
    async drain() {
        await Promise.all(this.sinks.map(async (sink) => {
            try {
                await sink.drain?.();
            }
            catch (error) {
                this.reportSinkFailure(sink, error);
            }
        }));
    }
    /** Closes the current attempt with the runner's facts; the status is decided here. */
    async endAttempt(facts) {
        this.stopReleases();
        for (const stream of ['stdout', 'stderr']) {
            const rest = this.streams[stream].flush();
            if (rest)
                this.dispatch(rest);
        }
        const attempt = this.currentAttempt('endAttempt');
        if (attempt.status !== 'running')
            throw new Error(`endAttempt() called but attempt ${attempt.number} has ended`);
        const now = this.now();
        attempt.status = decideAttemptStatus(facts, this.successCodes);
        attempt.completedAt = now.toISOString();
        attempt.durationMs = now.getTime() - this.attemptStartMs;
        attempt.exitCode = facts.exitCode;
        attempt.signal = facts.signal;
        attempt.timedOut = facts.timedOut !== null;
        attempt.timeoutKind = facts.timedOut;
        attempt.error = facts.error ? this.redactor.redact(facts.error.message) : null;
        if (facts.details && Object.keys(facts.details).length > 0) {
            attempt.details = this.redactor.redactDeep({ ...facts.details });
        }
        if (facts.resources)
            attempt.resources = structuredClone(facts.resources);
        this.record.exitCode = facts.exitCode;
        this.record.signal = facts.signal;
        this.record.timedOut = attempt.timedOut;
        if (facts.cancelled)
            this.record.cancelSignal = facts.cancelled;
        this.errorStatus = facts.error?.exitStatus ?? null;
        this.record.error = attempt.error;
        this.decideRetry(attempt, now.getTime());
        await this.emit({ type: 'attempt-end', attempt: structuredClone(attempt) });
        return structuredClone(attempt);
    }
    /** Records on a failed or timed-out attempt the line its output matched and whether it is retried. */
    decideRetry(attempt, nowMs) {
        if (attempt.status !== 'failed' && attempt.status !== 'timed_out')
            return;
        const outputMatch = this.outputWatch?.matchOf(attempt.number);
        if (outputMatch)
            attempt.outputMatch = this.redactor.redactDeep(outputMatch);
        const policy = this.retryPolicy;
        if (!policy)
            return;
        const total = policy.totalTimeoutMs;
        const nextDelay = retryDelayMs(policy.retryDelayMs, policy.retryBackoff, attempt.number + 1);
        const decision = decideRetry(policy, attempt, {
            outputMatch,
            leftForNextMs: total > 0 ? this.startMs + total - nowMs - nextDelay : null,
            totalTimeout: (0,format/* formatDuration */.a3)(total),
        });
        if (decision.reason !== null) {
            attempt.retry = { retried: decision.retry, reason: this.redactor.redact(decision.reason) };
        }
    }
    retry(delayMs, reason) {
        const attempt = this.currentAttempt('retry');
        if (attempt.status === 'running')
            throw new Error('retry() called before endAttempt()');
        return this.emit({
            type: 'retry',
            attempt: attempt.number,
            delayMs,
            reason: this.redactor.redact(reason),
        });
    }
    /** Records an annotation (from a matcher or from steplog itself). */
    annotate(annotation) {
        const clean = this.redactor.redactDeep({
            ...annotation,
            attempt: annotation.attempt ?? this.record.attempts.length,
        });
        // The same problem reported again (by a retry, or twice by one tool) is one annotation; it
        // belongs to the latest attempt that reported it.
        const key = JSON.stringify([clean.level, clean.file, clean.line, clean.column, clean.message]);
        const seen = this.annotationIndex.get(key);
        if (seen !== undefined) {
            const kept = this.record.annotations[seen];
            if (kept.attempt !== clean.attempt)
                this.record.annotations[seen] = { ...kept, attempt: clean.attempt };
            return;
        }
        this.annotationIndex.set(key, this.record.annotations.length);
        this.record.annotations.push(clean);
        void this.emit({ type: 'annotation', annotation: clean });
    }
    /**
     * A green execution after retries: the failed attempts' errors and warnings are not problems of
     * the step any more, so they become notices naming their attempt; and, with warnOnRetry, one
     * warning says the step needed retries.
     */
    settleRetriedAnnotations() {
        const attempts = this.record.attempts;
        const last = attempts.at(-1);
        if (this.record.status !== 'success' || !last || attempts.length < 2)
            return;
        this.record.annotations = this.record.annotations.map((annotation) => annotation.attempt < last.number && annotation.level !== 'notice'
            ? {
                ...annotation,
                level: 'notice',
                message: `attempt ${annotation.attempt} of ${this.record.maxAttempts} (retried): ${annotation.message}`,
            }
            : annotation);
        if (this.warnOnRetry) {
            const failures = attempts
                .slice(0, -1)
                .map((attempt) => `attempt ${attempt.number}: ${describeAttemptEnd(attempt)}`)
                .join('; ');
            this.record.annotations.push({
                level: 'warning',
                message: `${this.record.name} succeeded on attempt ${last.number} of ${this.record.maxAttempts} (${failures})`,
                title: 'steplog: retried',
                source: 'steplog',
                attempt: last.number,
            });
        }
    }
    /** A warning about steplog itself (a sink failed, a value was clamped …), sent to every sink. */
    warn(message) {
        return this.emit({ type: 'warning', message: this.redactor.redact(message) });
    }
    /** A line saying what steplog did that is no problem (what it left running): never an annotation. */
    note(message) {
        return this.emit({ type: 'note', message: this.redactor.redact(message) });
    }
    /**
     * steplog could not run the command at all (bad configuration found late, internal error).
     * Ends the execution as failed with `error` set; safe from any state but a finished one.
     */
    fail(error, exitStatus = 125) {
        this.assertNotEnded();
        this.startIfPending();
        const last = this.record.attempts.at(-1);
        if (last && last.status === 'running') {
            this.closeAttempt(last, 'failed');
            last.error = this.redactor.redact((0,errors/* messageOf */.bD)(error));
        }
        this.record.error = this.redactor.redact((0,errors/* messageOf */.bD)(error));
        this.errorStatus = exitStatus;
        return this.finish('failed');
    }
    /** Ends the execution with the last attempt's status. */
    complete() {
        const last = this.currentAttempt('complete');
        if (last.status === 'running')
            throw new Error('complete() called before endAttempt()');
        return this.finish(last.status);
    }
    /**
     * Ends the execution as cancelled before or between attempts (during one, endAttempt records it;
     * an attempt still open here is closed as cancelled).
     */
    cancel(signal, reason) {
        this.assertNotEnded();
        this.record.cancelSignal = signal;
        if (reason !== undefined)
            this.stopReason = reason;
        this.startIfPending();
        const last = this.record.attempts.at(-1);
        if (last && last.status === 'running')
            this.closeAttempt(last, 'cancelled');
        return this.finish('cancelled');
    }
    /** Waits for queued events and closes every sink. Call once, on every exit path. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        this.stopReleases();
        // Events queued meanwhile (a sink's failure warning) still reach the other sinks before close.
        for (let queue = this.queue;; queue = this.queue) {
            await queue;
            if (queue === this.queue)
                break;
        }
        for (const sink of this.sinks) {
            try {
                await sink.close?.();
            }
            catch (error) {
                this.reportSinkFailure(sink, error);
            }
        }
    }
    startIfPending() {
        if (this.record.status !== 'pending')
            return;
        const now = this.now();
        this.startMs = now.getTime();
        this.record.status = 'running';
        this.record.startedAt = now.toISOString();
        // Every execution in the log has a start event, even one that never ran an attempt.
        void this.emit({ type: 'start', record: this.snapshot() });
    }
    /** An attempt ended by fail() or cancel() rather than by the runner's facts. */
    closeAttempt(attempt, status) {
        const now = this.now();
        attempt.status = status;
        attempt.completedAt = now.toISOString();
        attempt.durationMs = now.getTime() - this.attemptStartMs;
    }
    assertNotEnded() {
        if (this.record.completedAt !== null)
            throw new Error('the execution has already ended');
    }
    /**
     * Why this execution is being stopped when steplog itself was not signalled (fail-fast). Kept in
     * the record only if it does end cancelled: a step that finishes first keeps its own outcome.
     */
    noteStopReason(reason) {
        this.stopReason = reason;
    }
    async finish(status) {
        this.assertNotEnded();
        const now = this.now();
        this.record.status = status;
        if (status === 'cancelled' && this.stopReason !== null)
            this.record.cancelReason = this.stopReason;
        this.record.completedAt = now.toISOString();
        this.record.durationMs = now.getTime() - this.startMs;
        this.record.exitStatus = exitStatusFor(this.record, this.errorStatus);
        this.settleRetriedAnnotations();
        // Redacted again: values the command announced with ::add-mask:: after the name and command
        // were first redacted (e.g. a step output pasted into `run`) must not reach a sink either.
        const record = this.redactor.redactDeep(this.snapshot());
        await this.emit({ type: 'end', record });
        return record;
    }
    dispatch(batch) {
        const { stream, partial } = batch;
        const attempt = this.record.attempts.length;
        if (batch.count > 0 && this.batchObservers.length > 0) {
            // The piece of an over-long line is seen once the line is complete.
            const complete = partial ? { lines: batch.lines.slice(0, -1), count: batch.count - 1 } : batch;
            for (const observe of this.batchObservers) {
                const found = observe(complete, stream, attempt);
                if (found)
                    for (const annotation of found)
                        this.annotate({ ...annotation, attempt });
            }
        }
        let flowing = true;
        // A copy: a failing sink is removed mid-loop, and the next one must still get this batch.
        for (const sink of [...this.sinks]) {
            if (!sink.onOutput)
                continue;
            try {
                if (sink.onOutput(batch) === false)
                    flowing = false;
            }
            catch (error) {
                this.reportSinkFailure(sink, error);
            }
        }
        return flowing;
    }
    emit(body) {
        const event = {
            schemaVersion: SCHEMA_VERSION,
            executionId: this.record.id,
            stepId: this.record.stepId,
            seq: ++this.seq,
            time: this.now().toISOString(),
            ...body,
        };
        deepFreeze(event);
        this.queue = this.queue.then(() => this.deliver(event));
        return this.queue;
    }
    async deliver(event) {
        for (const sink of [...this.sinks]) {
            if (!sink.onEvent)
                continue;
            try {
                await sink.onEvent(event);
            }
            catch (error) {
                this.reportSinkFailure(sink, error);
            }
        }
    }
    /** One warning per failing sink (on the other sinks), then the sink is dropped. */
    reportSinkFailure(sink, error) {
        const index = this.sinks.indexOf(sink);
        if (index === -1)
            return;
        this.sinks.splice(index, 1);
        void this.emit({
            type: 'warning',
            message: this.redactor.redact(`the ${sink.name} sink failed and was turned off: ${(0,errors/* messageOf */.bD)(error)}`),
        });
    }
    currentAttempt(method) {
        const attempt = this.record.attempts.at(-1);
        if (!attempt)
            throw new Error(`${method}() called before startAttempt()`);
        return attempt;
    }
    assertStatus(expected, method) {
        if (this.record.status !== expected) {
            throw new Error(`${method}() needs status ${expected}, the execution is ${this.record.status}`);
        }
    }
}
/** Sinks share each event: frozen, one sink cannot change what the next one sees. */
function deepFreeze(value) {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value))
        return;
    Object.freeze(value);
    for (const child of Object.values(value))
        deepFreeze(child);
}
/** Logger options from validated settings (the common case for every front door). */
function loggerOptionsFrom(settings) {
    return {
        name: settings.name,
        command: settings.run,
        shell: settings.shell.template,
        cwd: settings.cwd,
        maxAttempts: settings.maxAttempts,
        limits: {
            timeoutMs: settings.timeoutMs,
            idleTimeoutMs: settings.idleTimeoutMs,
            killSignal: settings.killSignal,
            killAfterMs: settings.killAfterMs,
            ...(settings.totalTimeoutMs > 0 ? { totalTimeoutMs: settings.totalTimeoutMs } : {}),
        },
        successCodes: settings.successCodes,
        outputLimit: settings.outputLimit,
        masks: settings.masks,
        warnOnRetry: settings.warnOnRetry,
        retry: {
            maxAttempts: settings.maxAttempts,
            retryOn: settings.retryOn,
            retryOnExitCodes: settings.retryOnExitCodes,
            retryOnOutput: settings.retryOnOutput.length > 0,
            retryDelayMs: settings.retryDelayMs,
            retryBackoff: settings.retryBackoff,
            totalTimeoutMs: settings.totalTimeoutMs,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/strip-ansi/index.js + 1 modules
var strip_ansi = __webpack_require__(348);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
;// CONCATENATED MODULE: ./src/matchers/regexp-guard.ts
// A JavaScript RegExp has no timeout and matching runs on the event loop, so one
// catastrophic user pattern (`^(a+)+$` against a long line) would block everything, including the
// command's own timeout timer. Three defences:
// 1. V8 falls back to its linear-time engine once a match backtracks too much
//    (--enable-experimental-regexp-engine-on-excessive-backtracks; on Node 24.9 `^(a+)+$` against
//    10 000 characters returns in about 1 ms instead of never).
// 2. A pattern that engine cannot run (backreferences, lookahead, counted repeats above {,16},
//    inline modifiers) has no fallback: it is refused when it also repeats a group that repeats
//    inside, the shape of exponential backtracking. Other such patterns are accepted.
// 3. Lines are cut to MAX_MATCH_LENGTH characters before matching.

/** Matchers see at most this many characters of a line: a problem's location never needs more. */
const MAX_MATCH_LENGTH = 4096;
// Kept in a variable: the flag only exists once the V8 flag below is set.
const LINEAR_FLAG = 'l';
// The V8 flags are process-wide, so whether they took effect is too.
let linearEngine;
/**
 * Turns on V8's linear-engine fallback for regexps that backtrack too much. Idempotent; returns
 * whether the linear engine is available. Entry points call it at start-up; compiling a matcher calls
 * it too, so it cannot be forgotten. It only changes how long a match may take, never its result.
 */
function enableRegexpGuard() {
    if (linearEngine === undefined) {
        try {
            external_node_v8_default().setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
            // Makes the `l` flag parse, which is how runsInLinearTime asks V8 whether it could fall back.
            external_node_v8_default().setFlagsFromString('--enable-experimental-regexp-engine');
            new RegExp('a', LINEAR_FLAG);
            linearEngine = true;
        }
        catch {
            linearEngine = false;
        }
    }
    return linearEngine;
}
/** Whether V8's linear engine can run this (valid) pattern, i.e. whether the fallback applies. */
function runsInLinearTime(source) {
    if (!enableRegexpGuard())
        return false;
    try {
        new RegExp(source, LINEAR_FLAG);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Compiles a matcher's regexp. Throws a SyntaxError for an invalid pattern and an Error saying why
 * for a pattern whose matching time cannot be bounded.
 */
function compileRegexp(source) {
    const regexp = new RegExp(source);
    if (!runsInLinearTime(source) && repeatsARepetition(source)) {
        throw new Error(`its regexp ${JSON.stringify(source)} repeats a group that itself repeats (as in (a+)+) and uses a ` +
            'construct the linear-time engine cannot run (a backreference, a lookahead, a count above {,16} or ' +
            '(?i:) modifiers), so one line of output could stall the step; rewrite it without one of the two');
    }
    return regexp;
}
/**
 * True when a group repeated by `*`, `+` or `{n,m}` contains a repetition itself: `(a+)+`,
 * `(\w+\s?)*`, `(?:x*y){2,}`. A small scanner over the source: escapes, classes and group openers
 * are skipped; a group repeated only by `?` is never dangerous.
 */
function repeatsARepetition(source) {
    // One entry per open group: whether something inside it repeats.
    const groups = [];
    const markRepeat = () => {
        if (groups.length > 0)
            groups[groups.length - 1] = true;
    };
    let i = 0;
    while (i < source.length) {
        const char = source[i];
        if (char === '\\') {
            i += 2;
            i = afterQuantifier(source, i, markRepeat);
        }
        else if (char === '[') {
            i = afterQuantifier(source, afterClass(source, i), markRepeat);
        }
        else if (char === '(') {
            groups.push(false);
            i += source[i + 1] === '?' ? 2 : 1;
        }
        else if (char === ')') {
            const innerRepeats = groups.pop() ?? false;
            const quantifier = quantifierAt(source, i + 1);
            if (innerRepeats && quantifier?.repeats)
                return true;
            if (innerRepeats)
                markRepeat();
            i = afterQuantifier(source, i + 1, markRepeat);
        }
        else {
            i = afterQuantifier(source, i + 1, markRepeat);
        }
    }
    return false;
}
const COUNTED = /^\{(\d+)(,(\d*))?\}/;
function quantifierAt(source, i) {
    const char = source[i];
    if (char === '*' || char === '+')
        return { length: 1, repeats: true };
    if (char === '?')
        return { length: 1, repeats: false };
    if (char !== '{')
        return null;
    const counted = COUNTED.exec(source.slice(i, i + 24));
    if (!counted)
        return null;
    const max = counted[2] === undefined ? Number(counted[1]) : counted[3] === '' ? Infinity : Number(counted[3]);
    return { length: counted[0].length, repeats: max > 1 };
}
/** Skips the quantifier (and its lazy `?`) after an atom ending before `i`, noting any repetition. */
function afterQuantifier(source, i, markRepeat) {
    const quantifier = quantifierAt(source, i);
    if (!quantifier)
        return i;
    markRepeat();
    const next = i + quantifier.length;
    return source[next] === '?' ? next + 1 : next;
}
/** Index after the `]` closing the class that opens at `start`. */
function afterClass(source, start) {
    let i = start + 1;
    if (source[i] === '^')
        i++;
    if (source[i] === ']')
        i++;
    while (i < source.length && source[i] !== ']')
        i += source[i] === '\\' ? 2 : 1;
    return i + 1;
}

;// CONCATENATED MODULE: ./src/matchers/compile.ts

/** A matcher that cannot be used; the message says which pattern and what is wrong. */
class MatcherDefinitionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MatcherDefinitionError';
    }
}
const GROUP_PROPERTIES = [
    'file',
    'fromPath',
    'line',
    'endLine',
    'column',
    'endColumn',
    'severity',
    'code',
    'message',
    'properties',
];
function compileMatcher(matcher) {
    const { owner } = matcher;
    if (!owner)
        throw new MatcherDefinitionError('a matcher has no owner');
    if (matcher.pattern.length === 0)
        throw new MatcherDefinitionError(`owner ${owner} has no patterns`);
    const setBy = new Map();
    const patterns = matcher.pattern.map((pattern, index) => compilePattern(matcher, pattern, index, setBy));
    if (!setBy.has('message'))
        throw new MatcherDefinitionError(`no pattern of owner ${owner} sets message`);
    return {
        owner,
        severity: matcher.severity,
        patterns,
        skip: matcher.skip ? compileOrExplain(matcher.skip, `the skip regexp of owner ${owner}`) : null,
        unlessNext: matcher.unlessNext
            ? compileOrExplain(matcher.unlessNext, `the unlessNext regexp of owner ${owner}`)
            : null,
        workflowCommand: setBy.has('properties'),
    };
}
function compilePattern(matcher, pattern, index, setBy) {
    const where = `pattern ${index + 1} of owner ${matcher.owner}`;
    const isLast = index === matcher.pattern.length - 1;
    if (!pattern.regexp)
        throw new MatcherDefinitionError(`${where} has no regexp`);
    const regexp = compileOrExplain(pattern.regexp, where);
    // Capture groups in the pattern: an alternation with the empty string always matches.
    const groupCount = new RegExp(`${pattern.regexp}|`).exec('').length - 1;
    const groups = [];
    for (const property of GROUP_PROPERTIES) {
        const group = pattern[property];
        if (group === undefined)
            continue;
        if (!Number.isInteger(group) || group < 0 || group > groupCount) {
            throw new MatcherDefinitionError(`${where} sets ${property} to ${group}, but its regexp has groups 0 to ${groupCount}`);
        }
        const earlier = setBy.get(property);
        if (earlier !== undefined) {
            throw new MatcherDefinitionError(`${where} sets ${property}, already set by pattern ${earlier}`);
        }
        setBy.set(property, index + 1);
        groups.push([property, group]);
    }
    const loop = pattern.loop === true;
    if (loop && (index === 0 || !isLast)) {
        throw new MatcherDefinitionError(`${where} loops, but only the last of several patterns may loop`);
    }
    if (loop && pattern.message === undefined) {
        throw new MatcherDefinitionError(`${where} loops, so it must set message`);
    }
    const given = pattern.contains === undefined ? null : [].concat(pattern.contains);
    // A built-in's own literals first: they may say what the regexp's structure does not (`TS` is rarer
    // in a log than the `error` the regexp also needs).
    return { regexp, contains: given ?? requiredLiterals(pattern.regexp), groups, loop };
}
function compileOrExplain(source, where) {
    try {
        return compileRegexp(source);
    }
    catch (error) {
        const reason = error instanceof SyntaxError
            ? `has an invalid regexp (${error.message})`
            : `is refused: ${error.message}`;
        throw new MatcherDefinitionError(`${where} ${reason}`);
    }
}
/** Characters that stand for themselves when escaped (`\.`, `\(` …); other escapes are classes or assertions. */
const ESCAPED_LITERAL = /[\\^$.*+?()[\]{}|/\-:,"'#%&=<>!@`~;]/;
/**
 * Literals one of which every string `source` matches contains; null when none is known. Reads the
 * regexp's top-level sequence: runs of literal characters, and groups that must match (their own
 * literals, or one per alternative). Of those requirements it keeps the one whose shortest literal
 * is longest. Conservative: whatever it does not understand ends a run.
 */
function requiredLiterals(source) {
    const branches = splitTopLevel(source);
    if (branches === null)
        return null;
    const perBranch = branches.map(sequenceLiterals);
    // An alternative that needs no literal lets any line through.
    if (perBranch.some((literals) => literals === null || literals.length === 0))
        return null;
    return [...new Set(perBranch.flat())];
}
/** The alternatives of `source` at its top level; null when its brackets do not balance. */
function splitTopLevel(source) {
    const branches = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\')
            i += 1;
        else if (char === '[') {
            const end = classEnd(source, i);
            if (end === -1)
                return null;
            i = end;
        }
        else if (char === '(')
            depth += 1;
        else if (char === ')')
            depth -= 1;
        else if (char === '|' && depth === 0) {
            branches.push(source.slice(start, i));
            start = i + 1;
        }
        if (depth < 0)
            return null;
    }
    if (depth !== 0)
        return null;
    branches.push(source.slice(start));
    return branches;
}
/** Index of the `]` closing the class that opens at `open`, or -1. */
function classEnd(source, open) {
    let i = open + 1;
    // In JavaScript a `]` right away closes the class (`[]` matches nothing, `[^]` anything).
    if (source[i] === '^')
        i += 1;
    for (; i < source.length; i++) {
        if (source[i] === '\\')
            i += 1;
        else if (source[i] === ']')
            return i;
    }
    return -1;
}
/** Index of the `)` closing the group that opens at `open`, or -1. */
function groupEnd(source, open) {
    let depth = 0;
    for (let i = open; i < source.length; i++) {
        const char = source[i];
        if (char === '\\')
            i += 1;
        else if (char === '[') {
            i = classEnd(source, i);
            if (i === -1)
                return -1;
        }
        else if (char === '(')
            depth += 1;
        else if (char === ')' && --depth === 0)
            return i;
    }
    return -1;
}
/** The best requirement of one alternative (no top-level `|`): a list of literals, one of which is there. */
function sequenceLiterals(source) {
    const requirements = [];
    let run = '';
    const endRun = () => {
        if (run)
            requirements.push([run]);
        run = '';
    };
    let i = 0;
    while (i < source.length) {
        const char = source[i];
        let atom = null;
        let next = i + 1;
        let group = null;
        if (char === '\\') {
            const escaped = source[i + 1] ?? '';
            atom = ESCAPED_LITERAL.test(escaped) ? escaped : null;
            next = i + 2;
        }
        else if (char === '[') {
            const end = classEnd(source, i);
            if (end === -1)
                return null;
            next = end + 1;
        }
        else if (char === '(') {
            const end = groupEnd(source, i);
            if (end === -1)
                return null;
            next = end + 1;
            const inner = source.slice(i + 1, end);
            if (/^\?<?[=!]/.test(inner)) {
                // A lookaround: no characters of its own.
                endRun();
                i = next;
                continue;
            }
            const body = inner.replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '');
            group = inner.startsWith('?') && body === inner ? null : requiredLiterals(body);
        }
        else if (!'^$.*+?{}|)'.includes(char)) {
            atom = char;
        }
        // What follows the atom: an optional one adds nothing, a repeated one ends the run after it.
        const quantifier = /^(?:[*?]|\{0(?:,\d*)?\}|\+|\{\d+(?:,\d*)?\})\??/.exec(source.slice(next));
        const optional = quantifier !== null && /^(?:[*?]|\{0)/.test(quantifier[0]);
        if (quantifier)
            next += quantifier[0].length;
        if (atom !== null && !optional) {
            run += atom;
            if (quantifier)
                endRun();
        }
        else {
            endRun();
            if (group && !optional)
                requirements.push(group);
        }
        i = next;
    }
    endRun();
    if (requirements.length === 0)
        return [];
    const shortest = (literals) => Math.min(...literals.map((literal) => literal.length));
    return requirements.reduce((best, candidate) => (shortest(candidate) > shortest(best) ? candidate : best));
}

;// CONCATENATED MODULE: ./src/matchers/candidates.ts
// Which lines of a batch the matchers must see. Most output matches nothing, so instead of trying
// every matcher on every line, each matcher declares anchors: for each of its patterns that can
// change what it does on a line, the literals every line it matches contains (or, where none is
// known, the pattern itself, scanned over the whole batch). One search per anchor over the batch's
// text finds the lines holding it; those the pattern matches are the candidate lines, and only they
// (with the context below) are matched by the engine, with only the matchers that have one.
//
// Why the other lines may be skipped (the engine then gives what line-by-line matching gives): a
// line that is no candidate matches no pattern that is scanned, so
// - a one-pattern matcher makes nothing of it;
// - a matcher with several patterns and no `skip` ("look-back"): all its patterns but the first are
//   scanned, so after such a line its state is what its first pattern makes of that line alone,
//   whatever it was before. Seeing the line just before each candidate (and the batch's last line)
//   gives it exactly the state line-by-line matching gives it;
// - a matcher with a `skip` ("watch"): its first pattern is scanned, so it cannot start on such a
//   line. Once started, its state depends on every line (skipped lines keep it), so every line is
//   matched until it is idle again. Likewise the line after a held `unlessNext` match.
// Lines with ANSI codes (stripped before matching could join an anchor) are always candidates, and
// when a pattern is tried as a regexp on the raw text, so are lines with a character a regexp takes
// for a line end (`\r`, U+2028, U+2029): the line it is matched as differs there.

function kindOf(matcher) {
    if (matcher.patterns.length === 1)
        return 'single';
    return matcher.skip ? 'watch' : 'look-back';
}
/** The patterns whose matches must be found in a batch (see the top comment). */
function scannedPatterns(matcher) {
    const kind = kindOf(matcher);
    if (kind === 'look-back')
        return matcher.patterns.slice(1);
    return matcher.patterns.slice(0, 1);
}
function createCandidateFinder(matchers) {
    const literals = new Map();
    /** Patterns scanned as regexps; `gate`: literals one of which must be in the batch for any match. */
    const scans = [];
    let everyLine = false;
    matchers.forEach((matcher, index) => {
        for (const pattern of scannedPatterns(matcher)) {
            const owner = { regexp: pattern.regexp, matcher: index };
            // A literal of one or two characters (`:`, `::`) is in most lines of a log: one scan of the
            // batch with the pattern itself costs less than trying it on each of them.
            if (pattern.contains && pattern.contains.some((literal) => literal.length > 2)) {
                for (const literal of pattern.contains)
                    literals.set(literal, [...(literals.get(literal) ?? []), owner]);
                continue;
            }
            const within = withinLines(pattern.regexp.source);
            if (within === null)
                everyLine = true;
            else
                scans.push({ scan: batchScan(within), matcher: index, gate: pattern.contains });
        }
    });
    // A literal that contains another finds no line the other does not: one search is enough, and
    // its lines are tried with the patterns of both.
    for (const [literal, owners] of literals) {
        const shorter = [...literals.keys()].find((other) => other !== literal && literal.includes(other));
        if (shorter === undefined)
            continue;
        literals.set(shorter, [...literals.get(shorter), ...owners]);
        literals.delete(literal);
    }
    // Lines a pattern is not tried on as it is matched: with ANSI codes (stripped first, which may
    // make a match) or `\r` (a trailing one is removed first); for the multiline scans, also U+2028
    // and U+2029, which a multiline regexp takes for line ends.
    const specials = ['\x1b', '\x9b', '\r', ...(scans.length > 0 ? ['\u2028', '\u2029'] : [])];
    const lookBack = matchers.some((matcher) => kindOf(matcher) === 'look-back');
    const searches = [...literals].map(([literal, owners]) => ({ literal, owners, part: literal, offset: 0 }));
    const parts = new SearchParts(searches.map((s) => s.literal));
    let calibrateIn = 0;
    return {
        everyLine,
        lookBack,
        find(text, count) {
            if (calibrateIn-- === 0) {
                parts.calibrate(text);
                for (const search of searches)
                    Object.assign(search, parts.of(search.literal));
                // A short batch (the first lines of a command) says little: the next one is counted too.
                calibrateIn = text.length >= SAMPLE_CHARS ? RECALIBRATE_EVERY : 0;
            }
            const search = { starts: [], dense: false, denseAt: count / 2 };
            const hit = new Array(matchers.length).fill(false);
            for (const literal of searches)
                findVerified(text, literal, search, hit);
            for (const { scan, matcher, gate } of scans) {
                if (gate && !gate.some((literal) => text.includes(literal)))
                    continue;
                if (findScan(text, scan, search.starts))
                    hit[matcher] = true;
            }
            let special = false;
            for (const char of specials)
                special = findLiteral(text, char, search.starts) || special;
            // Lines the anchors cannot speak for: every matcher may need them.
            if (special)
                hit.fill(true);
            const { starts } = search;
            if (search.dense || starts.length > search.denseAt)
                return { starts: null, hit };
            return { starts: starts.length > 1 ? [...new Set(starts)].sort((a, b) => a - b) : starts, hit };
        },
    };
}
/** Whitespace but `\n`, for a character class. */
const SPACE_BUT_NEWLINE = String.raw `\t\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;
/**
 * The regexp `source` with nothing in it that can match `\n`, so that, run over a whole batch, it
 * matches within one line as it does on that line alone (and never scans on past a line end, which
 * made `^\s*` quadratic over a batch of empty lines). Null when that cannot be done safely: a
 * negative lookaround (what follows a line would change its result) or `\W`/`\D` inside a class.
 */
function withinLines(source) {
    if (/\(\?<?!/.test(source))
        return null;
    let out = '';
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            const escaped = source[i + 1];
            i += 1;
            if (escaped === 's')
                out += String.raw `[^\S\n]`;
            else if (escaped === 'W')
                out += String.raw `[^\w\n]`;
            else if (escaped === 'D')
                out += String.raw `[^\d\n]`;
            else
                out += char + (escaped ?? '');
        }
        else if (char === '[') {
            let end = i + 1;
            const negated = source[end] === '^';
            // In JavaScript `[]` is an empty class and `[^]` any character: a `]` right away closes it.
            if (negated)
                end += 1;
            let body = '';
            for (; end < source.length && source[end] !== ']'; end++) {
                if (source[end] === '\\') {
                    const escaped = source[end + 1];
                    end += 1;
                    if (escaped === 'W' || escaped === 'D')
                        return null;
                    body += escaped === 's' && !negated ? SPACE_BUT_NEWLINE : '\\' + escaped;
                }
                else
                    body += source[end];
            }
            if (end >= source.length)
                return null;
            out += negated ? `[^${body}\\n]` : `[${body}]`;
            i = end;
        }
        else
            out += char;
    }
    return out;
}
function lineStart(text, at) {
    return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}
/** Adds the start of every line holding `literal`; searches on from the next line once found. */
function findLiteral(text, literal, starts) {
    let at = text.indexOf(literal);
    if (at === -1)
        return false;
    while (at !== -1) {
        starts.push(lineStart(text, at));
        const end = text.indexOf('\n', at + literal.length);
        if (end === -1)
            break;
        at = text.indexOf(literal, end + 1);
    }
    return true;
}
/**
 * Adds the start of every line holding `literal` that one of its owners' patterns matches (the
 * line as it is: lines where that differs from how it is matched are found as specials), and marks
 * those owners' matchers as hit.
 */
function findVerified(text, { literal, owners, part, offset }, search, hit) {
    for (let found = text.indexOf(part); found !== -1;) {
        const at = found - offset;
        if (at < 0 || !text.startsWith(literal, at)) {
            found = text.indexOf(part, found + 1);
            continue;
        }
        const start = lineStart(text, at);
        const end = text.indexOf('\n', at + literal.length);
        const line = text.slice(start, end === -1 ? text.length : end);
        let matched = false;
        let open = false;
        for (const owner of owners) {
            // Dense: every line is matched anyway; only a matcher not known to be hit is still tried.
            if (search.dense && hit[owner.matcher])
                continue;
            if (owner.regexp.test(line)) {
                hit[owner.matcher] = true;
                matched = true;
            }
            else
                open = true;
        }
        if (search.dense && !open)
            return;
        if (matched && !search.dense) {
            search.starts.push(start);
            search.dense = search.starts.length > search.denseAt;
        }
        if (end === -1)
            break;
        found = text.indexOf(part, end + 1 + offset);
    }
}
/** The search parts are chosen again after this many batches: a log's make-up changes (a build, then tests). */
const RECALIBRATE_EVERY = 255;
/** How much of a batch is counted to choose them. */
const SAMPLE_CHARS = 16 * 1024;
/**
 * Which part of each literal to search for. V8 finds a literal by looking for its first character
 * and comparing the rest wherever that occurs, so the cost of a search is how often that character
 * is in the text: `fatal: [` searched as it is stops at every `f` of a log; from its `[` on, at
 * every `[`, which pytest prints on every line but a compiler rarely. What is rare depends on the
 * log, so the characters of the literals are counted in a sample of the output, and each literal is
 * searched from its rarest character on and checked whole where that is found.
 */
class SearchParts {
    /** Occurrences in the last sample, per character of some literal. */
    counts = new Map();
    constructor(literals) {
        for (const literal of literals)
            for (const char of literal)
                this.counts.set(char, 0);
    }
    calibrate(text) {
        for (const char of this.counts.keys())
            this.counts.set(char, 0);
        const end = Math.min(text.length, SAMPLE_CHARS);
        for (let i = 0; i < end; i++) {
            const char = text[i];
            const seen = this.counts.get(char);
            if (seen !== undefined)
                this.counts.set(char, seen + 1);
        }
    }
    /** The rarest character's part: the first of equally rare ones, the whole literal before any sample. */
    of(literal) {
        let offset = 0;
        for (let k = 1; k < literal.length; k++) {
            if (this.counts.get(literal[k]) < this.counts.get(literal[offset]))
                offset = k;
        }
        return { part: literal.slice(offset), offset };
    }
}
/**
 * A pattern that starts with `^` is searched as `\n…`: V8 then skips to each `\n` instead of
 * trying the pattern at every position of the batch (2–3× faster over a log). The batch's first
 * line, which no `\n` precedes, is tried on its own.
 */
function batchScan(within) {
    if (within.startsWith('^') && splitTopLevel(within)?.length === 1) {
        return { next: new RegExp(`\\n${within.slice(1)}`, 'gm'), first: new RegExp(within, 'my') };
    }
    return { next: new RegExp(within, 'gm'), first: null };
}
/**
 * Adds the start of every line a match of `scan` starts in, and searches on from the next line:
 * the source cannot match a `\n` (`withinLines`), so a line's match never hides a later line's.
 */
function findScan(text, { next, first }, starts) {
    let hit = false;
    if (first) {
        first.lastIndex = 0;
        if (first.test(text)) {
            hit = true;
            starts.push(0);
        }
    }
    next.lastIndex = 0;
    for (let found = next.exec(text); found !== null; found = next.exec(text)) {
        hit = true;
        // Led by the `\n` before its line: the line starts right after it.
        const at = first ? found.index + 1 : found.index;
        starts.push(first ? at : lineStart(text, at));
        const end = text.indexOf('\n', at);
        if (end === -1)
            break;
        // Led: the next match starts at this line's `\n`.
        next.lastIndex = first ? end : end + 1;
    }
    return hit;
}

;// CONCATENATED MODULE: ./src/matchers/location.ts
// Where an annotation points: line and column numbers read strictly and normalised the way
// the runner does it, and a file path made relative to the workspace or dropped.

/** Larger numbers are noise (a timestamp, a byte offset), not a place in a source file. */
const MAX_POSITION = 100_000_000;
/** A line or column as printed: decimal digits only, 1 to MAX_POSITION; anything else is dropped. */
function parsePosition(text) {
    if (text === undefined)
        return undefined;
    const digits = text.trim();
    if (!/^\d{1,9}$/.test(digits))
        return undefined;
    const value = Number(digits);
    return value >= 1 && value <= MAX_POSITION ? value : undefined;
}
/**
 * The runner's rules for an annotation's range (IssueCommandExtension.ValidateLinesAndColumns):
 * an end without a start becomes the start; columns need a line and a single-line range; a range
 * that ends before it starts is dropped.
 */
function normalizeLocation(location) {
    let { line, endLine, column, endColumn } = location;
    if (line === undefined)
        line = endLine;
    if (column === undefined)
        column = endColumn;
    if (line === undefined || (endLine !== undefined && endLine !== line)) {
        column = undefined;
        endColumn = undefined;
    }
    if (line !== undefined && endLine !== undefined && endLine < line) {
        line = undefined;
        endLine = undefined;
    }
    if (column !== undefined && endColumn !== undefined && endColumn < column) {
        column = undefined;
        endColumn = undefined;
    }
    return { line, endLine, column, endColumn };
}
// A Windows workspace (`D:\a\repo\repo`, `\\server\share`) means Windows path rules, whatever the
// platform steplog itself runs on, so both rule sets are testable on Linux.
const WINDOWS_PATH = /^(?:[A-Za-z]:[\\/]|\\\\)/;
/**
 * Returns a function turning a path printed by a tool into one relative to the workspace with `/`
 * separators, or undefined when it is empty, a pseudo-file (`<string>`, `<frozen …>`), outside the
 * workspace (absolute elsewhere, `../` escapes) or, with `fileExists`, missing.
 */
function createFileResolver(options) {
    const rules = WINDOWS_PATH.test(options.workspace) ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const workspace = rules.resolve(options.workspace);
    const base = rules.resolve(workspace, options.cwd ?? '.');
    const { fileExists } = options;
    // Each path is looked up once per resolver (one step): a tool repeats the same few files in
    // thousands of problems, and a lookup is a system call. Bounded: a log naming more paths than
    // this starts over.
    const known = new Map();
    const existing = (absolute) => {
        let found = known.get(absolute);
        if (found === undefined) {
            if (known.size >= KNOWN_PATHS)
                known.clear();
            found = exists(fileExists, absolute);
            known.set(absolute, found);
        }
        return found;
    };
    return (file, fromPath) => {
        const name = file?.trim();
        if (!name || name.includes('\0') || (name.startsWith('<') && name.endsWith('>')))
            return undefined;
        const from = fromPath?.trim();
        // fromPath roots a relative file at its own directory (a matcher for a tool that prints the
        // project file first, then paths relative to it).
        const joined = from && !rules.isAbsolute(name) ? rules.join(rules.dirname(from), name) : name;
        const absolute = rules.resolve(base, joined);
        const relative = rules.relative(workspace, absolute);
        if (!relative ||
            relative === '..' ||
            relative.startsWith(`..${rules.sep}`) ||
            rules.isAbsolute(relative)) {
            return undefined;
        }
        if (fileExists && !existing(absolute))
            return undefined;
        return rules === (external_node_path_default()).win32 ? relative.replaceAll('\\', '/') : relative;
    };
}
const KNOWN_PATHS = 10_000;
function exists(fileExists, absolute) {
    try {
        return fileExists(absolute);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/matchers/engine.ts
// The problem-matcher engine: GitHub's matching semantics (actions/runner IssueMatcher.cs and
// OutputManager.cs) over each line of output.
// - Matchers are tried in order; the first whose match makes an annotation wins the line, and any
//   match resets every other matcher's multi-line state.
// - A matcher with several patterns matches consecutive lines; the last pattern emits and, with
//   `loop`, keeps matching while the earlier lines stay in force (eslint's stylish output).
// - A built-in with `unlessNext` holds its match until the next line, which may cancel it.
// - ANSI codes and a trailing `\r` are removed and the line is cut to MAX_MATCH_LENGTH first.
// Create one engine per output stream, as the runner does, and reset() it when an attempt starts.






const NOTHING = Object.freeze([]);
/** Throws a MatcherDefinitionError when a matcher is invalid (files are checked when loaded). */
function createMatcherEngine(matchers, options) {
    const running = matchers.map((matcher) => new RunningMatcher(compileMatcher(matcher)));
    const resolveFile = createFileResolver(options);
    // A workflow command's file is kept as given: the runner checks only problem-matcher matches
    // against the repository. Made workspace-relative when it is inside it, as any other path.
    const resolveGiven = createFileResolver({ ...options, fileExists: undefined });
    const resolveCommandFile = (file) => {
        const name = file?.trim();
        if (!name || name.includes('\0'))
            return undefined;
        return resolveGiven(name) ?? name;
    };
    const finder = createCandidateFinder(running.map((matcher) => matcher.definition));
    const watchers = running.filter((matcher) => kindOf(matcher.definition) === 'watch');
    // The match of an `unlessNext` matcher, waiting for the line after it.
    let held = null;
    /** Settles the held match with the line after it: reported into `found`, or dropped. */
    const settle = (line, found) => {
        if (!held)
            return;
        if (!held.unless.test(line))
            found.push(held.annotation);
        held = null;
    };
    const matchPrepared = (line, active, found) => {
        settle(line, found);
        for (const matcher of active) {
            const groups = matcher.match(line);
            if (!groups)
                continue;
            // Matchers left out of `active` are not in a match: resetting them changes nothing.
            for (const other of running)
                if (other !== matcher)
                    other.reset();
            const annotation = toAnnotation(groups, matcher.definition, matcher.definition.workflowCommand ? resolveCommandFile : resolveFile);
            // A match without a message still reset the others, then the next matcher gets the line.
            if (!annotation)
                continue;
            const unless = matcher.definition.unlessNext;
            if (unless)
                held = { annotation, unless };
            else
                found.push(annotation);
            return;
        }
    };
    return {
        matchLine(raw) {
            if (running.length === 0)
                return NOTHING;
            const found = [];
            matchPrepared(prepareLine(raw), running, found);
            return found.length > 0 ? found : NOTHING;
        },
        matchBatch(batch) {
            const { count } = batch;
            if (running.length === 0 || count === 0)
                return NOTHING;
            const found = [];
            const longest = batch.longest ?? longestOf(batch.lines);
            // Lines cut to MAX_MATCH_LENGTH are not the lines the anchors were found in: every line then.
            if (finder.everyLine || longest > MAX_MATCH_LENGTH) {
                for (const line of batch.lines)
                    matchPrepared(prepareLine(line), running, found);
                return found;
            }
            // The output stream hands over the joined text: no join, and only candidate lines are cut out.
            const text = batch.text ?? batch.lines.join('\n');
            const { starts, hit } = finder.find(text, count);
            // Matchers with no anchor in the batch can match none of its lines; one in a match goes on.
            const active = running.filter((matcher, index) => hit[index] || matcher.inProgress());
            // Dense output (most lines are candidates): every line, without finding each one's bounds.
            if (starts === null) {
                const last = count - 1;
                batch.lines.forEach((line, index) => matchPrepared(prepareLine(line), index === last ? running : active, found));
                return found;
            }
            const lastStart = text.lastIndexOf('\n') + 1;
            /** Where the first line not matched yet starts (past the end: none left). */
            let next = 0;
            const matchAt = (start) => {
                const end = text.indexOf('\n', start);
                const stop = end === -1 ? text.length : end;
                // The last line leaves the state the next batch starts with: every matcher sees it.
                matchPrepared(prepareLine(text.slice(start, stop)), start === lastStart ? running : active, found);
                next = stop + 1;
            };
            // A held match waits for the next line; a watch matcher in a match sees every line.
            const mustSeeNext = () => held !== null || watchers.some((matcher) => matcher.inProgress());
            for (const start of starts) {
                while (next < start && mustSeeNext())
                    matchAt(next);
                if (start < next)
                    continue;
                if (finder.lookBack && next < start) {
                    // The line before: what a look-back matcher's state depends on.
                    const before = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
                    if (before >= next)
                        matchAt(before);
                }
                matchAt(start);
            }
            while (next <= text.length && mustSeeNext())
                matchAt(next);
            if (finder.lookBack && next <= lastStart)
                matchAt(lastStart);
            return found.length > 0 ? found : NOTHING;
        },
        reset() {
            held = null;
            for (const matcher of running)
                matcher.reset();
        },
    };
}
/** A loop, not Math.max(...): a batch can hold over 100 000 (empty) lines, too many arguments. */
function longestOf(lines) {
    let longest = 0;
    for (const line of lines)
        if (line.length > longest)
            longest = line.length;
    return longest;
}
function prepareLine(raw) {
    let line = raw.includes('\x1b') || raw.includes('\x9b') ? (0,strip_ansi/* default */.A)(raw) : raw;
    if (line.endsWith('\r'))
        line = line.slice(0, -1);
    if (line.length > MAX_MATCH_LENGTH) {
        // Never leave half of a surrogate pair at the cut.
        const last = line.charCodeAt(MAX_MATCH_LENGTH - 1);
        line = line.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_MATCH_LENGTH - 1 : MAX_MATCH_LENGTH);
    }
    return line;
}
class RunningMatcher {
    definition;
    /** state[i]: the match in progress that ends with pattern i (all but the last pattern). */
    state;
    constructor(definition) {
        this.definition = definition;
        this.state = new Array(definition.patterns.length - 1).fill(null);
    }
    reset() {
        this.state.fill(null);
    }
    /** The groups of a complete match ending on this line, or null. */
    match(line) {
        const { patterns, skip } = this.definition;
        if (patterns.length === 1) {
            const found = exec(patterns[0], line);
            return found ? collect(null, patterns[0], found) : null;
        }
        if (skip && this.inProgress() && skip.test(line))
            return null;
        // Last pattern first, so each pattern sees the state the previous line left (IssueMatcher.Match).
        for (let i = patterns.length - 1; i >= 0; i--) {
            const previous = i > 0 ? this.state[i - 1] : null;
            if (i > 0 && !previous)
                continue;
            const pattern = patterns[i];
            if (i === patterns.length - 1) {
                const found = exec(pattern, line);
                if (found) {
                    this.reset();
                    if (pattern.loop)
                        this.state[i - 1] = previous;
                    return collect(previous, pattern, found);
                }
                this.state[i - 1] = null;
            }
            else {
                // test(), not exec(): the groups are read again only if the whole match completes.
                const matches = mayContain(pattern, line) && pattern.regexp.test(line);
                this.state[i] = matches ? { line: detach(line), pattern, previous } : null;
            }
        }
        return null;
    }
    inProgress() {
        for (const step of this.state)
            if (step)
                return true;
        return false;
    }
}
/**
 * A copy of `line` that does not keep the string it was cut from alive. A line split out of a
 * batch is a slice of the whole batch's text; held in a match in progress across batches, it would
 * keep that text (tens of KiB) alive long enough to be promoted to the old generation, per stream.
 */
function detach(line) {
    return (' ' + line).slice(1);
}
/** False when the pattern's literal prefilter rules `text` out. */
function mayContain(pattern, text) {
    if (!pattern.contains)
        return true;
    for (const literal of pattern.contains)
        if (text.includes(literal))
            return true;
    return false;
}
function exec(pattern, line) {
    if (!mayContain(pattern, line))
        return null;
    return pattern.regexp.exec(line);
}
/** Gathers the groups each pattern of a complete match sets (each property is set by one pattern). */
function collect(previous, last, found) {
    const groups = {};
    read(groups, last, found);
    for (let step = previous; step; step = step.previous) {
        read(groups, step.pattern, step.pattern.regexp.exec(step.line));
    }
    return groups;
}
function read(groups, pattern, found) {
    for (const [property, group] of pattern.groups) {
        const value = found[group];
        if (value !== undefined)
            groups[property] = value;
    }
}
const engine_LEVELS = new Map([
    ['error', 'error'],
    ['warning', 'warning'],
    ['notice', 'notice'],
    // What tools print for the lesser levels GitHub has no name for (gcc `note:`, `info`).
    ['warn', 'warning'],
    ['note', 'notice'],
    ['info', 'notice'],
]);
function levelOf(severity, fallback) {
    const text = severity?.trim().toLowerCase();
    if (!text)
        return fallback ?? 'error';
    // Unknown severities count as errors: a problem is not dropped for an odd label.
    return engine_LEVELS.get(text) ?? 'error';
}
function toAnnotation(groups, matcher, resolveFile) {
    let { file, line, endLine, column, endColumn, message } = groups;
    let title;
    if (matcher.workflowCommand) {
        const properties = parseCommandProperties(groups.properties ?? '');
        ({ file, line, endLine, endColumn, title } = properties);
        column = properties.col;
        message = message === undefined ? undefined : unescapeData(message);
    }
    if (message === undefined || !message.trim())
        return null;
    const location = normalizeLocation({
        line: parsePosition(line),
        endLine: parsePosition(endLine),
        column: parsePosition(column),
        endColumn: parsePosition(endColumn),
    });
    const code = groups.code?.trim();
    const annotation = {
        level: levelOf(groups.severity, matcher.severity),
        message,
        source: matcher.owner,
    };
    const path = resolveFile(file, groups.fromPath);
    if (path !== undefined)
        annotation.file = path;
    if (location.line !== undefined)
        annotation.line = location.line;
    if (location.endLine !== undefined)
        annotation.endLine = location.endLine;
    if (location.column !== undefined)
        annotation.column = location.column;
    if (location.endColumn !== undefined)
        annotation.endColumn = location.endColumn;
    if (title)
        annotation.title = title;
    if (code)
        annotation.code = code;
    return annotation;
}

;// CONCATENATED MODULE: ./src/matchers/stream-matcher.ts

/** A batch of consecutive complete lines at a time (see MatcherEngine.matchBatch). */
function createStreamBatchMatcher(matchers, options) {
    // Built on a stream's first output: a step that prints nothing (or only to one stream) does not
    // pay for compiling every matcher's regexps at start-up.
    const engines = {};
    let currentAttempt = 0;
    return (batch, stream, attempt) => {
        if (attempt !== currentAttempt) {
            currentAttempt = attempt;
            engines.stdout?.reset();
            engines.stderr?.reset();
        }
        const engine = (engines[stream] ??= createMatcherEngine(matchers, options));
        return engine.matchBatch(batch);
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/matchers/builtin/not-starting-with.ts
// A regexp matching the lines that start with none of some literal prefixes. Built-in `skip` rules
// need it ("pass over everything but the line that ends the match"), and a lookahead
// (`^(?!Step )`) would take them out of V8's linear-time engine.
function escapeInClass(char) {
    return /[\\\]^-]/.test(char) ? `\\${char}` : char;
}
function escapeLiteral(char) {
    return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
function trieOf(prefixes) {
    const root = { end: false, next: new Map() };
    for (const prefix of prefixes) {
        if (!prefix)
            throw new Error('an empty prefix would exclude every line');
        let node = root;
        for (const char of prefix) {
            let child = node.next.get(char);
            if (!child)
                node.next.set(char, (child = { end: false, next: new Map() }));
            node = child;
        }
        node.end = true;
    }
    return root;
}
/** The alternatives for "what follows cannot complete any prefix of this node". */
function rest(node) {
    const chars = [...node.next.keys()];
    const alternatives = ['$', `[^${chars.map(escapeInClass).join('')}]`];
    for (const [char, child] of node.next) {
        // A complete prefix: the line starts with it, no alternative continues past it.
        if (child.end)
            continue;
        alternatives.push(`${escapeLiteral(char)}${rest(child)}`);
    }
    return `(?:${alternatives.join('|')})`;
}
/** `^…`: matches a line unless it starts with one of `prefixes`. */
function notStartingWith(prefixes) {
    return `^${rest(trieOf(prefixes))}`;
}

;// CONCATENATED MODULE: ./src/matchers/builtin/ansible.ts

const RESULT = String.raw `^((?:fatal|failed): \[[^\]]+\](?: \(item=.*?\))?:? (?:FAILED!|UNREACHABLE!)? ?=> .*)$`;
const IGNORED = String.raw `^\.\.\.ignoring$`;
const APPEARS = 'The error appears to be in ';
const ansible = [
    {
        owner: 'ansible-task',
        unlessNext: IGNORED,
        pattern: [
            { regexp: String.raw `^task path: (.+):(\d+)$`, contains: 'task path: ', file: 1, line: 2 },
            { regexp: RESULT, contains: ['fatal: [', 'failed: ['], message: 1 },
        ],
    },
    {
        owner: 'ansible',
        unlessNext: IGNORED,
        pattern: [{ regexp: RESULT, contains: ['fatal: [', 'failed: ['], message: 1 }],
    },
    {
        owner: 'ansible-error',
        // The explanation between the two lines.
        skip: notStartingWith([APPEARS, 'ERROR! ']),
        pattern: [
            { regexp: String.raw `^ERROR! (.+)$`, contains: 'ERROR! ', message: 1 },
            {
                regexp: String.raw `^The error appears to be in '(.+)': line (\d+), column (\d+)`,
                contains: APPEARS,
                file: 1,
                line: 2,
                column: 3,
            },
        ],
    },
    {
        owner: 'ansible-adhoc',
        pattern: [
            {
                regexp: String.raw `^(\S+ \| (?:FAILED!? \| rc=\d+|FAILED!|UNREACHABLE!)) (?:=>|>>)`,
                contains: ' | ',
                message: 1,
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/docker-build.ts

const RULE = '^--------------------$';
const dockerBuild = [
    {
        owner: 'docker-build',
        // The numbered Dockerfile lines between the two rules.
        skip: String.raw `^\s*\d+ \|`,
        pattern: [
            { regexp: String.raw `^((?:[A-Za-z]:)?[^\s:]+):(\d+)$`, contains: ':', file: 1, line: 2 },
            { regexp: RULE, contains: '--------------------' },
            { regexp: RULE, contains: '--------------------' },
            {
                regexp: String.raw `^(?:(?:ERROR|error): )?(?:failed to build: )?(failed to solve: .+)$`,
                contains: 'failed to solve: ',
                message: 1,
            },
        ],
    },
    {
        owner: 'docker-build-classic',
        // Everything the step's command prints, up to the line that ends the step.
        skip: notStartingWith(['Step ', "The command '"]),
        pattern: [
            { regexp: String.raw `^Step (\d+/\d+ : .+)$`, contains: 'Step ', code: 1 },
            {
                regexp: String.raw `^(The command '.+' returned a non-zero code: \d+)$`,
                contains: 'returned a non-zero code: ',
                message: 1,
            },
        ],
    },
    {
        owner: 'podman-build',
        pattern: [
            {
                regexp: String.raw `^(?:Error: |error )(?:error )?(building at STEP ".+": .+)$`,
                contains: 'building at STEP "',
                message: 1,
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/eslint-compact.ts
const eslintCompact = [
    {
        owner: 'eslint-compact',
        pattern: [
            {
                regexp: String.raw `^(.+?): line (\d+), col (\d+), ([Ee]rror|[Ww]arning) - (.+?)(?: \(([^()\s]+)\))?$`,
                contains: ', col ',
                file: 1,
                line: 2,
                column: 3,
                severity: 4,
                message: 5,
                code: 6,
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/eslint-stylish.ts
const eslintStylish = [
    {
        owner: 'eslint-stylish',
        pattern: [
            { regexp: String.raw `^(\S.*)$`, file: 1 },
            {
                regexp: String.raw `^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$`,
                contains: ['error', 'warning'],
                line: 1,
                column: 2,
                severity: 3,
                message: 4,
                code: 5,
                loop: true,
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/gcc.ts
const gcc = [
    {
        owner: 'gcc',
        pattern: [
            {
                regexp: String.raw `^(.+?):(\d+):(?:(\d+):)?\s+(?:fatal\s+)?(error|warning|note):\s+(.*?)(?:\s+\[(-W[^\]\s]+)\])?$`,
                contains: ['error:', 'warning:', 'note:'],
                file: 1,
                line: 2,
                column: 3,
                severity: 4,
                message: 5,
                code: 6,
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/go.ts
const TEST_LOG = String.raw `^\s+([^\s:]+\.go):(\d+): (.+)$`;
const TEST_FAILED = String.raw `^\s*--- FAIL: (\S+)`;
const go = [
    {
        owner: 'go',
        pattern: [
            {
                regexp: String.raw `^\s*(?:vet: )?((?:[A-Za-z]:)?[^\s:]+\.go):(\d+):(\d+): (.+)$`,
                contains: '.go:',
                file: 1,
                line: 2,
                column: 3,
                message: 4,
            },
        ],
    },
    {
        owner: 'go-test',
        pattern: [
            { regexp: TEST_FAILED, contains: '--- FAIL: ', code: 1 },
            { regexp: TEST_LOG, contains: '.go:', file: 1, line: 2, message: 3, loop: true },
        ],
    },
    {
        owner: 'go-test-verbose',
        pattern: [
            { regexp: TEST_LOG, contains: '.go:', file: 1, line: 2, message: 3 },
            { regexp: TEST_FAILED, contains: '--- FAIL: ', code: 1 },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/pytest.ts
const PY_FILE = String.raw `((?:[A-Za-z]:)?[^\s:]+\.py)`;
const pytest = [
    {
        owner: 'pytest',
        pattern: [
            {
                regexp: String.raw `^(?:FAILED|ERROR) ${PY_FILE}(?:::\S*)?(?:\s.*)?$`,
                contains: ['FAILED ', 'ERROR '],
                file: 1,
                message: 0,
            },
        ],
    },
    {
        owner: 'pytest-location',
        pattern: [
            {
                // The message may not be `in <function>` (a frame): first letters other than "in ".
                regexp: String.raw `^${PY_FILE}:(\d+): ((?:[^\si]|i[^n]|in\S).*)$`,
                contains: '.py:',
                file: 1,
                line: 2,
                message: 3,
            },
        ],
    },
    {
        owner: 'pytest-traceback',
        skip: String.raw `^\s{4}`,
        pattern: [
            { regexp: String.raw `^${PY_FILE}:(\d+): in \S+$`, contains: '.py:', file: 1, line: 2 },
            { regexp: String.raw `^E\s+(\S.*)$`, message: 1 },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/python.ts
const python = [
    {
        owner: 'python',
        skip: String.raw `^(?:\s{4}|\s*\[Previous line repeated )`,
        pattern: [
            { regexp: String.raw `^\s*File "(.+)", line (\d+)(?:, in .+)?$`, contains: 'File "', file: 1, line: 2 },
            {
                // A dotted name with `: message`, or a bare name that reads as an exception (not "Done").
                regexp: String.raw `^([A-Za-z_][\w.<>]*)(?::(?:\s.*)?|(?<=Error|Exception|Interrupt|Exit|Iteration|Warning))$`,
                code: 1,
                message: 0,
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/tsc.ts
const tsc = [
    {
        owner: 'tsc',
        pattern: [
            {
                regexp: String.raw `^(?:(\S.*?)[(:](\d+)[,:](\d+)(?:\):\s+|\s+-\s+))?(error|warning)\s+(TS\d+)\s*:\s*(.*)$`,
                contains: 'TS',
                file: 1,
                line: 2,
                column: 3,
                severity: 4,
                code: 5,
                message: 6,
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/workflow-commands.ts
/** `error` → `[Ee][Rr][Rr][Oo][Rr]`: matcher regexps take no flags. */
function anyCase(word) {
    return [...word].map((char) => `[${char.toUpperCase()}${char}]`).join('');
}
const NAMES = ['error', 'warning', 'notice'].map(anyCase).join('|');
/** The owner of this matcher; left out when `workflow-commands: true` lets the runner annotate itself. */
const WORKFLOW_COMMANDS_OWNER = 'workflow-commands';
const workflowCommands = [
    {
        owner: WORKFLOW_COMMANDS_OWNER,
        pattern: [
            {
                regexp: String.raw `^\s*::(${NAMES})(?: ([\s\S]*?))?::([\s\S]*)$`,
                contains: '::',
                severity: 1,
                properties: 2,
                message: 3,
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/matchers/builtin/index.ts










/** Built-ins are shared by every engine: freeze them so that no caller can change one for all. */
function frozen(matchers) {
    for (const matcher of matchers) {
        for (const pattern of matcher.pattern)
            Object.freeze(pattern);
        Object.freeze(matcher.pattern);
        Object.freeze(matcher);
    }
    return Object.freeze(matchers);
}
const BUILTIN_MATCHERS = {
    'workflow-commands': frozen(workflowCommands),
    gcc: frozen(gcc),
    tsc: frozen(tsc),
    'eslint-compact': frozen(eslintCompact),
    'eslint-stylish': frozen(eslintStylish),
    python: frozen(python),
    pytest: frozen(pytest),
    go: frozen(go),
    'docker-build': frozen(dockerBuild),
    ansible: frozen(ansible),
};
const BUILTIN_MATCHER_NAMES = Object.keys(BUILTIN_MATCHERS);
function isBuiltinMatcherName(name) {
    return Object.hasOwn(BUILTIN_MATCHERS, name);
}

;// CONCATENATED MODULE: ./src/matchers/parse-matcher-file.ts
// Reads a problem-matcher JSON file (`{"problemMatcher": [{"owner", "severity"?, "pattern": […]}]}`)
// and checks it as the runner does when `::add-matcher::` loads it, so a broken file stops the step
// before the command runs instead of silently matching nothing. Unknown keys are ignored, as the
// runner ignores them; steplog's own extensions (`skip`, `unlessNext`, `properties`) are not read from files.


const ACCEPTED_FILE = 'a GitHub problem-matcher file such as {"problemMatcher": [{"owner": "tool", "pattern": ' +
    '[{"regexp": "^(.+):(\\\\d+): (.+)$", "file": 1, "line": 2, "message": 3}]}]}';
/** A matcher file that cannot be used: names the input, the file and what is wrong in it. */
class MatcherFileError extends errors/* InputError */.dz {
    constructor(label, file, problem) {
        super(label, file, ACCEPTED_FILE);
        this.name = 'MatcherFileError';
        this.message = `Invalid ${label}: ${JSON.stringify(file)}: ${problem}. Expected ${ACCEPTED_FILE}.`;
    }
}
// Group properties a file may set: everything but steplog's `properties` extension.
const FILE_GROUPS = GROUP_PROPERTIES.filter((property) => property !== 'properties');
const SEVERITIES = ['error', 'warning', 'notice'];
/** Parses and checks a matcher file's text. Throws MatcherFileError. */
function parseMatcherFile(text, source) {
    const fail = (problem) => new MatcherFileError(source.label, source.file, problem);
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw fail(`it is not valid JSON (${error.message})`);
    }
    if (!isObject(data) || !Array.isArray(data.problemMatcher))
        throw fail('it has no "problemMatcher" array');
    if (data.problemMatcher.length === 0)
        throw fail('its "problemMatcher" array is empty');
    const owners = new Set();
    return data.problemMatcher.map((raw, index) => {
        const matcher = readMatcher(raw, index, fail);
        const key = matcher.owner.toLowerCase();
        if (owners.has(key))
            throw fail(`owner ${matcher.owner} appears twice`);
        owners.add(key);
        try {
            compileMatcher(matcher);
        }
        catch (error) {
            if (error instanceof MatcherDefinitionError)
                throw fail(error.message);
            throw error;
        }
        return matcher;
    });
}
function readMatcher(raw, index, fail) {
    if (!isObject(raw))
        throw fail(`matcher ${index + 1} is not an object`);
    const { owner, severity, pattern } = raw;
    if (typeof owner !== 'string' || !owner.trim())
        throw fail(`matcher ${index + 1} has no owner`);
    const matcher = { owner, pattern: [] };
    if (severity !== undefined && severity !== null && severity !== '') {
        const level = typeof severity === 'string' ? severity.toLowerCase() : undefined;
        if (!SEVERITIES.includes(level)) {
            throw fail(`owner ${owner} has severity ${JSON.stringify(severity)}, not error, warning or notice`);
        }
        matcher.severity = level;
    }
    if (!Array.isArray(pattern) || pattern.length === 0)
        throw fail(`owner ${owner} has no pattern array`);
    matcher.pattern = pattern.map((entry, number) => readPattern(entry, `pattern ${number + 1} of owner ${owner}`, fail));
    return matcher;
}
function readPattern(raw, where, fail) {
    if (!isObject(raw))
        throw fail(`${where} is not an object`);
    if (typeof raw.regexp !== 'string' || raw.regexp === '')
        throw fail(`${where} has no regexp`);
    const pattern = { regexp: raw.regexp };
    for (const property of FILE_GROUPS) {
        const group = raw[property];
        if (group === undefined || group === null)
            continue;
        if (typeof group !== 'number' || !Number.isInteger(group) || group < 0) {
            throw fail(`${where} sets ${property} to ${JSON.stringify(group)}, not a group number`);
        }
        pattern[property] = group;
    }
    if (raw.loop !== undefined && raw.loop !== null) {
        if (typeof raw.loop !== 'boolean')
            throw fail(`${where} sets loop to ${JSON.stringify(raw.loop)}, not true or false`);
        if (raw.loop)
            pattern.loop = true;
    }
    return pattern;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/matchers/load-matchers.ts
// Turns the `matchers` input into problem matchers: built-in names, `builtin` (all of them), `none`
// (no matchers at all, workflow commands included), or paths of problem-matcher JSON files
// relative to the workspace. A matcher whose owner was already loaded replaces it, as
// `::add-matcher::` replaces a matcher with the same owner; the list keeps the order given.





const ACCEPTED_SPECS = `a built-in matcher (${BUILTIN_MATCHER_NAMES.join(', ')}), builtin for all of them, none, ` +
    'or the path of a problem-matcher JSON file relative to the workspace';
/** Throws InputError (exit status 125) for an unknown name, a missing file or an invalid file. */
async function loadMatchers(specs, options) {
    const wanted = specs.map((spec) => spec.trim()).filter(Boolean);
    if (wanted.includes('none')) {
        if (wanted.length > 1) {
            throw new errors/* InputError */.dz(options.label, wanted.join(', '), `none on its own, or a list without it: ${ACCEPTED_SPECS}`);
        }
        return [];
    }
    const loaded = [];
    for (const spec of wanted) {
        for (const matcher of await resolveSpec(spec, options)) {
            const owner = matcher.owner.toLowerCase();
            const earlier = loaded.findIndex((other) => other.owner.toLowerCase() === owner);
            if (earlier >= 0)
                loaded.splice(earlier, 1);
            loaded.push(matcher);
        }
    }
    return loaded;
}
async function resolveSpec(spec, options) {
    if (spec === 'builtin')
        return BUILTIN_MATCHER_NAMES.flatMap((name) => BUILTIN_MATCHERS[name]);
    if (isBuiltinMatcherName(spec))
        return BUILTIN_MATCHERS[spec];
    const file = external_node_path_default().resolve(options.workspace, spec);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const problem = code === 'ENOENT' || code === 'ENOTDIR'
            ? `no such built-in matcher, and no file at ${file}`
            : code === 'EISDIR'
                ? `${file} is a directory`
                : `${file} cannot be read (${error.message})`;
        throw new errors/* InputError */.dz(options.label, spec, `${ACCEPTED_SPECS}; ${problem}`);
    }
    return parseMatcherFile(text, { label: options.label, file: spec });
}

;// CONCATENATED MODULE: ./src/matchers/index.ts









;// CONCATENATED MODULE: ./src/matchers/output-patterns.ts
// retry-on-output and abort-on-output: regular expressions looked for in each attempt's output, on
// the batches the problem matchers see (already redacted, so a masked value is never matched
// against), with ANSI codes and a trailing `\r` removed. The first matching line of each kind is
// kept per attempt; once both are known, batches are not looked at again. Memory stays flat: only
// a line counter and two matches per attempt.



/**
 * Checks every pattern before anything runs: an invalid one, or one whose matching time cannot be
 * bounded (the matcher engine's guard), is an input error naming `label`. Returns the patterns.
 */
function checkOutputPatterns(label, patterns) {
    for (const pattern of patterns) {
        try {
            compileRegexp(pattern);
        }
        catch (error) {
            throw new errors/* InputError */.dz(label, pattern, `regular expressions, one per line (JavaScript syntax); this one ${reasonOf(error)}`);
        }
    }
    return patterns;
}
function reasonOf(error) {
    const message = (0,errors/* messageOf */.bD)(error);
    if (error instanceof SyntaxError)
        return `is invalid: ${message.replace(/^Invalid regular expression: /, '')}`;
    return message.replace(/^its regexp "(?:[^"\\]|\\.)*" /, '');
}
function createOutputPatternWatcher(retryOn, abortOn) {
    const retry = retryOn.map(compile);
    const abort = abortOn.map(compile);
    let current = 0;
    let linesSeen = 0;
    let found = {};
    const wanted = () => {
        const kinds = [];
        if (abort.length > 0 && !found.abort)
            kinds.push(['abort', abort]);
        if (retry.length > 0 && !found.retry)
            kinds.push(['retry', retry]);
        return kinds;
    };
    return {
        observe(batch, _stream, attempt) {
            if (attempt !== current) {
                current = attempt;
                linesSeen = 0;
                found = {};
            }
            const first = linesSeen;
            linesSeen += batch.count;
            const kinds = wanted();
            if (kinds.length === 0 || batch.count === 0)
                return;
            const text = batch.text ?? batch.lines.join('\n');
            // One scan of the joined text rules the batch out when its lines need no preparing.
            const plain = !text.includes('\x1b') &&
                !text.includes('\x9b') &&
                !text.includes('\r') &&
                (batch.longest ?? Infinity) <= MAX_MATCH_LENGTH;
            const candidates = plain
                ? kinds.filter(([, patterns]) => patterns.some((pattern) => pattern.scan.test(text)))
                : kinds;
            if (candidates.length === 0)
                return;
            const lines = batch.lines;
            for (let i = 0; i < lines.length && candidates.length > 0; i++) {
                const line = prepare(lines[i]);
                for (let k = candidates.length - 1; k >= 0; k--) {
                    const [kind, patterns] = candidates[k];
                    const hit = patterns.find((pattern) => pattern.line.test(line));
                    if (!hit)
                        continue;
                    found[kind] = { kind, line: first + i + 1, pattern: hit.source };
                    candidates.splice(k, 1);
                }
            }
        },
        matchOf(attempt) {
            if (attempt !== current)
                return undefined;
            return found.abort ?? found.retry;
        },
    };
}
function compile(source) {
    const line = compileRegexp(source);
    const flags = line.flags.replace(/[gym]/g, '');
    return { source, line: new RegExp(source, flags), scan: new RegExp(source, flags + 'm') };
}
/** As the matcher engine sees a line: no ANSI codes, no trailing `\r`, at most MAX_MATCH_LENGTH characters. */
function prepare(raw) {
    let line = raw.includes('\x1b') || raw.includes('\x9b') ? (0,strip_ansi/* default */.A)(raw) : raw;
    if (line.endsWith('\r'))
        line = line.slice(0, -1);
    return line.length > MAX_MATCH_LENGTH ? line.slice(0, MAX_MATCH_LENGTH) : line;
}

;// CONCATENATED MODULE: ./src/sinks/jsonl.ts
// The JSON-lines log: one line per lifecycle event, appended. Each line is a single synchronous
// write ending in `\n`, so the file is a valid prefix even if steplog is SIGKILLed mid-run and
// nothing is left in a buffer when a signal ends the process.


/** A line above this is replaced by a smaller one without the tails (records carry them twice at most). */
const MAX_JSONL_LINE_BYTES = 2 * 1024 * 1024;
/** Every execution of a run appends to the one log file, each with its own redactor. */
function createJsonlRunSink(file) {
    return {
        name: `JSON-lines log (${file})`,
        execution: (slot) => createJsonlSink(file, slot.redactor),
    };
}
function createJsonlSink(file, redactor) {
    let fd = null;
    return {
        name: `JSON-lines log (${file})`,
        onEvent(event) {
            if (fd === null) {
                (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
                fd = (0,external_node_fs_.openSync)(file, 'a', 0o644);
            }
            (0,external_node_fs_.writeSync)(fd, renderJsonlLine(redactor.redactDeep(event)));
        },
        close() {
            if (fd !== null)
                (0,external_node_fs_.closeSync)(fd);
            fd = null;
        },
    };
}
function renderJsonlLine(event) {
    const line = JSON.stringify(event) + '\n';
    if (Buffer.byteLength(line) <= MAX_JSONL_LINE_BYTES || !('record' in event))
        return line;
    const record = { ...event.record };
    for (const stream of ['stdout', 'stderr']) {
        record[stream] = { ...record[stream], tail: '', truncated: true };
    }
    return JSON.stringify({ ...event, record }) + '\n';
}

;// CONCATENATED MODULE: ./src/telemetry/otel-config.ts
// The OpenTelemetry settings, read from the standard OTEL_* variables as every OpenTelemetry SDK
// reads them. Nothing here loads the SDK: when this says "off", steplog never imports it.

const PROTOCOLS = ['http/protobuf', 'http/json'];
const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * The settings, or null when neither traces nor metrics are to be sent: no OTLP endpoint is set,
 * OTEL_SDK_DISABLED=true, or both exporters are `none`. A `grpc` protocol is refused, as steplog
 * bundles only the HTTP exporters.
 */
function readOtelConfig(env) {
    if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true')
        return null;
    const traces = signalConfig(env, 'TRACES', 'traces');
    const metrics = signalConfig(env, 'METRICS', 'metrics');
    if (!traces && !metrics)
        return null;
    return {
        traces,
        metrics,
        serviceName: env.OTEL_SERVICE_NAME?.trim() || 'steplog',
        resourceAttributes: parseKeyValues(env.OTEL_RESOURCE_ATTRIBUTES),
        timeoutMs: positiveNumber(env.OTEL_EXPORTER_OTLP_TIMEOUT) ?? DEFAULT_TIMEOUT_MS,
    };
}
function signalConfig(env, signal, path) {
    const exporters = (env[`OTEL_${signal}_EXPORTER`] ?? 'otlp').split(',').map((e) => e.trim());
    if (!exporters.includes('otlp'))
        return null;
    const own = env[`OTEL_EXPORTER_OTLP_${signal}_ENDPOINT`]?.trim();
    const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
    // The signal's own endpoint is used as given; the shared one gets /v1/<signal> appended.
    const url = own || (base ? `${base.replace(/\/+$/, '')}/v1/${path}` : null);
    if (!url)
        return null;
    const ownVariable = `OTEL_EXPORTER_OTLP_${signal}_PROTOCOL`;
    const variable = env[ownVariable]?.trim() ? ownVariable : 'OTEL_EXPORTER_OTLP_PROTOCOL';
    const given = env[variable]?.trim() || 'http/protobuf';
    const protocol = given.toLowerCase();
    if (!PROTOCOLS.includes(protocol)) {
        throw new errors/* InputError */.dz(variable, given, 'http/protobuf or http/json (steplog sends OTLP over HTTP)');
    }
    return {
        url,
        protocol: protocol,
        headers: {
            ...parseKeyValues(env.OTEL_EXPORTER_OTLP_HEADERS),
            ...parseKeyValues(env[`OTEL_EXPORTER_OTLP_${signal}_HEADERS`]),
        },
    };
}
/** Values to mask everywhere: the OTLP headers carry API keys and tokens. */
function otelSecrets(env) {
    return [
        'OTEL_EXPORTER_OTLP_HEADERS',
        'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
        'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
    ]
        .flatMap((name) => {
        const raw = env[name];
        if (!raw?.trim())
            return [];
        return [raw, ...Object.values(parseKeyValues(raw))];
    })
        .filter((value) => value.length >= 3);
}
/** `key1=value1,key2=value2` with percent-encoded values (the W3C Baggage form the OTEL_* lists use). */
function parseKeyValues(text) {
    const result = {};
    for (const pair of (text ?? '').split(',')) {
        const at = pair.indexOf('=');
        if (at <= 0)
            continue;
        const key = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        if (!key)
            continue;
        try {
            result[key] = decodeURIComponent(value);
        }
        catch {
            result[key] = value;
        }
    }
    return result;
}
function positiveNumber(text) {
    const value = Number(text);
    return text?.trim() && Number.isFinite(value) && value > 0 ? value : null;
}

;// CONCATENATED MODULE: ./src/telemetry/ci-context.ts
// Where a run happens (CI system, pipeline, job, commit), for span attributes and the webhook
// `source`. GitHub and GitLab tell more than the record's `ci` block keeps (the pipeline run apart
// from the job, the job's own page, the repository), so they are read here; every other CI comes
// from the record's own detection (../core/ci-context.ts).

const NONE = {
    system: null,
    pipeline: null,
    job: null,
    runId: null,
    runUrl: null,
    jobId: null,
    jobUrl: null,
    repositoryUrl: null,
    branch: null,
    commit: null,
};
function detectCiContext(env) {
    const v = (name) => env[name]?.trim() || null;
    if (env.GITHUB_ACTIONS === 'true') {
        const server = v('GITHUB_SERVER_URL') ?? 'https://github.com';
        const repository = v('GITHUB_REPOSITORY');
        const runId = v('GITHUB_RUN_ID');
        const repositoryUrl = repository ? `${server}/${repository}` : null;
        const runUrl = repositoryUrl && runId ? `${repositoryUrl}/actions/runs/${runId}` : null;
        const attempt = v('GITHUB_RUN_ATTEMPT');
        return {
            system: 'github',
            pipeline: v('GITHUB_WORKFLOW'),
            job: v('GITHUB_JOB'),
            runId,
            runUrl,
            jobId: null,
            jobUrl: runUrl && attempt ? `${runUrl}/attempts/${attempt}` : runUrl,
            repositoryUrl,
            // A pull request's head branch, else the branch or tag that triggered the run.
            branch: v('GITHUB_HEAD_REF') ?? v('GITHUB_REF_NAME'),
            commit: v('GITHUB_SHA'),
        };
    }
    if (env.GITLAB_CI === 'true') {
        return {
            system: 'gitlab',
            pipeline: v('CI_PIPELINE_NAME') ?? v('CI_PROJECT_PATH'),
            job: v('CI_JOB_NAME'),
            runId: v('CI_PIPELINE_ID'),
            runUrl: v('CI_PIPELINE_URL'),
            jobId: v('CI_JOB_ID'),
            jobUrl: v('CI_JOB_URL') ?? v('CI_PIPELINE_URL'),
            repositoryUrl: v('CI_PROJECT_URL'),
            branch: v('CI_MERGE_REQUEST_SOURCE_BRANCH_NAME') ?? v('CI_COMMIT_REF_NAME'),
            commit: v('CI_COMMIT_SHA'),
        };
    }
    const other = (0,ci_context/* detectCiContext */.N)(env);
    if (!other)
        return NONE;
    return {
        ...NONE,
        system: other.system,
        pipeline: other.pipeline ?? null,
        job: other.job ?? null,
        runId: other.runId ?? null,
        runUrl: other.runUrl ?? null,
        jobUrl: other.runUrl ?? null,
        branch: other.branch ?? null,
        commit: other.commit ?? null,
    };
}

;// CONCATENATED MODULE: ./src/telemetry/index.ts

async function startOpenTelemetry(env, ci, name) {
    const config = readOtelConfig(env);
    if (!config)
        return null;
    const { startOtelRun } = await Promise.all(/* import() */[__webpack_require__.e(770), __webpack_require__.e(113)]).then(__webpack_require__.bind(__webpack_require__, 7113));
    return startOtelRun({ config, env, ci, name });
}




;// CONCATENATED MODULE: ./src/telemetry/run-telemetry.ts
/** Delivery at the end of a run: long enough for a collector across the internet, short enough for CI. */
const END_DELIVERY_CAP_MS = 5000;
/**
 * Delivery when cancelled. GitHub sends SIGTERM 7.5 s after SIGINT: the command has had up to 5 s to
 * stop and its pipes 0.5 s to close, which leaves this much, with a margin for writing the record.
 */
const CANCEL_DELIVERY_CAP_MS = 1000;
function deliveryBudgetMs(cancelled) {
    return cancelled ? CANCEL_DELIVERY_CAP_MS : END_DELIVERY_CAP_MS;
}

;// CONCATENATED MODULE: ./src/sinks/opentelemetry.ts


async function createOpenTelemetryRunSink(name, context) {
    const ci = detectCiContext(context.env);
    const telemetry = await startOpenTelemetry(context.env, ci, ci.job ?? name);
    if (!telemetry)
        return null;
    return {
        name: 'opentelemetry',
        execution: (slot) => telemetry.sink(slot.redactor),
        attemptEnvironment: (executionId) => telemetry.attemptEnvironment(executionId),
        async end(run) {
            const cancelled = run.outcome.status === 'cancelled';
            const warning = await telemetry.finish({
                records: run.records,
                cancelled,
                budgetMs: deliveryBudgetMs(cancelled),
            });
            if (warning)
                context.stderr.write(`steplog ⚠ ${warning}\n`);
        },
    };
}

// EXTERNAL MODULE: ./src/notify/secrets.ts
var secrets = __webpack_require__(1684);
;// CONCATENATED MODULE: ./src/notify/index.ts
async function startNotifications(options) {
    if (options.urls.length === 0)
        return null;
    const { startWebhooks } = await __webpack_require__.e(/* import() */ 505).then(__webpack_require__.bind(__webpack_require__, 5505));
    return startWebhooks(options);
}


;// CONCATENATED MODULE: ./src/sinks/webhooks.ts



async function createWebhookRunSink(settings, context) {
    const webhooks = await startNotifications({
        urls: settings.notifyUrls,
        secret: settings.notifySecret,
        timeoutMs: settings.notifyTimeoutMs,
        ci: detectCiContext(context.env),
    });
    if (!webhooks)
        return null;
    return {
        name: 'webhook',
        execution: (slot) => webhooks.sink(slot.redactor),
        async end(run) {
            const cancelled = run.outcome.status === 'cancelled';
            const warning = await webhooks.finish({
                records: run.records,
                cancelled,
                budgetMs: deliveryBudgetMs(cancelled),
            });
            if (warning)
                context.stderr.write(`steplog ⚠ ${warning}\n`);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/parse-duration/index.js + 1 modules
var parse_duration = __webpack_require__(7595);
;// CONCATENATED MODULE: ./src/core/parse.ts
// Strict parsers for input values. Each returns the value or throws an InputError that names the
// input, the value and what is accepted. Lenient JavaScript coercions (Number(''), parseInt('5m'),
// 0x10, 1e3, Infinity) are exactly what these exist to refuse.


/** setTimeout fires after 1 ms for larger delays (TimeoutOverflowWarning): about 24.8 days. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const DURATION_ACCEPTED = 'a duration such as 90 (seconds), 90s, 1.5m, 1h30m or 250ms (units ms, s, m, h, d; 0 for none; at most 24d)';
// A bare number (seconds) or one or more number+unit parts, largest unit first by convention.
const DURATION = /^(?:\d+(?:\.\d+)?|(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+)$/;
/** `label` is how the user named the input, e.g. `--timeout` or `input 'timeout'`. */
function parseDuration(label, value) {
    const text = value.trim();
    if (!DURATION.test(text))
        throw new errors/* InputError */.dz(label, value, DURATION_ACCEPTED);
    const ms = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) * 1000 : (0,parse_duration/* default */.A)(text);
    if (ms === null || ms === undefined || !Number.isFinite(ms))
        throw new errors/* InputError */.dz(label, value, DURATION_ACCEPTED);
    const rounded = Math.round(ms);
    if (rounded > MAX_TIMER_MS)
        throw new errors/* InputError */.dz(label, value, DURATION_ACCEPTED);
    if (rounded === 0 && ms > 0)
        throw new errors/* InputError */.dz(label, value, `${DURATION_ACCEPTED}; at least 1ms`);
    return rounded;
}
const SIZE_UNITS = {
    '': 1,
    b: 1,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
const SIZE_ACCEPTED = 'a size such as 65536, 64KiB, 1MiB or 1MB (units B, KB, MB, GB, KiB, MiB, GiB)';
function parseSize(label, value, max = 1024 ** 3) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
    const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
    if (!match || unit === undefined)
        throw new errors/* InputError */.dz(label, value, SIZE_ACCEPTED);
    const bytes = Math.floor(Number(match[1]) * unit);
    if (bytes > max)
        throw new errors/* InputError */.dz(label, value, `${SIZE_ACCEPTED}, at most ${max} bytes`);
    return bytes;
}
function parseInteger(label, value, min, max) {
    const text = value.trim();
    const accepted = `a whole number from ${min} to ${max}`;
    if (!/^-?\d+$/.test(text))
        throw new errors/* InputError */.dz(label, value, accepted);
    const n = Number(text);
    if (n < min || n > max)
        throw new errors/* InputError */.dz(label, value, accepted);
    return n;
}
function parseNumber(label, value, min, max) {
    const text = value.trim();
    const accepted = `a number from ${min} to ${max}`;
    if (!/^\d+(?:\.\d+)?$/.test(text))
        throw new errors/* InputError */.dz(label, value, accepted);
    const n = Number(text);
    if (n < min || n > max)
        throw new errors/* InputError */.dz(label, value, accepted);
    return n;
}
function parseEnum(label, value, options) {
    const text = value.trim();
    if (!options.includes(text)) {
        throw new errors/* InputError */.dz(label, value, `one of ${options.join(', ')}`);
    }
    return text;
}
/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function parseBoolean(label, value) {
    const text = value.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new errors/* InputError */.dz(label, value, 'true or false');
}
/** `0`, `0,1`, `1, 2 ,3`, one per line … each 0–255 (what a process can exit with). */
function parseExitCodes(label, value) {
    const parts = value.split(/[\s,]+/).filter(Boolean);
    const accepted = 'a comma-separated list of exit codes from 0 to 255, such as 0,1';
    if (parts.length === 0)
        throw new errors/* InputError */.dz(label, value, accepted);
    return [...new Set(parts.map((part) => parseIntegerPart(label, value, part, accepted)))];
}
function parseIntegerPart(label, value, part, accepted) {
    if (!/^\d+$/.test(part) || Number(part) > 255)
        throw new errors/* InputError */.dz(label, value, accepted);
    return Number(part);
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Linux refuses a single `NAME=value` string above 128 KiB with E2BIG at spawn time. */
const MAX_ENV_ENTRY = 128 * 1024 - 1;
function validateEnv(label, env) {
    for (const [name, value] of Object.entries(env)) {
        if (!ENV_NAME.test(name)) {
            throw new errors/* InputError */.dz(label, name, 'environment variable names made of letters, digits and _, not starting with a digit');
        }
        if (value.includes('\0'))
            throw new errors/* InputError */.dz(label, `${name}=…`, 'values without NUL characters');
        if (Buffer.byteLength(name) + Buffer.byteLength(value) + 1 > MAX_ENV_ENTRY) {
            throw new errors/* InputError */.dz(label, `${name}=…`, 'values under 128 KiB (the Linux limit for one variable)');
        }
    }
    return env;
}

;// CONCATENATED MODULE: ./src/core/inputs.ts
// Every input steplog takes, in one table: its action input name (kebab-case), CLI flag, default
// and description. action.yml, the CLI's options, the GitLab template and the README are kept in
// sync with this table by tests.
const INPUTS = [
    {
        name: 'run',
        flag: '--run',
        default: null,
        scope: 'all',
        description: 'The script to run, as in a `run:` step. Required unless `steps` is given.',
    },
    {
        name: 'name',
        flag: '--name',
        default: null,
        scope: 'all',
        description: 'Display name of the execution. Default: the first line of `run`.',
    },
    {
        name: 'shell',
        flag: '--shell',
        default: 'bash',
        scope: 'all',
        description: 'bash, sh, pwsh, powershell, python, node, cmd, or a template containing {0}.',
    },
    {
        name: 'working-directory',
        flag: '--working-directory',
        alias: '--cwd',
        default: null,
        scope: 'all',
        description: 'Directory to run in. Must exist. Default: the workspace (the current directory for the CLI).',
    },
    {
        name: 'timeout',
        flag: '--timeout',
        default: '0',
        scope: 'all',
        description: 'Kill the whole process tree after this long: 90, 90s, 1.5m, 1h30m, 250ms. 0 = no timeout.',
    },
    {
        name: 'idle-timeout',
        flag: '--idle-timeout',
        default: '0',
        scope: 'all',
        description: 'End the attempt as timed out when it prints nothing for this long. 0 = none.',
    },
    {
        name: 'kill-after',
        flag: '--kill-after',
        default: '10s',
        scope: 'all',
        description: 'Grace between kill-signal and SIGKILL.',
    },
    {
        name: 'kill-signal',
        flag: '--kill-signal',
        default: 'SIGTERM',
        scope: 'all',
        description: 'First signal sent to the process group at the deadline.',
    },
    {
        name: 'max-attempts',
        flag: '--max-attempts',
        default: '1',
        scope: 'all',
        description: 'Total attempts, 1 to 100.',
    },
    {
        name: 'retry-on',
        flag: '--retry-on',
        default: 'any',
        scope: 'all',
        description: 'Which failures are retried: any, error (non-zero exit) or timeout.',
    },
    {
        name: 'retry-on-exit-codes',
        flag: '--retry-on-exit-codes',
        default: null,
        scope: 'all',
        description: 'Retry only when the exit code is one of these, e.g. 1,2.',
    },
    {
        name: 'retry-delay',
        flag: '--retry-delay',
        default: '0s',
        scope: 'all',
        description: 'Wait before the next attempt.',
    },
    {
        name: 'retry-backoff',
        flag: '--retry-backoff',
        default: '1',
        scope: 'all',
        description: 'Multiply the delay by this after each attempt (1 to 10).',
    },
    {
        name: 'retry-on-output',
        flag: '--retry-on-output',
        default: null,
        scope: 'all',
        repeatable: true,
        description: 'Regular expressions, one per line: a failed attempt is retried only when a line of its output matches one (with the other retry settings).',
    },
    {
        name: 'abort-on-output',
        flag: '--abort-on-output',
        default: null,
        scope: 'all',
        repeatable: true,
        description: 'Regular expressions, one per line: a failed attempt whose output has a matching line is not retried, whatever the other settings say.',
    },
    {
        name: 'total-timeout',
        flag: '--total-timeout',
        default: '0',
        scope: 'all',
        description: 'Deadline for the whole execution, attempts and retry delays together; the attempt running then is killed as at timeout. 0 = none.',
    },
    {
        name: 'warn-on-retry',
        flag: '--warn-on-retry',
        default: 'true',
        scope: 'all',
        description: 'A step that succeeded after retries gets one warning annotation saying so, e.g. "succeeded on attempt 2 of 3 (attempt 1: exit code 2)".',
    },
    {
        name: 'background',
        flag: '--background',
        default: 'keep',
        scope: 'all',
        description: 'What the command started in the background and left running when it exited (`server &`): keep (leave it running, as `run:` does, and list it in one line) or kill. A timeout or a cancel always kills everything.',
    },
    {
        name: 'on-retry',
        flag: '--on-retry',
        default: null,
        scope: 'all',
        description: 'A command run with the same shell before each new attempt (cleanup).',
    },
    {
        name: 'success-codes',
        flag: '--success-codes',
        default: '0',
        scope: 'all',
        description: 'Exit codes that count as success, e.g. 0,1.',
    },
    {
        name: 'summary',
        flag: '--summary',
        default: 'always',
        scope: 'all',
        description: 'When to write the summary: always, on-failure or never.',
    },
    {
        name: 'matchers',
        flag: '--matchers',
        alias: '--matcher',
        default: 'builtin',
        scope: 'all',
        repeatable: true,
        description: 'Problem matchers, one per line: a GitHub problem-matcher JSON file, a built-in name, `builtin` for all built-ins, or `none`.',
    },
    {
        name: 'output-limit',
        flag: '--output-limit',
        default: '64KiB',
        scope: 'all',
        description: 'Size of the stdout/stderr tails kept and exported (at most 512KiB).',
    },
    {
        name: 'log-file',
        flag: '--log-file',
        default: null,
        scope: 'all',
        description: 'Path of the JSON-lines log (appended). Default: a file in the runner temp directory (GitHub) or .steplog/steplog.jsonl (GitLab).',
    },
    {
        name: 'junit-file',
        flag: '--junit-file',
        default: null,
        scope: 'all',
        description: "Also write a JUnit XML report here: one test case per execution (or per step), for Jenkins' `junit`, CircleCI's `store_test_results`, Buildkite, Azure's `PublishTestResults` or a test-report action. On GitLab, .steplog/junit.xml is written anyway.",
    },
    {
        name: 'codequality-file',
        flag: '--codequality-file',
        default: null,
        scope: 'all',
        description: 'Also write the annotations as a Code Quality report (Code Climate JSON) here. On GitLab, .steplog/codequality.json is written anyway.',
    },
    {
        name: 'mask',
        flag: '--mask',
        default: null,
        scope: 'all',
        repeatable: true,
        description: 'Values never to print, one per line.',
    },
    {
        name: 'workflow-commands',
        flag: '--workflow-commands',
        default: 'false',
        scope: 'all',
        description: 'Let the command issue raw GitHub workflow commands, as a plain `run:` step does.',
    },
    {
        name: 'steps',
        flag: '--steps',
        default: null,
        scope: 'all',
        description: 'Several commands in one step: a YAML list of {name, run, shell, working-directory, timeout, idle-timeout, max-attempts, retry-on, success-codes, env, …}; each inherits the top-level settings. Instead of `run`. The CLI flag also takes a file path.',
    },
    {
        name: 'max-parallel',
        flag: '--max-parallel',
        default: null,
        scope: 'all',
        description: 'With `steps`: how many run at once (1 to 64). Default: the number of CPUs.',
    },
    {
        name: 'fail-fast',
        flag: '--fail-fast',
        default: 'false',
        scope: 'all',
        description: 'With `steps`: cancel the other steps as soon as one fails or times out.',
    },
    {
        name: 'container',
        flag: '--container',
        default: null,
        scope: 'all',
        description: "An image to run the script in (a new container per attempt, removed afterwards): the workspace is mounted at the same path and is the working directory, the step's variables are passed by name. Empty: run on the host.",
    },
    {
        name: 'container-options',
        flag: '--container-options',
        default: null,
        scope: 'all',
        description: 'Extra `docker run` / `podman run` arguments, as on a command line (e.g. `--memory 2g --network host`).',
    },
    {
        name: 'container-engine',
        flag: '--container-engine',
        default: 'auto',
        scope: 'all',
        description: 'docker, podman, or auto (docker when its daemon answers, else podman).',
    },
    {
        name: 'container-pull',
        flag: '--container-pull',
        default: 'missing',
        scope: 'all',
        description: 'When to pull the image before the first attempt: missing, always or never.',
    },
    {
        name: 'notify-url',
        flag: '--notify-url',
        default: null,
        scope: 'all',
        repeatable: true,
        description: 'Webhook URLs, one per line: each lifecycle event is POSTed there as a CloudEvent (credentials in a URL are masked).',
    },
    {
        name: 'notify-secret',
        flag: '--notify-secret',
        default: null,
        scope: 'all',
        description: 'Signs every webhook body: header X-Steplog-Signature-256 = sha256=<hex HMAC-SHA256 of the body>. Masked.',
    },
    {
        name: 'notify-timeout',
        flag: '--notify-timeout',
        default: '5s',
        scope: 'all',
        description: 'How long webhook delivery may go on after the command has ended.',
    },
    {
        name: 'summary-file',
        flag: '--summary-file',
        default: null,
        scope: 'cli',
        description: 'Write the markdown summary to this file. Default: .steplog/summary.md on GitLab; none for the plain CLI.',
    },
    {
        name: 'report',
        flag: null,
        default: null,
        scope: 'github',
        description: 'Instead of running a command: JSON-lines logs or folders of them (one per line, e.g. downloaded artifacts of a matrix) to aggregate into the job summary and the `report` output. The CLI has `steplog report`.',
    },
    {
        name: 'github-token',
        flag: null,
        default: '${{ github.token }}',
        scope: 'github',
        description: 'Token for the PR comment and the check run.',
    },
    {
        name: 'pr-comment',
        flag: null,
        default: 'never',
        scope: 'github',
        description: 'Sticky pull-request comment with the summary: never, always or on-failure.',
    },
    {
        name: 'comment-author',
        flag: null,
        default: null,
        scope: 'github',
        description: 'With an app token (GITHUB_TOKEN or a GitHub App installation token): the bot login whose marked PR comment steplog edits. Default: github-actions[bot].',
    },
    {
        name: 'check-run',
        flag: null,
        default: 'false',
        scope: 'github',
        description: 'Publish every annotation as a check run (beyond the 10 per level a step shows).',
    },
];
const OUTPUTS = {
    status: 'success, failed, timed_out or cancelled.',
    'exit-code': 'Exit code of the last attempt; empty when it was killed by a signal.',
    signal: 'Signal that ended the last attempt, e.g. SIGKILL; empty otherwise.',
    'timed-out': 'true when the last attempt hit timeout or idle-timeout.',
    'duration-ms': 'Wall time of all attempts, in milliseconds.',
    'started-at': 'ISO 8601 UTC start time.',
    'completed-at': 'ISO 8601 UTC end time.',
    attempts: 'Number of attempts made.',
    stdout: 'Tail of stdout (masked, ANSI stripped, within output-limit).',
    stderr: 'Tail of stderr (masked, ANSI stripped, within output-limit).',
    'log-file': 'Path of the JSON-lines log.',
    'summary-file': 'Path of the markdown summary steplog wrote (GitLab and CLI).',
    report: 'With `report`: the statistics as JSON (executions, byStatus, totalDurationMs, p50DurationMs, p95DurationMs, slowest, flaky, timedOut, problems).',
    results: 'JSON array with one entry per execution (one, or one per step with `steps`): id, name, status, exitCode, signal, timedOut, durationMs, attempts, exitStatus.',
};
/** `timeout` → `STEPLOG_TIMEOUT`: how the CLI reads inputs from the environment. */
function envNameOf(input) {
    return `STEPLOG_${input.replace(/-/g, '_').toUpperCase()}`;
}

// EXTERNAL MODULE: ./node_modules/string-argv/index.js
var string_argv = __webpack_require__(8579);
;// CONCATENATED MODULE: ./src/container/options.ts
// `container-options`: extra `run` arguments, written as on a command line (quotes group words).

function splitContainerOptions(value) {
    return (0,string_argv/* default */.A)(value.replace(/\r?\n/g, ' '));
}

;// CONCATENATED MODULE: ./src/core/shells.ts
// Shell templates as GitHub's `run:` defines them
// (https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell).

const BUILTIN_SHELLS = {
    bash: { template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
    sh: { template: 'sh -e {0}', extension: '.sh' },
    pwsh: { template: 'pwsh -command ". \'{0}\'"', extension: '.ps1' },
    powershell: { template: 'powershell -command ". \'{0}\'"', extension: '.ps1' },
    python: { template: 'python {0}', extension: '.py' },
    node: { template: 'node {0}', extension: '.js' },
    cmd: { template: '%ComSpec% /D /E:ON /V:OFF /S /C "CALL "{0}""', extension: '.cmd' },
};
/**
 * The default shell in a container, as GitHub's container steps choose it: bash when the image has
 * it, else sh. Which one only the image knows, so the script's first process decides.
 */
const CONTAINER_DEFAULT_SHELL = {
    name: 'bash, else sh',
    template: "sh -c \"if command -v bash >/dev/null 2>&1; then exec bash --noprofile --norc -eo pipefail '{0}'; fi; exec sh -e '{0}'\"",
    extension: '.sh',
};
const ACCEPTED = `one of ${Object.keys(BUILTIN_SHELLS).join(', ')}, or a command template containing {0} (e.g. "perl {0}")`;
function parseShell(label, value) {
    const name = value.trim();
    const builtin = BUILTIN_SHELLS[name];
    if (builtin)
        return { name, ...builtin };
    if (!name.includes('{0}'))
        throw new errors/* InputError */.dz(label, value, ACCEPTED);
    const program = splitTemplate(name)[0];
    const extension = program && /(^|[/\\])(pwsh|powershell)(\.exe)?$/.test(program) ? '.ps1' : '';
    return { name, template: name, extension };
}
/**
 * Splits a template into argv the way the runner does for `run:` templates: on spaces, with double
 * quotes grouping (the quotes themselves removed).
 */
function splitTemplate(template) {
    const args = [];
    let current = '';
    let quoted = false;
    let has = false;
    for (const ch of template.trim()) {
        if (ch === '"') {
            quoted = !quoted;
            has = true;
        }
        else if (/\s/.test(ch) && !quoted) {
            if (has)
                args.push(current);
            current = '';
            has = false;
        }
        else {
            current += ch;
            has = true;
        }
    }
    if (has)
        args.push(current);
    return args;
}
/** The argv to spawn: the template split into words, with `{0}` replaced by the script path. */
function shellArgv(shell, scriptPath) {
    return splitTemplate(shell.template).map((arg) => arg.split('{0}').join(scriptPath));
}

;// CONCATENATED MODULE: ./src/core/writable-file.ts
// A file steplog will write (log-file, summary-file) is checked before anything runs: its folder is
// created, and the file opened for appending once. A path that cannot be written (a file where a
// folder is needed, no permission, a read-only or virtual file system such as /proc) is an input
// error, rather than a failure after the command ran.
//
// Folders are created one level at a time: Node's `mkdirSync(…, { recursive: true })` never returns
// under /proc (it retries forever at 100% CPU on the EPERM/ENOENT it gets there).



/** Throws an InputError naming `label` and `given` when `file` cannot be appended to. */
function checkWritableFile(label, given, file) {
    const fail = (why) => {
        throw new errors/* InputError */.dz(label, given, `a file steplog can write (${why})`);
    };
    const existing = writable_file_kindOf(file);
    if (existing === 'directory')
        fail(`${file} is a folder`);
    if (existing === null)
        createFolders(external_node_path_default().dirname(file), fail);
    // Opening a file there succeeds (as root), only the writes fail.
    if (isVirtual(existing === null ? external_node_path_default().dirname(file) : file))
        fail('a virtual file system such as /proc');
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'a', 0o644);
    }
    catch (error) {
        return fail((0,errors/* messageOf */.bD)(error));
    }
    (0,external_node_fs_.closeSync)(fd);
    // Leave nothing behind: the sink creates the file again when it first writes.
    if (existing === null)
        (0,external_node_fs_.unlinkSync)(file);
}
/** proc and sysfs: their files open for writing, but nothing written there is a file. */
const VIRTUAL_FILE_SYSTEMS = new Set([0x9fa0, 0x62656572]);
function isVirtual(at) {
    try {
        return VIRTUAL_FILE_SYSTEMS.has((0,external_node_fs_.statfsSync)(at).type);
    }
    catch {
        return false;
    }
}
function writable_file_kindOf(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return null;
    }
}
function createFolders(folder, fail) {
    const missing = [];
    let at = folder;
    for (let kind = writable_file_kindOf(at); kind === null; kind = writable_file_kindOf(at)) {
        const parent = external_node_path_default().dirname(at);
        if (parent === at)
            fail(`no existing folder above ${folder}`);
        missing.unshift(at);
        at = parent;
    }
    if (writable_file_kindOf(at) !== 'directory')
        fail(`${at} is a file, where a folder is needed`);
    for (const dir of missing) {
        try {
            (0,external_node_fs_.mkdirSync)(dir);
        }
        catch (error) {
            fail((0,errors/* messageOf */.bD)(error));
        }
    }
}

;// CONCATENATED MODULE: ./src/core/resolve-settings.ts
// Builds the one typed settings object from raw input strings (action inputs, CLI flags or
// STEPLOG_* variables), validating every value before anything runs.











const MAX_OUTPUT_LIMIT = 512 * 1024;
/** The raw value, with the table's default when missing or empty (as the runner fills action.yml defaults). */
function resolve_settings_valueOf(raw, name) {
    const given = raw[name];
    if (given !== undefined && given.trim() !== '')
        return given;
    return INPUTS.find((input) => input.name === name)?.default ?? null;
}
function lines(value) {
    if (value === null)
        return [];
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
}
function optionalPath(raw, name, workspace) {
    const value = resolve_settings_valueOf(raw, name);
    return value === null ? null : external_node_path_default().resolve(workspace, value.trim());
}
/** A GitHub login, as a bot's is spelled: `github-actions[bot]`, `acme-ci[bot]`. */
function parseLogin(label, value) {
    if (value === null)
        return null;
    const login = value.trim();
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
        throw new errors/* InputError */.dz(label, value, 'a GitHub login such as github-actions[bot] or acme-ci[bot]');
    }
    return login;
}
/** http(s) URLs, one per line. */
function parseNotifyUrls(label, value) {
    const urls = lines(value);
    for (const url of urls) {
        let protocol = null;
        try {
            protocol = new URL(url).protocol;
        }
        catch {
            // reported below
        }
        if (protocol !== 'http:' && protocol !== 'https:') {
            throw new errors/* InputError */.dz(label, (0,secrets/* displayUrl */.Q)(url), 'http:// or https:// URLs, one per line');
        }
    }
    return urls;
}
function resolveSettings(raw, context) {
    const { label } = context;
    const get = (name) => resolve_settings_valueOf(raw, name) ?? '';
    const run = raw.run ?? '';
    const meaningful = run.split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith('#'));
    if (meaningful.length === 0) {
        throw new errors/* InputError */.dz(label('run'), run, `a non-empty script (not only blank lines or comments), or several commands in ${label('steps')}`);
    }
    if (run.includes('\0'))
        throw new errors/* InputError */.dz(label('run'), run.replace(/\0/g, '\\0'), 'a script without NUL characters');
    const cwdRaw = resolve_settings_valueOf(raw, 'working-directory');
    const cwd = cwdRaw === null ? context.workspace : external_node_path_default().resolve(context.workspace, cwdRaw);
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(cwd).isDirectory();
    }
    catch {
        throw new errors/* InputError */.dz(label('working-directory'), cwdRaw ?? cwd, 'an existing directory');
    }
    if (!isDirectory)
        throw new errors/* InputError */.dz(label('working-directory'), cwdRaw ?? cwd, 'a directory, not a file');
    const killSignal = get('kill-signal').trim().toUpperCase();
    const signalName = killSignal.startsWith('SIG') ? killSignal : `SIG${killSignal}`;
    if (!(signalName in external_node_os_.constants.signals) || signalName === 'SIGSTOP') {
        throw new errors/* InputError */.dz(label('kill-signal'), get('kill-signal'), 'a signal name such as SIGTERM, SIGINT, SIGHUP or SIGKILL');
    }
    const retryOnExitCodes = resolve_settings_valueOf(raw, 'retry-on-exit-codes');
    const name = resolve_settings_valueOf(raw, 'name') ?? meaningful[0].trim();
    const onRetry = resolve_settings_valueOf(raw, 'on-retry');
    const container = parseContainer(raw, label);
    const settings = {
        run,
        name: name.length > 200 ? `${name.slice(0, 199)}…` : name,
        // In a container the default `bash` means bash when the image has it, else sh (as GitHub's
        // container steps do); the action cannot tell a default from an explicit `bash`.
        shell: container !== null && get('shell').trim() === 'bash'
            ? CONTAINER_DEFAULT_SHELL
            : parseShell(label('shell'), get('shell')),
        cwd,
        env: validateEnv('env', context.env ?? {}),
        timeoutMs: parseDuration(label('timeout'), get('timeout')),
        idleTimeoutMs: parseDuration(label('idle-timeout'), get('idle-timeout')),
        killAfterMs: parseDuration(label('kill-after'), get('kill-after')),
        killSignal: signalName,
        maxAttempts: parseInteger(label('max-attempts'), get('max-attempts'), 1, 100),
        retryOn: parseEnum(label('retry-on'), get('retry-on'), ['any', 'error', 'timeout']),
        retryOnExitCodes: retryOnExitCodes === null ? null : parseExitCodes(label('retry-on-exit-codes'), retryOnExitCodes),
        retryDelayMs: parseDuration(label('retry-delay'), get('retry-delay')),
        retryBackoff: parseNumber(label('retry-backoff'), get('retry-backoff'), 1, 10),
        retryOnOutput: checkOutputPatterns(label('retry-on-output'), lines(resolve_settings_valueOf(raw, 'retry-on-output'))),
        abortOnOutput: checkOutputPatterns(label('abort-on-output'), lines(resolve_settings_valueOf(raw, 'abort-on-output'))),
        totalTimeoutMs: parseDuration(label('total-timeout'), get('total-timeout')),
        warnOnRetry: parseBoolean(label('warn-on-retry'), get('warn-on-retry')),
        onRetry: onRetry && onRetry.trim() ? onRetry : null,
        successCodes: parseExitCodes(label('success-codes'), get('success-codes')),
        outputLimit: parseSize(label('output-limit'), get('output-limit'), MAX_OUTPUT_LIMIT),
        masks: lines(resolve_settings_valueOf(raw, 'mask')),
        background: parseEnum(label('background'), get('background'), ['keep', 'kill']),
        ...(container === null ? {} : { container }),
        summary: parseEnum(label('summary'), get('summary'), ['always', 'on-failure', 'never']),
        matchers: lines(resolve_settings_valueOf(raw, 'matchers')),
        logFile: resolve_settings_valueOf(raw, 'log-file') === null ? null : external_node_path_default().resolve(context.workspace, get('log-file').trim()),
        summaryFile: optionalPath(raw, 'summary-file', context.workspace),
        junitFile: optionalPath(raw, 'junit-file', context.workspace),
        codequalityFile: optionalPath(raw, 'codequality-file', context.workspace),
        workflowCommands: parseBoolean(label('workflow-commands'), get('workflow-commands')),
        prComment: parseEnum(label('pr-comment'), get('pr-comment'), ['never', 'always', 'on-failure']),
        commentAuthor: parseLogin(label('comment-author'), resolve_settings_valueOf(raw, 'comment-author')),
        checkRun: parseBoolean(label('check-run'), get('check-run')),
        notifyUrls: parseNotifyUrls(label('notify-url'), resolve_settings_valueOf(raw, 'notify-url')),
        notifySecret: resolve_settings_valueOf(raw, 'notify-secret')?.trim() || null,
        notifyTimeoutMs: parseDuration(label('notify-timeout'), get('notify-timeout')),
    };
    // The webhook secret and any credentials in the URLs are never printed.
    settings.masks.push(...(0,secrets/* webhookSecrets */.d)(settings.notifyUrls, settings.notifySecret));
    if (settings.killAfterMs > MAX_TIMER_MS)
        throw new errors/* InputError */.dz(label('kill-after'), get('kill-after'), 'at most 24d');
    // Last: every other value is valid, so a folder created here is one the run will use.
    if (settings.logFile !== null)
        checkWritableFile(label('log-file'), get('log-file'), settings.logFile);
    if (settings.summaryFile !== null) {
        checkWritableFile(label('summary-file'), get('summary-file'), settings.summaryFile);
    }
    return settings;
}
/** The `container*` inputs; null when `container` is empty (the command runs on the host). */
function parseContainer(raw, label) {
    const image = raw.container?.trim() ?? '';
    if (image === '')
        return null;
    // An image reference: no whitespace, nothing an engine would read as an option.
    if (/\s/.test(image) || image.startsWith('-')) {
        throw new errors/* InputError */.dz(label('container'), raw.container ?? '', 'an image reference such as node:22 or ghcr.io/org/image@sha256:…');
    }
    return {
        image,
        options: splitContainerOptions(raw['container-options'] ?? ''),
        engine: parseEnum(label('container-engine'), resolve_settings_valueOf(raw, 'container-engine') ?? '', [
            'auto',
            'docker',
            'podman',
        ]),
        pull: parseEnum(label('container-pull'), resolve_settings_valueOf(raw, 'container-pull') ?? '', [
            'missing',
            'always',
            'never',
        ]),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/run/parse-steps.ts
// The `steps` input: a YAML list of commands run in one steplog invocation, each with its own
// settings inheriting the top-level ones.





/** Keys a step may set; everything else about a run (summary, log file, masks …) is shared. */
const STEP_KEYS = [
    'name',
    'run',
    'shell',
    'working-directory',
    'timeout',
    'idle-timeout',
    'kill-after',
    'kill-signal',
    'max-attempts',
    'retry-on',
    'retry-on-exit-codes',
    'retry-delay',
    'retry-backoff',
    'retry-on-output',
    'abort-on-output',
    'total-timeout',
    'on-retry',
    'background',
    'success-codes',
    'container',
    'container-options',
    'container-engine',
    'container-pull',
];
function parseSteps(text, label, shared, context, 
/** How to name the value in errors: the file it came from, else its first line. */
source = firstLine(text)) {
    let parsed;
    try {
        parsed = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(label, source, `a YAML list of steps (${(0,errors/* messageOf */.bD)(error).split('\n')[0]})`);
    }
    // A file may name its list, as a workflow does: `steps:` holding it, and nothing else.
    const list = isMapping(parsed) && Object.keys(parsed).length === 1 && 'steps' in parsed ? parsed.steps : parsed;
    if (!Array.isArray(list) || list.length === 0) {
        throw new errors/* InputError */.dz(label, source, `a non-empty YAML list of steps, each with at least \`run\` (or a mapping with only \`steps:\` holding that list); found ${describeYaml(parsed)}`);
    }
    const ids = new Set();
    const names = new Map();
    return list.map((item, index) => {
        const where = `${label} step ${index + 1}`;
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            throw new errors/* InputError */.dz(where, JSON.stringify(item) ?? String(item), 'a mapping with at least `run`');
        }
        const raw = { ...shared, name: undefined, run: undefined };
        let env = {};
        for (const [key, value] of Object.entries(item)) {
            if (key === 'env') {
                env = parseEnvMapping(`${where} env`, value);
                continue;
            }
            if (!STEP_KEYS.includes(key)) {
                throw new errors/* InputError */.dz(`${where} key`, key, `one of ${[...STEP_KEYS, 'env'].join(', ')}`);
            }
            // Patterns may be a YAML list as well as lines of one string.
            if ((key === 'retry-on-output' || key === 'abort-on-output') && Array.isArray(value)) {
                if (value.some((line) => line === null || typeof line === 'object')) {
                    throw new errors/* InputError */.dz(`${where} ${key}`, JSON.stringify(value), 'a list of regular expressions');
                }
                raw[key] = value.map(String).join('\n');
                continue;
            }
            if (value === null || typeof value === 'object') {
                throw new errors/* InputError */.dz(`${where} ${key}`, JSON.stringify(value), 'a string or a number');
            }
            raw[key] = String(value);
        }
        const settings = resolveSettings(raw, {
            ...context,
            env,
            label: (name) => `${where} ${name} (${context.label(name)})`,
        });
        // Two steps of one name could not be told apart in the log, the summary or the reports.
        const earlier = names.get(settings.name);
        if (earlier !== undefined) {
            throw new errors/* InputError */.dz(`${where} name`, settings.name, `a name no other step has (step ${earlier} has it)`);
        }
        names.set(settings.name, index + 1);
        return { id: uniqueId(settings.name, ids), settings };
    });
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** What a YAML document turned out to be, for the error that says it is not a list of steps. */
function describeYaml(value) {
    if (value === null || value === undefined)
        return 'an empty document';
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty list' : 'a list';
    if (isMapping(value)) {
        const keys = Object.keys(value);
        if (keys.length === 0)
            return 'an empty mapping';
        if (keys.length === 1 && keys[0] === 'steps') {
            return `a mapping whose \`steps\` is ${describeYaml(value.steps)}`;
        }
        const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
        return `a mapping with ${keys.length === 1 ? 'key' : 'keys'} ${shown}`;
    }
    if (typeof value === 'string')
        return 'a single string';
    return `a ${typeof value} (${String(value)})`;
}
function parseEnvMapping(label, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* InputError */.dz(label, JSON.stringify(value), 'a mapping of variable names to values');
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null ? '' : String(v)]));
}
function uniqueId(name, taken) {
    const base = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40) || 'step';
    let id = base;
    for (let n = 2; taken.has(id); n++)
        id = `${base}-${n}`;
    taken.add(id);
    return id;
}
function firstLine(text) {
    const line = text.split('\n')[0];
    return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
/**
 * The CLI flag takes a file or the YAML itself; the action input and STEPLOG_STEPS the YAML. A value
 * on several lines, or starting like a YAML list, is YAML; `-` is stdin; anything else is a path.
 */
function readStepsText(value, label, cwd) {
    const text = value.trim();
    // `-`: the YAML comes on stdin (`generate-steps | steplog run --steps -`).
    if (text === '-') {
        try {
            return { text: (0,external_node_fs_.readFileSync)(0, 'utf8'), source: 'stdin' };
        }
        catch (error) {
            throw new errors/* InputError */.dz(label, value, `a YAML list of steps on stdin (${(0,errors/* messageOf */.bD)(error)})`);
        }
    }
    if (text.includes('\n') || text.startsWith('-') || text.startsWith('['))
        return { text: value };
    try {
        return { text: (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, text), 'utf8'), source: text };
    }
    catch (error) {
        throw new errors/* InputError */.dz(label, value, `a YAML list of steps or a readable file (${(0,errors/* messageOf */.bD)(error)})`);
    }
}

;// CONCATENATED MODULE: ./src/run/plan.ts
// From raw inputs to what a run will do, every value validated before anything runs: one command
// (`run`) is a run of one execution; `steps` a run of several. A bad value is an InputError naming
// the input, the value and what is accepted.






async function planRun(raw, { cwd, label }) {
    const given = (name) => raw[name] !== undefined && raw[name].trim() !== '';
    if (!given('steps')) {
        const settings = resolveSettings(raw, { workspace: cwd, label });
        const matchers = await loadMatchers(settings.matchers, { workspace: cwd, label: label('matchers') });
        return {
            mode: 'command',
            settings,
            executions: [{ stepId: null, settings }],
            maxParallel: 1,
            failFast: false,
            matchers,
        };
    }
    if (given('run')) {
        throw new errors/* InputError */.dz(label('run'), raw.run ?? '', `no script when ${label('steps')} is given (use one or the other)`);
    }
    // The top level only carries what the steps inherit and what the run shares (summary, log …).
    const settings = resolveSettings({ ...raw, run: 'true', name: 'steps' }, { workspace: cwd, label });
    const text = readStepsText(raw.steps ?? '', label('steps'), cwd);
    const steps = parseSteps(text.text, label('steps'), raw, { workspace: cwd, label }, text.source);
    const parallel = raw['max-parallel']?.trim() || String((0,external_node_os_.availableParallelism)());
    const maxParallel = parseInteger(label('max-parallel'), parallel, 1, 64);
    const failFast = parseBoolean(label('fail-fast'), raw['fail-fast']?.trim() || 'false');
    const matchers = await loadMatchers(settings.matchers, { workspace: cwd, label: label('matchers') });
    return {
        mode: 'steps',
        settings,
        executions: steps.map((step) => ({ stepId: step.id, settings: step.settings })),
        maxParallel,
        failFast,
        matchers,
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/ansible/environment.ts
// Ansible prints `task path: …/site.yml:12` before a failed task only when asked to; the `ansible`
// matcher needs that line to place the annotation. steplog asks, unless the step or the host has
// already decided either way.
const TASK_PATH_VARIABLE = 'ANSIBLE_SHOW_TASK_PATH_ON_FAILURE';
function withAnsibleDefaults(env, hostEnv = process.env) {
    if (TASK_PATH_VARIABLE in env || hostEnv[TASK_PATH_VARIABLE] !== undefined)
        return env;
    return { ...env, [TASK_PATH_VARIABLE]: 'True' };
}

;// CONCATENATED MODULE: ./src/exec/platform.ts
// Everything that differs between Linux, macOS and Windows in how steplog finds the processes a
// command started (signalling them is execa's, see ./process-group.ts). Only Linux runs in our CI:
// the macOS branch is kept to the command line it runs, which unit tests check.
/** Exported to every process the command starts; the sweep finds stragglers by it (as the runner does with RUNNER_TRACKING_ID). */
const TRACKING_VARIABLE = 'STEPLOG_EXECUTION_ID';
function trackingMethod(platform = process.platform) {
    if (platform === 'linux' || platform === 'android')
        return { kind: 'proc', dir: '/proc' };
    if (platform === 'win32')
        return { kind: 'none' };
    // BSD ps: -E appends each process's environment to its command; -ww never truncates the line.
    return { kind: 'ps', file: 'ps', args: ['-E', '-ww', '-o', 'pid=,pgid=,command='] };
}
/** Whether a NUL-separated environment block (/proc/<pid>/environ) holds exactly `entry` (`NAME=value`). */
function hasEnvironmentEntry(environ, entry) {
    const needle = Buffer.from(entry);
    for (let at = environ.indexOf(needle); at !== -1; at = environ.indexOf(needle, at + 1)) {
        const startsEntry = at === 0 || environ[at - 1] === 0;
        const end = at + needle.length;
        if (startsEntry && (end === environ.length || environ[end] === 0))
            return true;
    }
    return false;
}
/** The kernel's PF_KTHREAD and PF_EXITING bits in the flags of /proc/<pid>/stat. */
const KERNEL_THREAD = 0x00200000;
const EXITING = 0x00000004;
/**
 * Process group, whether it is a kernel thread and whether it is exiting (set before it lets go of
 * its memory, environment included), from /proc/<pid>/stat; null for a zombie (it holds nothing any
 * more).
 */
function parseProcStat(stat) {
    // `pid (comm) state ppid pgrp session tty tpgid flags …`: comm may contain spaces and
    // parentheses, so split after the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X')
        return null;
    const pgid = Number(fields[2]);
    const flags = Number(fields[6]);
    const known = Number.isSafeInteger(flags);
    return {
        pgid: Number.isSafeInteger(pgid) ? pgid : -1,
        kernelThread: known && (flags & KERNEL_THREAD) !== 0,
        exiting: known && (flags & EXITING) !== 0,
    };
}
/** Processes in `ps -E -ww -o pid=,pgid=,command=` output whose environment holds `entry`. */
function parsePsEnvironment(output, entry) {
    const found = [];
    for (const line of output.split('\n')) {
        const match = /^\s*(\d+)\s+(\d+)\s(.*)$/.exec(line);
        if (!match)
            continue;
        // Environment entries follow the arguments, separated by spaces; match a whole word.
        const words = match[3].split(' ');
        if (words.includes(entry))
            found.push({ pid: Number(match[1]), pgid: Number(match[2]) });
    }
    return found;
}

// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2499);
;// CONCATENATED MODULE: ./src/exec/color-env.ts
// The command's stdout is a pipe to steplog, so tools that colour only a terminal turn colours off.
// When steplog's own stdout is a terminal (or a CI log that renders ANSI and says so with a TTY),
// the command is told to keep them: FORCE_COLOR (Node, chalk, supports-color, pytest, …) and
// CLICOLOR_FORCE (the BSD/CMake/Go convention). A value already set wins, and NO_COLOR turns it off
// (https://no-color.org). Matchers and every tail strip ANSI, so nothing downstream sees the codes.
function colorEnv(env, stdoutIsTerminal) {
    if (!stdoutIsTerminal || (env.NO_COLOR !== undefined && env.NO_COLOR !== ''))
        return {};
    const add = {};
    if (env.FORCE_COLOR === undefined)
        add.FORCE_COLOR = '1';
    if (env.CLICOLOR_FORCE === undefined)
        add.CLICOLOR_FORCE = '1';
    return add;
}

;// CONCATENATED MODULE: ./src/exec/find-program.ts
// Finds the shell program before spawning, so a missing or non-executable shell is a clear 127/126
// naming it, not `spawn zsh ENOENT`. The lookup uses the command's own PATH, as
// the spawn does.


function findProgram(program, options) {
    const windows = (options.platform ?? process.platform) === 'win32';
    const name = windows ? expandWindowsVariables(program, options.env) : program;
    const pathApi = windows ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const extensions = windows && !pathApi.extname(name) ? windowsExtensions(options.env) : [''];
    if (name.includes('/') || (windows && name.includes('\\'))) {
        const absolute = pathApi.resolve(options.cwd, name);
        for (const extension of extensions) {
            const probe = probeFile(absolute + extension, windows);
            if (probe === 'ok')
                return { path: absolute + extension };
            if (probe === 'not-executable')
                return notExecutable(program, absolute + extension);
        }
        return {
            error: { exitStatus: 127, message: `shell "${program}" not found: ${absolute} does not exist` },
        };
    }
    const searchPath = (windows ? (options.env.Path ?? options.env.PATH) : options.env.PATH) ?? '';
    let denied = null;
    for (const dir of searchPath.split(pathApi.delimiter)) {
        if (!dir)
            continue;
        for (const extension of extensions) {
            const candidate = pathApi.resolve(options.cwd, dir, name + extension);
            const probe = probeFile(candidate, windows);
            if (probe === 'ok')
                return { path: candidate };
            // Like execvp: a later executable match wins over an earlier one without permission.
            if (probe === 'not-executable')
                denied ??= candidate;
        }
    }
    if (denied !== null)
        return notExecutable(program, denied);
    return { error: { exitStatus: 127, message: `shell "${program}" not found: ${name} is not on PATH` } };
}
function probeFile(file, windows) {
    try {
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return 'not-executable';
    }
    catch {
        return 'missing';
    }
    if (windows)
        return 'ok';
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return 'ok';
    }
    catch {
        return 'not-executable';
    }
}
function notExecutable(program, file) {
    return { error: { exitStatus: 126, message: `shell "${program}" is not executable: ${file}` } };
}
/** `%ComSpec%` in the `cmd` template, as the runner expands it. */
function expandWindowsVariables(program, env) {
    return program.replace(/%([^%]+)%/g, (whole, name) => {
        const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
        return key === undefined ? whole : (env[key] ?? whole);
    });
}
function windowsExtensions(env) {
    const pathext = env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD';
    return pathext.split(';').filter(Boolean);
}

;// CONCATENATED MODULE: ./src/exec/script-file.ts
// The script is written to a file the shell runs, as the runner does for `run:` (bash {0}). The file
// lives in a fresh directory only steplog's user can enter (mkdtemp: 0700), removed afterwards.
// Synchronous on purpose: a few local file-system calls take microseconds, while each thread-pool
// round trip of the promise API (and fs.rm's recursive walk) adds to every step's start and end.



function writeScriptFile(script, extension, tempDir) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(tempDir ?? (0,external_node_os_.tmpdir)(), 'steplog-'));
    const file = external_node_path_default().join(dir, `script${extension}`);
    // Executable, for custom templates that run the file itself (`{0}`).
    (0,external_node_fs_.writeFileSync)(file, script, { mode: 0o700 });
    return {
        path: file,
        dispose: () => {
            try {
                (0,external_node_fs_.unlinkSync)(file);
                (0,external_node_fs_.rmdirSync)(dir);
            }
            catch {
                // The script removed itself or left files beside it: remove whatever is there.
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            }
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/exec/sweep.ts
// The straggler sweep: after an attempt, SIGKILL every process still carrying the attempt's
// STEPLOG_EXECUTION_ID, including those that left the process group (setsid, daemons). A process
// that cleared its environment (`env -i`) escapes it, as it escapes the runner's own orphan cleanup.





/** A process that forks while being swept gets another round; more rounds than this means give up. */
const ROUNDS = 3;
/**
 * A process in the middle of an exec shows an empty environment for a few microseconds (the kernel
 * has installed the new image but not yet its stack); such a process is read again after a pause,
 * this many times at most (a process whose environment really is empty, `env -i`, is not ours).
 */
const UNSETTLED_REREADS = 4;
const UNSETTLED_PAUSE_MS = 5;
/** Live (non-zombie) processes whose environment carries `STEPLOG_EXECUTION_ID=<executionId>`. */
async function findTracked(executionId, options = {}) {
    const method = options.method ?? trackingMethod();
    const self = options.selfPid ?? process.pid;
    const entry = `${TRACKING_VARIABLE}=${executionId}`;
    let found;
    if (method.kind === 'proc')
        found = await scanProcSettled(method.dir, entry);
    else if (method.kind === 'ps')
        found = parsePsEnvironment(await runPs(method.file, method.args), entry);
    else
        found = [];
    return found.filter((p) => p.pid !== self && !options.exclude?.has(p.pid));
}
/** Each pid with its command line (`4242 ./server --port 80`), as far as the platform tells it. */
async function describeProcesses(pids, method = trackingMethod()) {
    if (method.kind === 'proc') {
        const commandLine = (pid) => {
            try {
                return (0,external_node_fs_.readFileSync)(`${method.dir}/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
            }
            catch {
                return ''; // gone
            }
        };
        const described = pids.map(commandLine);
        // Empty in the middle of an exec, like the environment: read those again after a pause.
        for (let reread = 0; reread < UNSETTLED_REREADS && described.includes(''); reread++) {
            await (0,external_node_timers_promises_.setTimeout)(UNSETTLED_PAUSE_MS);
            described.forEach((text, i) => (described[i] = text || commandLine(pids[i])));
        }
        return pids.map((pid, i) => (described[i] ? `${pid} ${described[i]}` : String(pid)));
    }
    if (method.kind === 'ps' && pids.length > 0) {
        // Without -E: the arguments only, never the environment.
        const listed = await runPs(method.file, ['-ww', '-o', 'pid=,args=', '-p', pids.join(',')]).catch(() => '');
        const lines = new Map();
        for (const line of listed.split('\n')) {
            const match = /^\s*(\d+)\s+(.*)$/.exec(line);
            if (match)
                lines.set(Number(match[1]), `${match[1]} ${match[2].trim()}`);
        }
        return pids.map((pid) => lines.get(pid) ?? String(pid));
    }
    return pids.map(String);
}
/**
 * Whether a live (non-zombie) process carrying the id is in group `pgid`, known at once; null where
 * only an asynchronous `ps` can tell.
 */
function groupAliveNow(executionId, pgid, method = trackingMethod()) {
    if (method.kind !== 'proc')
        return null;
    // A member caught in an exec is in the group all the same: the group is the command's.
    const { tracked, unsettled } = scanProc(method.dir, `${TRACKING_VARIABLE}=${executionId}`);
    return [...tracked, ...unsettled].some((p) => p.pgid === pgid);
}
/** SIGKILLs every tracked process; returns those it killed. */
async function sweep(executionId, options = {}) {
    const killed = new Map();
    for (let round = 0; round < ROUNDS; round++) {
        const found = await findTracked(executionId, options);
        if (found.length === 0)
            break;
        for (const tracked of found) {
            try {
                process.kill(tracked.pid, 'SIGKILL');
                if (!killed.has(tracked.pid))
                    killed.set(tracked.pid, tracked);
            }
            catch {
                // Gone already, or not ours to kill.
            }
        }
    }
    return [...killed.values()];
}
/** The tracked processes, with those caught in an exec read again until they tell. */
async function scanProcSettled(dir, entry) {
    let { tracked, unsettled } = scanProc(dir, entry);
    for (let reread = 0; unsettled.length > 0 && reread < UNSETTLED_REREADS; reread++) {
        await (0,external_node_timers_promises_.setTimeout)(UNSETTLED_PAUSE_MS);
        const again = scanProc(dir, entry, unsettled);
        tracked = tracked.concat(again.tracked);
        unsettled = again.unsettled;
    }
    return tracked;
}
/**
 * Live processes carrying `entry`, and those whose environment read empty though they are neither
 * exiting nor kernel threads (caught in an exec, or started without one), every /proc entry or
 * only `pids`. Synchronous on purpose: /proc reads never
 * block on disk, and one pass is cheaper than a thread-pool round trip per file.
 */
function scanProc(dir, entry, pids) {
    const tracked = [];
    const unsettled = [];
    const names = pids ? pids.map((p) => String(p.pid)) : (0,external_node_fs_.readdirSync)(dir);
    for (const pid of names) {
        if (!/^\d+$/.test(pid))
            continue;
        try {
            // Another user's process (EACCES) or one that just exited (ENOENT/ESRCH) is not ours.
            const environ = (0,external_node_fs_.readFileSync)(`${dir}/${pid}/environ`);
            if (environ.length > 0 && !hasEnvironmentEntry(environ, entry))
                continue;
            const stat = parseProcStat((0,external_node_fs_.readFileSync)(`${dir}/${pid}/stat`, 'utf8'));
            // A zombie or a process on its way out is not alive any more for what asks (nothing to kill,
            // nothing left running); kernel threads read empty too and are nobody's.
            if (!stat || stat.exiting || (environ.length === 0 && stat.kernelThread))
                continue;
            (environ.length > 0 ? tracked : unsettled).push({ pid: Number(pid), pgid: stat.pgid });
        }
        catch {
            continue;
        }
    }
    return { tracked, unsettled };
}
async function runPs(file, args) {
    const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)(file, args, { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}

;// CONCATENATED MODULE: ./src/exec/process-group.ts
// The first executor: the command runs on this machine, in its own process group (POSIX), through
// execa. execa spawns it (`killDescendants`: its own group on POSIX, `taskkill /T /F` for the tree on
// Windows) and signals it; execa's own timers (forceKillAfterDelay, cancelSignal, timeout) stay off,
// because the escalation is steplog's, written once for every executor (./escalation.ts), and a
// cancel forwards the signal steplog itself received with a shorter grace, not execa's killSignal.
// Our own code is only what execa cannot know: whether the group still has live members after the
// main process exited (zombies keep a group's id alive), and the sweep for processes that left the
// group (setsid, daemons) by the STEPLOG_EXECUTION_ID they inherited (./sweep.ts).
//
// The attempt is over only when:
//   1. the main process has exited (by itself, or stopped at a deadline or on cancellation);
//   2. what it left running is dealt with. Policy (the `background` setting):
//      - `keep` (the default), when the main process exited by itself (success or failure): what
//        is still alive, in the group or out of it (`nohup server &`, `setsid daemon`), is left
//        running, as a `run:` step leaves it, and named in one line. Later attempts of the
//        execution never count, sweep nor kill it.
//      - `kill`, and always after a timeout or a cancel: leftovers in the group get the kill
//        signal, min(kill-after, 2 s) to go, then SIGKILL; then the sweep SIGKILLs every process
//        still carrying STEPLOG_EXECUTION_ID that left the group, with a warning naming them.
//   On Windows nothing is swept and leftovers are not looked for (the tree is only reachable
//   through its root, which is gone): `background` changes nothing there.











/** How often cleanup looks whether the group's processes are gone. */
const POLL_MS = 50;
/** Processes named in the line about those left running; the rest are counted. */
const KEPT_LISTED = 10;
/** Characters of each one's command line in that line. */
const KEPT_COMMAND_CHARS = 80;
/** One per execution: it remembers what earlier attempts left running, so later ones leave it alone. */
function createProcessGroupExecutor() {
    const kept = new Set();
    return {
        name: 'process group',
        prepare: (spec) => process_group_prepare(spec, kept),
    };
}
async function process_group_prepare(spec, kept) {
    const { settings } = spec;
    if (!isDirectory(settings.cwd)) {
        return {
            error: {
                exitStatus: 125,
                message: `working directory ${settings.cwd} does not exist or is not a directory`,
            },
        };
    }
    const env = {
        ...process.env,
        ...colorEnv({ ...process.env, ...settings.env }, process.stdout.isTTY === true),
        ...withAnsibleDefaults(settings.env),
        ...spec.env,
        [TRACKING_VARIABLE]: spec.executionId,
    };
    const script = writeScriptFile(spec.script, settings.shell.extension, spec.tempDir);
    const [program, ...args] = shellArgv(settings.shell, script.path);
    const found = findProgram(program, { env, cwd: settings.cwd });
    if ('error' in found) {
        script.dispose();
        return { error: found.error };
    }
    return {
        start: () => start(spec, program, found.path, args, env, kept),
        dispose: () => script.dispose(),
    };
}
async function start(spec, program, file, args, env, kept) {
    let subprocess;
    try {
        subprocess = spawnSupervised(file, args, spec.settings.cwd, env);
    }
    catch (error) {
        // Node throws synchronously for some bad arguments (NUL in an argument or in the environment).
        return { error: { exitStatus: 125, message: `could not start "${program}": ${(0,errors/* messageOf */.bD)(error)}` } };
    }
    const child = subprocess.nodeChildProcess;
    const pid = child.pid;
    if (pid === undefined)
        return { error: spawnFailure(program, await subprocess) };
    const windows = process.platform === 'win32';
    // execa's promise settles first only when the spawn itself failed (no `exit` then).
    const exited = Promise.race([
        new Promise((resolve) => child.once('exit', () => resolve())),
        subprocess.then(() => undefined),
    ]);
    /** What this attempt's cleanup kept. */
    const keptHere = [];
    /** A live process of the group remains; `kill(-pgid, 0)` cannot say it, zombies keep the group. */
    const groupAlive = async () => (await findTracked(spec.executionId, { exclude: kept })).some((p) => p.pgid === pid);
    return {
        stdout: child.stdout,
        stderr: child.stderr,
        pid,
        exited,
        terminate: (signal) => void subprocess.kill(signal),
        kill: () => void subprocess.kill('SIGKILL'),
        // Whether a member of the group is alive (zombies do not count): where only `ps` could say,
        // whether the group has members at all.
        alive: () => !windows && (groupAliveNow(spec.executionId, pid) ?? groupHasMembers(pid)),
        async cleanup({ stop, signal, graceMs, warn, note, keep }) {
            // Called again after keeping when a cancel came before the attempt was over: those go too.
            for (const pid of keptHere.splice(0))
                kept.delete(pid);
            if (keep && !windows) {
                const left = await findTracked(spec.executionId, { exclude: kept });
                for (const leftover of left)
                    kept.add(leftover.pid);
                keptHere.push(...left.map((p) => p.pid));
                if (left.length > 0)
                    await note(await describeKept(keptHere));
                return { kept: left.length > 0 };
            }
            // Windows: the tree is only reachable through its root, which is gone.
            if (!windows && !stop.killed && groupHasMembers(pid) && (await groupAlive())) {
                if (!stop.terminating)
                    stop.terminate(signal, graceMs);
                while (!stop.killed && (await groupAlive()))
                    await (0,external_node_timers_promises_.setTimeout)(POLL_MS);
            }
            // Whatever did not show up as alive (a member that cleared its environment) goes too.
            stop.kill();
            const escaped = (await sweep(spec.executionId, { exclude: kept })).filter((p) => p.pgid !== pid);
            if (escaped.length > 0) {
                const pids = escaped.map((p) => p.pid).join(', ');
                const count = escaped.length === 1 ? '1 process' : `${escaped.length} processes`;
                await warn(`killed ${count} the command left running outside its process group (pid ${pids})`);
            }
            return { kept: false };
        },
        async abort() {
            subprocess.kill('SIGKILL');
            await sweep(spec.executionId, { exclude: kept }).catch(() => undefined);
        },
        async result() {
            const result = await subprocess;
            const exitCode = typeof result.exitCode === 'number' ? result.exitCode : null;
            const signal = result.signal ?? null;
            if (exitCode === null && signal === null)
                return { error: spawnFailure(program, result) };
            return { exitCode, signal };
        },
    };
}
/**
 * The command as the supervisor takes it from any executor that runs a local process (this one, and
 * the container client): piped output, no stdin, the tree signalled by execa, every timer ours.
 */
function spawnSupervised(file, args, cwd, env) {
    return (0,execa/* execa */.Ho)(file, args, {
        cwd,
        env,
        extendEnv: false,
        killDescendants: true,
        stdin: 'ignore',
        stdout: 'pipe',
        stderr: 'pipe',
        buffer: false,
        cleanup: false,
        reject: false,
        forceKillAfterDelay: false,
        windowsHide: true,
    });
}
/** `left running in the background: 4242 ./server --port 80, 4250 sleep 100`. */
async function describeKept(pids) {
    const described = await describeProcesses(pids.slice(0, KEPT_LISTED));
    const shown = described.map((text) => text.length > KEPT_COMMAND_CHARS ? `${text.slice(0, KEPT_COMMAND_CHARS - 1)}…` : text);
    const more = pids.length - shown.length;
    return `left running in the background: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** Whether process group `pgid` still has members (zombies included). */
function groupHasMembers(pgid) {
    try {
        process.kill(-pgid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function spawnFailure(program, result) {
    const detail = result.originalMessage || result.message || 'unknown error';
    if (result.code === 'ENOENT')
        return { exitStatus: 127, message: `shell "${program}" not found: ${detail}` };
    if (result.code === 'EACCES') {
        return { exitStatus: 126, message: `shell "${program}" is not executable: ${detail}` };
    }
    return { exitStatus: 125, message: `could not start "${program}": ${detail}` };
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/container/engine.ts
// The container engine's command line, the only way steplog talks to docker or podman: which engine
// answers, its version, pulling and inspecting images, and finding, killing and removing the
// containers of an execution by their label. The engine's own client does the talking (sockets,
// contexts, rootless podman, DOCKER_HOST), so steplog needs no API client of its own.

/** The label every container steplog starts carries: the execution's ID. */
const EXECUTION_LABEL = 'dev.steplog.execution-id';
/** The attempt number (1-based), on the same containers. */
const ATTEMPT_LABEL = 'dev.steplog.attempt';
/** How long a short engine command (version, inspect, kill, ps, rm) may take. */
const ENGINE_COMMAND_TIMEOUT_MS = 30_000;
/** Runs one short engine command; never rejects (a missing program is code 127). */
function engineCommand(engine, args, timeoutMs = ENGINE_COMMAND_TIMEOUT_MS) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(engine.command, args, { env: engine.env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ code: 0, stdout, stderr });
            const code = typeof error.code === 'number' ? error.code : error.code === 'ENOENT' ? 127 : 1;
            resolve({ code, stdout, stderr: stderr || error.message });
        });
    });
}
const VERSION_FORMAT = {
    // The daemon's version: it fails when no daemon answers, which is what `auto` asks.
    docker: '{{.Server.Version}}',
    podman: '{{.Client.Version}}',
};
async function probe(name, env) {
    const engine = { name, command: name, env, version: '' };
    const result = await engineCommand(engine, ['version', '--format', VERSION_FORMAT[name]]);
    const version = result.stdout.trim();
    if (result.code === 0 && version)
        return { ...engine, version };
    if (result.code === 127)
        return `${name} is not installed (not found on PATH)`;
    return `${name} does not answer: ${engine_firstLine(result.stderr) || `exit code ${result.code}`}`;
}
/** The engine to use: `auto` is docker when its daemon answers, else podman. Throws saying why none can be used. */
async function detectEngine(choice, env = process.env) {
    const candidates = choice === 'auto' ? ['docker', 'podman'] : [choice];
    const reasons = [];
    for (const name of candidates) {
        const found = await probe(name, env);
        if (typeof found !== 'string')
            return found;
        reasons.push(found);
    }
    throw new Error(`no container engine to run the container: ${reasons.join('; ')}`);
}
/** The local image, or null when it is not present. */
async function inspectImage(engine, image) {
    const result = await engineCommand(engine, ['image', 'inspect', image]);
    if (result.code !== 0)
        return null;
    try {
        const parsed = firstOf(result.stdout);
        if (!parsed?.Id)
            return null;
        const id = /^[0-9a-f]{64}$/.test(parsed.Id) ? `sha256:${parsed.Id}` : parsed.Id;
        return { id, digest: parsed.RepoDigests?.[0] ?? null };
    }
    catch {
        return null;
    }
}
/**
 * Pulls `image`, handing its progress lines to `onLine` as they come; resolves with the exit code.
 * No timeout of its own: it runs before the first attempt, outside the attempt's limits, and
 * stops when `cancel` fires.
 */
function pullImage(engine, image, onLine, cancel) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(engine.command, ['pull', image], {
            env: engine.env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const abort = () => child.kill('SIGTERM');
        cancel?.addEventListener('abort', abort, { once: true });
        let pending = '';
        const read = (chunk) => {
            const lines = (pending + chunk.toString('utf8')).split(/\r?\n|\r/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                if (line.trim())
                    onLine(line);
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.on('error', (error) => {
            onLine(error.message);
            resolve(127);
        });
        child.on('close', (code) => {
            cancel?.removeEventListener('abort', abort);
            if (pending.trim())
                onLine(pending);
            resolve(code ?? 1);
        });
    });
}
/** The state of a container that exists, or null. */
async function inspectContainer(engine, id) {
    const result = await engineCommand(engine, ['container', 'inspect', id]);
    if (result.code !== 0)
        return null;
    try {
        const parsed = firstOf(result.stdout);
        if (!parsed)
            return null;
        const memory = parsed.HostConfig?.Memory ?? 0;
        return {
            exitCode: typeof parsed.State?.ExitCode === 'number' ? parsed.State.ExitCode : null,
            oomKilled: parsed.State?.OOMKilled === true,
            memoryLimitBytes: memory > 0 ? memory : null,
            running: parsed.State?.Running === true,
        };
    }
    catch {
        return null;
    }
}
/** Sends `signal` (`SIGTERM`, `KILL` …) to a container's main process; false when it is gone or refused. */
async function killContainer(engine, id, signal) {
    const result = await engineCommand(engine, ['kill', '--signal', signal, id]);
    return result.code === 0;
}
/** The IDs of every container, running or not, that carries this execution's label. */
async function containersOf(engine, executionId) {
    const result = await engineCommand(engine, [
        'ps',
        '--all',
        '--quiet',
        '--no-trunc',
        '--filter',
        `label=${EXECUTION_LABEL}=${executionId}`,
    ]);
    if (result.code !== 0)
        return null;
    return result.stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
}
/**
 * Removes (forcibly: a running one is killed) every container of the execution. Returns the IDs
 * still there afterwards: empty when it is clean.
 */
async function removeContainersOf(engine, executionId) {
    for (let round = 0; round < 3; round++) {
        const ids = await containersOf(engine, executionId);
        if (ids === null)
            continue;
        if (ids.length === 0)
            return [];
        await engineCommand(engine, ['rm', '--force', '--volumes', ...ids]);
    }
    return (await containersOf(engine, executionId)) ?? ['(the engine did not answer)'];
}
/** `inspect` prints a JSON array (docker and podman alike, whatever --format each would take). */
function firstOf(json) {
    const parsed = JSON.parse(json);
    return Array.isArray(parsed) && parsed.length > 0 ? parsed[0] : null;
}
function engine_firstLine(text) {
    return text.trim().split('\n')[0]?.trim() ?? '';
}

;// CONCATENATED MODULE: ./src/container/environment.ts
// What of the step's environment goes into the container, and which host files come along.
// Variables are passed by name (`--env NAME`): the client reads each value from its own
// environment, so no value appears on a command line.

/**
 * Variables that describe the host, not the step: the container has its own PATH, HOME, user,
 * temporary directory and locale files, and the engine's own settings mean nothing inside it.
 */
const HOST_ONLY = new Set([
    'PATH',
    'HOME',
    'HOSTNAME',
    'USER',
    'LOGNAME',
    'SHELL',
    'PWD',
    'OLDPWD',
    'SHLVL',
    'TMPDIR',
    'TMP',
    'TEMP',
    '_',
    'MAIL',
    'DISPLAY',
    'XDG_RUNTIME_DIR',
    'XDG_SESSION_ID',
    'DBUS_SESSION_BUS_ADDRESS',
    'SSH_AUTH_SOCK',
    'SSH_AGENT_PID',
    'LD_LIBRARY_PATH',
    'LD_PRELOAD',
    'NODE_OPTIONS',
    'DOCKER_HOST',
    'DOCKER_CONTEXT',
    'DOCKER_CONFIG',
    'DOCKER_CERT_PATH',
    'DOCKER_TLS_VERIFY',
    'CONTAINER_HOST',
    'CONTAINERS_CONF',
    'CONTAINERS_STORAGE_CONF',
    'CONTAINERS_REGISTRIES_CONF',
]);
/** steplog's own settings (STEPLOG_*, except the execution ID) and the action's inputs (INPUT_*, a token among them). */
function isSteplogSetting(name) {
    if (name === 'STEPLOG_EXECUTION_ID')
        return false;
    return name.startsWith('STEPLOG_') || name.startsWith('INPUT_');
}
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The names to pass with `--env NAME`, sorted. */
function containerEnvNames(env) {
    return Object.keys(env)
        .filter((name) => env[name] !== undefined)
        .filter((name) => VALID_NAME.test(name) && !HOST_ONLY.has(name) && !isSteplogSetting(name))
        .sort();
}
/**
 * The GitHub runner's file commands and files a step reads: as in a GitHub container step they work
 * from inside, because their folders are mounted at the same paths and the variables passed.
 */
const GITHUB_FILE_VARIABLES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE',
    'GITHUB_EVENT_PATH',
];
/** The folders to mount at the same path: those of the GitHub file variables that are set. */
function githubFileFolders(env) {
    const folders = new Set();
    for (const name of GITHUB_FILE_VARIABLES) {
        const file = env[name];
        if (file && external_node_path_default().isAbsolute(file))
            folders.add(external_node_path_default().dirname(file));
    }
    return [...folders].sort();
}

;// CONCATENATED MODULE: ./src/container/run-argv.ts
// The `docker run` / `podman run` command line of one attempt. steplog owns the container: it names
// it by label (execution ID and attempt), learns its ID from --cidfile, runs an init process as PID 1
// (signals reach the script, zombies are reaped) and removes it itself after reading how it ended,
// so no --rm.


function bind(folder, mode = '') {
    return ['--volume', `${folder}:${folder}${mode}`];
}
function inside(folder, parent) {
    const relative = external_node_path_default().relative(parent, folder);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
function containerRunArgv(plan) {
    const [program, ...args] = plan.shellArgv;
    return [
        'run',
        '--init',
        '--cidfile',
        plan.cidfile,
        '--label',
        `${EXECUTION_LABEL}=${plan.executionId}`,
        '--label',
        `${ATTEMPT_LABEL}=${plan.attempt}`,
        ...bind(plan.workspace),
        ...(inside(plan.cwd, plan.workspace) ? [] : bind(plan.cwd)),
        '--workdir',
        plan.cwd,
        ...bind(external_node_path_default().dirname(plan.scriptPath), ':ro'),
        ...plan.mounts.flatMap((folder) => bind(folder)),
        ...plan.envNames.flatMap((name) => ['--env', name]),
        ...plan.options,
        '--entrypoint',
        program,
        plan.image,
        ...args,
    ];
}

;// CONCATENATED MODULE: ./src/container/executor.ts
// The container executor: each attempt runs the script in a new container (`docker run` /
// `podman run`), and steplog owns that container. The engine's client runs in its own process group
// on this machine, but stopping the attempt stops the container itself: at the deadline or on cancel
// `kill --signal <signal>` to the container, at the kill `kill --signal KILL`, and once the client has
// exited every container carrying the execution's label is inspected and removed (`rm --force`),
// even when the client died first. The exit status is the container's.











/** Pull output lines kept for the error message of a failed pull. */
const PULL_TAIL_LINES = 10;
/** One executor per execution: the engine is found and the image pulled once, before the first attempt. */
function createContainerExecutor(container, logger) {
    let ready = null;
    let record = null;
    const update = (change) => {
        if (!record)
            return;
        record = { ...record, ...change };
        logger.setBlock('container', record);
    };
    return {
        name: 'container',
        async setup(cancel) {
            ready ??= getReady(container, logger, cancel);
            await ready;
        },
        async prepare(spec) {
            ready ??= getReady(container, logger, spec.cancel);
            const found = await ready;
            // A pull cut short by a cancel is tried again by the next execution, not reused.
            if ('error' in found) {
                ready = null;
                return found;
            }
            record ??= {
                engine: found.engine.name,
                engineVersion: found.engine.version,
                image: container.image,
                imageId: found.image.id,
                imageDigest: found.image.digest,
                containerId: null,
                oomKilled: false,
                memoryLimitBytes: null,
                ...(found.pullDurationMs === undefined ? {} : { pullDurationMs: found.pullDurationMs }),
            };
            update({ containerId: null, oomKilled: false });
            // The attempt logger.startAttempt() opened (an on-retry command runs under the next one's number).
            const attempt = Math.max(1, logger.snapshot().attempts.length);
            return prepareAttempt(spec, container, found.engine, attempt, update);
        },
    };
}
async function getReady(container, logger, cancel) {
    let engine;
    try {
        engine = await detectEngine(container.engine, process.env);
    }
    catch (error) {
        return { error: { exitStatus: 125, message: error.message } };
    }
    const image = container.pull === 'always' ? null : await inspectImage(engine, container.image);
    if (!image) {
        if (container.pull === 'never') {
            return {
                error: {
                    exitStatus: 125,
                    message: `image ${container.image} is not present and container-pull is never`,
                },
            };
        }
        // Its own section in the consoles, its lines inside; the section is closed on every path.
        await logger.startPreparation({ kind: 'pull', image: container.image, engine: engine.name });
        const pulled = await pull(engine, container.image, logger, cancel);
        const durationMs = await logger.endPreparation('error' in pulled ? pulled.error.message : null);
        if ('error' in pulled)
            return pulled;
        return { engine, image: pulled, pullDurationMs: durationMs };
    }
    return { engine, image };
}
async function pull(engine, image, logger, cancel) {
    const tail = [];
    const code = await pullImage(engine, image, (line) => {
        logger.preparationOutput(line);
        tail.push(line);
        if (tail.length > PULL_TAIL_LINES)
            tail.shift();
    }, cancel);
    if (code !== 0) {
        return {
            error: {
                exitStatus: 125,
                message: `${engine.name} pull ${image} failed (exit code ${code}): ${tail.join(' / ')}`,
            },
        };
    }
    return ((await inspectImage(engine, image)) ?? {
        error: { exitStatus: 125, message: `image ${image} is not present after the pull` },
    });
}
function prepareAttempt(spec, container, engine, attempt, update) {
    const { settings } = spec;
    const env = {
        ...process.env,
        ...withAnsibleDefaults(settings.env),
        [TRACKING_VARIABLE]: spec.executionId,
    };
    const script = writeScriptFile(spec.script, settings.shell.extension, spec.tempDir);
    // The cidfile must not exist yet, and must not be in the folder mounted read-only.
    const cidDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(spec.tempDir ?? (0,external_node_os_.tmpdir)(), 'steplog-cid-'));
    const cidfile = external_node_path_default().join(cidDir, 'cid');
    return {
        start: () => executor_start({ spec, settings, container, engine, env, cidfile, scriptPath: script.path, attempt, update }),
        dispose: () => {
            script.dispose();
            (0,external_node_fs_.rmSync)(cidDir, { recursive: true, force: true });
        },
    };
}
async function executor_start(options) {
    const { spec, settings, container, engine, env, cidfile, scriptPath, attempt, update } = options;
    const argv = containerRunArgv({
        image: container.image,
        executionId: spec.executionId,
        attempt,
        cidfile,
        workspace: settings.cwd,
        cwd: settings.cwd,
        scriptPath,
        shellArgv: shellArgv(settings.shell, scriptPath),
        envNames: containerEnvNames(env),
        mounts: githubFileFolders(env),
        options: container.options,
    });
    const client = spawnSupervised(engine.command, argv, settings.cwd, { ...env, ...engine.env });
    const child = client.nodeChildProcess;
    if (child.pid === undefined) {
        const failed = await client;
        return {
            error: {
                exitStatus: 125,
                message: `could not start ${engine.command}: ${failed.originalMessage ?? failed.message}`,
            },
        };
    }
    const exited = Promise.race([
        new Promise((resolve) => child.once('exit', () => resolve())),
        client.then(() => undefined),
    ]);
    const containerId = () => {
        try {
            return (0,external_node_fs_.readFileSync)(cidfile, 'utf8').trim() || null;
        }
        catch {
            return null;
        }
    };
    // Engine commands are asynchronous; the escalation's calls are not: keep them to wait for.
    const pending = [];
    let sent = null;
    const signalContainer = (signal) => {
        sent = signal;
        const id = containerId();
        // Not created yet: the client forwards signals to the container it is creating (sig-proxy),
        // and the label sweep at the end removes it in any case.
        if (id === null)
            child.kill(signal);
        else
            pending.push(killContainer(engine, id, signal));
    };
    let state = null;
    let id = null;
    return {
        stdout: child.stdout,
        stderr: child.stderr,
        pid: child.pid,
        exited,
        terminate: (signal) => signalContainer(signal),
        // The container ends with its client (docker run stays attached): once the client exited, a kill
        // finds nothing alive that would change the attempt's signal.
        alive: () => child.exitCode === null && child.signalCode === null,
        kill: () => {
            signalContainer('SIGKILL');
            // The client too, once the container has the kill: it has nothing left to wait for.
            const last = pending.at(-1) ?? Promise.resolve();
            pending.push(last.then(() => void client.kill('SIGKILL')));
        },
        async cleanup({ warn }) {
            await Promise.allSettled(pending);
            id = containerId();
            if (id !== null) {
                state = await inspectContainer(engine, id);
                update({
                    containerId: id,
                    oomKilled: state?.oomKilled ?? false,
                    memoryLimitBytes: state?.memoryLimitBytes ?? null,
                });
            }
            // The client's own group: nothing of it may outlive the attempt.
            client.kill('SIGKILL');
            const left = await removeContainersOf(engine, spec.executionId);
            if (left.length > 0) {
                await warn(`could not remove the ${left.length === 1 ? 'container' : 'containers'} ${left.join(', ')} of this execution`);
            }
        },
        async abort() {
            client.kill('SIGKILL');
            await removeContainersOf(engine, spec.executionId).catch(() => undefined);
        },
        async result() {
            const finished = await client;
            // A container still running when its client ended (the client was killed) was removed
            // running: it has no exit code of its own, the client's end is what there is.
            const ended = state !== null && !state.running ? state.exitCode : null;
            const exitCode = ended ?? (typeof finished.exitCode === 'number' ? finished.exitCode : null);
            if (exitCode === null) {
                if (finished.signal)
                    return { exitCode: null, signal: finished.signal };
                return {
                    error: {
                        exitStatus: 125,
                        message: `${engine.command} run failed: ${finished.originalMessage ?? finished.message}`,
                    },
                };
            }
            // A container ended by the signal steplog sent reads as that signal, as a process would.
            const signal = sent === null ? null : signalFromExit(exitCode, sent);
            return signal ? { exitCode: null, signal } : { exitCode, signal: null };
        },
        details: () => ({
            containerId: id,
            oomKilled: state?.oomKilled ?? false,
        }),
    };
}
/** `SIGKILL` for exit code 137 after a KILL, and so on: the shell's 128 + signal number. */
function signalFromExit(exitCode, sent) {
    const name = sent.startsWith('SIG') ? sent : `SIG${sent}`;
    const number = external_node_os_.constants.signals[name];
    if (number !== undefined && exitCode === 128 + number)
        return name;
    if (exitCode === 137)
        return 'SIGKILL';
    return null;
}

;// CONCATENATED MODULE: ./src/exec/resource-usage.ts
// Resource usage of one attempt: the peak memory of the command's whole process tree (the sum of RSS
// over the tree at each sample, the maximum of those sums), the CPU time (user and system) of the
// tree, and how many processes were seen. Linux reads /proc: every process carrying the execution's
// tracking variable or in the command's process group. macOS runs `ps`. Windows is not measured.




/**
 * Samples come every 100 ms for the first 5 s, so a short burst is seen ±15% (what ends between two
 * samples is lost), then every 500 ms, where that loss is a smaller share and the cost (about 1 ms
 * of CPU a sample with 50 processes) stays well under 1% of a core.
 */
const FIRST_INTERVAL_MS = 100;
const SAMPLE_INTERVAL_MS = 500;
const FIRST_INTERVAL_FOR_MS = 5000;
/** Attempts longer than this keep a timeline (the summary charts it). */
const TIMELINE_AFTER_MS = 30_000;
/** Points kept in a timeline; older points are merged pairwise when it fills up. */
const TIMELINE_POINTS = 60;
/**
 * The attempt observer (see ./executor.ts): samples the tree of an attempt whose main process runs on
 * this machine, from its start until nothing it started is left.
 */
const resourceUsageObserver = (spec) => {
    let sampler = null;
    let usage;
    return {
        started(target) {
            if (target.pid !== undefined)
                sampler = startResourceSampler({ executionId: spec.executionId, groupId: target.pid });
        },
        async stopped() {
            usage = await sampler?.stop();
            return {};
        },
        usage: () => usage,
    };
};
/** Starts sampling at once; `stop()` when the attempt has ended. Never throws: a failed read is skipped. */
function startResourceSampler(options) {
    const method = options.method ?? trackingMethod();
    const source = options.read
        ? { read: options.read }
        : readerFor(method, options.executionId, options.groupId);
    if (!source)
        return { stop: async () => undefined };
    const intervalMs = options.intervalMs ?? SAMPLE_INTERVAL_MS;
    const now = options.now ?? (() => performance.now());
    const startedAt = now();
    const tally = new TreeTally(startedAt);
    let pending = Promise.resolve();
    const sample = () => {
        pending = pending.then(async () => {
            try {
                tally.add(await source.read(), now());
            }
            catch {
                // A process vanished mid-read or ps failed: the next sample counts.
            }
        });
    };
    let timer;
    const schedule = () => {
        const early = options.intervalMs === undefined && now() - startedAt < FIRST_INTERVAL_FOR_MS;
        timer = setTimeout(() => {
            sample();
            schedule();
        }, early ? FIRST_INTERVAL_MS : intervalMs);
        timer.unref();
    };
    sample();
    schedule();
    return {
        async stop() {
            clearTimeout(timer);
            sample();
            await pending;
            source.close?.();
            return tally.result(intervalMs);
        },
    };
}
/**
 * Sums the samples. CPU: each process counts with the last own time seen, and a parent's reaped
 * time (cutime) counts the children it waited for; a child seen before it was reaped by a parent
 * that is still seen afterwards is left out, as its parent's reaped time now holds it.
 */
class TreeTally {
    startedAt;
    seen = new Map();
    live = new Set();
    peakRssBytes = 0;
    samples = 0;
    timeline = [];
    lastCpuMs = 0;
    lastAt;
    constructor(startedAt) {
        this.startedAt = startedAt;
        this.lastAt = startedAt;
    }
    add(readings, at) {
        this.samples++;
        const live = new Set();
        const livePids = new Set();
        let rss = 0;
        for (const reading of readings) {
            const key = `${reading.pid}:${reading.start}`;
            live.add(key);
            livePids.add(reading.pid);
            rss += reading.rssBytes;
            this.seen.set(key, { reading, coveredByParent: false });
        }
        for (const key of this.live) {
            if (live.has(key))
                continue;
            const gone = this.seen.get(key);
            // Reaped by a parent we still see: its final time is in the parent's cutime from now on.
            if (livePids.has(gone.reading.ppid) && this.isTracked(gone.reading.ppid, live))
                gone.coveredByParent = true;
        }
        this.live = live;
        this.peakRssBytes = Math.max(this.peakRssBytes, rss);
        const cpuMs = this.cpuMs();
        this.record({
            atMs: Math.round(at - this.startedAt),
            rssBytes: rss,
            cpuPercent: this.percent(cpuMs, at),
        });
        this.lastCpuMs = cpuMs;
        this.lastAt = at;
    }
    result(intervalMs) {
        const { userMs, systemMs } = this.cpu();
        const usage = {
            peakRssBytes: this.peakRssBytes,
            cpuUserMs: Math.round(userMs),
            cpuSystemMs: Math.round(systemMs),
            processes: this.seen.size,
            sampleIntervalMs: intervalMs,
            samples: this.samples,
        };
        const spanMs = this.timeline.at(-1)?.atMs ?? 0;
        if (spanMs > TIMELINE_AFTER_MS)
            usage.timeline = [...this.timeline];
        return usage;
    }
    isTracked(pid, live) {
        for (const key of live)
            if (key.startsWith(`${pid}:`))
                return true;
        return false;
    }
    cpu() {
        let userMs = 0;
        let systemMs = 0;
        for (const { reading, coveredByParent } of this.seen.values()) {
            if (coveredByParent)
                continue;
            userMs += reading.userMs + reading.reapedUserMs;
            systemMs += reading.systemMs + reading.reapedSystemMs;
        }
        return { userMs, systemMs };
    }
    cpuMs() {
        const { userMs, systemMs } = this.cpu();
        return userMs + systemMs;
    }
    percent(cpuMs, at) {
        const wall = at - this.lastAt;
        return wall > 0 ? Math.max(0, Math.round(((cpuMs - this.lastCpuMs) / wall) * 100)) : 0;
    }
    /** Keeps at most TIMELINE_POINTS: when full, neighbours merge (max memory, mean CPU). */
    record(point) {
        this.timeline.push(point);
        if (this.timeline.length <= TIMELINE_POINTS)
            return;
        const merged = [];
        for (let i = 0; i < this.timeline.length; i += 2) {
            const [a, b] = [this.timeline[i], this.timeline[i + 1]];
            merged.push(b
                ? {
                    atMs: b.atMs,
                    rssBytes: Math.max(a.rssBytes, b.rssBytes),
                    cpuPercent: Math.round((a.cpuPercent + b.cpuPercent) / 2),
                }
                : a);
        }
        this.timeline.splice(0, this.timeline.length, ...merged);
    }
}
function readerFor(method, executionId, groupId) {
    const entry = `${TRACKING_VARIABLE}=${executionId}`;
    if (method.kind === 'proc') {
        const reader = new ProcReader(method.dir, entry, groupId);
        return { read: () => reader.read(), close: () => reader.close() };
    }
    if (method.kind === 'ps') {
        return {
            read: async () => {
                const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('ps', PS_ARGS, { maxBuffer: 64 * 1024 * 1024 });
                return parsePsUsage(stdout, entry, groupId);
            },
        };
    }
    return null;
}
/**
 * Reads /proc. Whether a pid belongs to the tree is decided once per process, so a sample costs one
 * directory listing plus one small read per process of the tree: a process in the command's group,
 * a child of one in the tree, or one started after the command that carries the execution id (a
 * daemon that left the group and lost its parent). Processes older than the command are never read
 * again after the first sample.
 */
class ProcReader {
    dir;
    entry;
    groupId;
    /** Per pid: whether it is in the tree; a member's stat file stays open (one pread a sample). */
    membership = new Map();
    pageBytes;
    tickMs;
    /** Start time of the command's first process: nothing older belongs to its tree. */
    rootStart;
    buffer = Buffer.alloc(4096);
    constructor(dir, entry, groupId) {
        this.dir = dir;
        this.entry = entry;
        this.groupId = groupId;
        this.pageBytes = pageSize(dir);
        // USER_HZ is 100 on every Linux architecture Node runs on.
        this.tickMs = 10;
        this.rootStart = this.readOnce(String(groupId))?.start ?? 0;
    }
    read() {
        const readings = [];
        const present = new Set();
        const members = new Set();
        const fresh = [];
        for (const name of (0,external_node_fs_.readdirSync)(this.dir)) {
            const pid = Number(name);
            if (!Number.isSafeInteger(pid) || pid === process.pid)
                continue;
            present.add(pid);
            const known = this.membership.get(pid);
            if (known && !known.member)
                continue;
            if (known?.fd != null) {
                // The open file is that process's own: a reused pid cannot be mistaken for it.
                const parsed = this.readOpen(pid, known.fd);
                if (parsed) {
                    members.add(pid);
                    readings.push({ pid, ...parsed });
                }
                continue;
            }
            const parsed = this.readOnce(name);
            if (parsed)
                fresh.push({ pid, parsed });
        }
        // New processes: parents first (lower start time), so a child of a new member is one too.
        fresh.sort((a, b) => a.parsed.start - b.parsed.start);
        for (const { pid, parsed } of fresh) {
            const member = parsed.start >= this.rootStart &&
                (parsed.pgid === this.groupId || members.has(parsed.ppid) || this.carriesEntry(String(pid)));
            // Caught in an exec: decided at the next sample.
            if (member === null)
                continue;
            this.membership.set(pid, { member, fd: member ? this.open(pid) : null });
            if (member) {
                members.add(pid);
                readings.push({ pid, ...parsed });
            }
        }
        for (const [pid, known] of this.membership) {
            if (present.has(pid))
                continue;
            if (known.fd !== null)
                closeQuietly(known.fd);
            this.membership.delete(pid);
        }
        return readings;
    }
    close() {
        for (const known of this.membership.values())
            if (known.fd !== null)
                closeQuietly(known.fd);
        this.membership.clear();
    }
    open(pid) {
        try {
            return (0,external_node_fs_.openSync)(`${this.dir}/${pid}/stat`, 'r');
        }
        catch {
            return null;
        }
    }
    readOpen(pid, fd) {
        try {
            const length = (0,external_node_fs_.readSync)(fd, this.buffer, 0, this.buffer.length, 0);
            return parseStatLine(this.buffer.toString('latin1', 0, length), this.pageBytes, this.tickMs);
        }
        catch {
            // Reaped (ESRCH): gone for good.
            closeQuietly(fd);
            this.membership.set(pid, { member: true, fd: null });
            return null;
        }
    }
    readOnce(name) {
        try {
            return parseStatLine((0,external_node_fs_.readFileSync)(`${this.dir}/${name}/stat`, 'latin1'), this.pageBytes, this.tickMs);
        }
        catch {
            return null; // gone
        }
    }
    /** null when the environment reads empty: a process in the middle of an exec shows none yet. */
    carriesEntry(name) {
        try {
            const environ = (0,external_node_fs_.readFileSync)(`${this.dir}/${name}/environ`);
            return environ.length === 0 ? null : hasEnvironmentEntry(environ, this.entry);
        }
        catch {
            return false; // another user's process
        }
    }
}
function closeQuietly(fd) {
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch {
        // already closed
    }
}
/**
 * The fields of /proc/<pid>/stat this needs. A zombie still holds its final CPU times (and no
 * memory), so it is read like any process.
 */
function parseStatLine(stat, pageBytes, tickMs) {
    // `pid (comm) state ppid pgrp …`: comm may hold spaces and parentheses, so split after the last `)`.
    const close = stat.lastIndexOf(')');
    if (close === -1)
        return null;
    const f = stat.slice(close + 2).split(' ');
    // f[0] is field 3 (state): field n is f[n - 3].
    const n = (field) => Number(f[field - 3]);
    if (f.length < 22)
        return null;
    return {
        ppid: n(4),
        pgid: n(5),
        userMs: n(14) * tickMs,
        systemMs: n(15) * tickMs,
        reapedUserMs: n(16) * tickMs,
        reapedSystemMs: n(17) * tickMs,
        start: n(22),
        rssBytes: Math.max(0, n(24)) * pageBytes,
    };
}
/** The kernel's page size, found by comparing steplog's own RSS in pages with what Node reports in bytes. */
function pageSize(dir) {
    try {
        const pages = Number((0,external_node_fs_.readFileSync)(`${dir}/self/statm`, 'latin1').split(' ')[1]);
        const bytes = process.memoryUsage().rss;
        // The two reads are microseconds apart; round to the nearest power of two.
        return 2 ** Math.round(Math.log2(bytes / pages));
    }
    catch {
        return 4096;
    }
}
/** BSD ps: -E appends each process's environment to its command; `time` is user+system. */
const PS_ARGS = ['-A', '-E', '-ww', '-o', 'pid=,ppid=,pgid=,rss=,utime=,time=,command='];
/** Processes of the tree in `ps -A -E -ww -o pid=,ppid=,pgid=,rss=,utime=,time=,command=` output. */
function parsePsUsage(output, entry, groupId) {
    const readings = [];
    for (const line of output.split('\n')) {
        const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)\s(.*)$/.exec(line);
        if (!match)
            continue;
        const [, pid, ppid, pgid, rssKiB, utime, time, command] = match;
        if (Number(pgid) !== groupId && !command.split(' ').includes(entry))
            continue;
        const userMs = psTimeMs(utime);
        readings.push({
            pid: Number(pid),
            ppid: Number(ppid),
            pgid: Number(pgid),
            start: 0,
            rssBytes: Number(rssKiB) * 1024,
            userMs,
            systemMs: Math.max(0, psTimeMs(time) - userMs),
            reapedUserMs: 0,
            reapedSystemMs: 0,
        });
    }
    return readings;
}
/** `[[dd-]hh:]mm:ss.cc` as BSD ps prints times, in ms. */
function psTimeMs(text) {
    const [days, rest] = text.includes('-') ? text.split('-') : ['0', text];
    const parts = rest.split(':').map(Number);
    let seconds = 0;
    for (const part of parts)
        seconds = seconds * 60 + part;
    const total = Number(days) * 86_400 + seconds;
    return Number.isFinite(total) ? Math.round(total * 1000) : 0;
}

;// CONCATENATED MODULE: ./src/exec/executors.ts
// Which executor runs an execution, and which observers watch every attempt: the one place a new
// executor (a container, a Kubernetes Job) or a new observer (resource usage) is listed.



/** One per execution: a container executor keeps its engine and image across the attempts. */
function executorFor(settings, logger) {
    return settings.container
        ? createContainerExecutor(settings.container, logger)
        : createProcessGroupExecutor();
}
const ATTEMPT_OBSERVERS = [resourceUsageObserver];

;// CONCATENATED MODULE: ./src/exec/escalation.ts
// How an attempt is stopped, whatever runs it: a first signal now, then the kill after a grace. One
// kill deadline per attempt: a later, shorter grace (a cancellation during a timeout) moves it
// earlier, never later. It also remembers whether its kill found something still alive: the main
// process may die of the first signal while a child that ignores it needed the kill, and the
// attempt then reports SIGKILL, the strongest signal its tree needed.
class Escalation {
    target;
    killTimer;
    killAt = Infinity;
    done = false;
    killedAlive = false;
    constructor(target) {
        this.target = target;
    }
    /** A stop is under way (signalled, kill planned or sent). */
    get terminating() {
        return this.done || this.killAt !== Infinity;
    }
    get killed() {
        return this.done;
    }
    /** The kill was sent while the target still had something alive: it was needed. */
    get neededKill() {
        return this.killedAlive;
    }
    /** Sends `signal` now and kills `graceMs` later (or sooner if already planned). */
    terminate(signal, graceMs) {
        if (this.done)
            return;
        this.target.terminate(signal);
        const at = Date.now() + graceMs;
        if (at >= this.killAt)
            return;
        this.killAt = at;
        clearTimeout(this.killTimer);
        this.killTimer = setTimeout(() => this.kill(), graceMs);
    }
    kill() {
        clearTimeout(this.killTimer);
        if (!this.done)
            this.killedAlive = this.target.alive?.() ?? true;
        this.done = true;
        this.target.kill();
    }
    dispose() {
        clearTimeout(this.killTimer);
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/exec/spent-chunks.ts + 1 modules
var spent_chunks = __webpack_require__(557);
;// CONCATENATED MODULE: ./src/exec/output-pump.ts


class OutputPump {
    logger;
    hooks;
    /** Resolves when both pipes have ended or been destroyed. */
    ended;
    paused = false;
    destroyed = false;
    /** Chunks read so far: a wait for quiet pipes compares it across turns of the event loop. */
    chunks = 0;
    resumeWaiters = [];
    streams = [];
    onFlowChange = null;
    shortenWait = null;
    constructor(pipes, logger, hooks = {}) {
        this.logger = logger;
        this.hooks = hooks;
        for (const name of ['stdout', 'stderr']) {
            const stream = pipes[name];
            if (!stream)
                continue;
            this.streams.push(stream);
            stream.on('data', (chunk) => this.onData(name, chunk));
        }
        this.ended = Promise.all(this.streams.map((stream) => (0,external_node_stream_promises_.finished)(stream).catch(() => undefined))).then(() => undefined);
    }
    /**
     * Waits for both pipes to end. Only time spent flowing counts against `budgetMs` (a slow sink is
     * not the command's fault, and once its writers are dead the pipes hold a bounded amount); `capMs`
     * bounds the wait in any case. Returns true when the pipes ended.
     */
    waitForEnd(budgetMs, capMs, options = {}) {
        return new Promise((resolve) => {
            let remaining = budgetMs;
            let since = Date.now();
            let budgetTimer;
            let capTimer;
            let done = false;
            const finish = (ended) => {
                done = true;
                clearTimeout(budgetTimer);
                clearTimeout(capTimer);
                this.onFlowChange = null;
                this.shortenWait = null;
                resolve(ended);
            };
            const arm = () => {
                since = Date.now();
                budgetTimer = setTimeout(() => finish(false), Math.max(0, remaining));
            };
            this.shortenWait = (ms) => {
                clearTimeout(capTimer);
                capTimer = setTimeout(() => finish(false), ms);
            };
            this.shortenWait(capMs);
            this.onFlowChange = (paused) => {
                if (!paused)
                    return arm();
                clearTimeout(budgetTimer);
                remaining -= Date.now() - since;
            };
            if (!this.paused)
                arm();
            void this.ended.then(() => finish(true));
            if (options.untilQuiet)
                void this.quiet(() => done).then(() => finish(false));
        });
    }
    /**
     * Resolves once the pipes hold nothing more to read: two whole turns of the event loop, flowing,
     * brought no data. Each turn's poll phase reads every readable pipe until it is empty, so what
     * the writers wrote before is read by then; a writer still at work only makes it take longer.
     * No clock involved: a wait for pipes that processes left running on purpose keep open.
     */
    async quiet(stopped) {
        let seen = -1;
        let quietTurns = 0;
        while (!stopped() && quietTurns < 2) {
            if (this.paused) {
                await new Promise((resolve) => this.resumeWaiters.push(resolve));
                quietTurns = 0;
                continue;
            }
            await new Promise((resolve) => setImmediate(resolve));
            quietTurns = this.chunks === seen ? quietTurns + 1 : 0;
            seen = this.chunks;
        }
    }
    /** Ends a wait in progress within `ms` at most (a cancellation arrived meanwhile). */
    hurry(ms) {
        this.shortenWait?.(ms);
    }
    /** Stops reading: a process that still holds a pipe can no longer keep steplog waiting. */
    destroy() {
        this.destroyed = true;
        for (const stream of this.streams)
            stream.destroy();
    }
    onData(name, chunk) {
        this.chunks += 1;
        (0,spent_chunks/* chunkRead */.S)(chunk.length);
        this.hooks.onData?.();
        const flowing = this.logger.write(name, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        if (flowing || this.paused)
            return;
        this.setPaused(true);
        this.logger
            .drain()
            .catch(() => undefined)
            .then(() => this.setPaused(false));
    }
    setPaused(paused) {
        this.paused = paused;
        for (const stream of this.streams) {
            if (this.destroyed)
                break;
            if (paused)
                stream.pause();
            else
                stream.resume();
        }
        if (paused)
            this.hooks.onPause?.();
        else {
            this.hooks.onResume?.();
            for (const resume of this.resumeWaiters.splice(0))
                resume();
        }
        this.onFlowChange?.(paused);
    }
}

;// CONCATENATED MODULE: ./src/exec/watchdog.ts
function createWatchdog({ timeoutMs, idleTimeoutMs, startedAt = performance.now(), onExpire, }) {
    let stopped = false;
    let suspended = false;
    let idleTimer;
    const expire = (kind) => {
        if (stopped)
            return;
        stop();
        onExpire(kind);
    };
    const left = Math.max(0, timeoutMs - (performance.now() - startedAt));
    const deadlineTimer = timeoutMs > 0 ? setTimeout(() => expire('deadline'), left) : undefined;
    const armIdle = () => {
        clearTimeout(idleTimer);
        if (idleTimeoutMs > 0 && !stopped && !suspended)
            idleTimer = setTimeout(() => expire('idle'), idleTimeoutMs);
    };
    function stop() {
        stopped = true;
        clearTimeout(deadlineTimer);
        clearTimeout(idleTimer);
    }
    armIdle();
    return {
        touch: armIdle,
        suspend() {
            suspended = true;
            clearTimeout(idleTimer);
        },
        resume() {
            suspended = false;
            armIdle();
        },
        stop,
    };
}

;// CONCATENATED MODULE: ./src/exec/run-attempt.ts




/** How long the pipes may stay open (flowing) after the exit and the clean-up. */
const PIPE_WAIT_MS = 2000;
/** The same when cancelled, where the runner's budget is tight; also the cap for a slow sink then. */
const CANCEL_PIPE_WAIT_MS = 500;
/** Upper bound on the pipe wait while a slow sink keeps the pipes paused. */
const PIPE_WAIT_CAP_MS = 10_000;
/** Grace before the kill on cancellation: GitHub sends SIGTERM 7.5 s after SIGINT, and kills 2.5 s later. */
const CANCEL_GRACE_MS = 5000;
/** Grace for what a command left behind after it exited. */
const LEFTOVER_GRACE_MS = 2000;
const NO_FACTS = { exitCode: null, signal: null, timedOut: null, cancelled: null, error: null };
async function runAttempt(options) {
    const { settings, logger, cancel, executor } = options;
    if (cancel?.aborted)
        return { ...NO_FACTS, cancelled: cancelSignalOf(cancel) };
    const spec = {
        executionId: logger.id,
        settings,
        script: options.script ?? settings.run,
        tempDir: options.tempDir,
        cancel,
        env: options.attemptEnvironment?.(logger.id),
        setBlock: (key, value) => logger.setBlock(key, value),
    };
    const prepared = await executor.prepare(spec);
    if ('error' in prepared)
        return { ...NO_FACTS, error: prepared.error };
    try {
        return await supervise(prepared, spec, options);
    }
    finally {
        prepared.dispose();
    }
}
async function supervise(prepared, spec, { settings, logger, cancel, hurry, onOutput, observers = [], deadlineAt }) {
    // The deadline counts from here: the executor's own set-up before the fork (10–20 ms for execa)
    // is the attempt's time, as fork and exec are coreutils timeout's.
    const startedAt = performance.now();
    // The total-timeout cuts this attempt when it comes before the attempt's own timeout.
    const totalLeft = deadlineAt === undefined ? Infinity : Math.max(1, deadlineAt - startedAt);
    const cutByTotal = totalLeft < (settings.timeoutMs > 0 ? settings.timeoutMs : Infinity);
    const target = await prepared.start();
    if ('error' in target)
        return { ...NO_FACTS, error: target.error };
    const watching = startObservers(observers, spec, target);
    const stop = new Escalation(target);
    // Set from timer and signal callbacks; the first reason of each kind wins.
    const seen = { timedOut: null, cancelled: null };
    const watchdog = createWatchdog({
        timeoutMs: cutByTotal ? Math.round(totalLeft) : settings.timeoutMs,
        idleTimeoutMs: settings.idleTimeoutMs,
        startedAt,
        onExpire: (kind) => {
            seen.timedOut ??= kind === 'deadline' && cutByTotal ? 'total' : kind;
            stop.terminate(settings.killSignal, settings.killAfterMs);
        },
    });
    const sink = onOutput
        ? {
            write: (stream, chunk) => {
                onOutput(stream, chunk);
                return logger.write(stream, chunk);
            },
            drain: () => logger.drain(),
        }
        : logger;
    const pump = new OutputPump({ stdout: target.stdout, stderr: target.stderr }, sink, {
        onData: () => watchdog.touch(),
        onPause: () => watchdog.suspend(),
        onResume: () => watchdog.resume(),
    });
    // A cancel that arrives after a deadline expired hurries the kill, but the attempt stays timed
    // out: the first reason is what happened (the kill it started is already under way).
    let cancelArrived = false;
    const onCancel = () => {
        cancelArrived = true;
        const signal = cancelSignalOf(cancel);
        if (seen.timedOut === null)
            seen.cancelled ??= signal;
        watchdog.stop();
        stop.terminate(signal, Math.min(settings.killAfterMs, CANCEL_GRACE_MS));
        pump.hurry(CANCEL_PIPE_WAIT_MS);
    };
    cancel?.addEventListener('abort', onCancel, { once: true });
    if (cancel?.aborted)
        onCancel();
    const onHurry = () => {
        stop.kill();
        pump.hurry(CANCEL_PIPE_WAIT_MS);
    };
    hurry?.addEventListener('abort', onHurry, { once: true });
    if (hurry?.aborted)
        onHurry();
    try {
        await target.exited;
        watchdog.stop();
        const context = {
            stop,
            signal: settings.killSignal,
            graceMs: Math.min(settings.killAfterMs, LEFTOVER_GRACE_MS),
            warn: (message) => logger.warn(message),
            note: (message) => logger.note(message),
        };
        // A timeout or a cancel ends everything; only a command that exited by itself keeps anything.
        const cleaned = await target.cleanup({
            ...context,
            keep: settings.background === 'keep' && !stop.terminating,
        });
        // Kept processes may hold the pipes as long as they run: read what is there, then stop.
        const untilQuiet = cleaned?.kept === true;
        if (cancelArrived)
            await pump.waitForEnd(CANCEL_PIPE_WAIT_MS, CANCEL_PIPE_WAIT_MS);
        else
            await pump.waitForEnd(PIPE_WAIT_MS, PIPE_WAIT_CAP_MS, { untilQuiet });
        // A cancel that came before the attempt was over stops it after all, and what was kept goes too.
        if (cleaned?.kept === true && stop.terminating)
            await target.cleanup({ ...context, keep: false });
        pump.destroy();
        const exit = strongestSignal(await target.result(), stop, seen);
        const watched = await watching.stop();
        const details = { ...target.details?.(), ...watched.details };
        const usage = watched.resources ? { resources: watched.resources } : {};
        if ('error' in exit)
            return { ...NO_FACTS, ...seen, error: exit.error, details, ...usage };
        return { ...exit, ...seen, error: null, details, ...usage };
    }
    catch (error) {
        // steplog's own failure mid-attempt: the command must not outlive it.
        stop.kill();
        pump.destroy();
        await target.abort();
        throw error;
    }
    finally {
        cancel?.removeEventListener('abort', onCancel);
        hurry?.removeEventListener('abort', onHurry);
        watchdog.stop();
        stop.dispose();
    }
}
/**
 * A stopped attempt (timeout, cancel) whose kill found its tree still alive reports SIGKILL: the
 * main process may have died of the first signal while a child ignoring it needed the kill.
 */
function strongestSignal(exit, stop, seen) {
    if ('error' in exit || !stop.neededKill)
        return exit;
    if (seen.timedOut === null && seen.cancelled === null)
        return exit;
    return { exitCode: null, signal: 'SIGKILL' };
}
/** The attempt's observers, each on its own: one that throws is left out, never the attempt. */
function startObservers(factories, spec, target) {
    const running = [];
    for (const create of factories) {
        try {
            const observer = create(spec);
            observer.started(target);
            running.push(observer);
        }
        catch {
            // An observer is an extra; the attempt goes on without it.
        }
    }
    return {
        async stop() {
            const details = {};
            let resources;
            for (const observer of running) {
                try {
                    Object.assign(details, await observer.stopped());
                    resources ??= observer.usage?.();
                }
                catch {
                    // As above.
                }
            }
            return { details, resources };
        },
    };
}

;// CONCATENATED MODULE: ./src/exec/run-execution.ts
// Runs a whole execution: every attempt, the retry delays and the on-retry command, reporting each
// step to the logger. The logger decides every status; this only sequences. It never closes the
// logger: the entry point does, on every exit path.







async function runExecution(execution) {
    const options = {
        ...execution,
        executor: execution.executor ?? executorFor(execution.settings, execution.logger),
        observers: execution.observers ?? ATTEMPT_OBSERVERS,
    };
    const { settings, logger, cancel } = options;
    await logger.start();
    try {
        // Before the first attempt's start line and outside every time limit: a pull gets its own
        // section, not the attempt's.
        if (!cancel?.aborted)
            await options.executor.setup?.(cancel);
        // total-timeout: every attempt (and on-retry command) is cut at this instant.
        const attemptOptions = settings.totalTimeoutMs > 0
            ? { ...options, deadlineAt: performance.now() + settings.totalTimeoutMs }
            : options;
        for (;;) {
            if (cancel?.aborted)
                return await logger.cancel(cancelSignalOf(cancel));
            await logger.startAttempt();
            // The logger decides, with the policy it was given, whether another attempt follows.
            const attempt = await logger.endAttempt(await runAttempt(attemptOptions));
            if (!attempt.retry?.retried)
                return await logger.complete();
            // Cancelled during an attempt that ended otherwise (it had timed out): no retry is announced.
            if (cancel?.aborted)
                return await logger.cancel(cancelSignalOf(cancel));
            const next = attempt.number + 1;
            const delayMs = retryDelayMs(settings.retryDelayMs, settings.retryBackoff, next);
            await logger.retry(delayMs, attempt.retry.reason);
            if (!(await sleep(delayMs, cancel)))
                continue; // cancelled: the loop head records it
            if (settings.onRetry !== null)
                await runOnRetry(attemptOptions, settings.onRetry, next);
        }
    }
    catch (error) {
        return await logger.fail(error, error instanceof errors/* SteplogError */.xb ? error.exitStatus : 125);
    }
}
/** The on-retry command: same shell, limits and tracking; its failure is a warning, not the run's. */
async function runOnRetry(options, script, next) {
    const { logger } = options;
    // Its output goes through the logger too. An unterminated last line is ended here, so it cannot
    // glue onto the next attempt's first line (endAttempt flushes attempts, nothing flushes this).
    const lastByte = { stdout: 0x0a, stderr: 0x0a };
    const facts = await runAttempt({
        ...options,
        script,
        onOutput: (stream, chunk) => {
            if (chunk.length > 0)
                lastByte[stream] = chunk[chunk.length - 1];
        },
    });
    for (const stream of ['stdout', 'stderr']) {
        if (lastByte[stream] !== 0x0a)
            logger.write(stream, Buffer.from('\n'));
    }
    if (facts.cancelled)
        return;
    const failed = facts.error !== null || facts.timedOut !== null || facts.signal !== null || facts.exitCode !== 0;
    if (failed) {
        await logger.warn(`the on-retry command failed (${describeFacts(facts)}); attempt ${next} runs anyway`);
    }
}
/**
 * Resolves true after `ms`, or false as soon as `cancel` aborts. Clamped: retry-delay × backoff^n can
 * pass Node's timer limit, and an overflowing setTimeout fires after 1 ms instead.
 */
async function sleep(ms, cancel) {
    if (cancel?.aborted)
        return false;
    try {
        await (0,external_node_timers_promises_.setTimeout)(Math.min(ms, MAX_TIMER_MS), undefined, { signal: cancel });
        return true;
    }
    catch {
        return false;
    }
}
function describeFacts(facts) {
    if (facts.error)
        return facts.error.message;
    if (facts.timedOut === 'idle')
        return 'no output for the idle timeout';
    if (facts.timedOut === 'deadline')
        return 'the timeout passed';
    if (facts.signal)
        return `killed by ${facts.signal}`;
    return `exit code ${facts.exitCode}`;
}

;// CONCATENATED MODULE: ./src/run/pool.ts


/** The records, in the order the executions were given. */
async function runPool(options) {
    const { executions: steps, cancel } = options;
    const records = new Array(steps.length);
    // Aborted once, by fail-fast or by the run's own cancellation; every running step listens to it.
    const stopAll = new AbortController();
    // Loggers of the steps running now, so fail-fast can say in each log why the step was stopped.
    const running = new Map();
    const attemptsRunning = () => [...running].filter(([logger]) => logger.attemptRunning).map(([, step]) => step);
    const onCancel = () => {
        options.onCancel?.(attemptsRunning());
        stopAll.abort(cancel?.reason);
    };
    cancel?.addEventListener('abort', onCancel, { once: true });
    if (cancel?.aborted)
        onCancel();
    const onHurry = () => options.onHurry?.(attemptsRunning());
    options.hurry?.addEventListener('abort', onHurry, { once: true });
    let next = 0;
    // "fail-fast: `build` failed": each stopped step's cancelReason. Said in the log once, on the
    // first step it stops: the others say only "fail-fast".
    let stoppedBy = null;
    let announced = false;
    const announce = async (logger) => {
        if (announced || stoppedBy === null)
            return;
        announced = true;
        await logger.warn(`${stoppedBy}; stopping the other steps`);
    };
    const worker = async () => {
        while (next < steps.length) {
            const index = next++;
            const step = steps[index];
            const logger = options.createLogger(step);
            running.set(logger, step);
            try {
                if (stopAll.signal.aborted) {
                    await announce(logger);
                    records[index] = await logger.cancel(cancelSignalOf(stopAll.signal), stoppedBy ?? undefined);
                }
                else {
                    records[index] = await runExecution({
                        settings: step.settings,
                        logger,
                        cancel: stopAll.signal,
                        hurry: options.hurry,
                        attemptEnvironment: options.attemptEnvironment,
                    });
                }
            }
            catch (error) {
                records[index] = await logger.fail(error);
            }
            finally {
                running.delete(logger);
                await logger.close();
            }
            if (options.failFast && records[index].status !== 'success' && !stopAll.signal.aborted) {
                const { name, status } = records[index];
                stoppedBy = `fail-fast: \`${name}\` ${status === 'timed_out' ? 'timed out' : status}`;
                for (const other of running.keys())
                    other.noteStopReason(stoppedBy);
                // Said before the abort, so the line comes before the stopped steps' own ends.
                const [first] = running.keys();
                if (first)
                    await announce(first);
                // The command gets SIGTERM (then SIGKILL after the grace), as on a cancel.
                stopAll.abort('SIGTERM');
            }
        }
    };
    try {
        const width = Math.max(1, Math.min(options.maxParallel, steps.length));
        await Promise.all(Array.from({ length: width }, worker));
    }
    finally {
        cancel?.removeEventListener('abort', onCancel);
        options.hurry?.removeEventListener('abort', onHurry);
    }
    return records;
}

;// CONCATENATED MODULE: ./src/render/cancel.ts

/** `graces`: for each execution with an attempt running, the time between the signal and SIGKILL. */
function renderCancelling(signal, mode, graces) {
    if (graces.length === 0) {
        return `steplog ⊘ cancelling: no ${mode === 'command' ? 'attempt' : 'step'} is running`;
    }
    const longest = Math.max(...graces);
    const kill = longest === 0
        ? 'SIGKILL at once'
        : `SIGKILL in ${graces.every((grace) => grace === longest) ? '' : 'at most '}${(0,format/* formatDuration */.a3)(longest)}`;
    return `steplog ⊘ cancelling: ${signal} sent to ${target(mode, graces.length)}, ${kill}`;
}
/** A second signal: the kill, now. Null when nothing is running any more. */
function renderHurry(mode, running) {
    if (running === 0)
        return null;
    return `steplog ⊘ cancelling now: SIGKILL sent to ${target(mode, running)}`;
}
function target(mode, running) {
    return mode === 'command' ? 'the command' : (0,format/* plural */.LS)(running, 'running step');
}

;// CONCATENATED MODULE: ./src/run/execute-run.ts
// The one path of every run, whatever the front door (action, CLI) and however many executions:
// validate every input, build the platform's sinks, run the executions (a single command is a run
// of one), give every sink the run's end, and hand back the exit status.


















async function executeRun(options) {
    const { context, platform } = options;
    let plan;
    let logFile;
    let sinks;
    try {
        plan = await planRun(options.raw, { cwd: context.cwd, label: options.label });
        // The OTLP headers carry API keys: masked in everything every execution writes.
        const otlpSecrets = otelSecrets(context.env);
        for (const { masks } of [plan.settings, ...plan.executions.map((e) => e.settings)])
            masks.push(...otlpSecrets);
        options.onSettings?.(plan.settings);
        logFile = plan.settings.logFile ?? platform.defaultLogFile(context);
        // The log file first: it is the record of last resort when a console write blocks or fails.
        // A bad platform setting (e.g. STEPLOG_LOG_LIMIT on GitLab) is an input error too: nothing runs.
        sinks = [
            createJsonlRunSink(logFile),
            ...(await platform.createSinks({ mode: plan.mode, settings: plan.settings, logFile }, context)),
            await createOpenTelemetryRunSink(plan.settings.name, context),
            await createWebhookRunSink(plan.settings, context),
        ].filter((sink) => sink !== null);
    }
    catch (error) {
        const failure = error instanceof errors/* SteplogError */.xb ? error : new errors/* SteplogError */.xb((0,errors/* messageOf */.bD)(error));
        return {
            exitStatus: failure.exitStatus,
            mode: null,
            records: [],
            outcome: null,
            settings: null,
            logFile: null,
            error: failure,
            internalError: null,
        };
    }
    const parallel = plan.maxParallel > 1 && plan.executions.length > 1;
    let records = [];
    let internalError = null;
    try {
        records = await runPool({
            executions: plan.executions,
            maxParallel: plan.maxParallel,
            failFast: plan.failFast,
            cancel: options.cancel,
            hurry: options.hurry,
            onCancel: (running) => {
                const graces = running.map((e) => Math.min(e.settings.killAfterMs, CANCEL_GRACE_MS));
                announce(sinks, renderCancelling(cancelSignalOf(options.cancel), plan.mode, graces));
            },
            onHurry: (running) => announce(sinks, renderHurry(plan.mode, running.length)),
            createLogger: (execution) => createLogger(execution, plan.matchers, sinks, parallel, context),
            attemptEnvironment: (executionId) => Object.assign({}, ...sinks.map((sink) => sink.attemptEnvironment?.(executionId))),
        });
    }
    catch (error) {
        // The pool records every execution's own failure; this is the last line of defence for a bug.
        internalError = (0,errors/* messageOf */.bD)(error);
    }
    const outcome = decideOutcome(plan, records, internalError, options.cancel);
    await endRun(sinks, { mode: plan.mode, records, outcome, internalError }, plan.settings, context);
    return {
        exitStatus: outcome.exitStatus,
        mode: plan.mode,
        records,
        outcome,
        settings: plan.settings,
        logFile,
        error: null,
        internalError,
    };
}
/**
 * A single command ends as its execution did; a run of steps as decideRunOutcome says (a cancel of
 * steplog itself makes the whole run cancelled).
 */
function decideOutcome(plan, records, internalError, cancel) {
    if (internalError !== null || records.length !== plan.executions.length) {
        return { status: 'failed', exitStatus: 125 };
    }
    if (plan.mode === 'command')
        return { status: records[0].status, exitStatus: records[0].exitStatus ?? 125 };
    return (0,run_span/* decideRunOutcome */.qD)(records, cancel?.aborted ?? false);
}
/** One execution's logger with every sink's share of it and the matchers that find annotations. */
function createLogger(execution, matchers, sinks, parallel, context) {
    const { settings, stepId } = execution;
    const logger = new ExecutionLogger({
        ...loggerOptionsFrom(settings),
        stepId,
        ci: (0,ci_context/* detectCiContext */.N)(context.env),
    });
    const slot = { stepId, settings, parallel, redactor: logger.redactor };
    for (const sink of sinks) {
        const share = sink.execution?.(slot);
        if (share)
            logger.addSink(share);
    }
    // With raw workflow commands the runner annotates `::error::` lines itself: do not do it twice.
    const active = settings.workflowCommands
        ? matchers.filter((m) => m.owner !== WORKFLOW_COMMANDS_OWNER)
        : matchers;
    if (active.length > 0) {
        logger.addBatchObserver(createStreamBatchMatcher(active, { workspace: context.cwd, cwd: settings.cwd, fileExists: external_node_fs_.existsSync }));
    }
    if (settings.retryOnOutput.length > 0 || settings.abortOnOutput.length > 0) {
        logger.watchOutput(createOutputPatternWatcher(settings.retryOnOutput, settings.abortOnOutput));
    }
    // Ansible's per-host results are recognised without configuration (cheap when there are none).
    logger.addBatchObserver(createAnsibleObserver(logger));
    return logger;
}
/** A line about the whole run to every console, at once; a console that throws is skipped. */
function announce(sinks, line) {
    if (line === null)
        return;
    for (const sink of sinks) {
        try {
            sink.announce?.(line);
        }
        catch {
            // A broken console still gets its failure reported at the run's end.
        }
    }
}
/**
 * Every sink's run end, in the order listed. A sink reports its own trouble in its platform's words
 * where it can; one that throws gets one line on stderr and the run's result stands.
 */
async function endRun(sinks, end, settings, context) {
    const redactor = new mask/* Redactor */.pO(settings.masks);
    for (const sink of sinks) {
        try {
            await sink.end?.(end);
        }
        catch (error) {
            context.stderr.write(redactor.redact(`steplog ⚠ the ${sink.name} sink failed and was turned off: ${(0,errors/* messageOf */.bD)(error)}`) +
                '\n');
        }
    }
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Reads the action's inputs from the environment exactly where the runner puts them: INPUT_<NAME>
// with the name upper-cased and spaces turned into `_` (hyphens are kept), as @actions/core's
// getInput does. Values are passed on untrimmed: resolveSettings trims what should be trimmed and
// keeps `run` and `mask` as written.

/** The inputs action.yml declares: every input of the table except the CLI-only ones. */
const ACTION_INPUTS = INPUTS.filter((input) => input.scope !== 'cli');
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function readActionInputs(env) {
    const raw = {};
    for (const input of ACTION_INPUTS) {
        if (input.name === 'github-token')
            continue;
        const value = env[inputEnvName(input.name)];
        if (value !== undefined)
            raw[input.name] = value;
    }
    const githubToken = (env[inputEnvName('github-token')] ?? '').trim();
    // The token is a secret whatever the user declared: redact it in everything steplog writes.
    if (githubToken)
        raw.mask = [raw.mask ?? '', githubToken].filter((line) => line.trim()).join('\n');
    return { raw, githubToken };
}
/**
 * Removes steplog's INPUT_* variables from `env` once read, so the command (which inherits the
 * action's environment) does not see them, above all the github-token: a `run:` step does not get
 * the token unless the workflow passes it.
 */
function removeActionInputs(env) {
    for (const input of ACTION_INPUTS)
        delete env[inputEnvName(input.name)];
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The GitHub Action: read the inputs the runner put in the environment, and run them through the
// one run path (src/run/execute-run.ts) with the GitHub sinks, the step's failure in words and the
// pull-request feedback among them. Outputs are set on every path once the inputs are read:
// - the command ran (success, failure, timeout, cancel, steplog's own error while running): all
//   outputs from the record, written by the outputs sink;
// - an input was invalid (nothing ran): status=failed, attempts=0, timed-out=false,
//   duration-ms=0, every other output empty;
// - steplog itself broke: the same as an invalid input, if nothing was written.








/** How error messages name an input: `Invalid input 'timeout': "5 minutes". Expected …`. */
function actionLabel(name) {
    return `input '${name}'`;
}
/** Each resolved setting as one debug line (masks counted, never shown; everything redacted). */
function renderSettingsDebug(settings) {
    const redactor = new mask/* Redactor */.pO(settings.masks);
    return Object.entries(settings).map(([key, value]) => {
        // Redacted before JSON.stringify: an escaped secret (`a\"b`) would no longer match.
        const shown = key === 'masks' ? `${settings.masks.length} value(s)` : JSON.stringify(redactor.redactDeep(value));
        return `steplog setting ${key} = ${shown}`;
    });
}
/**
 * Runs the action and returns the process exit status (0 on success; the run's exit status, e.g.
 * 124 after a timeout, otherwise). Never throws; never calls process.exit().
 * `env` must be process.env in production: @actions/core reads it for the file commands.
 */
async function runAction(env, streams, 
/** Injected by tests to reach the last-resort path. */
deps = { executeRun: executeRun }) {
    const cancel = listenForCancel();
    try {
        const { raw, githubToken } = readActionInputs(env);
        removeActionInputs(env);
        if (raw.report !== undefined && raw.report.trim() !== '') {
            const { runReportMode } = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.bind(__webpack_require__, 8632));
            try {
                return await runReportMode(raw, env, env.GITHUB_WORKSPACE || process.cwd());
            }
            catch (error) {
                if (!(error instanceof errors/* InputError */.dz))
                    throw error;
                actions_toolkit.setFailed(error.message);
                return 125;
            }
        }
        const result = await deps.executeRun({
            raw,
            platform: createGithubPlatform({ announceOutcome: false, action: { githubToken } }),
            context: {
                env,
                stdout: streams.stdout,
                stderr: streams.stderr,
                cwd: env.GITHUB_WORKSPACE || process.cwd(),
            },
            label: actionLabel,
            cancel: cancel.signal,
            hurry: cancel.hurry,
            // Only in debug mode: nothing but the stop should precede the command's output (see github-console.ts).
            onSettings: (settings) => {
                if (actions_toolkit.isDebug())
                    renderSettingsDebug(settings).forEach((line) => actions_toolkit.debug(line));
            },
        });
        if (result.error) {
            // Nothing ran and no sink exists: the outputs and the failure are the action's to write.
            writeOutputs(renderInvalidInputOutputs());
            actions_toolkit.setFailed(result.error.message);
            return result.exitStatus || 125;
        }
        return result.exitStatus;
    }
    catch (error) {
        // A bug in steplog before any sink existed (the run reports its own later failures to its sinks).
        try {
            writeOutputs(renderInvalidInputOutputs());
        }
        catch {
            // GITHUB_OUTPUT itself is broken; the failure below still fails the step.
        }
        actions_toolkit.setFailed(`steplog: internal error: ${(0,errors/* messageOf */.bD)(error)}`);
        return 125;
    }
    finally {
        cancel.dispose();
    }
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hy: () => (/* binding */ AnsibleResults),
/* harmony export */   se: () => (/* binding */ describeAnsibleFailure),
/* harmony export */   tB: () => (/* binding */ hostFailure),
/* harmony export */   wB: () => (/* binding */ hostVerdict)
/* harmony export */ });
/* unused harmony export MAX_ANSIBLE_HOSTS */
/* harmony import */ var strip_ansi__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(348);
// Per-host results from Ansible's default output, recognised without configuration:
// - ansible-playbook's PLAY RECAP: after the `PLAY RECAP ****` banner, one line per host,
//   `web1  : ok=2 changed=1 unreachable=0 failed=1 skipped=1 rescued=0 ignored=0`;
// - ad-hoc results (`ansible all -m ping`): `web1 | SUCCESS => {`, `web1 | CHANGED | rc=0 >>`,
//   `web1 | FAILED! => {`, `web1 | FAILED | rc=1 >>`, `db1 | UNREACHABLE! => {`, `web1 | SKIPPED`.
// The output is the command's: it can only fill this table, never change the step's outcome.

/** Hosts kept in the record; more are counted (a fleet of thousands would swamp every summary). */
const MAX_ANSIBLE_HOSTS = 500;
const MAX_HOST_CHARS = 200;
const RECAP_BANNER = /^PLAY RECAP \*+\s*$/;
const RECAP_LINE = /^(\S+)\s+: ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)(?:\s+skipped=(\d+))?(?:\s+rescued=(\d+))?(?:\s+ignored=(\d+))?\s*$/;
const ADHOC_LINE = /^(\S+) \| (SUCCESS|CHANGED|FAILED!?|UNREACHABLE!|SKIPPED)(?: \| rc=-?\d+)?(?: (?:=>|>>)|$)/;
/**
 * Strings one of which a batch holding any result holds, tested before any line is looked at.
 * Every batch of every command goes through this, so it searches the bytes (no decoding) for
 * strings whose first character is rare in logs (`|`, not the space before it); the lines it lets
 * through are checked by the patterns above.
 */
const HINTS = [
    'PLAY RECAP',
    ...['SUCCESS', 'CHANGED', 'FAILED', 'UNREACHABLE', 'SKIPPED'].map((w) => `| ${w}`),
];
const COUNTS = ['ok', 'changed', 'unreachable', 'failed', 'skipped', 'rescued', 'ignored'];
function mayHoldResults(batch) {
    if (batch.containsAny)
        return batch.containsAny(HINTS);
    const { text } = batch;
    return text === undefined || HINTS.some((hint) => text.includes(hint));
}
function emptyHost(host) {
    return { host, ok: 0, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 };
}
/** Collects the results of one attempt's output, a batch of lines at a time. */
class AnsibleResults {
    hosts = new Map();
    omitted = new Set();
    sawRecap = false;
    /** Inside a PLAY RECAP block (after the banner, before the first line that is not a host's). */
    inRecap = false;
    /** The ad-hoc results, kept apart: a recap already counts the same tasks. */
    adhoc = new Map();
    changed = false;
    /** Reads the complete lines of a batch; returns whether the results changed. */
    readBatch(batch) {
        if (!this.inRecap && !mayHoldResults(batch))
            return false;
        this.changed = false;
        for (let i = 0; i < batch.count; i++)
            this.readLine(batch.lines[i]);
        return this.changed;
    }
    readLine(raw) {
        const plain = raw.includes('\x1b') ? (0,strip_ansi__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(raw) : raw;
        const line = plain.endsWith('\r') ? plain.slice(0, -1) : plain;
        if (RECAP_BANNER.test(line)) {
            this.inRecap = true;
            // Each recap counts the whole playbook run: a second run's recap adds to the first's.
            return;
        }
        if (this.inRecap) {
            const recap = RECAP_LINE.exec(line);
            if (recap) {
                this.sawRecap = true;
                const host = this.host(this.hosts, recap[1]);
                if (host)
                    COUNTS.forEach((count, i) => (host[count] += Number(recap[i + 2] ?? 0)));
                this.changed = true;
                return;
            }
            this.inRecap = false;
        }
        const adhoc = ADHOC_LINE.exec(line);
        if (adhoc) {
            const host = this.host(this.adhoc, adhoc[1]);
            if (host) {
                const status = adhoc[2];
                if (status === 'SUCCESS')
                    host.ok += 1;
                else if (status === 'CHANGED') {
                    host.ok += 1;
                    host.changed += 1;
                }
                else if (status === 'SKIPPED')
                    host.skipped += 1;
                else if (status === 'UNREACHABLE!')
                    host.unreachable += 1;
                else
                    host.failed += 1;
            }
            this.changed = true;
        }
    }
    host(table, name) {
        const key = name.length > MAX_HOST_CHARS ? `${name.slice(0, MAX_HOST_CHARS)}…` : name;
        let host = table.get(key);
        if (host)
            return host;
        if (table.size >= MAX_ANSIBLE_HOSTS) {
            this.omitted.add(key);
            return null;
        }
        host = emptyHost(key);
        table.set(key, host);
        return host;
    }
    /** The block for the record, or null when the output held no Ansible results. */
    toRecord() {
        const table = this.sawRecap ? this.hosts : this.adhoc;
        if (table.size === 0)
            return null;
        const omitted = [...this.omitted].filter((name) => !table.has(name)).length;
        return {
            command: this.sawRecap ? 'ansible-playbook' : 'ansible',
            hosts: [...table.values()].map((host) => ({ ...host })),
            omittedHosts: omitted,
        };
    }
}
/** A host failed when a task failed (ignored failures are counted apart by Ansible) or it was unreachable. */
function hostVerdict(host) {
    if (host.unreachable > 0)
        return 'unreachable';
    if (host.failed > 0)
        return 'failed';
    return 'ok';
}
function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}
/** Why a host failed, in a few words: `unreachable`, `1 failed task`. */
function hostFailure(host) {
    const verdict = hostVerdict(host);
    if (verdict === 'ok')
        return null;
    const parts = [];
    if (host.unreachable > 0)
        parts.push('unreachable');
    if (host.failed > 0)
        parts.push(plural(host.failed, 'failed task', 'failed tasks'));
    return parts.join(', ');
}
/** Failing hosts named in the sentence; the rest are counted. */
const NAMED_HOSTS = 5;
/**
 * e.g. "ansible-playbook failed on 2 of 5 hosts: web2 (1 failed task), db1 (unreachable)";
 * null when no host failed.
 */
function describeAnsibleFailure(record) {
    const failing = record.hosts.filter((host) => hostVerdict(host) !== 'ok');
    if (failing.length === 0)
        return null;
    const total = record.hosts.length + record.omittedHosts;
    const named = failing.slice(0, NAMED_HOSTS).map((host) => `${host.host} (${hostFailure(host)})`);
    if (failing.length > NAMED_HOSTS)
        named.push(`${failing.length - NAMED_HOSTS} more`);
    return `${record.command} failed on ${failing.length} of ${plural(total, 'host', 'hosts')}: ${named.join(', ')}`;
}


/***/ }),

/***/ 5261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ detectCiContext),
/* harmony export */   g: () => (/* binding */ CI_SYSTEM_NAMES)
/* harmony export */ });
// Which CI system steplog runs in, and where this run lives there: read from the variables each
// system documents for its jobs. The one place that knows them; the record carries the result
// (`ci`), and the summary, telemetry and webhooks read it from there.
//   Jenkins          https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables
//   CircleCI         https://circleci.com/docs/reference/variables/
//   Buildkite        https://buildkite.com/docs/pipelines/environment_variables
//   Azure Pipelines  https://learn.microsoft.com/azure/devops/pipelines/build/variables
//   Bitbucket        https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/
//   GitHub Actions   https://docs.github.com/actions/reference/variables-reference
//   GitLab CI        https://docs.gitlab.com/ci/variables/predefined_variables/
/** How each system names itself in text (the summary's footer). */
const CI_SYSTEM_NAMES = {
    github: 'GitHub Actions',
    gitlab: 'GitLab CI',
    jenkins: 'Jenkins',
    circleci: 'CircleCI',
    buildkite: 'Buildkite',
    'azure-pipelines': 'Azure Pipelines',
    bitbucket: 'Bitbucket Pipelines',
};
/** The CI context from the environment, or null outside every CI steplog knows. */
function detectCiContext(env) {
    const get = (name) => {
        const value = env[name]?.trim();
        return value ? value : undefined;
    };
    const context = (system, fields) => {
        const present = Object.entries(fields).filter(([, value]) => value !== undefined);
        return { system, ...Object.fromEntries(present) };
    };
    // GitHub and GitLab first: their runners may themselves run inside another system's agent.
    if (get('GITHUB_ACTIONS') === 'true') {
        const server = get('GITHUB_SERVER_URL') ?? 'https://github.com';
        const repository = get('GITHUB_REPOSITORY');
        const runId = get('GITHUB_RUN_ID');
        return context('github', {
            pipeline: get('GITHUB_WORKFLOW'),
            job: get('GITHUB_JOB'),
            runId,
            runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
            commit: get('GITHUB_SHA'),
            // A pull request's own branch, not the merge ref.
            branch: get('GITHUB_HEAD_REF') ?? get('GITHUB_REF_NAME'),
        });
    }
    if (get('GITLAB_CI') === 'true') {
        return context('gitlab', {
            pipeline: get('CI_PIPELINE_NAME') ?? get('CI_PROJECT_PATH'),
            job: get('CI_JOB_NAME'),
            runId: get('CI_JOB_ID'),
            runUrl: get('CI_JOB_URL'),
            commit: get('CI_COMMIT_SHA'),
            branch: get('CI_COMMIT_REF_NAME'),
        });
    }
    if (get('JENKINS_URL') || get('JENKINS_HOME')) {
        return context('jenkins', {
            pipeline: get('JOB_NAME'),
            // Set inside a declarative pipeline's stage.
            job: get('STAGE_NAME'),
            runId: get('BUILD_NUMBER'),
            runUrl: get('BUILD_URL'),
            commit: get('GIT_COMMIT'),
            // The Git plugin's `origin/main`; a multibranch pipeline's BRANCH_NAME otherwise.
            branch: get('GIT_BRANCH') ?? get('BRANCH_NAME'),
        });
    }
    if (get('CIRCLECI') === 'true') {
        return context('circleci', {
            pipeline: get('CIRCLE_PROJECT_REPONAME'),
            job: get('CIRCLE_JOB'),
            runId: get('CIRCLE_BUILD_NUM'),
            runUrl: get('CIRCLE_BUILD_URL'),
            commit: get('CIRCLE_SHA1'),
            branch: get('CIRCLE_BRANCH'),
        });
    }
    if (get('BUILDKITE') === 'true') {
        const build = get('BUILDKITE_BUILD_URL');
        const job = get('BUILDKITE_JOB_ID');
        return context('buildkite', {
            pipeline: get('BUILDKITE_PIPELINE_SLUG'),
            job: get('BUILDKITE_LABEL') ?? get('BUILDKITE_STEP_KEY'),
            runId: get('BUILDKITE_BUILD_NUMBER'),
            // The build page scrolled to this job.
            runUrl: build && job ? `${build}#${job}` : build,
            commit: get('BUILDKITE_COMMIT'),
            branch: get('BUILDKITE_BRANCH'),
        });
    }
    if (get('TF_BUILD')?.toLowerCase() === 'true') {
        const collection = get('SYSTEM_COLLECTIONURI');
        const project = get('SYSTEM_TEAMPROJECT');
        const buildId = get('BUILD_BUILDID');
        return context('azure-pipelines', {
            pipeline: get('BUILD_DEFINITIONNAME'),
            job: get('SYSTEM_JOBDISPLAYNAME') ?? get('AGENT_JOBNAME'),
            runId: buildId,
            runUrl: collection && project && buildId
                ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${encodeURIComponent(buildId)}`
                : undefined,
            commit: get('BUILD_SOURCEVERSION'),
            branch: get('BUILD_SOURCEBRANCH')?.replace(/^refs\/heads\//, ''),
        });
    }
    if (get('BITBUCKET_BUILD_NUMBER')) {
        const repository = get('BITBUCKET_REPO_FULL_NAME');
        const build = get('BITBUCKET_BUILD_NUMBER');
        return context('bitbucket', {
            pipeline: repository,
            runId: build,
            runUrl: repository ? `https://bitbucket.org/${repository}/pipelines/results/${build}` : undefined,
            commit: get('BITBUCKET_COMMIT'),
            branch: get('BITBUCKET_BRANCH'),
        });
    }
    return null;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   xb: () => (/* binding */ SteplogError)
/* harmony export */ });
// Errors steplog raises about itself (not about the command). Each carries the exit status the CLI
// uses for it: 125 misconfigured/internal, 126 not executable, 127 not found.
class SteplogError extends Error {
    exitStatus;
    constructor(message, exitStatus = 125) {
        super(message);
        this.name = 'SteplogError';
        this.exitStatus = exitStatus;
    }
}
/** A rejected input. The message always names the input, the value and what is accepted. */
class InputError extends SteplogError {
    input;
    constructor(input, value, accepted) {
        super(`Invalid ${input}: ${JSON.stringify(value)}. Expected ${accepted}.`, 125);
        this.name = 'InputError';
        this.input = input;
    }
}
/** Turns anything thrown into a message, so a non-Error throw can never leave a step green. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 9239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ findAddMasks),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* unused harmony export unescapeCommandData */
// Redaction of masked values in everything steplog writes. Secrets are replaced by `***` (as the
// GitHub runner does). A multi-line secret is also registered line by line, because output arrives
// and is rendered line by line.
const MASK = '***';
const MASK_BYTES = Buffer.from(MASK);
class Redactor {
    /** Longest first, so a secret that contains another is replaced whole. */
    secrets = [];
    /**
     * The one-line secrets as UTF-8, longest first: output is redacted as the bytes the command wrote,
     * so a masked line keeps its other bytes (invalid UTF-8 included). A multi-line value never
     * matches inside one line; its lines are secrets of their own and are what gets replaced.
     */
    secretBytes = [];
    constructor(values = []) {
        this.add(...values);
    }
    /** Registers more values (e.g. a command's own `::add-mask::`); blank values are ignored. */
    add(...values) {
        const all = new Set(this.secrets);
        for (const value of values) {
            if (!value.trim())
                continue;
            all.add(value);
            for (const line of value.split(/\r?\n/))
                if (line.trim())
                    all.add(line);
        }
        this.secrets = [...all].sort((a, b) => b.length - a.length);
        this.secretBytes = this.secrets
            .filter((secret) => !secret.includes('\n'))
            .map((secret) => Buffer.from(secret))
            .sort((a, b) => b.length - a.length);
    }
    /** Every value redacted, the lines of multi-line values included. */
    get values() {
        return this.secrets;
    }
    get active() {
        return this.secrets.length > 0;
    }
    redact(text) {
        for (const secret of this.secrets) {
            if (text.includes(secret))
                text = text.split(secret).join(MASK);
        }
        return text;
    }
    /** `bytes` with every secret replaced by `***`; the same buffer when none occurs in it. */
    redactBytes(bytes) {
        for (const secret of this.secretBytes) {
            let found = bytes.indexOf(secret);
            if (found === -1)
                continue;
            const pieces = [];
            let start = 0;
            for (; found !== -1; found = bytes.indexOf(secret, start)) {
                pieces.push(bytes.subarray(start, found), MASK_BYTES);
                start = found + secret.length;
            }
            pieces.push(bytes.subarray(start));
            bytes = Buffer.concat(pieces);
        }
        return bytes;
    }
    /**
     * Where the start of an unfinished line can be cut to show it now: before the longest end of
     * `bytes` that could be the start of a secret (its rest may still come), and never inside a secret
     * that is there whole, so the two sides can be redacted apart.
     */
    safeByteCut(bytes) {
        let cut = bytes.length;
        for (const secret of this.secretBytes) {
            for (let k = Math.min(secret.length - 1, bytes.length); k > 0; k--) {
                if (bytes.subarray(bytes.length - k).equals(secret.subarray(0, k))) {
                    cut = Math.min(cut, bytes.length - k);
                    break;
                }
            }
        }
        for (let moved = true; moved;) {
            moved = false;
            for (const secret of this.secretBytes) {
                const found = bytes.indexOf(secret, Math.max(0, cut - secret.length + 1));
                if (found !== -1 && found < cut && found + secret.length > cut) {
                    cut = found + secret.length;
                    moved = true;
                }
            }
        }
        return cut;
    }
    /**
     * `text` with the end of a secret at its very start masked: text cut out of a longer text may
     * begin inside a secret, and what is left of it must not show.
     */
    redactCutFront(text) {
        for (const secret of this.secrets) {
            for (let k = Math.min(secret.length - 1, text.length); k > 0; k--) {
                if (text.startsWith(secret.slice(secret.length - k)))
                    return MASK + text.slice(k);
            }
        }
        return text;
    }
    /** Redacts every string inside a JSON-like value (used on whole records and events). */
    redactDeep(value) {
        if (!this.active)
            return value;
        return JSON.parse(JSON.stringify(value), (_key, v) => typeof v === 'string' ? this.redact(v) : v);
    }
}
const ADD_MASK = /^\s*::add-mask::(.*)$/gim;
/**
 * Values a command announces with `::add-mask::value` (the workflow command a `run:` step uses to
 * hide a secret it just fetched). steplog honours them everywhere it writes, on every platform,
 * even while it keeps the command from issuing workflow commands to the runner.
 */
function findAddMasks(text) {
    // includes() first: a plain scan is much cheaper than a case-insensitive one over a whole batch.
    if (!text.includes('::') || !/::add-mask::/i.test(text))
        return [];
    return [...text.matchAll(ADD_MASK)].map((m) => unescapeCommandData(m[1].replace(/\r$/, '')));
}
/** Inverse of @actions/core's escapeData: %0D, %0A, %25 (decoded last, as the runner does). */
function unescapeCommandData(value) {
    return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}


/***/ }),

/***/ 2091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eG: () => (/* binding */ OutputStream),
  VZ: () => (/* binding */ collapseCarriageReturns),
  mI: () => (/* binding */ firstBytes),
  Qr: () => (/* binding */ lastBytes)
});

// UNUSED EXPORTS: MAX_LINE_LENGTH

// EXTERNAL MODULE: ./node_modules/strip-ansi/index.js + 1 modules
var strip_ansi = __webpack_require__(348);
;// CONCATENATED MODULE: ./src/core/byte-ring.ts
// The last `capacity` bytes of a stream, in one buffer allocated once. Output tails are kept here
// rather than as the chunks they came in: a chunk kept for a while outlives young-generation
// collections, and a buffer promoted that way is freed only by a full collection, so with eight
// parallel steps most of their output lingered in memory (about 80 MiB) and cost collector time.
class ByteRing {
    capacity;
    buffer = null;
    /** Where the next byte goes. */
    end = 0;
    size = 0;
    /** Bytes were overwritten: the contents start inside what was written. */
    wrapped = false;
    constructor(capacity) {
        this.capacity = capacity;
    }
    push(bytes) {
        if (bytes.length === 0 || this.capacity === 0)
            return;
        this.buffer ??= Buffer.allocUnsafe(this.capacity);
        let source = bytes;
        if (source.length > this.capacity) {
            source = source.subarray(source.length - this.capacity);
            this.wrapped = true;
        }
        const first = Math.min(source.length, this.capacity - this.end);
        this.buffer.set(source.subarray(0, first), this.end);
        if (first < source.length)
            this.buffer.set(source.subarray(first), 0);
        this.end = (this.end + source.length) % this.capacity;
        if (this.size + source.length > this.capacity)
            this.wrapped = true;
        this.size = Math.min(this.capacity, this.size + source.length);
    }
    /** The bytes held, oldest first (a copy once wrapped). */
    contents() {
        if (!this.buffer)
            return Buffer.alloc(0);
        if (this.size < this.capacity)
            return this.buffer.subarray(0, this.size);
        return Buffer.concat([this.buffer.subarray(this.end), this.buffer.subarray(0, this.end)]);
    }
}

// EXTERNAL MODULE: ./src/core/mask.ts
var mask = __webpack_require__(9239);
;// CONCATENATED MODULE: ./src/core/output-stream.ts
// Turns one stream's raw chunks into what is shown of them (the command's bytes, redacted) and the
// lines the observers and the tail see, counts them and keeps a bounded tail.
// Hot path: it runs on every chunk the command writes, so it works a chunk at a time and splits on
// the last newline byte. The bytes shown are the bytes the command wrote: redaction works on bytes,
// nothing is decoded and encoded again and no newline is added. Lines are decoded only when an
// observer or a sink reads them (a newline never falls inside a UTF-8 sequence, so no character is
// cut there).



/** A line longer than this (in bytes) is passed on in pieces, so an endless line cannot exhaust memory. */
const MAX_LINE_LENGTH = 64 * 1024;
const NEWLINE = 0x0a;
const NO_BYTES = Buffer.alloc(0);
const NEWLINE_BYTES = Buffer.from('\n');
const NO_LINES = Object.freeze([]);
/** Lines shorter than this are counted by a loop over the bytes rather than by indexOf. */
const SHORT_LINE_BYTES = 48;
/**
 * What one push shows, and the lines it finishes. The lines are counted on the bytes, and decoded
 * and split only if a consumer reads `text` or `lines`: with nothing that reads them (no matcher,
 * no prefix, a plain console) output passes through without a string ever being made of it.
 */
class Batch {
    stream;
    bytes;
    source;
    last;
    partial;
    count;
    /** The longest line's UTF-8 length: never less than its length in characters. */
    longest;
    joined;
    split;
    /**
     * `source`: finished lines, each with its `\n`; `last`: one more line after them without one (a
     * piece of an over-long line, or the last line of the output), already decoded.
     */
    constructor(stream, bytes, source, last, partial) {
        this.stream = stream;
        this.bytes = bytes;
        this.source = source;
        this.last = last;
        this.partial = partial;
        let count = 0;
        let longest = 0;
        if (source !== null) {
            // indexOf is memchr, 3–5× faster than a loop over the bytes for lines of 100 bytes; but each
            // call costs more than a few bytes of the loop, which wins for short lines (29 bytes: 1.7×).
            // A batch's lines tend to be alike: its first line decides.
            const first = source.indexOf(NEWLINE);
            if (first !== -1 && first < SHORT_LINE_BYTES) {
                let start = 0;
                for (let i = 0; i < source.length; i++) {
                    if (source[i] !== NEWLINE)
                        continue;
                    if (i - start > longest)
                        longest = i - start;
                    count += 1;
                    start = i + 1;
                }
            }
            else {
                for (let start = 0, end = first; end !== -1; end = source.indexOf(NEWLINE, start)) {
                    if (end - start > longest)
                        longest = end - start;
                    count += 1;
                    start = end + 1;
                }
            }
        }
        if (last !== undefined) {
            count += 1;
            longest = Math.max(longest, Buffer.byteLength(last));
        }
        this.count = count;
        this.longest = longest;
        if (count === 0)
            this.split = NO_LINES;
    }
    get text() {
        if (this.count === 0)
            return undefined;
        if (this.joined !== undefined)
            return this.joined;
        const { source, last } = this;
        const whole = source === null ? undefined : source.toString('utf8', 0, source.length - 1);
        this.joined = whole === undefined ? last : last === undefined ? whole : `${whole}\n${last}`;
        return this.joined;
    }
    get lines() {
        return (this.split ??= this.text.split('\n'));
    }
    containsAny(needles) {
        const { source, last } = this;
        return needles.some((needle) => source?.includes(needle) || last?.includes(needle));
    }
}
class OutputStream {
    redactor;
    outputLimit;
    stream;
    /** Bytes of the unterminated last line not shown yet, as received. */
    held = [];
    heldBytes = 0;
    /** The shown (redacted) bytes of the unterminated last line: its start, for the observers. */
    lineHead = [];
    lineHeadBytes = 0;
    bytes = 0;
    lineCount = 0;
    /**
     * The last bytes shown, twice the limit and a line more (so the limit is still filled once
     * ANSI codes are stripped); redacted again when read (a value masked later must not show).
     */
    tail;
    constructor(redactor, outputLimit, stream = 'stdout') {
        this.redactor = redactor;
        this.outputLimit = outputLimit;
        this.stream = stream;
        this.tail = new ByteRing(2 * outputLimit + MAX_LINE_LENGTH);
    }
    /** True while the start of a line waits for its end. */
    get holding() {
        return this.heldBytes > 0;
    }
    /** What this chunk lets show (redacted) and the lines it finished; null when it shows nothing yet. */
    push(chunk) {
        this.bytes += chunk.length;
        // Searched in the new chunk only: rescanning a long unterminated line per chunk is quadratic.
        const found = chunk.lastIndexOf(NEWLINE);
        if (found === -1) {
            this.hold(chunk);
            return this.heldBytes > MAX_LINE_LENGTH ? this.release('long') : null;
        }
        const head = chunk.subarray(0, found + 1);
        const raw = this.heldBytes === 0 ? head : Buffer.concat([...this.held, head]);
        this.held = [];
        this.heldBytes = 0;
        // A copy: the start of a line is small, and holding a slice would keep the whole chunk alive.
        if (found + 1 < chunk.length)
            this.hold(Buffer.from(chunk.subarray(found + 1)));
        this.announce(raw);
        const shown = this.redactor.active ? this.redactor.redactBytes(raw) : raw;
        this.tail.push(shown);
        const whole = this.lineHeadBytes === 0 ? shown : Buffer.concat([...this.lineHead, shown]);
        this.lineHead = [];
        this.lineHeadBytes = 0;
        if (this.heldBytes > MAX_LINE_LENGTH) {
            const more = this.showHeld('long');
            const bytes = more.bytes.length > 0 ? Buffer.concat([shown, more.bytes]) : shown;
            return this.batch(bytes, whole, more.piece, more.piece !== undefined);
        }
        return this.batch(shown, whole, undefined, false);
    }
    /**
     * Shows the start of the unfinished line now (the command has been quiet: a prompt, a test name
     * before its result), keeping back only what could be the start of a secret. Null when there is
     * nothing to show, or when the line may be an `::add-mask::` command whose value is still coming.
     */
    release(why = 'quiet') {
        if (this.heldBytes === 0)
            return null;
        if (why === 'quiet' && this.lineHeadBytes === 0 && mayBeAddMask(Buffer.concat(this.held)))
            return null;
        const { bytes, piece } = this.showHeld(why);
        if (bytes.length === 0 && piece === undefined)
            return null;
        return this.batch(bytes, null, piece, piece !== undefined);
    }
    /** The unterminated last line at the end of an attempt, if any: shown as it is, no newline added. */
    flush() {
        if (this.heldBytes === 0 && this.lineHeadBytes === 0)
            return null;
        const raw = this.heldBytes === 0 ? NO_BYTES : Buffer.concat(this.held);
        this.held = [];
        this.heldBytes = 0;
        this.announce(raw);
        const shown = this.redactor.active ? this.redactor.redactBytes(raw) : raw;
        // The tail ends the line: the next attempt's output starts a line of its own there.
        this.tail.push(shown);
        this.tail.push(NEWLINE_BYTES);
        // A character cut off at the very end becomes U+FFFD in the line (not in what is shown).
        const line = Buffer.concat([...this.lineHead, shown]).toString('utf8');
        this.lineHead = [];
        this.lineHeadBytes = 0;
        return this.batch(shown, null, line, false);
    }
    batch(bytes, source, last, partial) {
        const batch = new Batch(this.stream, bytes, source, last, partial);
        // A piece of an over-long line is not a line yet.
        this.lineCount += partial ? batch.count - 1 : batch.count;
        return batch;
    }
    hold(bytes) {
        this.held.push(bytes);
        this.heldBytes += bytes.length;
    }
    /** Values a command announces with `::add-mask::` apply from the line that announces them. */
    announce(raw) {
        // A byte search first: decoding a whole batch costs more than looking for the command in it.
        if (!mentionsAddMask(raw))
            return;
        const announced = (0,mask/* findAddMasks */.Q2)(raw.toString('utf8'));
        if (announced.length > 0)
            this.redactor.add(...announced);
    }
    /**
     * Moves the held bytes (all but what could start a secret) to what is shown. The observers get the
     * line's start as a piece only once it is longer than the line cap.
     */
    showHeld(why) {
        const raw = this.held.length === 1 ? this.held[0] : Buffer.concat(this.held);
        const cut = this.redactor.active ? this.redactor.safeByteCut(raw) : raw.length;
        const rest = raw.subarray(cut);
        this.held = rest.length > 0 ? [why === 'long' ? rest : Buffer.from(rest)] : [];
        this.heldBytes = rest.length;
        if (cut === 0)
            return { bytes: NO_BYTES, piece: undefined };
        const front = raw.subarray(0, cut);
        const shown = this.redactor.active ? this.redactor.redactBytes(front) : front;
        this.tail.push(shown);
        this.lineHead.push(shown);
        this.lineHeadBytes += shown.length;
        if (this.lineHeadBytes <= MAX_LINE_LENGTH)
            return { bytes: shown, piece: undefined };
        // A piece for the observers, up to the last whole character; a character still arriving stays.
        const line = Buffer.concat(this.lineHead);
        const whole = wholeCharacters(line);
        const left = line.subarray(whole);
        this.lineHead = left.length > 0 ? [Buffer.from(left)] : [];
        this.lineHeadBytes = left.length;
        return { bytes: shown, piece: line.toString('utf8', 0, whole) };
    }
    stats() {
        const heldBytes = Buffer.concat(this.held);
        const held = heldBytes.toString('utf8', 0, wholeCharacters(heldBytes));
        const raw = this.redactor.redact(this.keptText() + held).replace(/\n$/, '');
        // Redacted again once stripped: colour codes inside a secret must not let it through.
        const clean = this.redactor.redact(collapseCarriageReturns((0,strip_ansi/* default */.A)(raw)));
        const { text, cut } = lastBytes(clean, this.outputLimit);
        return { bytes: this.bytes, lines: this.lineCount, tail: text, truncated: this.tail.wrapped || cut };
    }
    /** The tail's text; once the ring has wrapped, its front was cut anywhere, so it starts on a
     * whole character and shows nothing of a secret it cut through. */
    keptText() {
        const kept = this.tail.contents();
        if (!this.tail.wrapped)
            return kept.toString('utf8');
        let start = 0;
        while (start < kept.length && start < 3 && (kept[start] & 0xc0) === 0x80)
            start += 1;
        return this.redactor.redactCutFront(this.redactor.redact(kept.toString('utf8', start)));
    }
}
const ADD_MASK_PREFIX = Buffer.from('::add-mask::');
/** The end of the command's name, in both cases: rare in logs, unlike `::` alone (pytest ids, C++). */
const ADD_MASK_ENDS = [Buffer.from('k::'), Buffer.from('K::')];
const K_AT = ADD_MASK_PREFIX.indexOf('k::');
/**
 * Whether `bytes` may hold `::add-mask::` in any case (a superset: ASCII letters are compared with
 * their case bit set), found from the rare `k::` by two plain byte searches.
 */
function mentionsAddMask(bytes) {
    for (const end of ADD_MASK_ENDS) {
        for (let at = bytes.indexOf(end, K_AT); at !== -1; at = bytes.indexOf(end, at + 1)) {
            const start = at - K_AT;
            let i = 0;
            while (i < ADD_MASK_PREFIX.length && (bytes[start + i] | 0x20) === (ADD_MASK_PREFIX[i] | 0x20))
                i += 1;
            if (i === ADD_MASK_PREFIX.length)
                return true;
        }
    }
    return false;
}
/** Whether a line that starts with `bytes` may be an `::add-mask::` command (its value not all here yet). */
function mayBeAddMask(bytes) {
    let start = 0;
    while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09))
        start += 1;
    const length = Math.min(bytes.length - start, ADD_MASK_PREFIX.length);
    if (length === 0)
        return true;
    for (let i = 0; i < length; i++) {
        if ((bytes[start + i] | 0x20) !== (ADD_MASK_PREFIX[i] | 0x20))
            return false;
    }
    return true;
}
/** `\r` progress bars: keep what the terminal would show, the text after the last `\r` of each line. */
function collapseCarriageReturns(text) {
    if (!text.includes('\r'))
        return text;
    return text
        .split('\n')
        .map((line) => {
        const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
        const at = trimmed.lastIndexOf('\r');
        return at === -1 ? trimmed : trimmed.slice(at + 1);
    })
        .join('\n');
}
/** The last `limit` UTF-8 bytes of `text`, cut on a code point boundary. */
function lastBytes(text, limit) {
    const buffer = Buffer.from(text, 'utf8');
    if (buffer.length <= limit)
        return { text, cut: false };
    let start = buffer.length - limit;
    while (start < buffer.length && (buffer[start] & 0xc0) === 0x80)
        start += 1;
    return { text: buffer.subarray(start).toString('utf8'), cut: true };
}
/** The first `limit` UTF-8 bytes of `text`, cut on a code point boundary. */
function firstBytes(text, limit) {
    const buffer = Buffer.from(text, 'utf8');
    if (buffer.length <= limit)
        return { text, cut: false };
    let end = limit;
    while (end > 0 && (buffer[end] & 0xc0) === 0x80)
        end -= 1;
    return { text: buffer.subarray(0, end).toString('utf8'), cut: true };
}
/** How many leading bytes of `bytes` hold whole UTF-8 characters (a sequence cut at the end is left out). */
function wholeCharacters(bytes) {
    const end = bytes.length;
    for (let i = end - 1; i >= 0 && i >= end - 3; i--) {
        const byte = bytes[i];
        if ((byte & 0xc0) === 0x80)
            continue; // continuation byte: look further back
        const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return i + size > end ? i : end;
    }
    return end;
}


/***/ }),

/***/ 8640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ randomUUID),
/* harmony export */   nw: () => (/* binding */ randomHex)
/* harmony export */ });
/* unused harmony export randomBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Random identifiers without loading node:crypto at start-up: that module (and the nineteen internal
// ones it pulls in) costs about a third of `node -e 0`, and a step that runs `true` needs 16 random
// bytes from it. The kernel's CSPRNG behind /dev/urandom gives the same bytes in three system calls;
// where there is none (Windows), node:crypto is loaded after all.

/** `device` is for tests: a missing or empty one takes the node:crypto path. */
function randomBytes(count, device = '/dev/urandom') {
    const bytes = Buffer.alloc(count);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(device, 'r');
        for (let filled = 0; filled < count;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, filled, count - filled, null);
            if (read === 0)
                throw new Error(`${device} gave no more bytes`);
            filled += read;
        }
        return bytes;
    }
    catch {
        return process.getBuiltinModule('node:crypto').randomBytes(count);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function randomHex(count) {
    return randomBytes(count).toString('hex');
}
/** An RFC 9562 version 4 UUID, as crypto.randomUUID() returns it. */
function randomUUID() {
    const bytes = randomBytes(16);
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}


/***/ }),

/***/ 6975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZB: () => (/* binding */ decidingRecord),
/* harmony export */   aQ: () => (/* binding */ combineRecords),
/* harmony export */   gu: () => (/* binding */ runSpan),
/* harmony export */   qD: () => (/* binding */ decideRunOutcome),
/* harmony export */   zj: () => (/* binding */ runTotals)
/* harmony export */ });
/** The execution that decides a run's outcome: the first, in the order given, that failed or timed out. */
function decidingRecord(records) {
    return records.find((r) => r.status === 'failed' || r.status === 'timed_out') ?? null;
}
function runSpan(records) {
    // ISO 8601 UTC strings of one format sort as the times they stand for.
    const starts = records
        .map((r) => r.startedAt)
        .filter((t) => t !== null)
        .sort();
    const ends = records
        .map((r) => r.completedAt)
        .filter((t) => t !== null)
        .sort();
    const startedAt = starts[0] ?? null;
    const completedAt = ends.at(-1) ?? null;
    const durationMs = startedAt && completedAt ? Date.parse(completedAt) - Date.parse(startedAt) : null;
    return { startedAt, completedAt, durationMs };
}
function runTotals(records, outcome) {
    const deciding = decidingRecord(records);
    const { startedAt, completedAt, durationMs } = runSpan(records);
    return {
        status: outcome.status,
        deciding,
        exitCode: outcome.status === 'success' ? 0 : (deciding?.exitCode ?? null),
        signal: deciding?.signal ?? null,
        timedOut: records.some((r) => r.timedOut),
        durationMs,
        startedAt,
        completedAt,
        attempts: records.reduce((sum, r) => sum + r.attempts.length, 0),
    };
}
/**
 * One status and exit status for the whole run: cancelled when steplog itself was cancelled;
 * otherwise the first execution (in the given order) that failed or timed out; else success.
 */
function decideRunOutcome(records, cancelled) {
    if (cancelled) {
        const any = records.find((r) => r.status === 'cancelled');
        return { status: 'cancelled', exitStatus: any?.exitStatus ?? 143 };
    }
    const failed = decidingRecord(records);
    if (failed)
        return { status: failed.status, exitStatus: failed.exitStatus ?? 1 };
    const other = records.find((r) => r.status !== 'success');
    if (other)
        return { status: other.status, exitStatus: other.exitStatus ?? 1 };
    return { status: 'success', exitStatus: 0 };
}
/**
 * One record standing for the whole run, for destinations that take one (the check run and the PR
 * comment): the run's status and exit status, every step's annotations, the first start and last end.
 */
function combineRecords(records, outcome) {
    const deciding = decidingRecord(records) ?? records[0];
    const span = runSpan(records);
    const combined = structuredClone(deciding);
    combined.name = `steps (${records.map((r) => r.name).join(', ')})`.slice(0, 200);
    combined.stepId = null;
    combined.status = outcome.status;
    combined.exitStatus = outcome.exitStatus;
    combined.startedAt = span.startedAt;
    combined.completedAt = span.completedAt;
    combined.durationMs = span.durationMs;
    combined.annotations = records.flatMap((r) => r.annotations);
    return combined;
}


/***/ }),

/***/ 1684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ displayUrl),
/* harmony export */   d: () => (/* binding */ webhookSecrets)
/* harmony export */ });
/* harmony import */ var _core_mask_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9239);
// What of the webhook settings is secret, and how a URL is shown. Light: read at start-up, before
// anything decides whether the webhook module is loaded.

/** The URL with any credentials in it masked (they are masked everywhere anyway; this keeps the host readable). */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.username)
            parsed.username = _core_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v5;
        if (parsed.password)
            parsed.password = _core_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v5;
        return parsed.toString();
    }
    catch {
        return _core_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v5;
    }
}
/** The secret and every credential in the URLs (user, password, query values): masked everywhere. */
function webhookSecrets(urls, secret) {
    const found = secret ? [secret] : [];
    for (const url of urls) {
        try {
            const parsed = new URL(url);
            if (parsed.username)
                found.push(decodeURIComponent(parsed.username), parsed.username);
            if (parsed.password)
                found.push(decodeURIComponent(parsed.password), parsed.password);
            // Slack-style URLs carry their token in the path or the query.
            for (const value of parsed.searchParams.values())
                if (value.length >= 8)
                    found.push(value);
        }
        catch {
            found.push(url);
        }
    }
    return [...new Set(found)].filter((value) => value.length >= 3);
}


/***/ }),

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

/***/ 1509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// Human formats for durations and sizes, shared by every renderer. Locale-free, so the same record
// renders the same text on every machine.
/** Drops a trailing `.0`: `5.0` → `5`, `12.3` stays. */
function tenths(value) {
    return value.toFixed(1).replace(/\.0$/, '');
}
/**
 * A duration for people: `850ms`, `12.3s`, `4m 05s`, `1h 02m`. Whole units drop their zero part
 * (`5m`, `1h`, `10s`), so limits read as they were typed. Negative values count as 0.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return '—';
    ms = Math.max(0, ms);
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)}ms`;
    const totalTenths = Math.round(ms / 100);
    if (totalTenths < 600)
        return `${tenths(totalTenths / 10)}s`;
    const totalSeconds = Math.round(ms / 1000);
    if (totalSeconds < 3600) {
        const m = Math.floor(totalSeconds / 60);
        const s = totalSeconds % 60;
        return s === 0 ? `${m}m` : `${m}m ${String(s).padStart(2, '0')}s`;
    }
    const totalMinutes = Math.round(ms / 60_000);
    const h = Math.floor(totalMinutes / 60);
    const m = totalMinutes % 60;
    return m === 0 ? `${h}h` : `${h}h ${String(m).padStart(2, '0')}m`;
}
const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];
/** A size in binary units: `512 B`, `56.7 KiB`, `1 MiB`. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return '—';
    bytes = Math.max(0, Math.round(bytes));
    if (bytes < 1024)
        return `${bytes} B`;
    let value = bytes / 1024;
    let unit = 0;
    // Compare the rounded value, so 1023.96 KiB reads `1 MiB` and not `1024 KiB`.
    while (Math.round(value * 10) >= 10240 && unit < UNITS.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${tenths(value)} ${UNITS[unit]}`;
}
/** `1 line`, `3 lines`. */
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
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
/* harmony export */   DY: () => (/* binding */ notStarted),
/* harmony export */   SS: () => (/* binding */ describeOutcome),
/* harmony export */   VO: () => (/* binding */ describeOutcomeMarkdown),
/* harmony export */   di: () => (/* binding */ renderOutcomeLine),
/* harmony export */   e4: () => (/* binding */ renderRunOutcomeLine),
/* harmony export */   vZ: () => (/* binding */ describeRun),
/* harmony export */   wX: () => (/* binding */ describeAttemptUsage),
/* harmony export */   xH: () => (/* binding */ MAX_NAME_CHARS)
/* harmony export */ });
/* unused harmony export OUTCOME_ICONS */
/* harmony import */ var _ansible_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _container_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5135);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _resources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2573);
// What happened, in words, built once for every place that says it: the failure annotation, the
// summary's sentence, and the final line of every console (CLI, GitHub, GitLab). One pattern:
//
//   steplog <icon> <name>: <outcome>[ on attempt N of M][ in <duration>][ (<usage>)][; <detail>]…
//
//   steplog ✔ build: succeeded in 1.2s (312 MiB peak, 2.1s CPU)
//   steplog ✖ build: failed with exit code 3 on attempt 2 of 2 in 1.1s
//   steplog ⏱ build: timed out after 5m; killed with SIGKILL after 10s grace; exit status 124
//   steplog ⏱ build: timed out: idle, no output for 1m; stopped with SIGTERM; exit status 124
//   steplog ⊘ lint: not started (fail-fast)
//
// The summary and the annotations say the same as a sentence, the name in backticks and no
// duration but for a success: "`build` failed with exit code 3 on attempt 2 of 2". The exit
// status is said only where it is news (not after "exit code 3" when steplog exits with 3), usage
// only where it was measured.





/** A name longer than this is cut: it defaults to the first line of `run`, which can be long. */
const MAX_NAME_CHARS = 200;
const plain = { code: (text) => `\`${text}\``, text: (text) => text };
const markdown = { code: _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti, text: _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV };
/** The console's spelling: the name bare, before a colon. */
const bare = { code: (text) => text, text: (text) => text };
const OUTCOME_ICONS = {
    pending: '⊘',
    running: '▶',
    success: '✔',
    failed: '✖',
    timed_out: '⏱',
    cancelled: '⊘',
};
/**
 * e.g. "`build` timed out after 5m on attempt 2 of 3; killed with SIGKILL after 10s grace",
 * "`build` failed with exit code 2", "steplog could not run `build`: <error>". No final period.
 */
function describeOutcome(record) {
    return sentence(record, plain);
}
/** The same sentence as inline markdown, every piece of the record escaped. */
function describeOutcomeMarkdown(record) {
    return sentence(record, markdown);
}
/**
 * The failure sentence of a run of several: each step that failed or timed out in words, then
 * how many others were cancelled or never started (fail-fast or a cancel stopped them: saying why
 * for each would name the same cause again and again). Only when none failed on its own are the
 * cancelled ones described.
 */
function describeRun(notSucceeded) {
    const failed = notSucceeded.filter((r) => r.status === 'failed' || r.status === 'timed_out');
    const stopped = notSucceeded.filter((r) => r.status === 'cancelled' || r.status === 'pending');
    if (failed.length === 0)
        return stopped.map(describeOutcome).join('; ');
    const said = failed.map(describeOutcome);
    const counts = stoppedCounts(stopped);
    return counts ? `${said.join('; ')}; ${counts}` : said.join('; ');
}
/** The last line of a console for one execution (see the pattern at the top). */
function renderOutcomeLine(record) {
    const p = parts(record, bare, true);
    const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateText */ .EJ)(record.name, MAX_NAME_CHARS);
    return `steplog ${OUTCOME_ICONS[record.status]} ${name}: ${[p.head, ...p.details].join('; ')}`;
}
/**
 * The last line of a run of several steps, the run in the place of the name: "steplog ✖ 3 steps
 * in 4.1s: 1 succeeded, 1 failed, 1 not started; `unit tests` failed with exit code 5".
 */
function renderRunOutcomeLine(records, totals, exitStatus) {
    const took = totals.durationMs === null ? '' : ` in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(totals.durationMs)}`;
    const succeeded = records.filter((r) => r.status === 'success').length;
    const counts = succeeded === records.length ? 'all succeeded' : `${succeeded} succeeded, ${statusCounts(records)}`;
    const head = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(records.length, 'step')}${took}: ${counts}`;
    const details = [];
    // A cancelled run ends with the cancel's status, whatever a step did before.
    const deciding = totals.status !== 'success' && totals.status !== 'cancelled' ? totals.deciding : null;
    if (deciding)
        details.push(describeOutcome(deciding));
    else if (totals.status === 'cancelled')
        details.push('the run was cancelled');
    if (totals.status !== 'success' && !(deciding && saysExitStatus(deciding, exitStatus))) {
        details.push(`exit status ${exitStatus}`);
    }
    return `steplog ${OUTCOME_ICONS[totals.status]} ${[head, ...details].join('; ')}`;
}
/** A step cancelled before its first attempt: nothing of it ran. */
function notStarted(record) {
    return ((record.status === 'cancelled' || record.status === 'pending') &&
        record.attempts.length === 0 &&
        record.error === null);
}
/** "1 failed, 1 timed out, 2 cancelled, 1 not started". */
function statusCounts(records) {
    const counts = new Map();
    for (const r of records) {
        if (r.status === 'success')
            continue;
        const word = notStarted(r) ? 'not started' : r.status.replace('_', ' ');
        counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const order = ['failed', 'timed out', 'cancelled', 'not started', 'running'];
    return [...counts]
        .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
        .map(([word, n]) => `${n} ${word}`)
        .join(', ');
}
/** "1 other step cancelled, 2 not started (fail-fast)", or '' when there are none. */
function stoppedCounts(stopped) {
    if (stopped.length === 0)
        return '';
    const started = stopped.filter((r) => !notStarted(r)).length;
    const words = [
        started > 0 ? `${started} cancelled` : '',
        stopped.length - started > 0 ? `${stopped.length - started} not started` : '',
    ].filter(Boolean);
    const failFast = stopped.every((r) => r.cancelReason?.startsWith('fail-fast'));
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(stopped.length, 'other step').replace(/^\d+ /, '')}: ${words.join(', ')}${failFast ? ' (fail-fast)' : ''}`;
}
function sentence(record, say) {
    const p = parts(record, say, false);
    const name = say.code((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateText */ .EJ)(record.name, MAX_NAME_CHARS));
    const head = p.subjectless ? p.head : `${name} ${p.head}`;
    return [head, ...p.details.filter((d) => !d.startsWith('exit status'))].join('; ');
}
/**
 * The pieces both spellings share. `line`: the console's form (no "was", the duration and usage
 * of every outcome); else the sentence's (a subject, the duration of a success only).
 */
function parts(record, say, line) {
    const last = record.attempts.at(-1);
    let which = record.maxAttempts > 1 && last ? ` on attempt ${last.number} of ${record.maxAttempts}` : '';
    const was = line ? '' : 'was ';
    const usage = line ? (0,_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .executionUsage */ .OO)(record) : null;
    const measured = usage ? ` (${(0,_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .describeUsage */ .P_)(usage)})` : '';
    const took = record.durationMs === null ? '' : ` in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(record.durationMs)}`;
    const timing = line ? `${took}${measured}` : '';
    const details = [];
    const exitStatus = () => {
        if (record.exitStatus !== null && !saysExitStatus(record, record.exitStatus)) {
            details.push(`exit status ${record.exitStatus}`);
        }
    };
    let head;
    switch (record.status) {
        case 'pending':
            return { head: `${was}not started`, details };
        case 'running':
            return { head: `${line ? '' : 'is '}running`, details };
        case 'success':
            // The sentence of a retried success leaves the time to the tables beside it, as it always did.
            head = line
                ? `succeeded${which}${timing}`
                : `succeeded${which}${record.attempts.length > 1 ? '' : took}`;
            return { head, details };
        case 'cancelled': {
            const why = cancelReason(record);
            // Cancelled in the retry delay: the attempt that did not start is the news.
            if (last && last.status !== 'cancelled' && record.maxAttempts > last.number) {
                which = ` before attempt ${last.number + 1} of ${record.maxAttempts}`;
            }
            if (notStarted(record)) {
                // The console names the failed step once, in fail-fast's own line.
                const reason = line && record.cancelReason?.startsWith('fail-fast') ? 'fail-fast' : why;
                return { head: `${was}not started${reason ? ` (${say.text(reason)})` : ''}`, details };
            }
            if (!line) {
                head = `was cancelled${which}${why ? ` (${say.text(why)})` : ''}`;
            }
            else if (record.cancelReason?.startsWith('fail-fast')) {
                // steplog exits with the failed step's status, not this one's.
                return { head: `cancelled by fail-fast${which}${timing}`, details };
            }
            else {
                head = `cancelled${which}${timing}`;
                if (why)
                    details.push(say.text(why));
            }
            exitStatus();
            return { head, details };
        }
        case 'timed_out':
            head = timedOut(record, last, which, details, say);
            exitStatus();
            return { head, details };
        case 'failed':
            if (record.error !== null) {
                const name = say.code((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateText */ .EJ)(record.name, MAX_NAME_CHARS));
                head = line
                    ? `could not run: ${say.text(record.error).replace(/\.$/, '')}`
                    : `steplog could not run ${name}: ${say.text(record.error)}`;
                exitStatus();
                return { head, details, subjectless: !line };
            }
            if (record.container?.oomKilled)
                head = `${was}${(0,_container_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOutOfMemory */ .a)(record.container)}`;
            else if (record.signal !== null)
                head = `${was}killed by ${say.text(record.signal)}`;
            else if (record.exitCode !== null)
                head = `failed with exit code ${record.exitCode}${meaning(record.exitCode)}`;
            else
                head = 'failed';
            head += `${which}${timing}`;
            if (record.exitCode !== null && record.ansible) {
                const ansible = (0,_ansible_results_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAnsibleFailure */ .se)(record.ansible);
                if (ansible !== null)
                    details.push(say.text(ansible));
            }
            notRetried(last, details, say);
            exitStatus();
            return { head, details };
    }
}
/** Why it was cancelled, in the words of this version (logs of older ones said "stopped because"). */
function cancelReason(record) {
    if (record.cancelReason)
        return record.cancelReason.replace(/^fail-fast: (?:not started|stopped) because /, 'fail-fast: ');
    return record.cancelSignal ? `steplog received ${record.cancelSignal}` : '';
}
/** 126 and 127 are the shell's own: what they mean, for who has not learnt them by heart. */
function meaning(exitCode) {
    if (exitCode === 127)
        return ' (command not found)';
    if (exitCode === 126)
        return ' (not executable)';
    return '';
}
/** Whether the outcome already says the number steplog exits with ("failed with exit code 3"). */
function saysExitStatus(record, exitStatus) {
    if (record.status === 'success')
        return exitStatus === 0;
    return (record.status === 'failed' &&
        record.error === null &&
        record.signal === null &&
        !record.container?.oomKilled &&
        record.exitCode === exitStatus);
}
/** Why a failure with attempts left was not retried (abort-on-output, retry-on …). */
function notRetried(last, details, say) {
    // A total-timeout says so already: "timed out: total-timeout 15m reached during attempt 3 of 5".
    if (last?.retry && !last.retry.retried && last.timeoutKind !== 'total') {
        details.push(`not retried: ${say.text(last.retry.reason)}`);
    }
}
function timedOut(record, last, which, details, say) {
    const { limits } = record;
    const kind = last?.timeoutKind;
    let head;
    if (kind === 'total') {
        head = `timed out: total-timeout ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(limits.totalTimeoutMs ?? 0)} reached during attempt ${last?.number ?? 0} of ${record.maxAttempts}`;
    }
    else if (kind === 'idle') {
        const limit = limits.idleTimeoutMs > 0 ? ` for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(limits.idleTimeoutMs)}` : '';
        head = `timed out${which}: idle, no output${limit}`;
    }
    else {
        const after = limits.timeoutMs > 0 ? ` after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(limits.timeoutMs)}` : '';
        head = `timed out${after}${which}`;
    }
    // The first signal may have been enough; SIGKILL when it was not means the grace ran out.
    if (record.signal === 'SIGKILL' && limits.killSignal !== 'SIGKILL') {
        details.push(`killed with SIGKILL after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(limits.killAfterMs)} grace`);
    }
    else if (record.signal !== null) {
        details.push(`stopped with ${say.text(record.signal)}`);
    }
    else if (record.exitCode !== null) {
        details.push(`it exited with code ${record.exitCode} after ${say.text(limits.killSignal)}`);
    }
    notRetried(last, details, say);
    return head;
}
/** The usage of one attempt, for its own line; null when it was not measured. */
function describeAttemptUsage(attempt) {
    const usage = (0,_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .measuredUsage */ .Ku)(attempt.resources);
    return usage ? (0,_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .describeUsage */ .P_)(usage) : null;
}


/***/ }),

/***/ 2573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ measuredUsage),
/* harmony export */   OO: () => (/* binding */ executionUsage),
/* harmony export */   P_: () => (/* binding */ describeUsage),
/* harmony export */   xQ: () => (/* binding */ renderUsageCharts)
/* harmony export */ });
/* unused harmony exports cpuMs, usageProperties */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);

function cpuMs(usage) {
    return usage.cpuUserMs + usage.cpuSystemMs;
}
/**
 * The usage of an attempt in figures, or null when nothing was measured: a process that ended
 * before the first sample saw it alive leaves no memory figure, and "0 B peak, 0ms CPU" for it
 * would be made up.
 */
function measuredUsage(usage) {
    if (!usage || usage.processes === 0 || usage.peakRssBytes === 0)
        return null;
    return { peakRssBytes: usage.peakRssBytes, cpuMs: cpuMs(usage) };
}
/** The execution's usage: the largest peak of its attempts, the CPU of all of them; null when none was measured. */
function executionUsage(record) {
    const measured = record.attempts.flatMap((a) => (measuredUsage(a.resources) ? [a.resources] : []));
    if (measured.length === 0)
        return null;
    return {
        peakRssBytes: Math.max(...measured.map((u) => u.peakRssBytes)),
        cpuMs: measured.reduce((sum, u) => sum + cpuMs(u), 0),
    };
}
/** `312 MiB peak, 2.1s CPU`. */
function describeUsage(usage) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(usage.peakRssBytes)} peak, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(usage.cpuMs)} CPU`;
}
/** JUnit `<property>`s of one attempt's test case. */
function usageProperties(usage) {
    if (!usage)
        return [];
    return [
        ['steplog.peak_memory_bytes', String(usage.peakRssBytes)],
        ['steplog.cpu_user_ms', String(usage.cpuUserMs)],
        ['steplog.cpu_system_ms', String(usage.cpuSystemMs)],
        ['steplog.processes', String(usage.processes)],
    ];
}
/**
 * Two Mermaid `xychart-beta` blocks (memory in MiB, CPU in % of a core) for an attempt that kept a
 * timeline (attempts longer than 30 s); empty otherwise.
 */
function renderUsageCharts(attempt, title) {
    const timeline = attempt.resources?.timeline;
    if (!timeline || timeline.length < 2)
        return [];
    const labels = timeline.map((p) => `"${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(p.atMs)}"`).join(', ');
    const mib = timeline.map((p) => (p.rssBytes / 1024 / 1024).toFixed(1));
    const cpu = timeline.map((p) => String(p.cpuPercent));
    const chart = (name, axis, values) => [
        '```mermaid',
        'xychart-beta',
        `  title "${title.replace(/"/g, "'")}: ${name}"`,
        `  x-axis [${labels}]`,
        `  y-axis "${axis}" 0 --> ${Math.max(1, Math.ceil((Math.max(...values.map(Number)) * 11) / 10))}`,
        `  line [${values.join(', ')}]`,
        '```',
        '',
    ].join('\n');
    return [chart('memory', 'MiB', mib), chart('CPU', '% of a core', cpu)];
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

/***/ 9284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   isDebug: () => (/* binding */ isDebug),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   summary: () => (/* reexport safe */ _actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_3__.z),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9635);
/* harmony import */ var _actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2902);
/* harmony import */ var _actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4679);
/* harmony import */ var _actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1170);
// What steplog takes from @actions/core: its workflow commands (`::warning …::`), file commands
// (GITHUB_OUTPUT) and job summary, imported from the modules that hold them. The package's root
// module also loads its OIDC client, @actions/http-client and undici, ~70 ms of every cold start
// (58 more built-in modules: http, tls, zlib, worker_threads …) for an HTTP client a step runner
// never uses. The package's exports map only names its root, so tsconfig.json maps
// `@actions/core/lib/*` to the package's files; the functions below are the root module's own
// one-liners over those modules, with the same behaviour.





function error(message, properties = {}) {
    (0,_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('error', (0,_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_4__/* .toCommandProperties */ .k)(properties), String(message));
}
function warning(message, properties = {}) {
    (0,_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('warning', (0,_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_4__/* .toCommandProperties */ .k)(properties), String(message));
}
function notice(message, properties = {}) {
    (0,_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('notice', (0,_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_4__/* .toCommandProperties */ .k)(properties), String(message));
}
function debug(message) {
    (0,_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/** Registers a value with the runner, which masks it in this and every later step's log. */
function setSecret(secret) {
    (0,_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('add-mask', {}, secret);
}
/** An error annotation, and the action's exit status 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function setOutput(name, value) {
    if (process.env['GITHUB_OUTPUT']) {
        (0,_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__/* .issueFileCommand */ .n)('OUTPUT', (0,_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareKeyValueMessage */ .v)(name, value));
        return;
    }
    // An old runner without the output file: the deprecated command.
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    (0,_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('set-output', { name }, (0,_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_4__/* .toCommandValue */ .E)(value));
}


/***/ }),

/***/ 4832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I1: () => (/* binding */ appendJobSummary),
  lY: () => (/* binding */ createGithubSummarySink)
});

// UNUSED EXPORTS: MAX_STEP_SUMMARY_BYTES, MIN_SUMMARY_BYTES, renderSummaryAppend

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/sinks/actions-toolkit.ts
var actions_toolkit = __webpack_require__(9284);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/output-stream.ts + 1 modules
var output_stream = __webpack_require__(2091);
;// CONCATENATED MODULE: ./src/core/settings.ts
// The one typed settings object every front door produces (after validation) and the runner consumes.
/** Whether a summary is written for a run or execution that ended (or stands) with `status`. */
function wantsSummary(mode, status) {
    return mode === 'always' || (mode === 'on-failure' && status !== 'success');
}

// EXTERNAL MODULE: ./src/render/steps-summary.ts
var steps_summary = __webpack_require__(7662);
// EXTERNAL MODULE: ./src/render/summary.ts + 1 modules
var summary = __webpack_require__(6767);
;// CONCATENATED MODULE: ./src/sinks/github-summary.ts
// The job summary: renderSummary(record) appended to GITHUB_STEP_SUMMARY through core.summary.
// The runner refuses (and skips) a step summary above 1 MiB, counted in bytes of the whole file,
// and the command may already have written to the file (it inherits GITHUB_STEP_SUMMARY): the
// summary gets what is left of 1 MiB. Any failure (unset, missing, read-only, full disk)
// throws; the logger turns it into one warning and the step's result does not change. A run of steps
// appends renderStepsSummary once the run has ended.







/** CreateStepSummaryCommand's limit in the runner (FileCommandManager.cs). */
const MAX_STEP_SUMMARY_BYTES = 1024 * 1024;
/** Below this a summary would say nothing useful: warn instead of writing a stub. */
const MIN_SUMMARY_BYTES = 1024;
/** What to append to a file of `existingBytes` bytes that ends with `endsWithNewline`, or why not. */
function renderSummaryAppend(record, existingBytes, endsWithNewline) {
    // A blank line keeps our heading from joining the command's last paragraph.
    const separator = existingBytes === 0 ? '' : endsWithNewline ? '\n' : '\n\n';
    const budget = MAX_STEP_SUMMARY_BYTES - existingBytes - Buffer.byteLength(separator);
    if (budget < MIN_SUMMARY_BYTES) {
        return {
            skipped: `the job summary already holds ${existingBytes} bytes of the ${MAX_STEP_SUMMARY_BYTES} GitHub accepts for a step; steplog's summary was not added`,
        };
    }
    const markdown = typeof record === 'function' ? record(budget) : (0,summary/* renderSummary */.Br)(record, { maxBytes: budget });
    // renderSummary cuts with a visible note; this only guards the runner's hard limit.
    return { text: separator + (0,output_stream/* firstBytes */.mI)(markdown, budget).text };
}
function endsWithNewline(file, size) {
    if (size === 0)
        return true;
    // Reading the last byte of a file we may not read is not worth failing for.
    try {
        const fd = (0,external_node_fs_.openSync)(file, 'r');
        try {
            const byte = Buffer.alloc(1);
            (0,external_node_fs_.readSync)(fd, byte, 0, 1, size - 1);
            return byte[0] === 0x0a;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return false;
    }
}
/** Appends markdown rendered within what is left of the 1 MiB; throws to be reported as a warning. */
async function appendJobSummary(env, render) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('GITHUB_STEP_SUMMARY is not set, so there is no job summary to write to');
    let size;
    try {
        size = (0,external_node_fs_.statSync)(file).size;
    }
    catch (error) {
        throw new Error(`cannot read the job summary file ${file}: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
    }
    const append = renderSummaryAppend(render, size, endsWithNewline(file, size));
    if ('skipped' in append)
        throw new Error(append.skipped);
    await actions_toolkit.summary.addRaw(append.text).write();
}
function createGithubSummarySink({ env, mode, summary }) {
    const name = 'job summary (GITHUB_STEP_SUMMARY)';
    return {
        name,
        execution: () => mode !== 'command'
            ? null
            : {
                name,
                async onEvent(event) {
                    if (event.type !== 'end' || !wantsSummary(summary, event.record.status))
                        return;
                    await appendJobSummary(env, event.record);
                },
            },
        async end({ records, outcome, internalError }) {
            if (mode !== 'steps' || internalError !== null || !wantsSummary(summary, outcome.status))
                return;
            await appendJobSummary(env, (maxBytes) => (0,steps_summary/* renderStepsSummary */.Wk)(records, outcome, { maxBytes }));
        },
    };
}


/***/ })

};
