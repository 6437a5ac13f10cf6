/**
 * The current file read and prepared on two threads, when no other thread
 * is busy (the reference is a profile, or came from the cache).
 *
 * readers/csv-split.ts cuts the file in two at a line break; the main thread
 * reads the first half while a worker reads the second, both with their
 * number columns in shared memory (ReadOptions.sharedNumbers: posted without
 * a copy or a detach, which would slow the sorting). Then they swap
 * columns: each number column goes to one thread (even positions to the main
 * thread, odd ones to the worker), which prepares it from its two halves
 * exactly as a one-thread read would prepare the whole column (drop missing
 * and non-finite values, sort: column-sample.ts), sorting straight from the
 * halves (sortedFinite). Text columns are counted in each half and the counts
 * added (first-seen order is kept, since the first half's categories come
 * first). Sorting whole columns rather than halves spares merging 16 sorted
 * million-value arrays, which took as long as reading a tenth of the file.
 *
 * Whenever the halves do not give exactly the one-thread result (the file is
 * not cut, a part fails, a column is numbers in one half and text in the
 * other, a column cannot be prepared), it says why, and the caller reads the
 * file whole, in this thread, with its exact messages.
 */
import type { Progress } from '../../core/gate.js';
import type { ReadLimits } from '../../core/read-limits.js';
import type { Column, Table } from '../../core/table.js';
import type { TaskResult } from '../../parallel/task.js';
import { startWorkerTask, type TaskChannel } from '../../parallel/worker-task.js';
import { readCsvPartUnchecked } from '../../readers/csv.js';
import { firstPartOptions, planCsvSplit, type CsvPartRequest } from '../../readers/csv-split.js';
import { openSource } from '../../readers/source.js';
import { numberSampleOfParts, type ColumnSample } from './column-sample.js';
import { likelyType, mergeSamples, prepareReference, type PreparedColumn, type PreparedReference, type PrepareOptions } from './prepared-reference.js';

type Thread = 'main' | 'worker';
type PrepareWith = Pick<PrepareOptions, 'columnTypes' | 'skip'>;

export interface CurrentPartRequest {
  read: CsvPartRequest;
  prepare: PrepareWith;
}

/** What a thread hands the other once its half is read: its kinds, and the raw halves of the number columns the other prepares. */
interface Handover {
  kinds: Column['kind'][];
  halves: Record<number, { values: Float64Array }>;
}

/** What the worker returns: the number columns it prepared whole, and its half of the text columns. */
interface WorkerPart {
  rows: number;
  owned: Record<number, ColumnSample>;
  text: Record<number, PreparedColumn>;
}

const ownerOf = (i: number): Thread => (i % 2 === 0 ? 'main' : 'worker');

/**
 * The main thread's share of the file: the worker starts reading later (it
 * starts a thread and loads its chunks of the bundle first), so the main
 * thread takes a little more. Measured on the 1,000,000-row benchmark file
 * with shares 0.5, 0.55 and 0.6: 0.55 was fastest (1.17 s against 1.26 and
 * 1.21); since the worker starts sooner (lazy adapters), 0.52 measured no
 * different from 0.55.
 */
const FIRST_SHARE = 0.55;

function handover(table: Table, prepare: PrepareWith, to: Thread): { message: Handover; transfer: ArrayBuffer[] } {
  const halves: Handover['halves'] = {};
  const transfer: ArrayBuffer[] = [];
  table.columns.forEach((c, i) => {
    if (c.kind !== 'number' || prepare.skip.includes(c.name) || ownerOf(i) !== to) return;
    // Missing cells are NaN in a number column: the values alone say which to drop.
    halves[i] = { values: c.values };
    // Shared memory (sharedNumbers) goes as it is, without a detach; a plain buffer is transferred.
    if (!(c.values.buffer instanceof SharedArrayBuffer)) transfer.push(c.values.buffer);
  });
  return { message: { kinds: table.columns.map((c) => c.kind), halves }, transfer };
}

/**
 * The number columns `me` owns, each joined and prepared whole, or a reason
 * why the halves do not join (a column is numbers in one half only).
 */
function prepareOwned(mine: Table, other: Handover, me: Thread, prepare: PrepareWith): Record<number, ColumnSample> | string {
  const owned: Record<number, ColumnSample> = {};
  for (let i = 0; i < mine.columns.length; i++) {
    const c = mine.columns[i];
    if (other.kinds[i] !== c.kind) return `column ${c.name} is numbers in one half and text in the other`;
    if (c.kind !== 'number' || prepare.skip.includes(c.name) || ownerOf(i) !== me) continue;
    const theirs = other.halves[i].values;
    owned[i] = numberSampleOfParts(me === 'main' ? [c.values, theirs] : [theirs, c.values], likelyType(c.name, c.kind, prepare.columnTypes));
  }
  return owned;
}

/** The text columns of one half, prepared (counted). */
function prepareText(table: Table, prepare: PrepareWith): Record<number, PreparedColumn> {
  const text: Table = { ...table, columns: table.columns.filter((c) => c.kind === 'string') };
  const prepared = prepareReference(text, { ...prepare, consume: true }).columns;
  const out: Record<number, PreparedColumn> = {};
  let k = 0;
  table.columns.forEach((c, i) => {
    if (c.kind === 'string') out[i] = prepared[k++];
  });
  return out;
}

async function readPart(req: CsvPartRequest, progress?: (p: Progress) => void): Promise<Table> {
  return (await readCsvPartUnchecked(req.source, { ...req.options, progress }, req.part)).table;
}

/** The worker's side (worker-tasks.ts): read the second half, swap, prepare. */
export async function currentPartTask(req: CurrentPartRequest, _progress: (p: Progress) => void, channel: TaskChannel): Promise<TaskResult> {
  const table = await readPart(req.read);
  const { message, transfer } = handover(table, req.prepare, 'main');
  channel.send(message, transfer);
  const text = prepareText(table, req.prepare);
  const fromMain = (await channel.receive()) as Handover | null;
  if (!fromMain) return { value: null, transfer: [] }; // the main thread gave up on the halves
  const owned = prepareOwned(table, fromMain, 'worker', req.prepare);
  if (typeof owned === 'string') throw new Error(owned);
  const value: WorkerPart = { rows: table.rowCount, owned, text };
  const buffers = Object.values(owned).flatMap((s) => (s.type === 'numerical' ? [s.values.buffer as ArrayBuffer] : []));
  return { value, transfer: buffers };
}

export interface CurrentInParts {
  path: string;
  cwd: string;
  /** The run's read limits (GateContext.readLimits); the source carries them to both parts. */
  limits?: ReadLimits;
  columns?: string[];
  prepare: PrepareWith;
  /** The bundle for the worker (parallel/bundle-url.ts). */
  bundle: string;
  progress?: (p: Progress) => void;
}

/** The prepared file, or why it is better read whole in one thread. */
export async function prepareCurrentInParts(o: CurrentInParts): Promise<{ prepared: PreparedReference } | { whole: string }> {
  const source = await openSource(o.path, { ...o.limits, cwd: o.cwd });
  const split = await planCsvSplit(source, { columns: o.columns }, undefined, FIRST_SHARE);
  if (!split) return { whole: 'not cut' };
  const options = { columns: o.columns, sharedNumbers: true };
  const worker = startWorkerTask<WorkerPart | null>(o.bundle, 'drift-current-part', { read: { source, options, part: split.second }, prepare: o.prepare });
  const giveUp = (reason: string) => {
    worker.channel.send(null);
    worker.stop();
    return { whole: reason };
  };
  let table: Table;
  try {
    table = await readPart({ source, options, part: split.first }, firstPartOptions({ progress: o.progress }).progress);
  } catch (err) {
    return giveUp(`the first part failed: ${String(err)}`);
  }
  // Hand over first, then count the text columns while the worker may still be reading.
  const { message, transfer } = handover(table, o.prepare, 'worker');
  worker.channel.send(message, transfer);
  const text = prepareText(table, o.prepare);
  const fromWorker = await Promise.race([worker.channel.receive() as Promise<Handover>, worker.result.then(() => null, () => null)]);
  if (!fromWorker) return giveUp(`the second part failed: ${String(await worker.result.catch((e: unknown) => e))}`);
  const owned = prepareOwned(table, fromWorker, 'main', o.prepare);
  if (typeof owned === 'string') return giveUp(owned);
  let theirs: WorkerPart | null;
  try {
    theirs = await worker.result;
  } catch (err) {
    return { whole: `the second part failed: ${String(err)}` };
  }
  if (!theirs) return { whole: 'the second part gave up' };
  const columns: PreparedColumn[] = [];
  for (let i = 0; i < table.columns.length; i++) {
    const c = table.columns[i];
    if (o.prepare.skip.includes(c.name)) {
      columns.push({ name: c.name, kind: c.kind });
      continue;
    }
    if (c.kind === 'number') {
      columns.push({ name: c.name, kind: c.kind, sample: ownerOf(i) === 'main' ? owned[i] : theirs.owned[i] });
      continue;
    }
    const [a, b] = [text[i], theirs.text[i]];
    const sample = a.sample && b.sample && !a.error && !b.error ? mergeSamples(a.sample, b.sample) : null;
    if (!sample) return { whole: `column ${c.name} could not be prepared in halves` };
    columns.push({ name: c.name, kind: c.kind, sample });
  }
  const rows = table.rowCount + theirs.rows;
  o.progress?.({ file: source.display, rows, bytes: source.size, done: true });
  return { prepared: { source: source.display, tableRows: rows, rowCount: rows, columns } };
}
