// validate-schema on a 1,000,000-row × 20-column CSV against the same checks
// done with pandas (bench/validate_schema_pandas.py), in one run: wall time
// and peak memory, as ratios (peer ÷ modelgate: above 1 means modelgate wins).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate-table.mjs';
import { measure, PYTHON, row, NODE, NODE_VERSION } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const data = join(root, 'bench/data', `table-${rows}.csv`);
if (!existsSync(data)) {
  console.log(`generating ${data} ...`);
  await generate(rows, data);
}
const cli = join(root, process.env.MODELGATE_DIST ?? 'dist', 'cli.js');
const contract = join(root, 'bench/validate-schema.contract.yml');
const report = join(root, 'bench/data/validate-schema-report.json');

const ours = measure(NODE, [cli, 'validate-schema', '--data', data, '--schema', contract, '--report-path', report]);
if (ours.status !== 0) throw new Error(`modelgate exited ${ours.status}: ${ours.stderr}`);
const peer = measure(PYTHON, [join(root, 'bench/validate_schema_pandas.py'), data]);
if (peer.status !== 0) throw new Error(`pandas peer failed: ${peer.stderr}`);

console.log(`\nvalidate-schema, ${rows.toLocaleString('en-US')} rows × 20 columns (peer: pandas ${JSON.parse(peer.stdout).rows} rows); modelgate on Node ${NODE_VERSION}`);
console.log(`${''.padEnd(34)} ${'modelgate'.padStart(9)} ${'pandas'.padStart(9)} ${'ratio'.padStart(8)}`);
console.log(row('wall time (s)', ours.seconds, peer.seconds));
console.log(row('peak memory (MB)', ours.peakMB, peer.peakMB));
