"use strict";
exports.id = 395;
exports.ids = [395];
exports.modules = {

/***/ 395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activeErrorCounter: () => (/* binding */ activeErrorCounter),
/* harmony export */   baselineFile: () => (/* binding */ baselineFile),
/* harmony export */   suppressFindings: () => (/* binding */ suppressFindings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _settings_suggest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8843);
/* harmony import */ var _report_baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7355);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9023);
/* harmony import */ var _path_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1472);
/* harmony import */ var _report_rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9681);
/* harmony import */ var _report_suppress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9873);
/* harmony import */ var _rule_ids_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8419);









const KNOWN = new Set(_rule_ids_js__WEBPACK_IMPORTED_MODULE_6__/* .SUPPRESSIBLE_RULE_IDS */ .s);
/**
 * The baseline's path and how to name it, or undefined. A file the user named must exist; the
 * default one is optional. Whatever is read is read by readBaseline, which refuses a bad one.
 */
function baselineFile(root, config, choice) {
    if (choice.kind === 'none' || (choice.kind === 'default' && config.baseline === false))
        return undefined;
    if (choice.kind === 'file')
        return { file: choice.file, shown: choice.file };
    if (typeof config.baseline === 'string') {
        // Named in checked content: it stays inside the root, whatever symlinks say.
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, config.baseline);
        if (!(0,_path_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(root, (0,_path_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(file)))
            throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${config.baselineAt ?? 'baseline'}: baseline ${config.baseline} is outside the checked root; it is not read`);
        return { file, shown: config.baseline };
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, _report_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_FILE */ .tu);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return undefined;
    }
    if (!(0,_path_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(root, (0,_path_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(file)))
        throw new _report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`baseline ${_report_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_FILE */ .tu} resolves outside the checked root; it is not read`);
    return { file, shown: _report_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_FILE */ .tu };
}
/** Suppressions and the baseline applied to a run's results: the one code path of the CLI and the actions. */
function suppressFindings(results, given, config, choice, { fingerprints = true } = {}) {
    const root = (0,_path_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(given);
    return (0,_report_suppress_js__WEBPACK_IMPORTED_MODULE_5__/* .applySuppressions */ .p)(results, { ...suppressOptions(root, config, readChosenBaseline(root, config, choice)), fingerprints });
}
/**
 * What a progress line counts for one target: its errors after the rule settings, the suppressions
 * and the baseline, as the final report counts them. The baseline is read once, before the run. The
 * suppressions' own findings (no reason, one that matches nothing) belong to the whole run and are
 * not counted here; a baseline entry told apart from a twin only by its occurrence index is matched
 * within the target.
 */
function activeErrorCounter(given, config, choice) {
    const root = (0,_path_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .realPath */ .Ye)(given);
    const opts = suppressOptions(root, config, readChosenBaseline(root, config, choice));
    return (check, findings) => {
        const rated = (0,_report_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .applyRuleSettings */ .mk)(findings, config.rules);
        // Suppressions only take errors away: a target without any is not read again.
        if (!rated.some((f) => f.severity === 'error'))
            return 0;
        return (0,_report_suppress_js__WEBPACK_IMPORTED_MODULE_5__/* .applySuppressions */ .p)([{ check, findings: rated, artifacts: {}, stats: {} }], { ...opts, fingerprints: false })[0].findings.filter((f) => f.severity === 'error' && !f.rule.startsWith('report/')).length;
    };
}
function readChosenBaseline(root, config, choice) {
    const where = baselineFile(root, config, choice);
    return where && { fingerprints: (0,_report_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .readBaseline */ .mF)(where.file, where.shown), file: where.shown };
}
function suppressOptions(root, config, baseline) {
    return {
        root,
        knownRules: KNOWN,
        didYouMean: (rule) => (0,_settings_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .didYouMean */ .au)(rule, KNOWN),
        ruleSettings: config.rules,
        ...(baseline && { baseline }),
    };
}


/***/ })

};
;