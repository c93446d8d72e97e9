export const id = 872;
export const ids = [872];
export const modules = {

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


/***/ })

};
