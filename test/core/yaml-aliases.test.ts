/**
 * Issue #17 item 9: a YAML "billion laughs" (aliases of aliases, each level
 * nine times the last) in a policy, a contract, a canary configuration or an
 * inline YAML input is one line naming where, not a stack trace; a block
 * shared by an anchor, the common use of aliases, still reads.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { parseYamlValue } from '../../src/core/inputs.js';
import { MAX_ALIAS_COUNT } from '../../src/core/yaml.js';
import { loadCanaryConfig } from '../../src/gates/canary-decision/config.js';
import { parseContractText } from '../../src/gates/validate-schema/contract/source.js';
import { parsePolicy } from '../../src/run/policy.js';

/**
 * Nine levels: `a` holds nine scalars, each next level nine aliases of the
 * one before, so `i` stands for 9^9 = 387,420,489 scalars. The `yaml`
 * package weighs each alias it resolves by the aliases inside its target
 * (a: 1, b: 9, c: 81, d: 729) and stops once count × weight passes
 * maxAliasCount (100): `c` (9 aliases × 9) = 81 passes, `d`'s second alias
 * of `c` (2 × 81 = 162) does not. So the line named is `d`'s, the 4th.
 */
const LEVELS = 'abcdefghi';
const laughs = (indent = '') =>
  [`${indent}a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]`, ...[...LEVELS.slice(1)].map((c, k) => `${indent}${c}: &${c} [${Array(9).fill(`*${LEVELS[k]}`).join(', ')}]`)].join('\n') + '\n';

const MESSAGE = `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias expansions): aliases of aliases grow exponentially, as in a "billion laughs" document; write the values out instead`;

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError');
}

describe('a billion-laughs YAML', () => {
  it('in the policy file is one line naming the file and the line of the level that expands too far', () => {
    // The section line comes first, so `d` is on line 5.
    const err = userError(() => parsePolicy(`drift-check:\n${laughs('  ')}`, 'modelgate.yml'));
    expect(err.format()).toBe(`modelgate.yml:5: ${MESSAGE}`);
  });

  it('in a contract is one line naming the file and line', () => {
    const err = userError(() => parseContractText('contract.yml', laughs()));
    expect(err.format()).toBe(`contract.yml:4: ${MESSAGE}`);
  });

  it('in an inline canary configuration is one line naming the input', async () => {
    const err = await loadCanaryConfig(laughs(), '.').then(
      () => {
        throw new Error('expected a UserError');
      },
      (e: unknown) => e as UserError,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(err.format()).toBe(`input config: ${MESSAGE}`);
  });

  it('in an inline YAML input is one line naming the input', () => {
    const err = userError(() => parseYamlValue(laughs(), 'threshold'));
    expect(err.format()).toBe(`input threshold: ${MESSAGE}`);
  });
});

describe('an anchor shared by aliases', () => {
  it('still reads in a policy, expanded in each place', () => {
    const p = parsePolicy('defaults:\n  columns: &cols [age, income]\ndrift-check:\n  columns: *cols\nfairness-gate:\n  sensitive: *cols\n', 'modelgate.yml');
    expect(p.sections.get('drift-check')?.get('columns')?.value).toEqual(['age', 'income']);
    expect(p.sections.get('fairness-gate')?.get('sensitive')?.value).toEqual(['age', 'income']);
  });
});
