export const id = 700;
export const ids = [700];
export const modules = {

/***/ 48700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parquetRecords: () => (/* binding */ parquetRecords),
/* harmony export */   readParquetTable: () => (/* binding */ readParquetTable)
/* harmony export */ });
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(42123);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20138);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78387);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23425);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53295);
/* harmony import */ var _value_column_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58632);
/**
 * Parquet through hyparquet (with hyparquet-compressors for Snappy, Gzip,
 * Brotli, Zstd, LZ4). Parquet needs random access, so a plain file is read
 * slice by slice from disk; a .parquet.gz is decompressed into memory first.
 * Cells are normalised as in value-column.ts: INT64 to numbers, booleans to
 * "true"/"false", DATE to "YYYY-MM-DD", timestamps to ISO-8601 text.
 */







const parsers = {
    dateFromDays: (days) => new Date(days * 86_400_000).toISOString().slice(0, 10),
};
function unreadable(source, err) {
    const reason = err instanceof Error ? err.message : String(err);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`not a readable Parquet file (${reason})`, { file: source.display });
}
async function openParquet(source) {
    try {
        let file;
        if (source.gzip) {
            const data = await (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(source);
            const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
            file = { byteLength: bytes.byteLength, slice: (start, end) => bytes.slice(start, end) };
        }
        else {
            file = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .asyncBufferFromFile */ .Rv)(source.absolute);
        }
        const metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetMetadataAsync */ .Ei)(file, { parsers });
        const names = (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetSchema */ .YR)(metadata).children.map((child) => child.element.name);
        return { file, metadata, names, rows: Number(metadata.num_rows) };
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw err;
        throw unreadable(source, err);
    }
}
async function readParquetTable(source, options) {
    const parquet = await openParquet(source);
    (0,_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRequested */ .lq)(options.columns, parquet.names, source.display);
    const names = options.columns ? parquet.names.filter((n) => options.columns.includes(n)) : parquet.names;
    const rows = Math.min(parquet.rows, options.maxRows ?? Infinity);
    const cells = new Map(names.map((name) => [name, new Array(rows).fill(null)]));
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_7__/* .ProgressReporter */ .P(source.display, options.progress);
    if (rows > 0 && names.length > 0) {
        try {
            await (0,hyparquet__WEBPACK_IMPORTED_MODULE_8__/* .parquetRead */ .bA)({
                file: parquet.file,
                metadata: parquet.metadata,
                columns: names,
                rowEnd: rows,
                compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__/* .compressors */ .Vm,
                parsers,
                onChunk: (chunk) => {
                    const column = cells.get(chunk.columnName);
                    if (!column)
                        return;
                    const data = chunk.columnData;
                    const end = Math.min(chunk.rowEnd, rows);
                    for (let row = chunk.rowStart; row < end; row++)
                        column[row] = (0,_value_column_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeValue */ .tA)(data[row - chunk.rowStart]);
                    progress.update(end, Math.round((source.size * end) / rows));
                },
            });
        }
        catch (err) {
            throw unreadable(source, err);
        }
    }
    progress.done(rows, source.size);
    const keepText = options.keepText === true;
    return {
        source: source.display,
        columns: names.map((name) => (0,_value_column_js__WEBPACK_IMPORTED_MODULE_4__/* .valueColumn */ .gR)(name, cells.get(name), keepText)),
        rowCount: rows,
        rowLines: null,
    };
}
/** Plain JSON-like values for records: bigint to number, dates to ISO text, the rest as read. */
function recordValue(value) {
    if (typeof value === 'bigint')
        return Number(value);
    if (value instanceof Date)
        return value.toISOString();
    return value;
}
/** The rows of a Parquet file, one row group at a time. */
async function* parquetRecords(source, options) {
    const parquet = await openParquet(source);
    (0,_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRequested */ .lq)(options.columns, parquet.names, source.display);
    const columns = options.columns ? parquet.names.filter((n) => options.columns.includes(n)) : parquet.names;
    const rows = Math.min(parquet.rows, options.maxRows ?? Infinity);
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_7__/* .ProgressReporter */ .P(source.display, options.progress);
    let start = 0;
    for (const group of parquet.metadata.row_groups) {
        if (start >= rows)
            break;
        const end = Math.min(start + Number(group.num_rows), rows);
        let batch;
        try {
            batch = await new Promise((resolve, reject) => {
                (0,hyparquet__WEBPACK_IMPORTED_MODULE_8__/* .parquetRead */ .bA)({
                    file: parquet.file,
                    metadata: parquet.metadata,
                    columns,
                    rowStart: start,
                    rowEnd: end,
                    compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__/* .compressors */ .Vm,
                    parsers,
                    rowFormat: 'object',
                    onComplete: resolve,
                }).catch(reject);
            });
        }
        catch (err) {
            throw unreadable(source, err);
        }
        for (const row of batch) {
            const record = {};
            for (const key of columns)
                record[key] = recordValue(row[key] ?? null);
            yield { record, line: null };
        }
        start = end;
        progress.update(start, Math.round((source.size * start) / rows));
    }
    progress.done(rows, source.size);
}


/***/ })

};
