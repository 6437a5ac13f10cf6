import { describe, expect, it } from 'vitest';
import { CONTRACT_FORMAT_NAMES, CONTRACT_FORMATS } from '../../../src/gates/validate-schema/contract/formats.js';
import { detectFormat, SCHEMA_FORMATS } from '../../../src/gates/validate-schema/contract/load.js';
import { parseContractText } from '../../../src/gates/validate-schema/contract/source.js';
import { reportSections } from '../../../src/gates/validate-schema/report-sections.js';

// One sample per format, each written by hand after the format's documentation.
const SAMPLES: Record<string, [file: string, text: string]> = {
  modelgate: ['c.yml', 'columns:\n  - name: a\n'],
  frictionless: ['s.json', '{"fields": [{"name": "a", "type": "integer"}]}'],
  'great-expectations': ['suite.json', '{"expectations": [{"type": "expect_column_to_exist", "kwargs": {"column": "a"}}]}'],
  'json-schema': ['r.json', '{"type": "object", "properties": {"a": {"type": "integer"}}}'],
  mlflow: ['MLmodel', 'flavors: {}\nsignature:\n  inputs: \'[{"name": "a", "type": "long"}]\'\n'],
};

describe('contract format registry', () => {
  it('detects every registered format from its own sample, and only those', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CONTRACT_FORMAT_NAMES].sort());
    for (const [name, [file, text]] of Object.entries(SAMPLES)) expect(detectFormat(parseContractText(file, text))).toBe(name);
  });

  it('loads each sample through its own entry', () => {
    for (const entry of CONTRACT_FORMATS) {
      const [file, text] = SAMPLES[entry.name];
      const loaded = entry.read(parseContractText(file, text));
      expect(loaded.kind === 'table' ? loaded.contract.format : loaded.format).toBe(entry.name);
    }
  });

  it('offers the registry as schema-format values and as the report enum', () => {
    expect(SCHEMA_FORMATS).toEqual(['auto', ...CONTRACT_FORMAT_NAMES]);
    for (const name of CONTRACT_FORMAT_NAMES) {
      expect(reportSections.shape.contract.safeParse({ path: 'x', format: name }).success).toBe(true);
    }
    expect(reportSections.shape.contract.safeParse({ path: 'x', format: 'avro' }).success).toBe(false);
  });

  it('names what each format is detected by when none matches', () => {
    expect(() => detectFormat(parseContractText('c.yml', 'hello: world\n'))).toThrow(/cannot tell the contract format \(expected modelgate: a columns list; .*great-expectations: an expectations list; .*mlflow: a file named MLmodel, or a signature key\); set schema-format/);
  });
});
