export const id = 280;
export const ids = [280];
export const modules = {

/***/ 45280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TASKS: () => (/* binding */ TASKS)
});

;// CONCATENATED MODULE: ./src/gates/drift-check/worker-tasks.ts
const DRIFT_TASKS = {
    /** Read and prepare the reference file (reference-worker.ts). */
    'drift-reference': () => Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(22), __webpack_require__.e(156), __webpack_require__.e(296)]).then(__webpack_require__.bind(__webpack_require__, 39047)).then((m) => m.referenceTask),
    /** Read and prepare the second half of the current file (current-in-parts.ts). */
    'drift-current-part': () => Promise.all(/* import() */[__webpack_require__.e(536), __webpack_require__.e(156), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 41793)).then((m) => m.currentPartTask),
};

;// CONCATENATED MODULE: ./src/entry/worker-tasks.ts
/** Every task a worker thread can run, by name: each gate's own table, registered here once. */

const TASKS = { ...DRIFT_TASKS };


/***/ })

};
