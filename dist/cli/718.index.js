export const id = 718;
export const ids = [718];
export const modules = {

/***/ 337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGithubPlatform: () => (/* binding */ createGithubPlatform),
  defaultGithubLogFile: () => (/* binding */ defaultGithubLogFile),
  githubPlatform: () => (/* binding */ githubPlatform)
});

// NAMESPACE OBJECT: ./src/sinks/actions-toolkit.ts
var actions_toolkit_namespaceObject = {};
__webpack_require__.r(actions_toolkit_namespaceObject);
__webpack_require__.d(actions_toolkit_namespaceObject, {
  debug: () => (debug),
  error: () => (error),
  info: () => (info),
  isDebug: () => (isDebug),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  summary: () => (summary),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/sink.ts
var sink = __webpack_require__(7532);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/sinks/actions-toolkit.ts
// What steplog takes from @actions/core: its workflow commands (`::warning …::`), file commands
// (GITHUB_OUTPUT) and job summary, imported from the modules that hold them. The package's root
// module also loads its OIDC client, @actions/http-client and undici, ~70 ms of every cold start
// (58 more built-in modules: http, tls, zlib, worker_threads …) for an HTTP client a step runner
// never uses. The package's exports map only names its root, so tsconfig.json maps
// `@actions/core/lib/*` to the package's files; the functions below are the root module's own
// one-liners over those modules, with the same behaviour.





function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), String(message));
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), String(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), String(message));
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/** Registers a value with the runner, which masks it in this and every later step's log. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** An error annotation, and the action's exit status 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function setOutput(name, value) {
    if (process.env['GITHUB_OUTPUT']) {
        issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
        return;
    }
    // An old runner without the output file: the deprecated command.
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
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
    actions_toolkit_namespaceObject[annotation.level](message, annotationProperties(annotation));
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
                error((0,render_outcome/* describeRun */.vZ)(failed));
            if (plan.overflowNotice)
                notice(plan.overflowNotice, { title: 'steplog' });
        },
    };
}
function createGithubAnnotationsSink(options) {
    const pendingWarnings = [];
    let ended = false;
    const warn = (message) => warning(message, { title: 'steplog' });
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
            error((0,render_outcome/* describeOutcome */.SS)(record));
        if (plan.overflowNotice)
            notice(plan.overflowNotice, { title: 'steplog' });
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
// EXTERNAL MODULE: ./src/matchers/workflow-command.ts
var workflow_command = __webpack_require__(1618);
// EXTERNAL MODULE: ./src/core/run-span.ts
var run_span = __webpack_require__(6975);
// EXTERNAL MODULE: ./src/render/sections.ts
var sections = __webpack_require__(1102);
// EXTERNAL MODULE: ./src/sinks/console-lines.ts
var console_lines = __webpack_require__(667);
// EXTERNAL MODULE: ./src/sinks/console-plain.ts
var console_plain = __webpack_require__(264);
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
        setSecret(value);
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
            streams.stdout.write(outsideStop(`::group::${(0,workflow_command/* escapeData */.uf)(title)}`, holding || guard));
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
                return (0,console_plain/* writeBatch */.wP)(options.workflowCommands ? streams[batch.stream] : streams.stdout, batch, prefix);
            }
            if (options.workflowCommands) {
                registerMasks();
                // Each stream to its own: only an unfinished stdout line could swallow steplog's next line.
                if (batch.stream === 'stdout' && batch.bytes.length > 0)
                    openLine = batch.bytes[batch.bytes.length - 1] === 0x0a ? null : 'stdout';
                return (0,console_plain/* writeBatch */.wP)(streams[batch.stream], batch);
            }
            if (batch.bytes.length === 0)
                return true;
            if (openLine !== null && openLine !== batch.stream)
                endOpenLine();
            openLine = batch.bytes[batch.bytes.length - 1] === 0x0a ? null : batch.stream;
            return (0,console_plain/* writeBatch */.wP)(streams.stdout, batch);
        },
        drain: () => Promise.all([(0,console_plain/* waitForDrain */.jI)(streams.stdout), (0,console_plain/* waitForDrain */.jI)(streams.stderr)]).then(() => undefined),
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
                        gate.say((0,sections/* renderPreparationStart */.Wv)(name, event.preparation));
                    else
                        openGroup((0,sections/* preparationTitle */.OY)(name, event.preparation), true);
                    break;
                case 'preparation-end':
                    closeGroup();
                    gate.say((0,sections/* renderPreparationEnd */.pn)(name, event.preparation, event.durationMs, event.error !== null));
                    break;
                case 'attempt-start':
                    closeGroup();
                    gate.say((0,console_lines/* renderAttemptStart */.I4)(name, event.attempt, maxAttempts));
                    openGroup((0,sections/* outputSectionTitle */.bK)(name, event.attempt, maxAttempts));
                    break;
                case 'attempt-end':
                    closeGroup();
                    lastAttempt = event.attempt;
                    break;
                case 'retry':
                    gate.say((0,console_lines/* renderRetry */.ty)(name, lastAttempt, maxAttempts, event.delayMs, event.reason));
                    break;
                case 'warning':
                    // After the resume the annotations sink reports warnings with core.warning.
                    if (!gate.ended)
                        gate.say((0,console_lines/* renderWarning */.f)(event.message));
                    break;
                case 'note':
                    if (!gate.ended)
                        gate.say((0,console_lines/* renderNote */.NS)(event.message));
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
var render_summary = __webpack_require__(6767);
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
async function publish(record, settings, token, env, render = (maxBytes) => (0,render_summary/* renderSummary */.Br)(record, { maxBytes })) {
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
                info: (message) => info(message),
                warning: (message) => warning(message, { title: 'steplog' }),
                notice: (message) => notice(message, { title: 'steplog' }),
                debug: (message) => debug(message),
            },
            deadlineMs: FEEDBACK_DEADLINE_MS,
        });
    }
    catch (error) {
        warning(`could not publish the pull-request feedback: ${(0,errors/* messageOf */.bD)(error)}`, {
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
        setOutput(name, value);
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
                return setFailed(`steplog: internal error: ${internalError}`);
            if (mode === 'command') {
                if (records[0].status !== 'success')
                    setFailed((0,render_outcome/* describeOutcome */.SS)(records[0]));
                return;
            }
            if (outcome.exitStatus !== 0) {
                const failed = records.filter((record) => record.status !== 'success');
                setFailed((0,render_outcome/* describeRun */.vZ)(failed) || 'steplog: the steps failed');
            }
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/settings.ts
var settings = __webpack_require__(1922);
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
    const markdown = typeof record === 'function' ? record(budget) : (0,render_summary/* renderSummary */.Br)(record, { maxBytes: budget });
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
    await summary.addRaw(append.text).write();
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
                    if (event.type !== 'end' || !(0,settings/* wantsSummary */.u)(summary, event.record.status))
                        return;
                    await appendJobSummary(env, event.record);
                },
            },
        async end({ records, outcome, internalError }) {
            if (mode !== 'steps' || internalError !== null || !(0,settings/* wantsSummary */.u)(summary, outcome.status))
                return;
            await appendJobSummary(env, (maxBytes) => (0,steps_summary/* renderStepsSummary */.Wk)(records, outcome, { maxBytes }));
        },
    };
}

// EXTERNAL MODULE: ./src/sinks/report-files.ts
var report_files = __webpack_require__(5646);
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
const warnUnwritten = (what) => (error) => warning(`could not write ${what}: ${(0,errors/* messageOf */.bD)(error)}`, { title: 'steplog' });
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
                (0,sink/* reportingEndFailure */.s)(createGithubOutputsSink(mode, run.logFile), warnUnwritten('the step outputs')),
                createGithubAnnotationsRunSink(run, options.announceOutcome),
                (0,sink/* reportingEndFailure */.s)(createGithubSummarySink({ env: context.env, mode, summary: settings.summary }), warnUnwritten('the job summary')),
                ...(await (0,report_files/* createReportFileSinks */.Z)(run, context.env, (what) => warnUnwritten(`the ${what}`))),
            ];
            if (options.action) {
                sinks.push(createGithubStepResultSink(), createGithubFeedbackSink({ settings, token: options.action.githubToken, env: context.env }));
            }
            return sinks;
        },
    };
}
const githubPlatform = createGithubPlatform({ announceOutcome: true });


/***/ })

};
