/**
 * The CLI as a user meets it: `node dist/cli.js` from a copy of dist/ with
 * no node_modules anywhere near (a fresh clone without `npm ci`), on the
 * bundled example data and on each kind of bad input.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let work: string;

function cli(args: string[], cwd = work) {
  const r = spawnSync(process.execPath, [join(work, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A user error is exactly one line on stderr, and exit code 2. */
function expectOneLineError(r: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'modelgate-cli-'));
  cpSync(join(root, 'dist'), join(work, 'dist'), { recursive: true });
  cpSync(join(root, 'examples/validate-schema'), join(work, 'ex'), { recursive: true });
  writeFileSync(join(work, 'contract.yml'), 'columns:\n  - { name: id, type: integer, unique: true }\n  - { name: x, type: number, min: 0, max: 1 }\n');
  writeFileSync(join(work, 'ok.csv'), 'id,x\n1,0.5\n2,0.25\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('modelgate CLI from a bare copy of dist/', () => {
  it('has no node_modules to lean on', () => {
    expect(existsSync(join(work, 'node_modules'))).toBe(false);
  });

  it('passes the example data, prints the report and writes the JSON report', () => {
    const r = cli(['validate-schema', '--data', 'ex/loans.csv', '--schema', 'ex/contract.yml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/PASS/);
    const report = JSON.parse(readFileSync(join(work, 'modelgate-validate-schema.json'), 'utf8'));
    expect(report).toMatchObject({ schemaVersion: '1.0', gate: 'validate-schema', verdict: 'pass' });
  });

  it('fails the broken copy with exit code 1 and says why', () => {
    const r = cli(['validate-schema', '--data', 'ex/broken.csv', '--schema', 'ex/contract.yml', '--report-path', 'out/broken.json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/FAIL/);
    expect(JSON.parse(readFileSync(join(work, 'out/broken.json'), 'utf8')).verdict).toBe('fail');
  });

  it('fail-on never reports without failing', () => {
    expect(cli(['validate-schema', '--data', 'ex/broken.csv', '--schema', 'ex/contract.yml', '--fail-on', 'never']).code).toBe(0);
  });

  it('prints usage and exits 2 without a gate', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Usage: modelgate <gate>/);
  });

  it('suggests the gate meant', () => {
    expectOneLineError(cli(['validate-schem']), /unknown gate "validate-schem"; did you mean "validate-schema"\?/);
  });

  it('rejects an unknown flag', () => {
    expectOneLineError(cli(['validate-schema', '--dta', 'x.csv']), /--dta/);
  });

  it('lists the inputs with --help', () => {
    const r = cli(['validate-schema', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--data/);
    expect(r.stdout).toMatch(/--fail-on \(default: fail\)/);
  });
});

describe('bad input: one clear line and exit code 2', () => {
  const bad = (name: string, content: string | Buffer) => {
    writeFileSync(join(work, name), content);
    return name;
  };

  it('a missing data file', () => {
    expectOneLineError(cli(['validate-schema', '--data', 'nope.csv', '--schema', 'contract.yml']), /nope\.csv/);
  });

  it('an empty data file', () => {
    expectOneLineError(cli(['validate-schema', '--data', bad('empty.csv', ''), '--schema', 'contract.yml']), /empty\.csv.*empty/i);
  });

  it('a ragged CSV row, naming its line', () => {
    expectOneLineError(cli(['validate-schema', '--data', bad('ragged.csv', 'id,x\n1,0.5\n2,0.1,9\n'), '--schema', 'contract.yml']), /ragged\.csv:3/);
  });

  it('invalid UTF-8, naming its line', () => {
    const bytes = Buffer.concat([Buffer.from('id,x\n1,0.5\n2,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    expectOneLineError(cli(['validate-schema', '--data', bad('latin.csv', bytes), '--schema', 'contract.yml']), /latin\.csv:3.*UTF-8/);
  });

  it('a column in the contract the data lacks is a finding, a misspelt one in a rule names it', () => {
    const contract = bad('typo.yml', 'columns:\n  - { name: id, type: integer }\n  - { name: xx, type: number }\n');
    const r = cli(['validate-schema', '--data', 'ok.csv', '--schema', contract]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/xx/);
  });

  it('a primary key naming an unknown column', () => {
    const contract = bad('pk.yml', 'columns:\n  - { name: id, type: integer }\nprimary-key: idd\n');
    expectOneLineError(cli(['validate-schema', '--data', 'ok.csv', '--schema', contract]), /pk\.yml.*idd/);
  });

  it('invalid YAML, naming its line', () => {
    expectOneLineError(cli(['validate-schema', '--data', 'ok.csv', '--schema', bad('broken.yml', 'columns:\n  - { name: id, type: integer\n')]), /broken\.yml:\d+/);
  });

  it('a regex that does not compile, naming the column', () => {
    const contract = bad('regex.yml', 'columns:\n  - { name: id, type: integer }\n  - { name: x, pattern: "([a-z" }\n');
    expectOneLineError(cli(['validate-schema', '--data', 'ok.csv', '--schema', contract]), /regex\.yml.*x.*\(\[a-z/);
  });

  it('a bad threshold input', () => {
    expectOneLineError(cli(['validate-schema', '--data', 'ok.csv', '--schema', 'contract.yml', '--null-rate-increase', 'lots']), /null-rate-increase/);
  });

  it('a policy file with an unknown setting, naming its line', () => {
    bad('policy.yml', 'validate-schema:\n  schema: contract.yml\n  nul-rate-increase: 0.1\n');
    expectOneLineError(cli(['validate-schema', '--data', 'ok.csv', '--policy', 'policy.yml']), /policy\.yml:3: validate-schema: unknown setting "nul-rate-increase"; did you mean "null-rate-increase"\?/);
  });

  it('writes no report when the input is bad', () => {
    cli(['validate-schema', '--data', 'nope.csv', '--schema', 'contract.yml', '--report-path', 'never.json']);
    expect(existsSync(join(work, 'never.json'))).toBe(false);
  });
});
