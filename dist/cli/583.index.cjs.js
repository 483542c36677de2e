"use strict";
exports.id = 583;
exports.ids = [583];
exports.modules = {

/***/ 1583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeBaselineCommand: () => (/* binding */ writeBaselineCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7355);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9023);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);





/**
 * `portarium-infra baseline`: every finding of the run (already past the inline suppressions)
 * written to the baseline, so later runs report only what is new. Exit 0: nothing failed.
 */
function writeBaselineCommand(results, opts) {
    const file = opts.file !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.cwd, opts.file) : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.root, typeof opts.config.baseline === 'string' ? opts.config.baseline : _report_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_FILE */ .tu);
    const entries = results.flatMap((r) => r.findings).map((f) => ({ rule: f.rule, file: f.file, fingerprint: f.fingerprint ?? '' }));
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, (0,_report_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .renderBaseline */ .qL)(entries));
    }
    catch (e) {
        throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`cannot write the baseline ${file}: ${e.code ?? e.message}`);
    }
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(opts.cwd, file) || file;
    opts.out(`wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .logLine */ .BP)(shown)}\n`);
    return 0;
}


/***/ })

};
;