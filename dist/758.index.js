export const id = 758;
export const ids = [758];
export const modules = {

/***/ 14377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TASKS: () => (/* binding */ TASKS)
/* harmony export */ });
const TASKS = {
    /** drift-check: read and prepare the reference file (gates/drift-check/reference-worker.ts). */
    'drift-reference': () => Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(156), __webpack_require__.e(47)]).then(__webpack_require__.bind(__webpack_require__, 39047)).then((m) => m.referenceTask),
    /** drift-check: read and prepare the second half of the current file (gates/drift-check/current-in-parts.ts). */
    'drift-current-part': () => Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(156), __webpack_require__.e(793)]).then(__webpack_require__.bind(__webpack_require__, 41793)).then((m) => m.currentPartTask),
};


/***/ })

};
