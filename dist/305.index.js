export const id = 305;
export const ids = [305];
export const modules = {

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
