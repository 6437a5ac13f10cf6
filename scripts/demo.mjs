#!/usr/bin/env node
// `npm run demo`: validate-schema on the bundled example data, once on the
// clean file (passes) and once on a broken copy (fails), with the same CLI
// the actions run. Needs only Node: dist/ is committed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const ex = 'examples/validate-schema';

function run(title, args) {
  console.log(`\n\x1b[1m$ modelgate ${args.join(' ')}\x1b[0m   # ${title}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  console.log(`\n(exit code ${r.status})`);
  return r.status;
}

const reportDir = tmpdir();
const good = run('the clean training data: expect pass', ['validate-schema', '--data', `${ex}/loans.csv`, '--schema', `${ex}/contract.yml`, '--report-path', join(reportDir, 'modelgate-demo-pass.json')]);
const bad = run('a broken copy: expect fail', ['validate-schema', '--data', `${ex}/broken.csv`, '--schema', `${ex}/contract.yml`, '--report-path', join(reportDir, 'modelgate-demo-fail.json')]);

const ok = good === 0 && bad === 1;
console.log(ok ? '\nDemo done: the clean file passed and the broken copy failed, as expected.' : '\nDemo did not behave as expected.');
process.exit(ok ? 0 : 1);
