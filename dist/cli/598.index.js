export const id = 598;
export const ids = [598];
export const modules = {

/***/ 6975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZB: () => (/* binding */ decidingRecord),
/* harmony export */   gu: () => (/* binding */ runSpan),
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


/***/ }),

/***/ 8598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStepsMode: () => (/* binding */ runStepsMode)
});

// UNUSED EXPORTS: readStepsText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/matchers/index.ts + 20 modules
var src_matchers = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/platforms/settings.ts
var platforms_settings = __webpack_require__(2647);
// EXTERNAL MODULE: ./src/run-step.ts + 3 modules
var run_step = __webpack_require__(2360);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/steps/parse-steps.ts
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
    'on-retry',
    'success-codes',
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
    if (!Array.isArray(parsed) || parsed.length === 0) {
        throw new errors/* InputError */.dz(label, source, 'a non-empty YAML list of steps, each with at least `run`');
    }
    const ids = new Set();
    return parsed.map((item, index) => {
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
            if (value === null || typeof value === 'object') {
                throw new errors/* InputError */.dz(`${where} ${key}`, JSON.stringify(value), 'a string or a number');
            }
            raw[key] = String(value);
        }
        const settings = (0,platforms_settings/* resolveSettings */.M)(raw, {
            ...context,
            env,
            label: (name) => `${where} ${name} (${context.label(name)})`,
        });
        return { id: uniqueId(settings.name, ids), settings };
    });
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

// EXTERNAL MODULE: ./src/core/run-span.ts
var run_span = __webpack_require__(6975);
// EXTERNAL MODULE: ./src/exec/cancel.ts
var exec_cancel = __webpack_require__(3155);
// EXTERNAL MODULE: ./src/exec/run-execution.ts + 8 modules
var run_execution = __webpack_require__(1160);
;// CONCATENATED MODULE: ./src/steps/run-steps.ts



/** The records, in the order the steps were given. */
async function runSteps(options) {
    const { steps, cancel } = options;
    const records = new Array(steps.length);
    // Aborted once, by fail-fast or by the run's own cancellation; every running step listens to it.
    const stopAll = new AbortController();
    const onCancel = () => stopAll.abort(cancel?.reason);
    cancel?.addEventListener('abort', onCancel, { once: true });
    if (cancel?.aborted)
        onCancel();
    let next = 0;
    // Loggers of the steps running now, so fail-fast can say in each log why the step was stopped.
    const running = new Set();
    let stoppedBy = null;
    const worker = async () => {
        while (next < steps.length) {
            const index = next++;
            const step = steps[index];
            const logger = options.createLogger(step);
            running.add(logger);
            try {
                if (stopAll.signal.aborted) {
                    const reason = stoppedBy ? `fail-fast: not started because ${stoppedBy}` : undefined;
                    if (reason)
                        await logger.warn(`steplog: ${reason}`);
                    records[index] = await logger.cancel((0,exec_cancel/* cancelSignalOf */.OJ)(stopAll.signal), reason);
                }
                else {
                    records[index] = await (0,run_execution/* runExecution */._)({ settings: step.settings, logger, cancel: stopAll.signal });
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
                stoppedBy = `\`${records[index].name}\` ${records[index].status.replace('_', ' ')}`;
                // Said before the abort, so the line comes before the step's own cancelled end.
                await Promise.all([...running].map((other) => {
                    other.noteStopReason(`fail-fast: stopped because ${stoppedBy}`);
                    return other.warn(`steplog: fail-fast: stopping because ${stoppedBy}`);
                }));
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
    }
    return records;
}
/**
 * One status and exit status for the whole run: cancelled when steplog itself was cancelled;
 * otherwise the first step (in the given order) that failed or timed out; else success.
 */
function decideRunOutcome(records, cancelled) {
    if (cancelled) {
        const any = records.find((r) => r.status === 'cancelled');
        return { status: 'cancelled', exitStatus: any?.exitStatus ?? 143 };
    }
    const failed = (0,run_span/* decidingRecord */.ZB)(records);
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

;// CONCATENATED MODULE: ./src/steps/run-steps-mode.ts
// `steps`: several commands in one steplog run, each its own execution record (one JSON-lines file,
// events carrying the step id), reported together by the platform.










async function runStepsMode(options) {
    const { context, platform, label, raw } = options;
    let shared;
    let steps;
    let maxParallel;
    let failFast;
    let matchers;
    try {
        if (raw.run !== undefined && raw.run.trim() !== '') {
            throw new errors/* InputError */.dz(label('run'), raw.run, `no script when ${label('steps')} is given (use one or the other)`);
        }
        if (!platform.createStepsReporter) {
            throw new errors/* SteplogError */.xb(`steps are not supported on the ${platform.name} platform yet`);
        }
        // The top level only carries what the steps inherit and what the run shares (summary, log …).
        shared = (0,platforms_settings/* resolveSettings */.M)({ ...raw, run: 'true', name: 'steps' }, { workspace: context.cwd, label });
        const given = readStepsText(raw.steps ?? '', label('steps'), context.cwd);
        steps = parseSteps(given.text, label('steps'), raw, { workspace: context.cwd, label }, given.source);
        const parallel = raw['max-parallel']?.trim() || String((0,external_node_os_.availableParallelism)());
        maxParallel = (0,parse/* parseInteger */.cG)(label('max-parallel'), parallel, 1, 64);
        failFast = (0,parse/* parseBoolean */.yG)(label('fail-fast'), raw['fail-fast']?.trim() || 'false');
        matchers = await (0,src_matchers/* loadMatchers */.KR)(shared.matchers, { workspace: context.cwd, label: label('matchers') });
        options.onSettings?.(shared);
    }
    catch (error) {
        const failure = error instanceof errors/* SteplogError */.xb ? error : new errors/* SteplogError */.xb((0,errors/* messageOf */.bD)(error));
        return { exitStatus: failure.exitStatus, record: null, settings: null, logFile: null, error: failure };
    }
    const logFile = shared.logFile ?? platform.defaultLogFile(context);
    let reporter;
    try {
        reporter = await platform.createStepsReporter(shared, context);
    }
    catch (error) {
        // A bad platform setting (e.g. STEPLOG_LOG_LIMIT on GitLab) is an input error: nothing runs.
        const failure = error instanceof errors/* SteplogError */.xb ? error : new errors/* SteplogError */.xb((0,errors/* messageOf */.bD)(error));
        return { exitStatus: failure.exitStatus, record: null, settings: null, logFile: null, error: failure };
    }
    const parallel = maxParallel > 1 && steps.length > 1;
    const records = await runSteps({
        steps,
        maxParallel,
        failFast,
        cancel: options.cancel,
        createLogger: (step) => {
            const logger = (0,run_step/* createStepLogger */.ro)(step.settings, matchers, logFile, context, step.id);
            for (const sink of reporter.sinksFor(step, parallel))
                logger.addSink(sink);
            return logger;
        },
    });
    const outcome = decideRunOutcome(records, options.cancel?.aborted ?? false);
    await reporter.finish(records, outcome);
    return {
        exitStatus: outcome.exitStatus,
        record: null,
        records,
        outcome,
        settings: shared,
        logFile,
        error: null,
    };
}
/**
 * The CLI flag takes a file or the YAML itself; the action input and STEPLOG_STEPS the YAML. A value
 * on several lines, or starting like a YAML list, is YAML; anything else is a path.
 */
function readStepsText(value, label, cwd) {
    const text = value.trim();
    if (text.includes('\n') || text.startsWith('-') || text.startsWith('['))
        return { text: value };
    try {
        return { text: (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, text), 'utf8'), source: text };
    }
    catch (error) {
        throw new errors/* InputError */.dz(label, value, `a YAML list of steps or a readable file (${(0,errors/* messageOf */.bD)(error)})`);
    }
}


/***/ })

};
