export const id = 818;
export const ids = [818];
export const modules = {

/***/ 6684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ ApiTimeoutError),
/* harmony export */   Ho: () => (/* binding */ mayHaveBeenApplied),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   j3: () => (/* binding */ DeadlineError)
/* harmony export */ });
// Turning a failed GitHub API call into one warning a person can act on.
// The server's own message is kept (it is what GitHub support and the docs quote) but bounded.
/**
 * A request that got no answer in time. Named `AbortError` on purpose: @octokit/request rethrows an
 * AbortError as is, and @octokit/plugin-retry only retries its own RequestError, so a hung server
 * costs one timeout, not four.
 */
class ApiTimeoutError extends Error {
    timeoutMs;
    constructor(method, path, timeoutMs) {
        super(`GitHub did not answer ${method} ${path} within ${formatSeconds(timeoutMs)}`);
        this.name = 'AbortError';
        this.timeoutMs = timeoutMs;
    }
}
/** The overall deadline passed while a request was in flight (same naming reason as above). */
class DeadlineError extends Error {
    constructor(deadlineMs) {
        super(`the ${formatSeconds(deadlineMs)} deadline for GitHub API calls passed`);
        this.name = 'AbortError';
    }
}
function formatSeconds(ms) {
    const seconds = ms / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
function isRequestError(error) {
    return (error instanceof Error &&
        typeof error.status === 'number' &&
        error.name === 'HttpError');
}
const MAX_SERVER_MESSAGE = 300;
function serverMessage(message) {
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return oneLine.length > MAX_SERVER_MESSAGE ? `${oneLine.slice(0, MAX_SERVER_MESSAGE)}…` : oneLine;
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
function describeRateLimit(error) {
    if (header(error, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(error, 'x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
        return `the token's API rate limit is exhausted (HTTP ${error.status}); not retried.${when}`;
    }
    if (error.status === 429 || /\bsecondary rate\b/i.test(error.message)) {
        const after = header(error, 'retry-after');
        const wait = after
            ? `GitHub asked to wait ${after} s (retry-after), more than the time left`
            : 'still limited';
        return `GitHub's secondary rate limit (HTTP ${error.status}): ${wait}; skipped rather than retried early.`;
    }
    return null;
}
/** One sentence saying what failed and what to do; never includes request headers. */
function describeFailure(error, hints) {
    if (error instanceof ApiTimeoutError) {
        return { message: `${error.message}; not retried so the step is not held up.`, fatal: true };
    }
    if (error instanceof DeadlineError)
        return { message: `${error.message}.`, fatal: true };
    if (!isRequestError(error)) {
        return { message: error instanceof Error ? error.message : String(error), fatal: false };
    }
    const what = serverMessage(error.message);
    const status = error.status;
    if (status === 401) {
        return {
            message: `GitHub rejected the token (401: ${what}). Check the \`github-token\` input.`,
            fatal: true,
        };
    }
    if (status === 403 || status === 429) {
        const limited = describeRateLimit(error);
        if (limited)
            return { message: limited, fatal: true };
        if (/not accessible by integration/i.test(error.message)) {
            return {
                message: `the token may not do this (403: ${what}). Give the job \`permissions: ${hints.permission}\`. ` +
                    'On pull requests from forks GitHub only grants a read-only token, so this cannot work there; ' +
                    'annotations still show through workflow commands.',
                fatal: false,
            };
        }
        return { message: `GitHub refused the request (403: ${what}).`, fatal: false };
    }
    if (status === 404 || status === 410) {
        return {
            message: `GitHub answered ${status} (${what}): the repository, pull request or check run is not there, ` +
                `or the token cannot see it (API: ${hints.apiUrl}).`,
            fatal: false,
        };
    }
    if (status === 422)
        return { message: `GitHub rejected the content (422: ${what}).`, fatal: false };
    if (status >= 500 && error.response === undefined) {
        return { message: `could not reach ${hints.apiUrl} (${what}).`, fatal: true };
    }
    if (status >= 500) {
        return { message: `GitHub kept failing (${status}: ${what}) after bounded retries.`, fatal: false };
    }
    return { message: `GitHub answered ${status} (${what}).`, fatal: false };
}
/** Whether a failed write may still have been applied by the server (so re-sending could duplicate it). */
function mayHaveBeenApplied(error) {
    if (error instanceof ApiTimeoutError)
        return true;
    return isRequestError(error) && error.status >= 500;
}


/***/ }),

/***/ 2818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishPullRequestFeedback: () => (/* binding */ publishPullRequestFeedback)
});

// UNUSED EXPORTS: DEFAULT_DEADLINE_MS, DEFAULT_TUNING

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/mask.ts
var mask = __webpack_require__(9239);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
;// CONCATENATED MODULE: ./src/github-api/truncate.ts
// Cutting text to GitHub's API limits without breaking it: never inside a UTF-8 sequence or a UTF-16
// surrogate pair, and (for markdown) never leaving a code fence open, so the note that says the text
// was cut is rendered as text and not swallowed by the fence.
/** The longest prefix of `text` that fits in `maxBytes` UTF-8 bytes, cut on a character boundary. */
function truncateUtf8(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let cut = Math.max(0, maxBytes);
    // Back off over continuation bytes (10xxxxxx) so the cut lands on the start of a character.
    while (cut > 0 && (bytes[cut] & 0xc0) === 0x80)
        cut--;
    return bytes.subarray(0, cut).toString('utf8');
}
/** The longest prefix of `text` that fits in `maxChars` UTF-16 code units, never splitting a pair. */
function truncateChars(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    let cut = Math.max(0, maxChars);
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut--;
    return text.slice(0, cut);
}
/** The code fence left open at the end of a markdown text (CommonMark fenced code blocks), if any. */
function openFenceAtEnd(markdown) {
    let open = null;
    for (const line of markdown.split('\n')) {
        const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line.replace(/\r$/, ''));
        if (!match)
            continue;
        const run = match[1];
        const rest = match[2];
        if (open === null) {
            // A backtick fence's info string may not contain backticks.
            if (run[0] === '`' && rest.includes('`'))
                continue;
            open = { char: run[0], length: run.length };
        }
        else if (run[0] === open.char && run.length >= open.length && rest.trim() === '') {
            open = null;
        }
    }
    return open;
}
/**
 * Cuts markdown to `max` (bytes or chars), closes a code fence the cut left open, then appends `note`
 * as its own paragraph. Returns the text unchanged when it fits.
 */
function truncateMarkdown(markdown, max, unit, note) {
    const size = unit === 'bytes' ? (s) => Buffer.byteLength(s, 'utf8') : (s) => s.length;
    if (size(markdown) <= max)
        return markdown;
    const cut = unit === 'bytes' ? truncateUtf8 : truncateChars;
    const tail = `\n\n${note}\n`;
    let budget = max - size(tail);
    let result = '';
    // The closing fence found on one pass is reserved on the next; a fence changes at most a few times.
    for (let pass = 0; pass < 4; pass++) {
        const head = cut(markdown, Math.max(0, budget));
        const fence = openFenceAtEnd(head);
        const closing = fence ? `\n${fence.char.repeat(fence.length)}` : '';
        result = head + closing + tail;
        if (size(result) <= max)
            return result;
        budget -= size(closing);
    }
    return cut(result, max);
}

;// CONCATENATED MODULE: ./src/github-api/check-run-payload.ts

const ANNOTATIONS_PER_REQUEST = 50;
/** Bytes, not characters: the API counts characters, but a byte bound is also a character bound. */
const MAX_CHECK_SUMMARY_BYTES = 65_535;
const MAX_CHECK_TITLE_CHARS = 255;
const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024 - 1;
const MAX_ANNOTATION_TITLE_CHARS = 255;
/**
 * Annotations sent per check run. Each update is a content-creating request, and GitHub's secondary
 * limit is 80 of those a minute; 1,000 annotations are 20 requests. The rest are counted, not sent.
 */
const MAX_CHECK_ANNOTATIONS = 1000;
const LEVELS = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
function conclusionFor(status) {
    switch (status) {
        case 'success':
            return 'success';
        case 'failed':
            return 'failure';
        case 'timed_out':
            return 'timed_out';
        case 'cancelled':
            return 'cancelled';
        default:
            // A record still pending or running has no outcome to report.
            return 'neutral';
    }
}
/** The API needs a path and a line; an annotation without them cannot go into the payload. */
function toCheckAnnotation(annotation) {
    if (!annotation.file || !annotation.line || annotation.line < 1)
        return null;
    const start = annotation.line;
    const end = annotation.endLine && annotation.endLine >= start ? annotation.endLine : start;
    const result = {
        path: annotation.file,
        start_line: start,
        end_line: end,
        annotation_level: LEVELS[annotation.level],
        message: truncateUtf8(annotation.message.trim() || annotation.title || annotation.code || '(no message)', MAX_ANNOTATION_MESSAGE_BYTES),
    };
    // Columns are only accepted on single-line annotations.
    if (start === end && annotation.column && annotation.column >= 1) {
        result.start_column = annotation.column;
        result.end_column =
            annotation.endColumn && annotation.endColumn >= annotation.column
                ? annotation.endColumn
                : annotation.column;
    }
    const title = annotation.title ?? annotation.code;
    if (title)
        result.title = truncateChars(title, MAX_ANNOTATION_TITLE_CHARS);
    return result;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function statusWords(record) {
    switch (record.status) {
        case 'success':
            return 'succeeded';
        case 'timed_out':
            return 'timed out';
        case 'cancelled':
            return 'was cancelled';
        case 'failed':
            return record.exitCode !== null ? `failed with exit code ${record.exitCode}` : 'failed';
        default:
            return record.status;
    }
}
function renderCheckTitle(record) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const annotation of record.annotations)
        counts[annotation.level]++;
    const parts = [
        plural(counts.error, 'error'),
        plural(counts.warning, 'warning'),
        plural(counts.notice, 'notice'),
    ];
    return truncateChars(`${statusWords(record)}: ${parts.join(', ')}`, MAX_CHECK_TITLE_CHARS);
}
/** One line that accounts for every annotation, including those the API cannot take. */
function renderAnnotationCount(total, located, sent) {
    if (total === 0)
        return '';
    const unlocated = total - located;
    const parts = [`**${plural(total, 'annotation')}**: ${sent} shown on the changed files`];
    if (unlocated > 0)
        parts.push(`${unlocated} without a file and line (in the job log)`);
    if (located > sent)
        parts.push(`${located - sent} more not sent (limit ${MAX_CHECK_ANNOTATIONS})`);
    return `${parts.join('; ')}.\n\n`;
}
const SUMMARY_CUT_NOTE = '_… cut to fit the check run summary limit; the full summary is in the job summary._';
function renderCheckRunPayload(record, summaryMarkdown, target) {
    const located = record.annotations.map(toCheckAnnotation).filter((a) => a !== null);
    const annotations = located.slice(0, MAX_CHECK_ANNOTATIONS);
    const title = renderCheckTitle(record);
    const summary = truncateMarkdown(renderAnnotationCount(record.annotations.length, located.length, annotations.length) +
        (summaryMarkdown.trim() ? summaryMarkdown : `The step ${statusWords(record)}.`), MAX_CHECK_SUMMARY_BYTES, 'bytes', SUMMARY_CUT_NOTE);
    const outputs = [];
    for (let i = 0; i === 0 || i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        // Every update repeats title and summary: an update replaces them, only annotations append.
        outputs.push({ title, summary, annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) });
    }
    return {
        // No documented limit on names; bounded like titles so a huge first line cannot be rejected.
        name: truncateChars(record.name, MAX_CHECK_TITLE_CHARS),
        headSha: target.headSha,
        externalId: record.id,
        conclusion: conclusionFor(record.status),
        startedAt: record.startedAt,
        completedAt: record.completedAt,
        detailsUrl: target.detailsUrl,
        outputs,
        sent: annotations.length,
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/github-api/failure.ts
var github_api_failure = __webpack_require__(6684);
;// CONCATENATED MODULE: ./src/github-api/send-once.ts
// Writes that must not happen twice. @octokit/plugin-retry re-sends a POST after a 5xx, but a 502 can
// come back after GitHub already created the comment or check run, and check-run
// updates append annotations. So these writes go out with plugin-retry off, and after a failure that
// may have been applied we first look whether it was, and only re-send when it was not.



async function sendOnce(options) {
    try {
        return await options.send();
    }
    catch (error) {
        if (!(0,github_api_failure/* mayHaveBeenApplied */.Ho)(error))
            throw error;
        options.debug(`${options.what} may have been applied despite the error; checking before sending again`);
        if (options.recheckDelayMs > 0) {
            await (0,promises_.setTimeout)(options.recheckDelayMs, undefined, { signal: options.signal });
        }
        let applied;
        try {
            applied = await options.findApplied();
        }
        catch (lookupError) {
            // The first failure is the one worth reporting (a hung server hangs the lookup too).
            options.debug(`Looking for it failed as well: ${(0,errors/* messageOf */.bD)(lookupError)}`);
            throw error;
        }
        if (applied !== null) {
            options.debug(`${options.what} was applied; not sending it again`);
            return applied;
        }
        return options.send();
    }
}

;// CONCATENATED MODULE: ./src/github-api/check-run.ts

/** Thrown when the check run exists but not every annotation batch made it. */
class PartialCheckRunError extends Error {
    constructor(sent, total, url, cause) {
        super(`the check run${url ? ` (${url})` : ''} got ${sent} of ${total} annotations`, { cause });
        this.name = 'PartialCheckRunError';
    }
}
async function publishCheckRun(client, target, payload, options) {
    const { owner, repo } = target;
    const [first, ...rest] = payload.outputs;
    const common = { recheckDelayMs: options.recheckDelayMs, signal: options.signal, debug: options.debug };
    const run = await sendOnce({
        ...common,
        what: 'Creating the check run',
        send: async () => {
            const { data } = await client.rest.checks.create({
                owner,
                repo,
                name: payload.name,
                head_sha: payload.headSha,
                external_id: payload.externalId,
                status: 'completed',
                conclusion: payload.conclusion,
                ...(payload.startedAt ? { started_at: payload.startedAt } : {}),
                ...(payload.completedAt ? { completed_at: payload.completedAt } : {}),
                ...(payload.detailsUrl ? { details_url: payload.detailsUrl } : {}),
                output: first,
                request: { retries: 0 },
            });
            return data;
        },
        findApplied: async () => {
            const { data } = await client.rest.checks.listForRef({
                owner,
                repo,
                ref: payload.headSha,
                check_name: payload.name,
                filter: 'all',
                per_page: 100,
            });
            return data.check_runs.find((candidate) => candidate.external_id === payload.externalId) ?? null;
        },
    });
    let sent = first.annotations.length;
    for (const output of rest) {
        const expected = sent + output.annotations.length;
        try {
            await sendOnce({
                ...common,
                what: 'Appending check run annotations',
                send: async () => {
                    await client.rest.checks.update({
                        owner,
                        repo,
                        check_run_id: run.id,
                        output,
                        request: { retries: 0 },
                    });
                    return true;
                },
                findApplied: async () => {
                    const { data } = await client.rest.checks.get({ owner, repo, check_run_id: run.id });
                    return data.output.annotations_count >= expected ? true : null;
                },
            });
        }
        catch (error) {
            throw new PartialCheckRunError(sent, payload.sent, run.html_url, error);
        }
        sent = expected;
    }
    return { url: run.html_url, annotations: sent };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/github-api/comment-body.ts
// The sticky PR comment's body: a hidden marker that finds the comment again on the next run, then
// the job summary markdown (already rendered and redacted by the summary sink), cut to GitHub's limit.


/** GitHub rejects longer issue comments ("Body is too long (maximum is 65536 characters)"). */
const MAX_COMMENT_CHARS = 65_536;
const COMMENT_CUT_NOTE = '_… cut to fit the pull-request comment limit; the full summary is in the job summary._';
/**
 * One comment per step name per pull request. The name is hashed so the marker holds no text from the
 * workflow and cannot be broken by `-->` in a name.
 */
function commentMarker(stepName) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(stepName, 'utf8').digest('hex').slice(0, 16);
    return `<!-- steplog:${hash} -->`;
}
/** Escapes text for inline markdown: no emphasis, links or raw HTML from it. */
function escapeInlineMarkdown(text) {
    return text
        .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/\r?\n/g, ' ');
}
function renderCommentBody(record, summaryMarkdown) {
    const marker = commentMarker(record.name);
    const content = summaryMarkdown.trim()
        ? summaryMarkdown
        : `**${escapeInlineMarkdown(record.name)}**: ${record.status.replace('_', ' ')}\n`;
    return truncateMarkdown(`${marker}\n${content}`, MAX_COMMENT_CHARS, 'chars', COMMENT_CUT_NOTE);
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/github-api/context.ts
// Where the feedback goes, read from the runner's environment the way @actions/github's Context does
// (GITHUB_REPOSITORY, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_SHA, GITHUB_API_URL), but from an
// injected env so it can be tested, and without throwing on a missing or broken event file.


/** Reads the event payload; a missing or unreadable file is an empty payload (debug logged). */
async function readEventPayload(path, debug) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse(await (0,external_node_fs_promises_.readFile)(path, 'utf8'));
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        debug(`GITHUB_EVENT_PATH ${path} could not be read: ${(0,errors/* messageOf */.bD)(error)}`);
        return {};
    }
}
function positiveInteger(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}
function nonEmptyString(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
function parseApiUrl(raw) {
    const value = raw?.trim() || 'https://api.github.com';
    try {
        const url = new URL(value);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return null;
    }
    catch {
        return null;
    }
    return value.replace(/\/+$/, '');
}
async function readPullRequestContext(env, debug) {
    const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
    const parts = repository.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
        return {
            ok: false,
            reason: `GITHUB_REPOSITORY is ${JSON.stringify(env.GITHUB_REPOSITORY ?? '')}; expected "owner/repo"`,
        };
    }
    const apiUrl = parseApiUrl(env.GITHUB_API_URL);
    if (apiUrl === null) {
        return {
            ok: false,
            reason: `GITHUB_API_URL is ${JSON.stringify(env.GITHUB_API_URL)}; expected an http(s) URL such as https://api.github.com`,
        };
    }
    const payload = await readEventPayload(env.GITHUB_EVENT_PATH, debug);
    const pr = payload.pull_request;
    // issue_comment events on a PR carry the PR as an issue with a pull_request link.
    const pullNumber = positiveInteger(pr?.number) ??
        (payload.issue?.pull_request ? positiveInteger(payload.issue.number) : null);
    const headSha = nonEmptyString(pr?.head?.sha) ?? nonEmptyString(env.GITHUB_SHA);
    const serverUrl = env.GITHUB_SERVER_URL?.trim().replace(/\/+$/, '') || 'https://github.com';
    const runId = env.GITHUB_RUN_ID?.trim();
    return {
        ok: true,
        context: {
            apiUrl,
            owner: parts[0],
            repo: parts[1],
            eventName: env.GITHUB_EVENT_NAME?.trim() || 'unknown',
            pullNumber,
            headSha,
            runUrl: runId && /^\d+$/.test(runId) ? `${serverUrl}/${repository}/actions/runs/${runId}` : null,
        },
    };
}

;// CONCATENATED MODULE: ./src/github-api/safe-log.ts
class SafeLog {
    target;
    redactor;
    closed = false;
    constructor(target, redactor) {
        this.target = target;
        this.redactor = redactor;
    }
    /** Writes even after close(): for the one line that explains why the rest stopped. */
    emit(level, message, force = false) {
        if (this.closed && !force)
            return;
        try {
            this.target[level](this.redactor.redact(message));
        }
        catch {
            // A failing logger must not turn feedback into a step failure.
        }
    }
    close() {
        this.closed = true;
    }
    info = (message) => this.emit('info', message);
    warning = (message) => this.emit('warning', message);
    notice = (message) => this.emit('notice', message);
    debug = (message) => this.emit('debug', message);
}

;// CONCATENATED MODULE: ./src/github-api/comment-author.ts
/** The bot GITHUB_TOKEN comments as. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** A 403 that means "not allowed for this kind of token", not a rate limit. */
function isNotAllowed(error) {
    if (error.name !== 'HttpError' || error.status !== 403)
        return false;
    const limited = error.response?.headers?.['x-ratelimit-remaining'] === '0' ||
        /\bsecondary rate\b/i.test(String(error.message));
    return !limited;
}
/** `botLogin`: whose comments are ours when the token is an app's (the comment-author input). */
async function resolveTokenIdentity(client, botLogin = ACTIONS_BOT_LOGIN) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (typeof data.login === 'string' && data.login)
            return { kind: 'user', login: data.login };
        return { kind: 'app', login: botLogin };
    }
    catch (error) {
        // Installation tokens get 403; anything else (401, 404, 5xx, rate limits) is a real failure:
        // guessing "app" could take a bot's comment for a PAT's own, or miss the PAT's and duplicate it.
        if (isNotAllowed(error))
            return { kind: 'app', login: botLogin };
        throw error;
    }
}
function isOwnComment(author, identity) {
    if (!author?.login)
        return false;
    if (author.login.toLowerCase() !== identity.login.toLowerCase())
        return false;
    // A person can never be an app's bot, whatever their login.
    return identity.kind === 'user' || author.type === 'Bot';
}

;// CONCATENATED MODULE: ./src/github-api/sticky-comment.ts


/** The oldest comment of ours carrying the marker; comments by anyone else are skipped. */
async function findOwnComment(client, target, marker, identity, debug) {
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.pullNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        for (const comment of page.data) {
            if (!comment.body?.includes(marker))
                continue;
            if (isOwnComment(comment.user, await identity())) {
                return { id: comment.id, body: comment.body, url: comment.html_url };
            }
            debug(`PR comment ${comment.id} has the steplog marker but is by ${comment.user?.login ?? 'a deleted user'}; left alone`);
        }
    }
    return null;
}
async function upsertStickyComment(client, target, options) {
    const { marker, body, debug } = options;
    let cached = null;
    // Asked only when a marked comment exists: most runs never need it.
    const identity = () => (cached ??= resolveTokenIdentity(client, options.commentAuthor ?? undefined));
    const find = () => findOwnComment(client, target, marker, identity, debug);
    const update = async (found) => {
        if (found.body === body)
            return { action: 'unchanged', url: found.url };
        // PATCH with the same body is idempotent, so plugin-retry may re-send it.
        const { data } = await client.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: found.id,
            body,
        });
        return { action: 'updated', url: data.html_url };
    };
    const existing = await find();
    if (existing)
        return update(existing);
    if (options.mode === 'update-only')
        return { action: 'none' };
    return sendOnce({
        what: 'Creating the PR comment',
        send: async () => {
            const { data } = await client.rest.issues.createComment({
                owner: target.owner,
                repo: target.repo,
                issue_number: target.pullNumber,
                body,
                request: { retries: 0 },
            });
            return { action: 'created', url: data.html_url };
        },
        findApplied: async () => {
            const found = await find();
            if (!found)
                return null;
            return found.body === body ? { action: 'created', url: found.url } : update(found);
        },
        recheckDelayMs: options.recheckDelayMs,
        signal: options.signal,
        debug,
    });
}

;// CONCATENATED MODULE: ./src/github-api/tuning.ts
// Timeouts and waits of the GitHub API calls. Production uses the defaults; tests shorten them
// through publishPullRequestFeedback's `tuning` option instead of mocking modules.
const DEFAULT_TUNING = {
    requestTimeoutMs: 15_000,
    retryBaseMs: 1000,
    retries: 3,
    rateLimitRetries: 2,
    recheckDelayMs: 1000,
};
/** All API work of one step, retries and rate-limit waits included. */
const DEFAULT_DEADLINE_MS = 60_000;

;// CONCATENATED MODULE: ./src/github-api/index.ts
// Pull-request feedback through the GitHub API: a check run with every annotation, and a sticky PR
// comment with the summary. Called by the action after outputs, summary and JSON-lines log are written
//, and imported lazily, only when `check-run` or `pr-comment` is on; Octokit
// itself is only loaded (./client.ts) once there is something to send. It never throws and never
// touches the record: any failure is one warning and the step's result stands.












/** `on-failure` still refreshes an existing comment on success, so it never shows a stale failure. */
function stickyModeFor(mode, record) {
    if (mode === 'never')
        return null;
    if (mode === 'always')
        return 'upsert';
    return record.status === 'success' ? 'update-only' : 'upsert';
}
function planFeatures(options, context, tuning, redactor, log) {
    // The summary is already redacted; the token is redacted again so it can never be published.
    const record = redactor.redactDeep(options.record);
    const summary = redactor.redact(options.summaryMarkdown);
    const { owner, repo } = context;
    const features = [];
    if (options.checkRun) {
        const headSha = context.headSha;
        if (headSha === null) {
            log.warning('Check run not published: no commit to attach it to (no pull_request.head.sha, no GITHUB_SHA).');
        }
        else {
            const payload = renderCheckRunPayload(record, summary, { headSha, detailsUrl: context.runUrl });
            features.push({
                label: 'Check run',
                permission: 'checks: write',
                run: async (client, signal) => {
                    const result = await publishCheckRun(client, { owner, repo }, payload, {
                        recheckDelayMs: tuning.recheckDelayMs,
                        signal,
                        debug: log.debug,
                    });
                    const where = result.url ? `: ${result.url}` : '';
                    log.info(`Check run "${payload.name}" published with ${(0,format/* plural */.LS)(result.annotations, 'annotation')}${where}`);
                },
            });
        }
    }
    const mode = stickyModeFor(options.prComment, record);
    if (mode !== null) {
        const pullNumber = context.pullNumber;
        if (pullNumber === null) {
            log.notice(`PR comment skipped: the "${context.eventName}" event is not about a pull request.`);
        }
        else {
            const body = renderCommentBody(record, summary);
            features.push({
                label: 'PR comment',
                permission: 'pull-requests: write',
                run: async (client, signal) => {
                    const result = await upsertStickyComment(client, { owner, repo, pullNumber }, {
                        marker: commentMarker(record.name),
                        body,
                        mode,
                        recheckDelayMs: tuning.recheckDelayMs,
                        signal,
                        debug: log.debug,
                        commentAuthor: options.commentAuthor,
                    });
                    if (result.action === 'none') {
                        log.debug('No earlier PR comment to refresh (pr-comment: on-failure and the step succeeded).');
                    }
                    else {
                        log.info(`PR comment ${result.action === 'unchanged' ? 'already up to date' : result.action}: ${result.url}`);
                    }
                },
            });
        }
    }
    return features;
}
async function publish(options, log, redactor) {
    if (!options.checkRun && options.prComment === 'never')
        return;
    const token = (options.token ?? '').trim();
    if (!token) {
        log.notice('Check run and PR comment skipped: no GitHub token (the `github-token` input is empty).');
        return;
    }
    const found = await readPullRequestContext(options.env, log.debug);
    if (!found.ok) {
        log.warning(`Check run and PR comment skipped: ${found.reason}.`);
        return;
    }
    const context = found.context;
    const tuning = { ...DEFAULT_TUNING, ...options.tuning };
    const features = planFeatures(options, context, tuning, redactor, log);
    if (features.length === 0)
        return;
    const deadlineMs = options.deadlineMs !== undefined && Number.isFinite(options.deadlineMs) && options.deadlineMs > 0
        ? options.deadlineMs
        : DEFAULT_DEADLINE_MS;
    const deadlineAt = Date.now() + deadlineMs;
    const controller = new AbortController();
    let current = 0;
    const work = (async () => {
        const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 1659));
        const client = createGitHubClient({
            token,
            apiUrl: context.apiUrl,
            tuning,
            deadline: controller.signal,
            deadlineAt,
            deadlineMs,
            debug: log.debug,
        });
        for (; current < features.length; current++) {
            const feature = features[current];
            try {
                await feature.run(client, controller.signal);
            }
            catch (error) {
                const partial = error instanceof PartialCheckRunError;
                const failure = (0,github_api_failure/* describeFailure */.Ic)(partial ? error.cause : error, {
                    permission: feature.permission,
                    apiUrl: context.apiUrl,
                });
                const head = partial
                    ? `${feature.label} incomplete: ${error.message}; `
                    : `${feature.label} not published: `;
                const rest = failure.fatal ? features.slice(current + 1).map((f) => f.label) : [];
                log.warning(`${head}${failure.message}${rest.length ? ` ${rest.join(' and ')} not attempted.` : ''}`);
                if (failure.fatal)
                    return;
            }
        }
    })();
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(() => {
            // Close first: requests aborted now must not add warnings after this one.
            log.close();
            controller.abort(new github_api_failure/* DeadlineError */.j3(deadlineMs));
            resolve('deadline');
        }, deadlineMs);
    });
    try {
        const outcome = await Promise.race([work.then(() => 'done'), deadline]);
        if (outcome === 'deadline') {
            const pending = features
                .slice(current)
                .map((f) => f.label)
                .join(' and ');
            log.emit('warning', `${pending} not finished: ${new github_api_failure/* DeadlineError */.j3(deadlineMs).message}.`, true);
            // Aborted requests reject after we return; nothing is left to report them to.
            work.catch(() => undefined);
        }
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Publishes the check run and/or the sticky PR comment for one finished step. Never throws, never
 * changes the record or the step's result; every problem is a single warning (or a notice when the
 * feature simply does not apply, such as no token or a push event).
 */
async function publishPullRequestFeedback(options) {
    const redactor = new mask/* Redactor */.pO([options.token ?? '']);
    const log = new SafeLog(options.log, redactor);
    try {
        await publish(options, log, redactor);
    }
    catch (error) {
        log.warning(`Check run and PR comment not published: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    finally {
        log.close();
    }
}


/***/ })

};
