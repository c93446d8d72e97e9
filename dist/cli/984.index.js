export const id = 984;
export const ids = [984];
export const modules = {

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

/***/ 1984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReport: () => (/* binding */ buildReport),
  renderReport: () => (/* binding */ renderReport)
});

;// CONCATENATED MODULE: ./src/report/aggregate.ts
function aggregate(logs) {
    const rows = logs.records.map(toRow).sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
    const durations = rows.map((row) => row.durationMs).sort((a, b) => a - b);
    const byStatus = { success: 0, failed: 0, timed_out: 0, cancelled: 0 };
    for (const row of rows)
        if (row.status in byStatus)
            byStatus[row.status] += 1;
    return {
        executions: rows.length,
        byStatus,
        totalDurationMs: durations.reduce((sum, d) => sum + d, 0),
        p50DurationMs: percentile(durations, 50),
        p95DurationMs: percentile(durations, 95),
        slowest: [...rows].sort((a, b) => b.durationMs - a.durationMs).slice(0, 10),
        flaky: logs.records.filter(({ record }) => isFlaky(record)).map(toRow),
        timedOut: rows.filter((row) => row.status === 'timed_out'),
        rows,
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
function isFlaky(record) {
    return record.status === 'success' && record.attempts.some((attempt) => attempt.status !== 'success');
}
function toRow({ record, file }) {
    return {
        id: record.id,
        stepId: record.stepId,
        name: record.name,
        status: record.status,
        startedAt: record.startedAt,
        completedAt: record.completedAt,
        durationMs: record.durationMs ?? 0,
        attempts: record.attempts.length,
        exitStatus: record.exitStatus,
        file,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schema/v1/event.schema.json
const event_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:steplog:schema:v1:event","title":"steplog JSON-lines event, version 1","description":"One line of the JSON-lines log: a lifecycle event of the execution logger (src/core/events.ts LifecycleEvent). Needs urn:steplog:schema:v1:record (record.schema.json) loaded alongside. Dispatched on `type`, so a validator reports only the errors of that event type.","type":"object","required":["type"],"properties":{"type":{"enum":["start","attempt-start","attempt-end","retry","annotation","warning","end"]}},"allOf":[{"if":{"properties":{"type":{"const":"start"}}},"then":{"$ref":"#/$defs/start"}},{"if":{"properties":{"type":{"const":"attempt-start"}}},"then":{"$ref":"#/$defs/attemptStart"}},{"if":{"properties":{"type":{"const":"attempt-end"}}},"then":{"$ref":"#/$defs/attemptEnd"}},{"if":{"properties":{"type":{"const":"retry"}}},"then":{"$ref":"#/$defs/retry"}},{"if":{"properties":{"type":{"const":"annotation"}}},"then":{"$ref":"#/$defs/annotation"}},{"if":{"properties":{"type":{"const":"warning"}}},"then":{"$ref":"#/$defs/warning"}},{"if":{"properties":{"type":{"const":"end"}}},"then":{"$ref":"#/$defs/end"}}],"$defs":{"base":{"type":"object","required":["schemaVersion","executionId","stepId","seq","time","type"],"properties":{"type":{"type":"string"},"schemaVersion":{"const":1},"executionId":{"type":"string","minLength":1,"description":"The record\'s id."},"stepId":{"type":["string","null"]},"seq":{"type":"integer","minimum":1,"description":"Monotonic per execution, from 1."},"time":{"$ref":"urn:steplog:schema:v1:record#/$defs/time"}}},"start":{"type":"object","$ref":"#/$defs/base","required":["record"],"properties":{"type":{"const":"start"},"record":{"$ref":"urn:steplog:schema:v1:record","type":"object","properties":{"status":{"const":"running"}}}},"unevaluatedProperties":false},"attemptStart":{"type":"object","$ref":"#/$defs/base","required":["attempt","maxAttempts"],"properties":{"type":{"const":"attempt-start"},"attempt":{"type":"integer","minimum":1},"maxAttempts":{"type":"integer","minimum":1}},"unevaluatedProperties":false},"attemptEnd":{"type":"object","$ref":"#/$defs/base","required":["attempt"],"properties":{"type":{"const":"attempt-end"},"attempt":{"$ref":"urn:steplog:schema:v1:record#/$defs/attempt","type":"object","properties":{"status":{"enum":["success","failed","timed_out","cancelled"]}}}},"unevaluatedProperties":false},"retry":{"type":"object","$ref":"#/$defs/base","required":["attempt","delayMs","reason"],"properties":{"type":{"const":"retry"},"attempt":{"type":"integer","minimum":1,"description":"The attempt that just ended."},"delayMs":{"type":"integer","minimum":0},"reason":{"type":"string"}},"unevaluatedProperties":false},"annotation":{"type":"object","$ref":"#/$defs/base","required":["annotation"],"properties":{"type":{"const":"annotation"},"annotation":{"$ref":"urn:steplog:schema:v1:record#/$defs/annotation"}},"unevaluatedProperties":false},"warning":{"type":"object","$ref":"#/$defs/base","required":["message"],"properties":{"type":{"const":"warning"},"message":{"type":"string"}},"unevaluatedProperties":false},"end":{"type":"object","$ref":"#/$defs/base","required":["record"],"properties":{"type":{"const":"end"},"record":{"$ref":"urn:steplog:schema:v1:record","type":"object","properties":{"status":{"enum":["success","failed","timed_out","cancelled"]},"attempts":{"description":"An ended execution has no running attempt.","type":"array","items":{"type":"object","properties":{"status":{"enum":["success","failed","timed_out","cancelled"]}}}}}}},"unevaluatedProperties":false}}}');
;// CONCATENATED MODULE: ./schema/v1/record.schema.json
const record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:steplog:schema:v1:record","title":"steplog execution record, version 1","description":"The one standardized account of a step (src/core/record.ts ExecutionRecord). Carried whole by the `start` and `end` events of the JSON-lines log.","type":"object","additionalProperties":false,"required":["schemaVersion","id","stepId","name","command","shell","cwd","status","startedAt","completedAt","durationMs","exitCode","signal","timedOut","cancelSignal","maxAttempts","limits","attempts","stdout","stderr","annotations","error","exitStatus"],"properties":{"schemaVersion":{"const":1},"id":{"type":"string","minLength":1},"stepId":{"type":["string","null"]},"name":{"type":"string"},"command":{"type":"string","description":"The script, redacted."},"shell":{"type":"string","description":"The shell template, e.g. `bash --noprofile --norc -eo pipefail {0}`."},"cwd":{"type":"string"},"status":{"$ref":"#/$defs/status"},"startedAt":{"$ref":"#/$defs/timeOrNull"},"completedAt":{"$ref":"#/$defs/timeOrNull"},"durationMs":{"$ref":"#/$defs/msOrNull"},"exitCode":{"type":["integer","null"],"description":"Exit code of the last attempt; null when it was killed by a signal or never ran."},"signal":{"$ref":"#/$defs/signalOrNull"},"timedOut":{"type":"boolean"},"cancelSignal":{"$ref":"#/$defs/signalOrNull","description":"The signal steplog itself received when status is `cancelled`."},"cancelReason":{"type":"string","description":"Why a `cancelled` execution was stopped when steplog itself was not signalled (a step stopped by fail-fast); absent otherwise. cancelSignal is then the signal the command was sent."},"maxAttempts":{"type":"integer","minimum":1},"limits":{"$ref":"#/$defs/limits"},"attempts":{"type":"array","items":{"$ref":"#/$defs/attempt"}},"stdout":{"$ref":"#/$defs/streamStats"},"stderr":{"$ref":"#/$defs/streamStats"},"annotations":{"type":"array","items":{"$ref":"#/$defs/annotation"}},"error":{"type":["string","null"],"description":"Why steplog itself failed, else null."},"exitStatus":{"type":["integer","null"],"minimum":0,"maximum":255,"description":"The exit status steplog exits with; null until the end."}},"allOf":[{"if":{"properties":{"status":{"const":"pending"}}},"then":{"properties":{"startedAt":{"type":"null"},"completedAt":{"type":"null"},"durationMs":{"type":"null"},"exitStatus":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"running"}}},"then":{"properties":{"startedAt":{"type":"string"},"completedAt":{"type":"null"},"durationMs":{"type":"null"},"exitStatus":{"type":"null"}}}},{"if":{"properties":{"status":{"$ref":"#/$defs/finalStatus"}}},"then":{"properties":{"startedAt":{"type":"string"},"completedAt":{"type":"string"},"durationMs":{"type":"integer"},"exitStatus":{"type":"integer"}}}},{"if":{"properties":{"status":{"const":"success"}}},"then":{"properties":{"exitStatus":{"type":"integer","const":0}}}},{"if":{"properties":{"status":{"const":"timed_out"}}},"then":{"properties":{"timedOut":{"const":true}}}},{"if":{"properties":{"status":{"const":"cancelled"}}},"then":{"properties":{"cancelSignal":{"type":"string"}}}}],"$defs":{"status":{"enum":["pending","running","success","failed","timed_out","cancelled"]},"finalStatus":{"enum":["success","failed","timed_out","cancelled"]},"time":{"type":"string","format":"date-time","pattern":"Z$","description":"ISO 8601, UTC."},"timeOrNull":{"anyOf":[{"$ref":"#/$defs/time"},{"type":"null"}]},"ms":{"type":"integer","minimum":0},"msOrNull":{"anyOf":[{"$ref":"#/$defs/ms"},{"type":"null"}]},"signalOrNull":{"anyOf":[{"type":"string","pattern":"^SIG[A-Z0-9]+$"},{"type":"null"}]},"limits":{"type":"object","additionalProperties":false,"required":["timeoutMs","idleTimeoutMs","killSignal","killAfterMs"],"properties":{"timeoutMs":{"$ref":"#/$defs/ms","description":"0 = none."},"idleTimeoutMs":{"$ref":"#/$defs/ms","description":"0 = none."},"killSignal":{"type":"string","pattern":"^SIG[A-Z0-9]+$"},"killAfterMs":{"$ref":"#/$defs/ms"}}},"attempt":{"title":"AttemptRecord","type":"object","additionalProperties":false,"required":["number","status","startedAt","completedAt","durationMs","exitCode","signal","timedOut","timeoutKind","error"],"properties":{"number":{"type":"integer","minimum":1},"status":{"enum":["running","success","failed","timed_out","cancelled"]},"startedAt":{"$ref":"#/$defs/time"},"completedAt":{"$ref":"#/$defs/timeOrNull"},"durationMs":{"$ref":"#/$defs/msOrNull"},"exitCode":{"type":["integer","null"]},"signal":{"$ref":"#/$defs/signalOrNull"},"timedOut":{"type":"boolean"},"timeoutKind":{"enum":["deadline","idle",null]},"error":{"type":["string","null"]}},"allOf":[{"if":{"properties":{"status":{"const":"running"}}},"then":{"properties":{"completedAt":{"type":"null"},"durationMs":{"type":"null"}}},"else":{"properties":{"completedAt":{"type":"string"},"durationMs":{"type":"integer"}}}},{"if":{"properties":{"timedOut":{"const":true}}},"then":{"properties":{"timeoutKind":{"enum":["deadline","idle"]}}},"else":{"properties":{"timeoutKind":{"type":"null"}}}}]},"streamStats":{"type":"object","additionalProperties":false,"required":["bytes","lines","tail","truncated"],"properties":{"bytes":{"type":"integer","minimum":0,"description":"Bytes written, before redaction."},"lines":{"type":"integer","minimum":0},"tail":{"type":"string","description":"Last part of the output: redacted, ANSI stripped, `\\\\r` progress collapsed, at most limits\' output-limit UTF-8 bytes."},"truncated":{"type":"boolean"}}},"annotation":{"title":"Annotation","type":"object","additionalProperties":false,"required":["level","message","source","attempt"],"properties":{"level":{"enum":["error","warning","notice"]},"message":{"type":"string"},"file":{"type":"string","minLength":1,"description":"Relative to the workspace, `/` separators."},"line":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1},"title":{"type":"string"},"code":{"type":"string"},"source":{"type":"string","minLength":1},"attempt":{"type":"integer","minimum":0,"description":"1-based attempt whose output produced it; 0 before the first attempt."}}}}}');
;// CONCATENATED MODULE: ./src/report/validate.ts
// Validation of JSON-lines events against schema/v1 (bundled into the CLI, so a report needs no files
// but the logs).




/** Returns a function giving null for a valid event, else a one-line reason. */
function createEventValidator() {
    const ajv = new (_2020_default())({ allErrors: false, strict: false });
    dist_default()(ajv);
    ajv.addSchema(record_schema_namespaceObject);
    const validate = ajv.compile(event_schema_namespaceObject);
    return (event) => {
        if (validate(event))
            return null;
        const error = validate.errors?.[0];
        return error
            ? `does not match the v1 event schema: ${error.instancePath || '/'} ${error.message}`
            : 'invalid';
    };
}

;// CONCATENATED MODULE: ./src/report/read-logs.ts
// Reads any number of JSON-lines logs (files, or folders searched for *.jsonl) and validates every
// line against the published schema. A line that cannot be read is reported, never fatal.





async function readLogs(paths) {
    const validate = createEventValidator();
    const result = { records: [], unfinished: [], problems: [], files: 0, lines: 0 };
    const started = new Map();
    const ended = new Set();
    for (const file of await expand(paths, result.problems)) {
        result.files += 1;
        let lineNumber = 0;
        try {
            const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file, 'utf8'), crlfDelay: Infinity });
            for await (const line of lines) {
                lineNumber += 1;
                if (!line.trim())
                    continue;
                result.lines += 1;
                let event;
                try {
                    event = JSON.parse(line);
                }
                catch (error) {
                    result.problems.push({ file, line: lineNumber, message: `not JSON: ${error.message}` });
                    continue;
                }
                const invalid = validate(event);
                if (invalid) {
                    result.problems.push({ file, line: lineNumber, message: invalid });
                    continue;
                }
                const key = `${event.executionId}/${event.stepId ?? ''}`;
                if (event.type === 'start')
                    started.set(key, { id: event.executionId, name: event.record.name, file });
                if (event.type === 'end' && !ended.has(key)) {
                    ended.add(key);
                    result.records.push({ record: event.record, file });
                }
            }
        }
        catch (error) {
            result.problems.push({ file, line: 0, message: error.message });
        }
    }
    for (const [key, info] of started)
        if (!ended.has(key))
            result.unfinished.push(info);
    return result;
}
async function expand(paths, problems) {
    const files = [];
    for (const given of paths) {
        let isDirectory;
        try {
            isDirectory = (0,external_node_fs_.statSync)(given).isDirectory();
        }
        catch {
            problems.push({ file: given, line: 0, message: 'no such file or directory' });
            continue;
        }
        if (!isDirectory) {
            files.push(given);
            continue;
        }
        const entries = await (0,promises_.readdir)(given, { recursive: true, withFileTypes: true });
        const found = entries
            .filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl'))
            .map((entry) => external_node_path_default().join(entry.parentPath, entry.name))
            .sort();
        if (found.length === 0)
            problems.push({ file: given, line: 0, message: 'no *.jsonl files in this folder' });
        files.push(...found);
    }
    return files;
}

// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/report/render-html.ts
// The report as one self-contained HTML page (no scripts, no external assets): the numbers, a
// timeline of when each execution ran, and a chart of durations. Every text from the logs is escaped.

const COLORS = {
    success: '#2da44e',
    failed: '#cf222e',
    timed_out: '#bf8700',
    cancelled: '#6e7781',
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function renderReportHtml(report) {
    const s = report.byStatus;
    const stats = [
        ['executions', String(report.executions)],
        ['succeeded', String(s.success)],
        ['failed', String(s.failed)],
        ['timed out', String(s.timed_out)],
        ['cancelled', String(s.cancelled)],
        ['total time', (0,format/* formatDuration */.a3)(report.totalDurationMs)],
        ['p50', (0,format/* formatDuration */.a3)(report.p50DurationMs)],
        ['p95', (0,format/* formatDuration */.a3)(report.p95DurationMs)],
        ['flaky', String(report.flaky.length)],
        ['unreadable lines', String(report.problems.length)],
    ];
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>steplog report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1f2328}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
.stats{display:flex;flex-wrap:wrap;gap:1rem}.stats div{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem}
.stats b{display:block;font-size:1.4rem}svg text{font-size:12px}
</style></head><body>
<h1>steplog report</h1>
<p>${report.files} log files, ${report.lines} lines.</p>
<div class="stats">${stats.map(([k, v]) => `<div><b>${escapeHtml(v)}</b>${escapeHtml(k)}</div>`).join('')}</div>
<h2>Timeline</h2>
${renderTimeline(report.rows)}
<h2>Durations</h2>
${renderDurations(report.rows)}
<h2>Executions</h2>
<table><tr><th>execution</th><th>status</th><th>started</th><th>duration</th><th>attempts</th><th>exit</th><th>log file</th></tr>
${report.rows
        .map((r) => `<tr><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.status)}</td><td>${escapeHtml(r.startedAt ?? '')}</td>` +
        `<td>${(0,format/* formatDuration */.a3)(r.durationMs)}</td><td>${r.attempts}</td><td>${r.exitStatus ?? ''}</td>` +
        `<td>${escapeHtml(r.file)}</td></tr>`)
        .join('\n')}
</table>
${report.problems.length > 0
        ? `<h2>Lines that could not be read</h2><ul>${report.problems
            .slice(0, 200)
            .map((p) => `<li>${escapeHtml(`${p.file}:${p.line}: ${p.message}`)}</li>`)
            .join('')}</ul>`
        : ''}
</body></html>
`;
}
const ROW = 22;
const LABEL = 220;
const WIDTH = 900;
function renderTimeline(rows) {
    const timed = rows.filter((r) => r.startedAt && r.completedAt);
    if (timed.length === 0)
        return '<p>No executions.</p>';
    const start = Math.min(...timed.map((r) => Date.parse(r.startedAt)));
    const end = Math.max(...timed.map((r) => Date.parse(r.completedAt)));
    const span = Math.max(1, end - start);
    const scale = (WIDTH - LABEL) / span;
    const bars = timed.map((r, i) => {
        const x = LABEL + (Date.parse(r.startedAt) - start) * scale;
        const w = Math.max(2, (Date.parse(r.completedAt) - Date.parse(r.startedAt)) * scale);
        return bar(i, r, x, w);
    });
    return svg(timed.length, bars, `0 → ${(0,format/* formatDuration */.a3)(span)}`);
}
function renderDurations(rows) {
    if (rows.length === 0)
        return '<p>No executions.</p>';
    const sorted = [...rows].sort((a, b) => b.durationMs - a.durationMs);
    const max = Math.max(1, sorted[0].durationMs);
    const bars = sorted.map((r, i) => bar(i, r, LABEL, Math.max(2, (r.durationMs / max) * (WIDTH - LABEL - 80))));
    return svg(sorted.length, bars, `longest ${(0,format/* formatDuration */.a3)(max)}`);
}
function bar(i, r, x, w) {
    const y = i * ROW;
    const label = r.name.length > 32 ? `${r.name.slice(0, 31)}…` : r.name;
    return (`<text x="0" y="${y + 15}">${escapeHtml(label)}</text>` +
        `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="${COLORS[r.status] ?? '#8c959f'}">` +
        `<title>${escapeHtml(`${r.name}: ${r.status}, ${(0,format/* formatDuration */.a3)(r.durationMs)}`)}</title></rect>` +
        `<text x="${(x + w + 4).toFixed(1)}" y="${y + 15}">${(0,format/* formatDuration */.a3)(r.durationMs)}</text>`);
}
function svg(count, bars, caption) {
    const height = count * ROW + 24;
    return (`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH + 80}" height="${height}" role="img">` +
        bars.join('') +
        `<text x="${LABEL}" y="${height - 6}" fill="#656d76">${escapeHtml(caption)}</text></svg>`);
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/report/render-markdown.ts
// The report as markdown, for a job summary or a merge-request note.


const STATUS_ICON = {
    success: '✅',
    failed: '❌',
    timed_out: '⏱️',
    cancelled: '🚫',
};
function renderReportMarkdown(report) {
    const parts = ['## steplog report', ''];
    const s = report.byStatus;
    parts.push(`${report.executions} executions from ${report.files} log files: ` +
        `${s.success} succeeded, ${s.failed} failed, ${s.timed_out} timed out, ${s.cancelled} cancelled. ` +
        `Total ${(0,format/* formatDuration */.a3)(report.totalDurationMs)}, p50 ${(0,format/* formatDuration */.a3)(report.p50DurationMs)}, ` +
        `p95 ${(0,format/* formatDuration */.a3)(report.p95DurationMs)}.`, '');
    // With several logs (a matrix's artifacts), the same step name appears once per job: say which.
    const withFile = report.files > 1;
    if (report.slowest.length > 0) {
        parts.push('### Slowest', '', rowsTable(report.slowest, withFile), '');
    }
    if (report.flaky.length > 0) {
        parts.push('### Flaky (failed, then passed on a retry)', '', rowsTable(report.flaky, withFile), '');
    }
    if (report.timedOut.length > 0) {
        parts.push('### Timed out', '', rowsTable(report.timedOut, withFile), '');
    }
    if (report.unfinished.length > 0) {
        parts.push('### Unfinished (no end event: steplog was killed or the log was cut)', '', (0,markdown/* renderTable */.bo)(['execution', 'log file'], report.unfinished.map((u) => [(0,markdown/* tableCell */.xR)(u.name), (0,markdown/* tableCell */.xR)(u.file)])), '');
    }
    if (report.problems.length > 0) {
        const shown = report.problems.slice(0, 50).map((p) => `${p.file}:${p.line}: ${p.message}`);
        if (report.problems.length > 50)
            shown.push(`… and ${report.problems.length - 50} more`);
        parts.push(`### Lines that could not be read (${report.problems.length})`, '', (0,markdown/* codeBlock */.DV)(shown.join('\n')), '');
    }
    return parts.join('\n');
}
function rowsTable(rows, withFile) {
    return (0,markdown/* renderTable */.bo)(['', 'execution', 'duration', 'attempts', 'exit', ...(withFile ? ['log file'] : [])], rows.map((row) => [
        STATUS_ICON[row.status] ?? row.status,
        (0,markdown/* tableCell */.xR)(row.name),
        (0,format/* formatDuration */.a3)(row.durationMs),
        String(row.attempts),
        row.exitStatus === null ? '' : String(row.exitStatus),
        ...(withFile ? [(0,markdown/* tableCell */.xR)(row.file)] : []),
    ]));
}

;// CONCATENATED MODULE: ./src/report/index.ts
// `steplog report <files or folders…>`: statistics across JSON-lines logs, as markdown, JSON or HTML.




async function buildReport(paths) {
    return aggregate(await readLogs(paths));
}
function renderReport(report, format) {
    switch (format) {
        case 'markdown':
            return renderReportMarkdown(report);
        case 'html':
            return renderReportHtml(report);
        case 'json':
            return JSON.stringify(report, null, 2) + '\n';
    }
}


/***/ })

};
