export const id = 158;
export const ids = [158,777];
export const modules = {

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   Gv: () => (/* binding */ DEFAULT_CHECK_TIMEOUT_MS),
/* harmony export */   aA: () => (/* binding */ timeoutSetting)
/* harmony export */ });
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9023);

/**
 * A time budget for one check run. Engines test it between units of work (an overlay, a batch of
 * resources, a child process) and give children only what is left, so a run that would go past it
 * ends with a finding instead of holding the job until the runner kills it.
 */
class Deadline {
    ms;
    end;
    constructor(ms, now = Date.now()) {
        this.ms = ms;
        this.end = now + ms;
    }
    remaining() {
        return Math.max(0, this.end - Date.now());
    }
    expired() {
        return this.remaining() === 0;
    }
    /** `limit` or what is left of the budget, whichever is smaller (at least 1 ms). */
    cap(limit) {
        return Math.max(1, Math.min(limit, this.remaining()));
    }
    describe() {
        return this.ms % 1000 === 0 ? `${this.ms / 1000} s` : `${this.ms} ms`;
    }
}
/** Every check's time limit unless its settings say otherwise: 10 minutes. */
const DEFAULT_CHECK_TIMEOUT_MS = 10 * 60 * 1000;
/** `<section>.timeout` of .portarium-infra.yml (seconds) as milliseconds. */
function timeoutSetting(section, name) {
    const t = section?.['timeout'];
    if (t === undefined || t === null)
        return undefined;
    if (typeof t !== 'number' || !(t > 0))
        throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}.timeout must be a positive number of seconds`);
    return Math.round(t * 1000);
}


/***/ })

};
