"use strict";
exports.id = 147;
exports.ids = [147];
exports.modules = {

/***/ 2147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALL_RULES: () => (/* binding */ ALL_RULES),
  CHECKS: () => (/* binding */ CHECKS)
});

// EXTERNAL MODULE: ./src/report/report-rules.ts
var report_rules = __webpack_require__(7548);
// EXTERNAL MODULE: ./src/checks/definitions/compose.ts
var compose = __webpack_require__(8808);
// EXTERNAL MODULE: ./src/checks/images/index.ts + 1 modules
var checks_images = __webpack_require__(4510);
;// CONCATENATED MODULE: ./src/checks/definitions/images.ts

/** In `check`, images are planned and linted only: building needs a builder and is an explicit step. */
const imagesCheck = {
    name: 'images',
    rules: checks_images/* RULES */.y0,
    run: ({ root, config, workspace }) => (0,checks_images/* lintDockerfiles */.pf)({ root, ...(0,checks_images/* imageOptions */.c$)(config.checks.images), ...(workspace !== undefined && { workspace }) }),
};

// EXTERNAL MODULE: ./src/checks/definitions/kustomize.ts + 48 modules
var kustomize = __webpack_require__(1913);
// EXTERNAL MODULE: ./src/checks/definitions/otel.ts + 11 modules
var otel = __webpack_require__(3857);
// EXTERNAL MODULE: ./src/checks/definitions/terraform.ts + 25 modules
var terraform = __webpack_require__(5558);
;// CONCATENATED MODULE: ./src/checks/registry.ts






const CHECKS = [compose.composeCheck, terraform.terraformCheck, kustomize.kustomizeCheck, imagesCheck, otel.otelCheck];
const ALL_RULES = [...CHECKS.flatMap((c) => c.rules), ...report_rules/* REPORT_RULES */.F.rules];


/***/ })

};
;