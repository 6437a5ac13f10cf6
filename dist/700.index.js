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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(51609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(42123);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20138);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _core_read_limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9616);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(78387);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6450);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(23425);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(53295);
/* harmony import */ var _value_column_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(58632);
/**
 * Parquet through hyparquet (with hyparquet-compressors for Snappy, Gzip,
 * Brotli, Zstd, LZ4). Parquet needs random access, so a plain file is read
 * slice by slice from disk; a .parquet.gz is decompressed into a temporary
 * file first (Parquet is read by random access), not into memory, so a
 * .gz that expands to gigabytes costs disk up to max-input-bytes, not memory.
 * Cells are normalised as in value-column.ts: INT64 to numbers, booleans to
 * "true"/"false", DATE to "YYYY-MM-DD", timestamps to ISO-8601 text.
 *
 * Limits (core/read-limits.ts). A Parquet file is compressed inside, page by
 * page, and encodes repeated values in a few bytes, so its size says little
 * about what reading it takes. Besides the file itself (its size, or a .gz's
 * decompressed size: source.ts), max-input-bytes bounds, for the columns
 * read: the uncompressed size the metadata states, before anything is read;
 * the pages as they are decompressed (what they really expand to, whatever
 * the metadata says); and the cells, at 8 bytes each (a JavaScript array
 * slot: what holding them takes at least). max-record-bytes bounds each
 * text or binary value, checked as it is read.
 */















const parsers = {
    dateFromDays: (days) => new Date(days * 86_400_000).toISOString().slice(0, 10),
};
function unreadable(source, err) {
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo)
        return err; // a limit, from inside hyparquet's callbacks
    const reason = err instanceof Error ? err.message : String(err);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`not a readable Parquet file (${reason})`, { file: source.display });
}
/** Bytes a cell takes at least once read: a slot of a JavaScript array. */
const CELL_BYTES = 8;
/**
 * The checks made before reading `rows` rows of the columns `names`: the
 * uncompressed size the metadata states for them, and their cells.
 */
function checkSize(source, parquet, names, rows) {
    const limit = source.limits.maxInputBytes;
    const wanted = new Set(names);
    let stated = 0;
    let before = 0; // rows in the groups before this one: only the groups that hold the rows read count
    for (const group of parquet.metadata.row_groups) {
        if (before >= rows)
            break;
        before += Number(group.num_rows);
        for (const chunk of group.columns) {
            const meta = chunk.meta_data;
            if (meta && wanted.has(meta.path_in_schema[0]))
                stated += Number(meta.total_uncompressed_size);
        }
    }
    if (stated > limit)
        throw (0,_limits_js__WEBPACK_IMPORTED_MODULE_10__/* .dataTooLarge */ .uA)(source.display, limit, 'of data uncompressed in the columns read');
    if (rows * names.length * CELL_BYTES > limit) {
        throw (0,_limits_js__WEBPACK_IMPORTED_MODULE_10__/* .dataTooLarge */ .uA)(source.display, limit, `to hold ${rows} rows × ${names.length} columns at ${CELL_BYTES} bytes a cell`);
    }
}
/**
 * hyparquet's decompressors, counting what the pages expand to: a page is
 * decompressed into the size its header states, which is checked against
 * what is left of max-input-bytes before the memory is taken.
 */
function countedCompressors(source) {
    const limit = source.limits.maxInputBytes;
    let expanded = 0;
    const counted = {};
    for (const [codec, decompress] of Object.entries(hyparquet_compressors__WEBPACK_IMPORTED_MODULE_6__/* .compressors */ .Vm)) {
        counted[codec] = (input, outputLength) => {
            expanded += outputLength;
            if (expanded > limit)
                throw (0,_limits_js__WEBPACK_IMPORTED_MODULE_10__/* .dataTooLarge */ .uA)(source.display, limit, 'of data in its pages after decompression');
            return decompress(input, outputLength);
        };
    }
    return counted;
}
/**
 * A value's cell, refused when it is text or binary longer than
 * max-record-bytes. Binary becomes JSON text (jsonText), about four
 * times its size: it is checked before.
 */
function checkedValue(source, name, row, value) {
    const limit = source.limits.maxRecordBytes;
    let bytes = 0;
    if (typeof value === 'string')
        bytes = value.length > limit / 3 ? Buffer.byteLength(value) : 0;
    else if (value instanceof Uint8Array)
        bytes = value.byteLength;
    if (bytes > limit) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`row ${row + 1}: a value of ${(0,_core_read_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .formatByteSize */ .$j)(bytes)}, longer than max-record-bytes (${(0,_core_read_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .formatByteSize */ .$j)(limit)}); raise max-record-bytes if the file is meant to hold one`, {
            file: source.display,
            field: `column ${name}`,
        });
    }
    return value;
}
/**
 * A .parquet.gz decompressed into a temporary file, through the ChunkReader
 * (so at most max-input-bytes of it, checked as it expands); the function
 * that removes it.
 */
async function gunzipToTemp(source) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'modelgate-parquet-'));
    const remove = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'data.parquet');
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from(new _source_js__WEBPACK_IMPORTED_MODULE_11__/* .ChunkReader */ .f7(source, false).chunks()), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path));
    }
    catch (err) {
        await remove();
        throw err;
    }
    return { path, remove };
}
async function openParquet(source) {
    let close = async () => { };
    try {
        let path = source.absolute;
        if (source.gzip) {
            const temp = await gunzipToTemp(source);
            path = temp.path;
            close = temp.remove;
        }
        const file = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_13__/* .asyncBufferFromFile */ .Rv)(path);
        const metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_14__/* .parquetMetadataAsync */ .Ei)(file, { parsers });
        const names = (0,hyparquet__WEBPACK_IMPORTED_MODULE_14__/* .parquetSchema */ .YR)(metadata).children.map((child) => child.element.name);
        const rows = Number(metadata.num_rows);
        if (!Number.isSafeInteger(rows) || rows < 0)
            throw new Error(`its metadata gives ${String(metadata.num_rows)} rows`);
        return { file, metadata, names, rows, close };
    }
    catch (err) {
        await close();
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo)
            throw err;
        throw unreadable(source, err);
    }
}
async function readParquetTable(source, options) {
    const parquet = await openParquet(source);
    try {
        return await readOpenTable(source, parquet, options);
    }
    finally {
        await parquet.close();
    }
}
async function readOpenTable(source, parquet, options) {
    (0,_columns_js__WEBPACK_IMPORTED_MODULE_9__/* .checkRequested */ .lq)(options.columns, parquet.names, source.display);
    const names = options.columns ? parquet.names.filter((n) => options.columns.includes(n)) : parquet.names;
    const rows = Math.min(parquet.rows, options.maxRows ?? Infinity);
    checkSize(source, parquet, names, rows);
    const cells = new Map(names.map((name) => [name, new Array(rows).fill(null)]));
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_15__/* .ProgressReporter */ .P(source.display, options.progress);
    if (rows > 0 && names.length > 0) {
        // hyparquet calls onChunk in a promise callback of its own, where a throw
        // becomes an unhandled rejection: a limit found there is kept, and thrown
        // once the read is over.
        let refused;
        try {
            await (0,hyparquet__WEBPACK_IMPORTED_MODULE_16__/* .parquetRead */ .bA)({
                file: parquet.file,
                metadata: parquet.metadata,
                columns: names,
                rowEnd: rows,
                compressors: countedCompressors(source),
                parsers,
                onChunk: (chunk) => {
                    const column = cells.get(chunk.columnName);
                    if (!column || refused)
                        return;
                    const data = chunk.columnData;
                    const end = Math.min(chunk.rowEnd, rows);
                    const name = chunk.columnName;
                    try {
                        for (let row = chunk.rowStart; row < end; row++)
                            column[row] = (0,_value_column_js__WEBPACK_IMPORTED_MODULE_12__/* .normalizeValue */ .tA)(checkedValue(source, name, row, data[row - chunk.rowStart]));
                    }
                    catch (err) {
                        if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo))
                            throw err;
                        refused = err;
                        return;
                    }
                    progress.update(end, Math.round((source.size * end) / rows));
                },
            });
        }
        catch (err) {
            throw unreadable(source, err);
        }
        if (refused)
            throw refused;
    }
    progress.done(rows, source.size);
    const keepText = options.keepText === true;
    return {
        source: source.display,
        columns: names.map((name) => (0,_value_column_js__WEBPACK_IMPORTED_MODULE_12__/* .valueColumn */ .gR)(name, cells.get(name), keepText)),
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
    try {
        yield* openRecords(source, parquet, options);
    }
    finally {
        await parquet.close();
    }
}
async function* openRecords(source, parquet, options) {
    (0,_columns_js__WEBPACK_IMPORTED_MODULE_9__/* .checkRequested */ .lq)(options.columns, parquet.names, source.display);
    const columns = options.columns ? parquet.names.filter((n) => options.columns.includes(n)) : parquet.names;
    const rows = Math.min(parquet.rows, options.maxRows ?? Infinity);
    checkSize(source, parquet, columns, rows);
    const counted = countedCompressors(source);
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_15__/* .ProgressReporter */ .P(source.display, options.progress);
    let start = 0;
    for (const group of parquet.metadata.row_groups) {
        if (start >= rows)
            break;
        const end = Math.min(start + Number(group.num_rows), rows);
        let batch;
        try {
            batch = await new Promise((resolve, reject) => {
                (0,hyparquet__WEBPACK_IMPORTED_MODULE_16__/* .parquetRead */ .bA)({
                    file: parquet.file,
                    metadata: parquet.metadata,
                    columns,
                    rowStart: start,
                    rowEnd: end,
                    compressors: counted,
                    parsers,
                    rowFormat: 'object',
                    onComplete: resolve,
                }).catch(reject);
            });
        }
        catch (err) {
            throw unreadable(source, err);
        }
        for (let i = 0; i < batch.length; i++) {
            const row = batch[i];
            const record = {};
            for (const key of columns)
                record[key] = recordValue(checkedValue(source, key, start + i, row[key] ?? null));
            yield { record, line: null };
        }
        start = end;
        progress.update(start, Math.round((source.size * start) / rows));
    }
    progress.done(rows, source.size);
}


/***/ })

};
