/**
 * Issue #17 item 14: `--bootstrap -5` was refused by the argument parser as
 * "ambiguous"; a negative number after a flag is its value, and the input's
 * own rule then says what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { explicitFromArgs } from '../../src/adapters/cli/run-cli.js';
import { UserError } from '../../src/core/errors.js';
import { COMMON_INPUTS } from '../../src/core/inputs.js';
import { loadGate } from '../../src/gates/index.js';
import { resolveGateInputs } from '../../src/run/resolve-inputs.js';

const gate = (await loadGate('performance-gate'))!;
const specs = [...gate.inputs.specs, ...COMMON_INPUTS];
const args = (...flags: string[]) => explicitFromArgs(gate.name, specs, ['--predictions', 'p.csv', '--label-column', 'y', ...flags]);

describe('a negative number after a flag', () => {
  it('is the flag\'s value, not an ambiguous option', () => {
    expect(args('--bootstrap', '-5').bootstrap).toBe('-5');
    expect(args('--bootstrap', '-.5').bootstrap).toBe('-.5');
  });

  it('is then judged by the input\'s rule: bootstrap must be 0 or more', () => {
    let err: unknown;
    try {
      resolveGateInputs(gate, args('--bootstrap', '-5'), undefined);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toMatch(/bootstrap.*bootstrap must be 0 \(off\) or more resamples/);
    expect((err as UserError).format()).not.toMatch(/ambiguous/);
  });
});
