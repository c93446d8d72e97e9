export const id = 617;
export const ids = [617];
export const modules = {

/***/ 7617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReport: () => (/* binding */ buildReport),
  renderReport: () => (/* binding */ renderReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/outcome.ts
var outcome = __webpack_require__(3872);
// EXTERNAL MODULE: ./src/ansible/results.ts
var results = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/report/ansible-hosts.ts
// Per-host rows of the Ansible runs across the logs: which hosts failed, in which execution.

/** Failing hosts first, then in the order the executions and Ansible named them. */
function ansibleHostRows(records) {
    const rows = records.flatMap((record) => (record.ansible?.hosts ?? []).map((host) => ({
        ...host,
        execution: record.name,
        result: (0,results/* hostFailure */.tB)(host) ?? 'ok',
        failedHost: (0,results/* hostVerdict */.wB)(host) !== 'ok',
    })));
    return [...rows.filter((row) => row.failedHost), ...rows.filter((row) => !row.failedHost)];
}

;// CONCATENATED MODULE: ./src/report/aggregate.ts
// Statistics across executions: what a matrix or a `parallel:` job's logs say taken together.




/** The order executions that need a look are listed in: what broke before what wobbled. */
const ATTENTION_ORDER = { failed: 0, timed_out: 1, cancelled: 2, success: 3 };
function aggregate(logs) {
    const rows = logs.records.map(toRow).sort(byStart);
    const durations = sortedDurations(rows);
    const byStatus = { success: 0, failed: 0, timed_out: 0, cancelled: 0 };
    for (const row of rows)
        if (row.status in byStatus)
            byStatus[row.status] += 1;
    const attention = rows
        .filter((row) => row.status !== 'success' || row.flaky)
        .sort((a, b) => (ATTENTION_ORDER[a.status] ?? 4) - (ATTENTION_ORDER[b.status] ?? 4));
    return {
        executions: rows.length,
        byStatus,
        totalDurationMs: durations.reduce((sum, d) => sum + d, 0),
        p50DurationMs: percentile(durations, 50),
        p95DurationMs: percentile(durations, 95),
        root: commonFolder([
            ...rows.map((row) => row.file),
            ...logs.unfinished.map((u) => u.file),
            ...logs.problems.map((p) => p.file),
        ]),
        attention,
        steps: stepStats(rows),
        slowest: [...rows].sort((a, b) => b.durationMs - a.durationMs).slice(0, 10),
        flaky: rows.filter((row) => row.flaky),
        timedOut: rows.filter((row) => row.status === 'timed_out'),
        rows,
        ansibleHosts: ansibleHostRows(logs.records.map((read) => read.record)),
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
/** The deepest folder holding every path (the folder itself for one file); '' for none. */
function commonFolder(files) {
    if (files.length === 0)
        return '';
    const folders = files.map((file) => external_node_path_default().dirname(external_node_path_default().resolve(file)).split((external_node_path_default()).sep));
    const common = folders.reduce((acc, parts) => {
        let i = 0;
        while (i < acc.length && i < parts.length && acc[i] === parts[i])
            i++;
        return acc.slice(0, i);
    });
    return common.join((external_node_path_default()).sep) || (external_node_path_default()).sep;
}
/** A log file's path as the report shows it: relative to the common folder. */
function shownPath(report, file) {
    if (!report.root)
        return file;
    const relative = external_node_path_default().relative(report.root, external_node_path_default().resolve(file));
    return relative === '' ? '.' : relative.split((external_node_path_default()).sep).join('/');
}
function stepStats(rows) {
    const byName = new Map();
    for (const row of rows)
        byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
    const stats = [...byName].map(([name, runs]) => {
        const durations = sortedDurations(runs.filter((run) => !run.neverStarted));
        const count = (status) => runs.filter((run) => run.status === status).length;
        const flaky = runs.filter((run) => run.flaky).length;
        const memory = runs.flatMap((run) => (run.peakMemoryBytes === null ? [] : [run.peakMemoryBytes]));
        return {
            name,
            runs: runs.length,
            failed: count('failed'),
            timedOut: count('timed_out'),
            cancelled: count('cancelled'),
            flaky,
            flakyRate: flaky / runs.length,
            p50DurationMs: percentile(durations, 50),
            p95DurationMs: percentile(durations, 95),
            peakMemoryBytes: memory.length > 0
                ? percentile(memory.sort((a, b) => a - b), 95)
                : null,
            lostMs: runs.reduce((sum, run) => sum + run.lostMs, 0),
        };
    });
    // Worst first: runs that broke, then runs that wobbled, then the time lost, then the slow tail.
    return stats.sort((a, b) => b.failed + b.timedOut - (a.failed + a.timedOut) ||
        b.flakyRate - a.flakyRate ||
        b.lostMs - a.lostMs ||
        b.p95DurationMs - a.p95DurationMs ||
        a.name.localeCompare(b.name));
}
function sortedDurations(rows) {
    return rows.map((row) => row.durationMs).sort((a, b) => a - b);
}
function byStart(a, b) {
    return (a.startedAt ?? '').localeCompare(b.startedAt ?? '');
}
/**
 * An attempt's peak memory (its process tree's), from the optional resource-usage fields; null when
 * the log predates them or the platform could not measure.
 */
function attemptPeakMemory(attempt) {
    const bytes = attempt.resources?.peakRssBytes;
    return typeof bytes === 'number' && Number.isFinite(bytes) ? bytes : null;
}
/** The record each row was made from, for renderers that spell the outcome their own way. */
const recordOfRow = new WeakMap();
/** The outcome sentence as inline markdown, every piece of the record escaped. */
function outcomeMarkdown(row) {
    const record = recordOfRow.get(row);
    return record ? (0,outcome/* describeOutcomeMarkdown */.VO)(record) : (0,markdown/* escapeInline */.VV)(row.outcome);
}
function toRow({ record, file }) {
    const failedAttempts = record.attempts.filter((attempt) => attempt.status !== 'success');
    const memory = record.attempts.flatMap((attempt) => attemptPeakMemory(attempt) ?? []);
    const row = {
        id: record.id,
        stepId: record.stepId,
        name: record.name,
        status: record.status,
        startedAt: record.startedAt,
        completedAt: record.completedAt,
        durationMs: record.durationMs ?? 0,
        attempts: record.attempts.length,
        exitStatus: record.exitStatus,
        flaky: record.status === 'success' && failedAttempts.length > 0,
        neverStarted: record.attempts.length === 0,
        outcome: (0,outcome/* describeOutcome */.SS)(record),
        lostMs: failedAttempts.reduce((sum, attempt) => sum + (attempt.durationMs ?? 0), 0),
        peakMemoryBytes: memory.length > 0 ? Math.max(...memory) : null,
        file,
    };
    recordOfRow.set(row, record);
    return row;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schema/v1/event.schema.json
const event_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:steplog:schema:v1:event","title":"steplog JSON-lines event, version 1","description":"One line of the JSON-lines log: a lifecycle event of the execution logger (src/core/events.ts LifecycleEvent). Needs urn:steplog:schema:v1:record (record.schema.json) loaded alongside. Dispatched on `type`, so a validator reports only the errors of that event type.","type":"object","required":["type"],"properties":{"type":{"enum":["start","preparation-start","preparation-end","attempt-start","attempt-end","retry","annotation","warning","note","end"]}},"allOf":[{"if":{"properties":{"type":{"const":"start"}}},"then":{"$ref":"#/$defs/start"}},{"if":{"properties":{"type":{"const":"preparation-start"}}},"then":{"$ref":"#/$defs/preparationStart"}},{"if":{"properties":{"type":{"const":"preparation-end"}}},"then":{"$ref":"#/$defs/preparationEnd"}},{"if":{"properties":{"type":{"const":"attempt-start"}}},"then":{"$ref":"#/$defs/attemptStart"}},{"if":{"properties":{"type":{"const":"attempt-end"}}},"then":{"$ref":"#/$defs/attemptEnd"}},{"if":{"properties":{"type":{"const":"retry"}}},"then":{"$ref":"#/$defs/retry"}},{"if":{"properties":{"type":{"const":"annotation"}}},"then":{"$ref":"#/$defs/annotation"}},{"if":{"properties":{"type":{"const":"warning"}}},"then":{"$ref":"#/$defs/warning"}},{"if":{"properties":{"type":{"const":"note"}}},"then":{"$ref":"#/$defs/note"}},{"if":{"properties":{"type":{"const":"end"}}},"then":{"$ref":"#/$defs/end"}}],"$defs":{"base":{"type":"object","required":["schemaVersion","executionId","stepId","seq","time","type"],"properties":{"type":{"type":"string"},"schemaVersion":{"const":1},"executionId":{"type":"string","minLength":1,"description":"The record\'s id."},"stepId":{"type":["string","null"]},"seq":{"type":"integer","minimum":1,"description":"Monotonic per execution, from 1."},"time":{"$ref":"urn:steplog:schema:v1:record#/$defs/time"}}},"start":{"type":"object","$ref":"#/$defs/base","required":["record"],"properties":{"type":{"const":"start"},"record":{"$ref":"urn:steplog:schema:v1:record","type":"object","properties":{"status":{"const":"running"}}}},"unevaluatedProperties":false},"preparation":{"type":"object","description":"What is prepared before the first attempt, outside every attempt\'s timeout: `pull`, the container image.","required":["kind","image","engine"],"properties":{"kind":{"enum":["pull"]},"image":{"type":"string","description":"The image reference as given."},"engine":{"enum":["docker","podman"]}},"additionalProperties":false},"preparationStart":{"type":"object","$ref":"#/$defs/base","required":["preparation"],"properties":{"type":{"const":"preparation-start"},"preparation":{"$ref":"#/$defs/preparation"}},"unevaluatedProperties":false},"preparationEnd":{"type":"object","$ref":"#/$defs/base","required":["preparation","durationMs","error"],"properties":{"type":{"const":"preparation-end"},"preparation":{"$ref":"#/$defs/preparation"},"durationMs":{"type":"integer","minimum":0},"error":{"type":["string","null"],"description":"Why it failed (the first attempt then fails with it); null when it succeeded."}},"unevaluatedProperties":false},"attemptStart":{"type":"object","$ref":"#/$defs/base","required":["attempt","maxAttempts"],"properties":{"type":{"const":"attempt-start"},"attempt":{"type":"integer","minimum":1},"maxAttempts":{"type":"integer","minimum":1}},"unevaluatedProperties":false},"attemptEnd":{"type":"object","$ref":"#/$defs/base","required":["attempt"],"properties":{"type":{"const":"attempt-end"},"attempt":{"$ref":"urn:steplog:schema:v1:record#/$defs/attempt","type":"object","properties":{"status":{"enum":["success","failed","timed_out","cancelled"]}}}},"unevaluatedProperties":false},"retry":{"type":"object","$ref":"#/$defs/base","required":["attempt","delayMs","reason"],"properties":{"type":{"const":"retry"},"attempt":{"type":"integer","minimum":1,"description":"The attempt that just ended."},"delayMs":{"type":"integer","minimum":0},"reason":{"type":"string"}},"unevaluatedProperties":false},"annotation":{"type":"object","$ref":"#/$defs/base","required":["annotation"],"properties":{"type":{"const":"annotation"},"annotation":{"$ref":"urn:steplog:schema:v1:record#/$defs/annotation"}},"unevaluatedProperties":false},"warning":{"type":"object","$ref":"#/$defs/base","required":["message"],"properties":{"type":{"const":"warning"},"message":{"type":"string"}},"unevaluatedProperties":false},"note":{"type":"object","$ref":"#/$defs/base","required":["message"],"properties":{"type":{"const":"note"},"message":{"type":"string"}},"unevaluatedProperties":false},"end":{"type":"object","$ref":"#/$defs/base","required":["record"],"properties":{"type":{"const":"end"},"record":{"$ref":"urn:steplog:schema:v1:record","type":"object","properties":{"status":{"enum":["success","failed","timed_out","cancelled"]},"attempts":{"description":"An ended execution has no running attempt.","type":"array","items":{"type":"object","properties":{"status":{"enum":["success","failed","timed_out","cancelled"]}}}}}}},"unevaluatedProperties":false}}}');
;// CONCATENATED MODULE: ./schema/v1/record.schema.json
const record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:steplog:schema:v1:record","title":"steplog execution record, version 1","description":"The one standardized account of a step (src/core/record.ts ExecutionRecord). Carried whole by the `start` and `end` events of the JSON-lines log.","type":"object","additionalProperties":false,"required":["schemaVersion","id","stepId","name","command","shell","cwd","status","startedAt","completedAt","durationMs","exitCode","signal","timedOut","cancelSignal","maxAttempts","limits","attempts","stdout","stderr","annotations","error","exitStatus"],"properties":{"schemaVersion":{"const":1},"id":{"type":"string","minLength":1},"stepId":{"type":["string","null"]},"name":{"type":"string"},"command":{"type":"string","description":"The script, redacted."},"shell":{"type":"string","description":"The shell template, e.g. `bash --noprofile --norc -eo pipefail {0}`."},"cwd":{"type":"string"},"status":{"$ref":"#/$defs/status"},"startedAt":{"$ref":"#/$defs/timeOrNull"},"completedAt":{"$ref":"#/$defs/timeOrNull"},"durationMs":{"$ref":"#/$defs/msOrNull"},"exitCode":{"type":["integer","null"],"description":"Exit code of the last attempt; null when it was killed by a signal or never ran."},"signal":{"$ref":"#/$defs/signalOrNull"},"timedOut":{"type":"boolean"},"cancelSignal":{"$ref":"#/$defs/signalOrNull","description":"The signal steplog itself received when status is `cancelled`."},"cancelReason":{"type":"string","description":"Why a `cancelled` execution was stopped when steplog itself was not signalled (a step stopped by fail-fast); absent otherwise. cancelSignal is then the signal the command was sent."},"maxAttempts":{"type":"integer","minimum":1},"limits":{"$ref":"#/$defs/limits"},"attempts":{"type":"array","items":{"$ref":"#/$defs/attempt"}},"stdout":{"$ref":"#/$defs/streamStats"},"stderr":{"$ref":"#/$defs/streamStats"},"annotations":{"type":"array","items":{"$ref":"#/$defs/annotation"}},"error":{"type":["string","null"],"description":"Why steplog itself failed, else null."},"exitStatus":{"type":["integer","null"],"minimum":0,"maximum":255,"description":"The exit status steplog exits with; null until the end."},"ansible":{"type":"object","additionalProperties":false,"description":"Per-host results of the Ansible runs in the last attempt\'s output (PLAY RECAP, or ad-hoc results); absent when it printed none.","required":["command","hosts","omittedHosts"],"properties":{"command":{"enum":["ansible-playbook","ansible"],"description":"`ansible-playbook` when a PLAY RECAP was seen, else `ansible` (ad-hoc results only)."},"hosts":{"type":"array","items":{"$ref":"#/$defs/ansibleHost"}},"omittedHosts":{"type":"integer","minimum":0,"description":"Hosts left out past the record\'s limit."}}},"container":{"type":"object","additionalProperties":false,"description":"The container the script ran in (the `container` input); absent otherwise.","required":["engine","engineVersion","image","imageId","imageDigest","containerId","oomKilled","memoryLimitBytes"],"properties":{"engine":{"enum":["docker","podman"]},"engineVersion":{"type":"string"},"image":{"type":"string","description":"The image reference as given."},"imageId":{"type":"string","description":"The local image ID (`sha256:…`)."},"imageDigest":{"type":["string","null"],"description":"The repository digest (`name@sha256:…`); null when the engine knows none (docker, for an image built or imported locally)."},"containerId":{"type":["string","null"],"description":"The last attempt\'s container; null when none was created."},"oomKilled":{"type":"boolean","description":"The last attempt\'s container was killed by the kernel at its memory limit."},"memoryLimitBytes":{"type":["integer","null"],"minimum":0,"description":"The container\'s memory limit; null when unlimited."},"pullDurationMs":{"type":"integer","minimum":0,"description":"How long pulling the image took, before the first attempt and outside its timeout; absent when the image was not pulled."}}},"ci":{"$ref":"#/$defs/ci"}},"allOf":[{"if":{"properties":{"status":{"const":"pending"}}},"then":{"properties":{"startedAt":{"type":"null"},"completedAt":{"type":"null"},"durationMs":{"type":"null"},"exitStatus":{"type":"null"}}}},{"if":{"properties":{"status":{"const":"running"}}},"then":{"properties":{"startedAt":{"type":"string"},"completedAt":{"type":"null"},"durationMs":{"type":"null"},"exitStatus":{"type":"null"}}}},{"if":{"properties":{"status":{"$ref":"#/$defs/finalStatus"}}},"then":{"properties":{"startedAt":{"type":"string"},"completedAt":{"type":"string"},"durationMs":{"type":"integer"},"exitStatus":{"type":"integer"}}}},{"if":{"properties":{"status":{"const":"success"}}},"then":{"properties":{"exitStatus":{"type":"integer","const":0}}}},{"if":{"properties":{"status":{"const":"timed_out"}}},"then":{"properties":{"timedOut":{"const":true}}}},{"if":{"properties":{"status":{"const":"cancelled"}}},"then":{"properties":{"cancelSignal":{"type":"string"}}}}],"$defs":{"ci":{"type":"object","description":"The CI system and run the execution ran in, from the variables the system documents; absent outside a known CI. Every field but `system` is absent when the system does not say it.","additionalProperties":false,"required":["system"],"properties":{"system":{"enum":["github","gitlab","jenkins","circleci","buildkite","azure-pipelines","bitbucket"]},"pipeline":{"type":"string","description":"The pipeline, workflow or project the job belongs to."},"job":{"type":"string","description":"The job, stage or step label steplog runs in."},"runId":{"type":"string","description":"This run\'s id or number in the system."},"runUrl":{"type":"string","description":"The page of this run or job."},"commit":{"type":"string"},"branch":{"type":"string"}}},"status":{"enum":["pending","running","success","failed","timed_out","cancelled"]},"finalStatus":{"enum":["success","failed","timed_out","cancelled"]},"time":{"type":"string","format":"date-time","pattern":"Z$","description":"ISO 8601, UTC."},"timeOrNull":{"anyOf":[{"$ref":"#/$defs/time"},{"type":"null"}]},"ms":{"type":"integer","minimum":0},"msOrNull":{"anyOf":[{"$ref":"#/$defs/ms"},{"type":"null"}]},"ansibleHost":{"type":"object","additionalProperties":false,"required":["host","ok","changed","unreachable","failed","skipped","rescued","ignored"],"properties":{"host":{"type":"string"},"ok":{"$ref":"#/$defs/count"},"changed":{"$ref":"#/$defs/count"},"unreachable":{"$ref":"#/$defs/count"},"failed":{"$ref":"#/$defs/count"},"skipped":{"$ref":"#/$defs/count"},"rescued":{"$ref":"#/$defs/count"},"ignored":{"$ref":"#/$defs/count"}}},"count":{"type":"integer","minimum":0},"signalOrNull":{"anyOf":[{"type":"string","pattern":"^SIG[A-Z0-9]+$"},{"type":"null"}]},"limits":{"type":"object","additionalProperties":false,"required":["timeoutMs","idleTimeoutMs","killSignal","killAfterMs"],"properties":{"timeoutMs":{"$ref":"#/$defs/ms","description":"0 = none."},"idleTimeoutMs":{"$ref":"#/$defs/ms","description":"0 = none."},"killSignal":{"type":"string","pattern":"^SIG[A-Z0-9]+$"},"killAfterMs":{"$ref":"#/$defs/ms"},"totalTimeoutMs":{"type":"integer","minimum":1,"description":"total-timeout: the deadline of all attempts and delays together; absent when none."}}},"attempt":{"title":"AttemptRecord","type":"object","additionalProperties":false,"required":["number","status","startedAt","completedAt","durationMs","exitCode","signal","timedOut","timeoutKind","error"],"properties":{"number":{"type":"integer","minimum":1},"status":{"enum":["running","success","failed","timed_out","cancelled"]},"startedAt":{"$ref":"#/$defs/time"},"completedAt":{"$ref":"#/$defs/timeOrNull"},"durationMs":{"$ref":"#/$defs/msOrNull"},"exitCode":{"type":["integer","null"]},"signal":{"$ref":"#/$defs/signalOrNull"},"timedOut":{"type":"boolean"},"timeoutKind":{"enum":["deadline","idle","total",null],"description":"deadline = timeout, idle = idle-timeout, total = total-timeout."},"error":{"type":["string","null"]},"details":{"type":"object","description":"Facts the executor or an attempt observer adds (a container id, peak memory …); absent when none.","additionalProperties":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"null"}]}},"outputMatch":{"type":"object","additionalProperties":false,"required":["kind","line","pattern"],"description":"The line of the attempt\'s output that matched retry-on-output (kind retry) or abort-on-output (kind abort); absent when none did.","properties":{"kind":{"enum":["retry","abort"]},"line":{"type":"integer","minimum":1,"description":"Counting the attempt\'s stdout and stderr lines together, in the order read."},"pattern":{"type":"string","minLength":1}}},"retry":{"type":"object","additionalProperties":false,"required":["retried","reason"],"description":"For a failed or timed-out attempt: whether another attempt followed, and why or why not; absent otherwise.","properties":{"retried":{"type":"boolean"},"reason":{"type":"string","minLength":1}}},"resources":{"$ref":"#/$defs/resourceUsage"}},"allOf":[{"if":{"properties":{"status":{"const":"running"}}},"then":{"properties":{"completedAt":{"type":"null"},"durationMs":{"type":"null"}}},"else":{"properties":{"completedAt":{"type":"string"},"durationMs":{"type":"integer"}}}},{"if":{"properties":{"timedOut":{"const":true}}},"then":{"properties":{"timeoutKind":{"enum":["deadline","idle","total"]}}},"else":{"properties":{"timeoutKind":{"type":"null"}}}}]},"resourceUsage":{"title":"ResourceUsage","description":"What the attempt\'s whole process tree used, sampled. Absent where it is not measured (Windows) or when the attempt never ran.","type":"object","additionalProperties":false,"required":["peakRssBytes","cpuUserMs","cpuSystemMs","processes","sampleIntervalMs","samples"],"properties":{"peakRssBytes":{"type":"integer","minimum":0,"description":"The largest sum of RSS over the tree at one sample."},"cpuUserMs":{"type":"integer","minimum":0},"cpuSystemMs":{"type":"integer","minimum":0},"processes":{"type":"integer","minimum":0,"description":"Distinct processes seen in the tree."},"sampleIntervalMs":{"type":"integer","minimum":0},"samples":{"type":"integer","minimum":0},"timeline":{"description":"Memory and CPU over time, for attempts longer than 30 s.","type":"array","maxItems":60,"items":{"type":"object","additionalProperties":false,"required":["atMs","rssBytes","cpuPercent"],"properties":{"atMs":{"type":"integer","minimum":0,"description":"Since the attempt started."},"rssBytes":{"type":"integer","minimum":0},"cpuPercent":{"type":"integer","minimum":0,"description":"% of one core since the previous point."}}}}}},"streamStats":{"type":"object","additionalProperties":false,"required":["bytes","lines","tail","truncated"],"properties":{"bytes":{"type":"integer","minimum":0,"description":"Bytes written, before redaction."},"lines":{"type":"integer","minimum":0},"tail":{"type":"string","description":"Last part of the output: redacted, ANSI stripped, `\\\\r` progress collapsed, at most limits\' output-limit UTF-8 bytes."},"truncated":{"type":"boolean"}}},"annotation":{"title":"Annotation","type":"object","additionalProperties":false,"required":["level","message","source","attempt"],"properties":{"level":{"enum":["error","warning","notice"]},"message":{"type":"string"},"file":{"type":"string","minLength":1,"description":"Relative to the workspace, `/` separators."},"line":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1},"title":{"type":"string"},"code":{"type":"string"},"source":{"type":"string","minLength":1},"attempt":{"type":"integer","minimum":0,"description":"1-based attempt whose output produced it; 0 before the first attempt."}}}}}');
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
;// CONCATENATED MODULE: ./src/report/status-words.ts
const STATUS_WORDS = [
    { word: 'failed', icon: '❌', css: 'failed', meaning: 'the last attempt exited with a failure' },
    { word: 'timed out', icon: '⏱️', css: 'timeout', meaning: 'killed at its timeout or idle timeout' },
    { word: 'cancelled', icon: '🚫', css: 'cancelled', meaning: 'stopped by a signal or by fail-fast' },
    { word: 'not started', icon: '⏹️', css: 'unstarted', meaning: 'cancelled before its first attempt' },
    { word: 'flaky', icon: '⚠️', css: 'flaky', meaning: 'failed at first, then succeeded on a retry' },
    { word: 'succeeded', icon: '✅', css: 'success', meaning: 'succeeded on its first attempt' },
];
function statusWord(row) {
    const word = row.neverStarted
        ? 'not started'
        : row.flaky
            ? 'flaky'
            : row.status === 'success'
                ? 'succeeded'
                : row.status === 'timed_out'
                    ? 'timed out'
                    : row.status === 'failed'
                        ? 'failed'
                        : 'cancelled';
    return STATUS_WORDS.find((entry) => entry.word === word);
}

;// CONCATENATED MODULE: ./src/report/render-html.ts
// The report as one self-contained HTML page (no scripts, no external assets): the numbers, what needs
// a look, a table per step name, a timeline of when each execution ran and a chart of durations.
// Every text from the logs is escaped; the only inline styles are percentages computed here.
// Statuses are words next to their colour (never colour alone), and the layout is a CSS grid that
// stacks on a phone-width screen: the charts are HTML bars sized in percent, with a minimum width, so
// a 2-second step stays visible in logs that span days.



function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** The narrowest a bar is drawn, so the shortest execution in the widest spread is still seen. */
const MIN_BAR_PX = 4;
const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:1200px;color:#1f2328;background:#fff}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .6rem}
code{font:13px ui-monospace,monospace;background:#f6f8fa;padding:0 .2em;border-radius:4px;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.text{min-width:14rem}td.name{min-width:8rem;overflow-wrap:anywhere}td.num{text-align:right;white-space:nowrap}td.when{white-space:nowrap}td.path{overflow-wrap:anywhere;min-width:8rem}
.stats{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;margin:0;list-style:none}
.stats li{border:1px solid #d0d7de;border-radius:6px;padding:.4rem .8rem;min-width:6.5rem}
.stats b{display:block;font-size:1.3rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;list-style:none}
.tag{display:inline-block;border-radius:1em;padding:0 .55em;font-size:13px;font-weight:600;white-space:nowrap;color:#fff}
.tag.unstarted{color:#57606a;border:1px dashed #57606a;background:#fff}
.success{background:#1a7f37}.flaky{background:#7d4e00}.failed{background:#cf222e}
.timeout{background:#953800}.bar.timeout{background:repeating-linear-gradient(135deg,#953800 0 4px,#d4690f 4px 8px)}
.cancelled{background:#57606a}.unstarted{background:#fff}
.chart{border-top:1px solid #d0d7de}
.row{display:grid;grid-template-columns:minmax(0,20rem) minmax(0,1fr);gap:.2rem 1rem;align-items:center;padding:.25rem 0;border-bottom:1px solid #eaeef2}
.label{min-width:0;display:flex;gap:.4rem;align-items:center}
.name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
.when{color:#57606a;white-space:nowrap;font-size:13px}
.track{position:relative;height:16px;padding-right:${MIN_BAR_PX}px}
.track.none{border-bottom:1px dashed #8c959f;height:9px;margin-bottom:7px}
.bar{display:block;height:16px;min-width:${MIN_BAR_PX}px;border-radius:2px}
.axis{position:relative;height:1.3rem;color:#57606a;font-size:13px}
.axis span{position:absolute;top:0;white-space:nowrap}.axis span.end{transform:translateX(-100%)}
.axis span.mid{transform:translateX(-50%)}
@media (max-width:640px){body{padding:.6rem}.row{grid-template-columns:minmax(0,1fr)}.axis-row .label{display:none}}
`;
function renderReportHtml(report) {
    const s = report.byStatus;
    const stats = [
        ['executions', String(report.executions)],
        ['succeeded', String(s.success)],
        ['of them flaky', String(report.flaky.length)],
        ['failed', String(s.failed)],
        ['timed out', String(s.timed_out)],
        ['cancelled', String(s.cancelled)],
        ['total time', (0,format/* formatDuration */.a3)(report.totalDurationMs)],
        ['p50', (0,format/* formatDuration */.a3)(report.p50DurationMs)],
        ['p95', (0,format/* formatDuration */.a3)(report.p95DurationMs)],
        ['unreadable lines', String(report.problems.length)],
    ];
    const sections = [
        `<h1>steplog report</h1>`,
        `<p>${(0,format/* plural */.LS)(report.executions, 'execution')} from ${(0,format/* plural */.LS)(report.files, 'log file')} ` +
            `(${(0,format/* plural */.LS)(report.lines, 'line')})${report.root ? `; log files are under <code>${escapeHtml(report.root)}</code>` : ''}.</p>`,
        `<ul class="stats">${stats.map(([k, v]) => `<li><b>${escapeHtml(v)}</b>${escapeHtml(k)}</li>`).join('')}</ul>`,
        `<h2>Legend</h2>`,
        `<ul class="legend">${STATUS_WORDS.map((w) => `<li><span class="tag ${w.css}">${w.word}</span> ${escapeHtml(w.meaning)}</li>`).join('')}</ul>`,
        attentionSection(report),
        stepsSection(report),
        `<h2>Timeline</h2>`,
        renderTimeline(report.rows),
        `<h2>Durations</h2>`,
        renderDurations(report.rows),
        `<h2>Executions</h2>`,
        table(['execution', 'status', 'started (UTC)', 'duration', 'attempts', 'exit', 'log file'], report.rows.map((r) => [
            `<td class="name">${escapeHtml(r.name)}</td>`,
            tag(r),
            `<td class="when">${escapeHtml(r.startedAt ? utc(r.startedAt) : '—')}</td>`,
            num((0,format/* formatDuration */.a3)(r.durationMs)),
            num(String(r.attempts)),
            num(r.exitStatus === null ? '—' : String(r.exitStatus)),
            path(report, r.file),
        ])),
    ];
    if (report.ansibleHosts.length > 0) {
        sections.push(`<h2>Ansible hosts</h2>`, table(['host', 'result', 'execution', 'ok', 'changed', 'unreachable', 'failed', 'skipped', 'ignored'], report.ansibleHosts.map((host) => [
            `<td class="name">${escapeHtml(host.host)}</td>`,
            `<td>${host.failedHost ? '❌' : '✅'} ${escapeHtml(host.result)}</td>`,
            `<td class="name">${escapeHtml(host.execution)}</td>`,
            ...[host.ok, host.changed, host.unreachable, host.failed, host.skipped, host.ignored].map((n) => num(String(n))),
        ])));
    }
    if (report.unfinished.length > 0) {
        sections.push(`<h2>Unfinished (no end event: steplog was killed or the log was cut)</h2>`, table(['execution', 'log file'], report.unfinished.map((u) => [escapeHtml(u.name), path(report, u.file)])));
    }
    if (report.problems.length > 0) {
        sections.push(`<h2>${(0,format/* plural */.LS)(report.problems.length, 'line')} that could not be read</h2>`, `<ul>${report.problems
            .slice(0, 200)
            .map((p) => `<li><code>${escapeHtml(`${shownPath(report, p.file)}:${p.line}`)}</code> ${escapeHtml(p.message)}</li>`)
            .join('')}</ul>`);
    }
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>steplog report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style></head><body>
${sections.join('\n')}
</body></html>
`;
}
function attentionSection(report) {
    if (report.attention.length === 0)
        return `<h2>Needs attention</h2>\n<p>Nothing: every execution succeeded on its first attempt.</p>`;
    return (`<h2>Needs attention (${report.attention.length})</h2>\n` +
        table(['status', 'execution', 'what happened', 'duration', 'attempts', 'log file'], report.attention.map((r) => [
            tag(r),
            `<td class="name">${escapeHtml(r.name)}</td>`,
            `<td class="text">${escapeHtml(r.outcome)}</td>`,
            num((0,format/* formatDuration */.a3)(r.durationMs)),
            num(String(r.attempts)),
            path(report, r.file),
        ])));
}
function stepsSection(report) {
    if (report.steps.length === 0)
        return '';
    const memory = report.steps.some((step) => step.peakMemoryBytes !== null);
    return (`<h2>By step name, worst first</h2>\n` +
        table([
            'step',
            'runs',
            'failed',
            'timed out',
            'flaky',
            'p50',
            'p95',
            ...(memory ? ['p95 peak memory'] : []),
            'time lost to failed attempts',
        ], report.steps.map((step) => [
            `<td class="name">${escapeHtml(step.name)}</td>`,
            num(String(step.runs)),
            num(String(step.failed)),
            num(String(step.timedOut)),
            num(`${step.flaky} (${Math.round(step.flakyRate * 100)}%)`),
            num((0,format/* formatDuration */.a3)(step.p50DurationMs)),
            num((0,format/* formatDuration */.a3)(step.p95DurationMs)),
            ...(memory ? [num(step.peakMemoryBytes === null ? '—' : (0,format/* formatBytes */.z3)(step.peakMemoryBytes))] : []),
            num(step.lostMs > 0 ? (0,format/* formatDuration */.a3)(step.lostMs) : '—'),
        ])));
}
/** Cells are HTML already (escaped by the caller). */
function table(header, rows) {
    return (`<div class="scroll"><table><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>\n` +
        rows
            .map((cells) => `<tr>${cells.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`)
            .join('\n') +
        `</table></div>`);
}
const num = (text) => `<td class="num">${escapeHtml(text)}</td>`;
const path = (report, file) => `<td class="path">${escapeHtml(shownPath(report, file))}</td>`;
const tag = (row) => {
    const word = statusWord(row);
    return `<span class="tag ${word.css}">${word.word}</span>`;
};
const utc = (iso) => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
const pct = (value) => `${Math.min(100, Math.max(0, value)).toFixed(2)}%`;
function chartRow(row, bar) {
    const track = bar === null
        ? `<div class="track none"></div>`
        : `<div class="track"><span class="bar ${statusWord(row).css}" style="margin-left:${pct(bar.left)};width:${pct(bar.width)}"></span></div>`;
    return (`<div class="row"><div class="label">${tag(row)}<span class="name" title="${escapeHtml(row.name)}">${escapeHtml(row.name)}</span>` +
        `<span class="when">${row.neverStarted ? '' : (0,format/* formatDuration */.a3)(row.durationMs)}</span></div>${track}</div>`);
}
/** Tick labels at 0, ¼, ½, ¾ and the whole of `spanMs`, in elapsed time. */
function axis(spanMs) {
    const ticks = [0, 25, 50, 75, 100].map((p) => {
        const place = p === 0 ? '' : p === 100 ? ' class="end"' : ' class="mid"';
        return `<span${place} style="left:${pct(p)}">${(0,format/* formatDuration */.a3)((spanMs * p) / 100)}</span>`;
    });
    return `<div class="row axis-row"><div class="label"></div><div class="axis">${ticks.join('')}</div></div>`;
}
function renderTimeline(rows) {
    const timed = rows.filter((r) => r.startedAt && r.completedAt);
    if (rows.length === 0)
        return '<p>No executions.</p>';
    const start = Math.min(...timed.map((r) => Date.parse(r.startedAt)));
    const end = Math.max(...timed.map((r) => Date.parse(r.completedAt)));
    const span = Math.max(1, end - start);
    const lines = rows.map((r) => {
        if (!r.startedAt || !r.completedAt || r.neverStarted)
            return chartRow(r, null);
        const from = Date.parse(r.startedAt) - start;
        return chartRow(r, {
            left: (from / span) * 100,
            width: ((Date.parse(r.completedAt) - Date.parse(r.startedAt)) / span) * 100,
        });
    });
    const intro = timed.length > 0
        ? `<p>From ${escapeHtml(utc(new Date(start).toISOString()))} UTC, ${(0,format/* formatDuration */.a3)(span)} in all; the axis is time since the first start.</p>`
        : '';
    return `${intro}<div class="chart">${axis(span)}${lines.join('')}</div>`;
}
function renderDurations(rows) {
    if (rows.length === 0)
        return '<p>No executions.</p>';
    const sorted = [...rows].sort((a, b) => b.durationMs - a.durationMs);
    const max = Math.max(1, sorted[0].durationMs);
    const lines = sorted.map((r) => chartRow(r, r.neverStarted ? null : { left: 0, width: (r.durationMs / max) * 100 }));
    return `<div class="chart">${axis(max)}${lines.join('')}</div>`;
}

;// CONCATENATED MODULE: ./src/report/render-markdown.ts
// The report as markdown, for a job summary or a merge-request note.




function renderReportMarkdown(report) {
    const parts = ['## steplog report', ''];
    parts.push(headline(report), '');
    if (report.attention.length > 0) {
        parts.push(`### Needs attention (${report.attention.length})`, '', (0,markdown/* renderTable */.bo)(['status', 'execution', 'what happened', 'duration', 'attempts', 'log file'], report.attention.map((row) => [
            statusCell(row),
            (0,markdown/* tableCell */.xR)(row.name),
            (0,markdown/* inlineToTableCell */.JL)(outcomeMarkdown(row)),
            (0,format/* formatDuration */.a3)(row.durationMs),
            String(row.attempts),
            (0,markdown/* tableCell */.xR)(shownPath(report, row.file)),
        ])), '');
    }
    if (report.steps.length > 0)
        parts.push('### By step name, worst first', '', stepsTable(report), '');
    if (report.slowest.length > 0)
        parts.push('### Slowest', '', slowestTable(report), '');
    if (report.ansibleHosts.length > 0) {
        parts.push('### Ansible hosts', '', (0,markdown/* renderTable */.bo)(['host', 'result', 'execution', 'ok', 'changed', 'unreachable', 'failed', 'skipped', 'ignored'], report.ansibleHosts.map((host) => [
            (0,markdown/* tableCell */.xR)(host.host),
            `${host.failedHost ? '❌' : '✅'} ${host.result}`,
            (0,markdown/* tableCell */.xR)(host.execution),
            String(host.ok),
            String(host.changed),
            String(host.unreachable),
            String(host.failed),
            String(host.skipped),
            String(host.ignored),
        ])), '');
    }
    if (report.unfinished.length > 0) {
        parts.push('### Unfinished (no end event: steplog was killed or the log was cut)', '', (0,markdown/* renderTable */.bo)(['execution', 'log file'], report.unfinished.map((u) => [(0,markdown/* tableCell */.xR)(u.name), (0,markdown/* tableCell */.xR)(shownPath(report, u.file))])), '');
    }
    if (report.problems.length > 0) {
        const shown = report.problems
            .slice(0, 50)
            .map((p) => `${shownPath(report, p.file)}:${p.line}: ${p.message}`);
        if (report.problems.length > 50)
            shown.push(`… and ${report.problems.length - 50} more`);
        parts.push(`### ${(0,format/* plural */.LS)(report.problems.length, 'line')} that could not be read`, '', (0,markdown/* codeBlock */.DV)(shown.join('\n')), '');
    }
    return parts.join('\n');
}
function headline(report) {
    const s = report.byStatus;
    const where = report.root ? ` Log files are under ${(0,markdown/* inlineCode */.ti)(report.root)}.` : '';
    return (`${(0,format/* plural */.LS)(report.executions, 'execution')} from ${(0,format/* plural */.LS)(report.files, 'log file')}: ` +
        `${s.success} succeeded (${report.flaky.length} of them flaky), ${s.failed} failed, ` +
        `${s.timed_out} timed out, ${s.cancelled} cancelled. ` +
        `Total ${(0,format/* formatDuration */.a3)(report.totalDurationMs)}, p50 ${(0,format/* formatDuration */.a3)(report.p50DurationMs)}, ` +
        `p95 ${(0,format/* formatDuration */.a3)(report.p95DurationMs)}.${where}`);
}
function statusCell(row) {
    const word = statusWord(row);
    return `${word.icon} ${word.word}`;
}
function stepsTable(report) {
    // Peak memory only where some attempt recorded it: older logs and platforms without it show no column.
    const memory = report.steps.some((step) => step.peakMemoryBytes !== null);
    return (0,markdown/* renderTable */.bo)([
        'step',
        'runs',
        'failed',
        'timed out',
        'flaky',
        'p50',
        'p95',
        ...(memory ? ['p95 peak memory'] : []),
        'time lost to failed attempts',
    ], report.steps.map((step) => [
        (0,markdown/* tableCell */.xR)(step.name),
        String(step.runs),
        String(step.failed),
        String(step.timedOut),
        `${step.flaky} (${Math.round(step.flakyRate * 100)}%)`,
        (0,format/* formatDuration */.a3)(step.p50DurationMs),
        (0,format/* formatDuration */.a3)(step.p95DurationMs),
        ...(memory ? [step.peakMemoryBytes === null ? '—' : (0,format/* formatBytes */.z3)(step.peakMemoryBytes)] : []),
        step.lostMs > 0 ? (0,format/* formatDuration */.a3)(step.lostMs) : '—',
    ]));
}
function slowestTable(report) {
    // With several logs (a matrix's artifacts), the same step name appears once per job: say which.
    const withFile = report.files > 1;
    return (0,markdown/* renderTable */.bo)(['status', 'execution', 'duration', 'attempts', ...(withFile ? ['log file'] : [])], report.slowest.map((row) => [
        statusCell(row),
        (0,markdown/* tableCell */.xR)(row.name),
        (0,format/* formatDuration */.a3)(row.durationMs),
        String(row.attempts),
        ...(withFile ? [(0,markdown/* tableCell */.xR)(shownPath(report, row.file))] : []),
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
