// The visual report's cost on a large run: drift-check on the 1,000,000-row
// reference and current CSVs of drift-check.mjs (20 columns), run with and
// without `--html`, alternating, five times each; the page's size, and the
// median wall times. With MODELGATE_BASELINE_DIST=<a build without the
// visual report> (e.g. `git archive <commit> dist | tar -x -C /tmp/base`)
// the same run of that build is timed too, so the table also shows what the
// report's chart summaries in the JSON report cost.
//   node bench/html-report.mjs   (BENCH_ROWS to change the size)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './drift-data.mjs';
import { measure, median, NODE, NODE_VERSION } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const refPath = join(root, 'bench/data', `drift-reference-${rows}.csv`);
const curPath = join(root, 'bench/data', `drift-current-${rows}.csv`);
if (!existsSync(refPath)) await generate(rows, refPath, 1, false);
if (!existsSync(curPath)) await generate(rows, curPath, 2, true);

const cli = (dist) => join(resolve(root, dist), 'cli.js');
const html = join(root, 'bench/data/drift-check-report.html');
const base = (dist, report) => [cli(dist), 'drift-check', '--reference', refPath, '--current', curPath, '--report-path', report, '--comment', 'never', '--fail-on', 'never'];
const variants = [
  { label: 'modelgate, no HTML report', args: base(process.env.MODELGATE_DIST ?? 'dist', join(root, 'bench/data/drift-html-a.json')) },
  { label: 'modelgate, with --html', args: [...base(process.env.MODELGATE_DIST ?? 'dist', join(root, 'bench/data/drift-html-b.json')), '--html', html] },
];
if (process.env.MODELGATE_BASELINE_DIST) variants.push({ label: 'baseline build (no charts, no HTML)', args: base(process.env.MODELGATE_BASELINE_DIST, join(root, 'bench/data/drift-html-c.json')) });

const times = variants.map(() => []);
for (let i = 0; i < 5; i++) {
  variants.forEach((v, k) => {
    const r = measure(NODE, v.args);
    if (r.status !== 0) throw new Error(`${v.label}: exited ${r.status}: ${r.stderr}`);
    times[k].push(r.seconds);
  });
}
const medians = times.map(median);
const report = JSON.parse(readFileSync(join(root, 'bench/data/drift-html-b.json'), 'utf8'));
const htmlBytes = statSync(html).size;
const jsonBytes = statSync(join(root, 'bench/data/drift-html-b.json')).size;
console.log(`\nThe HTML report of drift-check on ${rows.toLocaleString('en-US')} rows × 20 columns (${report.dataset.driftedColumns.length} drifted), Node ${NODE_VERSION}, median of 5`);
console.log(`HTML page: ${(htmlBytes / 1e6).toFixed(3)} MB (aim: under 2 MB); JSON report: ${(jsonBytes / 1e6).toFixed(3)} MB`);
variants.forEach((v, k) => console.log(`${v.label.padEnd(40)} ${medians[k].toFixed(3).padStart(8)} s`));
console.log(`the HTML report adds ${(((medians[1] - medians[0]) / medians[0]) * 100).toFixed(1)}% (aim: under 10%)`);
if (medians[2] !== undefined) console.log(`charts section and HTML together add ${(((medians[1] - medians[2]) / medians[2]) * 100).toFixed(1)}% to the baseline build`);
