export const id = 85;
export const ids = [85];
export const modules = {

/***/ 10085:
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
    'drift-reference': () => Promise.all(/* import() */[__webpack_require__.e(217), __webpack_require__.e(768), __webpack_require__.e(801), __webpack_require__.e(646)]).then(__webpack_require__.bind(__webpack_require__, 62930)).then((m) => m.referenceTask),
    /** Read and prepare the second half of the current file (current-in-parts.ts). */
    'drift-current-part': () => Promise.all(/* import() */[__webpack_require__.e(217), __webpack_require__.e(801), __webpack_require__.e(121)]).then(__webpack_require__.bind(__webpack_require__, 69181)).then((m) => m.currentPartTask),
};

;// CONCATENATED MODULE: ./src/entry/worker-tasks.ts
/** Every task a worker thread can run, by name: each gate's own table, registered here once. */

const TASKS = { ...DRIFT_TASKS };


/***/ })

};
