export const id = 505;
export const ids = [505];
export const modules = {

/***/ 5505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startWebhooks: () => (/* binding */ startWebhooks)
});

// EXTERNAL MODULE: ./src/notify/secrets.ts
var secrets = __webpack_require__(1684);
;// CONCATENATED MODULE: ./src/notify/run-status.ts
function decideRunStatus(records, cancelled) {
    const deciding = records.find((r) => r.status !== 'success');
    if (deciding)
        return deciding.status;
    return cancelled ? 'cancelled' : 'success';
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/random.ts
var random = __webpack_require__(8640);
;// CONCATENATED MODULE: ./src/notify/cloudevent.ts

const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';
const EVENT_TYPES = {
    runStarted: 'dev.steplog.run.started',
    executionStarted: 'dev.steplog.execution.started',
    attemptFinished: 'dev.steplog.attempt.finished',
    executionRetrying: 'dev.steplog.execution.retrying',
    executionFinished: 'dev.steplog.execution.finished',
    runFinished: 'dev.steplog.run.finished',
};
/** The lifecycle events that are sent, by their type in the log; the others (output, annotations) are not. */
const SENT = {
    start: EVENT_TYPES.executionStarted,
    'attempt-end': EVENT_TYPES.attemptFinished,
    retry: EVENT_TYPES.executionRetrying,
    end: EVENT_TYPES.executionFinished,
};
function cloudEventTypeOf(event) {
    return SENT[event.type] ?? null;
}
function toCloudEvent(type, data, source, time, subject) {
    return {
        specversion: '1.0',
        id: (0,random/* randomUUID */.N4)(),
        source,
        type,
        ...(subject !== undefined && { subject }),
        time,
        datacontenttype: 'application/json',
        data,
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/notify/delivery.ts
// Delivers one receiver's events in order, one at a time, without ever holding up the command: a
// bounded queue (attempt events are dropped when it overflows, start and finish events never), up to
// 3 tries an event with backoff on network errors, 429 (honouring Retry-After) and 5xx, and no
// redirects followed. The caller bounds the whole by `drain(deadline)`.


const MAX_TRIES = 3;
/** Pending events per receiver before attempt events are dropped. */
const QUEUE_LIMIT = 100;
const FIRST_BACKOFF_MS = 500;
/** A Retry-After longer than this is cut to it: the step will not wait minutes for a receiver. */
const MAX_RETRY_AFTER_MS = 10_000;
/** One request never waits longer than this for an answer. */
const REQUEST_TIMEOUT_MS = 10_000;
class DeliveryQueue {
    url;
    send;
    queue = [];
    report = { delivered: 0, dropped: 0, failed: 0, lastError: null };
    running = null;
    stop = new AbortController();
    constructor(url, send = fetch) {
        this.url = url;
        this.send = send;
    }
    get dropped() {
        return this.report.dropped;
    }
    push(delivery) {
        if (this.stop.signal.aborted)
            return;
        if (this.queue.length >= QUEUE_LIMIT) {
            const victim = this.queue.findIndex((d) => d.droppable);
            if (delivery.droppable && victim === -1) {
                this.report.dropped++;
                return;
            }
            // The oldest attempt event makes room (a start or finish event always gets in).
            if (victim !== -1) {
                this.queue.splice(victim, 1);
                this.report.dropped++;
            }
        }
        this.queue.push(delivery);
        this.running ??= this.work();
    }
    /** Waits until everything is sent or `deadline` (performance.now() ms) passes; then gives up on the rest. */
    async drain(deadline) {
        const left = deadline - performance.now();
        if (this.running && left > 0) {
            const timer = (0,promises_.setTimeout)(left, undefined, { signal: this.stop.signal }).catch(() => undefined);
            await Promise.race([this.running, timer]);
        }
        this.stop.abort();
        await this.running?.catch(() => undefined);
        if (this.queue.length > 0) {
            this.report.failed += this.queue.length;
            this.report.lastError ??= 'no time left';
            this.queue.length = 0;
        }
        return { ...this.report };
    }
    async work() {
        while (this.queue.length > 0 && !this.stop.signal.aborted) {
            // Out of the queue while in flight: an overflow can only drop events still waiting.
            const delivery = this.queue.shift();
            const error = await this.deliver(delivery);
            if (this.stop.signal.aborted && error !== null) {
                this.queue.unshift(delivery); // counted as not delivered by drain()
                break;
            }
            if (error === null)
                this.report.delivered++;
            else {
                this.report.failed++;
                this.report.lastError = error;
            }
        }
        this.running = null;
    }
    /** Null when delivered, else why not. */
    async deliver(delivery) {
        let lastError = '';
        for (let tryNumber = 1; tryNumber <= MAX_TRIES; tryNumber++) {
            let waitMs = FIRST_BACKOFF_MS * 2 ** (tryNumber - 1);
            try {
                const response = await this.send(this.url, {
                    method: 'POST',
                    body: delivery.body,
                    headers: delivery.headers,
                    redirect: 'manual',
                    signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
                });
                await response.body?.cancel().catch(() => undefined);
                if (response.status >= 200 && response.status < 300)
                    return null;
                lastError = `HTTP ${response.status}`;
                if (response.status >= 300 && response.status < 400)
                    return `${lastError} (redirects are not followed)`;
                if (response.status === 429)
                    waitMs = retryAfterMs(response.headers.get('retry-after')) ?? waitMs;
                else if (response.status < 500)
                    return lastError;
            }
            catch (error) {
                if (this.stop.signal.aborted)
                    return 'no time left';
                lastError = (0,errors/* messageOf */.bD)(error) + causeOf(error);
            }
            if (tryNumber === MAX_TRIES)
                break;
            try {
                await (0,promises_.setTimeout)(waitMs, undefined, { signal: this.stop.signal });
            }
            catch {
                return 'no time left';
            }
        }
        return lastError;
    }
}
/** Retry-After as seconds or an HTTP date; capped. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return null;
    const seconds = Number(value);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
    return Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS) : null;
}
/** fetch says only "fetch failed"; the reason (ECONNREFUSED …) is its cause. */
function causeOf(error) {
    const cause = error.cause;
    return cause ? ` (${(0,errors/* messageOf */.bD)(cause)})` : '';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/notify/signature.ts
// The body's signature, as GitHub signs its webhooks: `sha256=` and the hex HMAC-SHA256 of the exact
// bytes sent, keyed with the shared secret. Receivers compare it in constant time.

const SIGNATURE_HEADER = 'X-Steplog-Signature-256';
function sign(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
function verify(body, secret, header) {
    if (!header)
        return false;
    const expected = Buffer.from(sign(body, secret));
    const given = Buffer.from(header);
    return expected.length === given.length && timingSafeEqual(expected, given);
}

;// CONCATENATED MODULE: ./src/notify/webhook-run.ts






function startWebhooks(options) {
    const now = options.now ?? (() => new Date());
    const source = options.ci.jobUrl ?? options.ci.runUrl ?? 'urn:steplog';
    const queues = options.urls.map((url) => ({ url, queue: new DeliveryQueue(url, options.fetch) }));
    const post = (type, data, time, subject, redactor = options.redactor) => {
        const clean = redactor ? redactor.redactDeep(data) : data;
        const body = JSON.stringify(toCloudEvent(type, clean, source, time, subject));
        const headers = {
            'Content-Type': CLOUDEVENTS_CONTENT_TYPE,
            'User-Agent': `steplog/${version/* VERSION */.x}`,
        };
        if (options.secret)
            headers[SIGNATURE_HEADER] = sign(body, options.secret);
        const droppable = type === EVENT_TYPES.attemptFinished || type === EVENT_TYPES.executionRetrying;
        for (const { queue } of queues)
            queue.push({ body, headers, droppable });
    };
    const started = now().toISOString();
    post(EVENT_TYPES.runStarted, { schemaVersion: 1, type: 'run-start', time: started }, started);
    const names = new Map();
    const onEvent = (event, redactor) => {
        if (event.type === 'start')
            names.set(event.executionId, event.record.name);
        const type = cloudEventTypeOf(event);
        if (type)
            post(type, event, event.time, names.get(event.executionId), redactor);
    };
    let finished = null;
    return {
        sink: (redactor) => ({ name: 'webhook', onEvent: (event) => onEvent(event, redactor) }),
        attemptEnvironment: () => ({}),
        finish(finish) {
            finished ??= (async () => {
                const time = now().toISOString();
                const status = decideRunStatus(finish.records, finish.cancelled);
                const data = {
                    schemaVersion: 1,
                    type: 'run-end',
                    time,
                    status,
                    exitStatus: finish.records.find((r) => r.status !== 'success')?.exitStatus ??
                        (status === 'success' ? 0 : null),
                    executions: finish.records.map(({ id, stepId, name, status, exitStatus, durationMs }) => ({
                        id,
                        stepId,
                        name,
                        status,
                        exitStatus,
                        durationMs,
                    })),
                    droppedEvents: Math.max(0, ...queues.map(({ queue }) => queue.dropped)),
                };
                post(EVENT_TYPES.runFinished, data, time);
                const deadline = performance.now() + Math.min(options.timeoutMs, finish.budgetMs);
                const reports = await Promise.all(queues.map(async ({ url, queue }) => ({ url, ...(await queue.drain(deadline)) })));
                const problems = reports.flatMap((r) => {
                    const parts = [];
                    if (r.failed > 0)
                        parts.push(`${r.failed} not delivered (${r.lastError})`);
                    if (r.dropped > 0)
                        parts.push(`${r.dropped} attempt events dropped (the receiver could not keep up)`);
                    return parts.length > 0 ? [`${(0,secrets/* displayUrl */.Q)(r.url)}: ${parts.join(', ')}`] : [];
                });
                if (problems.length === 0)
                    return null;
                return `webhook events were lost: ${problems.join('; ')}; the step's result is unchanged`;
            })();
            return finished;
        },
    };
}


/***/ })

};
