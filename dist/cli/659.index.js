export const id = 659;
export const ids = [659];
export const modules = {

/***/ 1659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./src/core/random.ts
var random = __webpack_require__(8640);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/github-api/failure.ts
var failure = __webpack_require__(6684);
;// CONCATENATED MODULE: ./src/github-api/timed-fetch.ts
// Every HTTP request Octokit makes goes through this fetch: each one gets its own timeout and the
// overall deadline, so a server that accepts the connection and never answers cannot hang the step
//. Retries made by the Octokit plugins come back here and get a fresh timeout.

function describeTarget(input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let path = url;
    try {
        const parsed = new URL(url);
        path = parsed.pathname + parsed.search;
    }
    catch {
        // keep the raw text
    }
    return [(init?.method ?? 'GET').toUpperCase(), path];
}
function createTimedFetch(base, options) {
    return async (input, init) => {
        const [method, path] = describeTarget(input, init);
        if (options.deadline.aborted)
            throw new failure/* DeadlineError */.j3(options.deadlineMs);
        // AbortSignal.timeout does not keep the process alive; it also bounds reading the body.
        const timeout = AbortSignal.timeout(options.timeoutMs);
        const signals = [timeout, options.deadline];
        if (init?.signal)
            signals.push(init.signal);
        const started = Date.now();
        options.debug(`GitHub API: ${method} ${path}`);
        try {
            const response = await base(input, { ...init, signal: AbortSignal.any(signals) });
            options.debug(`GitHub API: ${method} ${path} -> ${response.status} in ${Date.now() - started} ms`);
            return response;
        }
        catch (error) {
            if (options.deadline.aborted)
                throw new failure/* DeadlineError */.j3(options.deadlineMs);
            if (timeout.aborted)
                throw new failure/* ApiTimeoutError */.CC(method, path, options.timeoutMs);
            options.debug(`GitHub API: ${method} ${path} failed after ${Date.now() - started} ms`);
            throw error;
        }
    };
}

;// CONCATENATED MODULE: ./src/github-api/client.ts
// The Octokit that publishes feedback: @actions/github's getOctokit with the retry and throttling
// plugins, the base URL from the injected env (GHES), and every request timed (./timed-fetch.ts).
// Loaded lazily by ./index.ts, so a step without PR feedback never loads Octokit.







// Never retried by plugin-retry: client errors, and 429, which the throttling plugin retries after
// the server's retry-after instead of plugin-retry's fixed 1 s.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * Stops @octokit/plugin-retry from scheduling a wait that ends after the deadline: the deadline would
 * abort the retried request anyway, and a pending wait keeps the process alive after we return.
 * Registered before plugin-retry, so its error hook runs first and can lower `request.retries`.
 */
function deadlineGuard(deadlineAt, tuning, debug) {
    return (octokit) => {
        octokit.hook.error('request', (error, options) => {
            const request = options.request;
            const count = request.retryCount ?? 0;
            const waitMs = (count + 1) ** 2 * tuning.retryBaseMs;
            if (Date.now() + waitMs >= deadlineAt && (request.retries ?? tuning.retries) > count) {
                debug(`GitHub API: no retry in ${waitMs} ms, past the deadline`);
                request.retries = count;
            }
            throw error;
        });
    };
}
function createGitHubClient(options) {
    const { debug, tuning } = options;
    // The proxy-aware fetch @actions/github would use (it honours https_proxy / no_proxy).
    const baseFetch = utils/* defaults */.NT.request?.fetch ?? globalThis.fetch;
    const fetch = createTimedFetch(baseFetch, {
        timeoutMs: tuning.requestTimeoutMs,
        deadline: options.deadline,
        deadlineMs: options.deadlineMs,
        debug,
    });
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const left = options.deadlineAt - Date.now();
        const waitMs = retryAfter * 1000;
        const where = `${request.method} ${request.url}`;
        if (retryCount >= tuning.rateLimitRetries) {
            debug(`GitHub API: ${kind} on ${where} again; giving up after ${retryCount} retries`);
            return false;
        }
        // Leave time for the retried request itself; never retry sooner than GitHub asked.
        if (waitMs + Math.min(tuning.requestTimeoutMs, 5000) > left) {
            debug(`GitHub API: ${kind} on ${where}: retry-after ${retryAfter} s exceeds the ${(0,failure/* formatSeconds */.Xo)(left)} left`);
            return false;
        }
        debug(`GitHub API: ${kind} on ${where}: waiting ${retryAfter} s as asked`);
        return true;
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.apiUrl,
        userAgent: 'steplog',
        request: { fetch },
        // Octokit's own warnings (deprecations, plugin errors) go to debug; ./index.ts redacts them.
        log: { debug, info: debug, warn: debug, error: debug },
        retry: { doNotRetry: DO_NOT_RETRY, retries: tuning.retries, retryAfterBaseValue: tuning.retryBaseMs },
        throttle: {
            // The plugin keeps its queues in module-level groups keyed by id: one key per client.
            id: `steplog-${(0,random/* randomUUID */.N4)()}`,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, deadlineGuard(options.deadlineAt, tuning, debug), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}


/***/ })

};
