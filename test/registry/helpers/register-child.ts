// A registration in its own process: argv = cwd, name, path. Prints the outputs as JSON.
import os from 'node:os';
import gate from '../../../src/gates/register-model/gate.js';
import { parseInputs } from '../../../src/core/inputs.js';

const [cwd, name, modelPath] = process.argv.slice(2);
const inputs = parseInputs(gate.inputs, { name, path: modelPath });
const result = await gate.run(inputs, {
  cwd,
  env: process.env,
  log: { info() {}, warn() {}, debug() {} },
  run: { actor: 'child' },
  progress() {},
  tempDir: os.tmpdir(),
});
process.stdout.write(JSON.stringify(result.outputs));
