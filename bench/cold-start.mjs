// Cold start of an action: node running the committed dist entry of
// validate-schema on a 10-row file, exactly as the runner starts it, against
// `node -e ''`. Median of 21 alternating runs each.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'modelgate-cold-'));
writeFileSync(join(work, 'data.csv'), 'id,x\n' + Array.from({ length: 10 }, (_, i) => `${i + 1},${i / 10}`).join('\n') + '\n');
writeFileSync(join(work, 'contract.yml'), 'columns:\n  - { name: id, type: integer, unique: true }\n  - { name: x, type: number, min: 0, max: 1 }\n');

const env = {
  PATH: process.env.PATH,
  GITHUB_WORKSPACE: work,
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: join(work, 'output'),
  GITHUB_STEP_SUMMARY: join(work, 'summary'),
  INPUT_DATA: 'data.csv',
  INPUT_SCHEMA: 'contract.yml',
  INPUT_COMMENT: 'never',
};
for (const f of ['output', 'summary']) writeFileSync(join(work, f), '');

const entry = join(root, 'dist/actions/validate-schema.js');
const nodes = [['node 20', process.execPath], ['node 24', join(root, 'node_modules/node/bin/node')]];
console.log('\nCold start: action entry on a 10-row file vs bare node (median of 21 runs, ms)');
console.log(`${''.padEnd(10)} ${'bare node'.padStart(10)} ${'action'.padStart(10)} ${'overhead'.padStart(10)}`);
for (const [label, node] of nodes) {
  const bare = [];
  const action = [];
  for (let i = 0; i < 21; i++) {
    bare.push(measure(node, ['-e', '']).seconds * 1000);
    const r = measure(node, [entry], { env, cwd: work });
    if (r.status !== 0) throw new Error(`action failed: ${r.stdout}${r.stderr}`);
    action.push(r.seconds * 1000);
  }
  const b = median(bare);
  const a = median(action);
  console.log(`${label.padEnd(10)} ${b.toFixed(1).padStart(10)} ${a.toFixed(1).padStart(10)} ${(a - b).toFixed(1).padStart(10)}   (aim: overhead < 150 ms)`);
}
