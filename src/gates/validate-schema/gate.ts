/**
 * validate-schema: check data files against a data contract (modelgate,
 * Frictionless, Great Expectations, JSON Schema or an MLflow signature)
 * before training or serving, optionally compare them with a baseline, and
 * infer a contract from data.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { defineGate, type GateContext, type GateResult, type Progress } from '../../core/gate.js';
import type { InputSpec, OutputSpec } from '../../core/inputs.js';
import { makeReport } from '../../core/make-report.js';
import type { Table } from '../../core/table.js';
import { expandPaths, readRecords, readTable } from '../../readers/index.js';
import { buildAnnotations } from './annotations.js';
import { compareToBaseline } from './baseline.js';
import { loadContract, SCHEMA_FORMATS, type LoadedContract } from './contract/load.js';
import { validateRecords } from './contract/json-schema.js';
import type { Contract } from './contract/model.js';
import { contractJsonSchema } from './contract/modelgate.js';
import { evaluateContract, type RuleCheck, type ShortRow } from './evaluate.js';
import { inferContract, inferredContractYaml } from './infer.js';
import { renderMarkdown } from './render.js';
import { reportSections } from './report-sections.js';

export const inputs: InputSpec[] = [
  {
    name: 'data',
    kind: 'string',
    required: true,
    description: 'Data file to validate (CSV, TSV, JSON Lines, JSON, Parquet, optionally .gz), or a glob: every matching file is validated.',
  },
  {
    name: 'schema',
    kind: 'string',
    description:
      'Path of the data contract: a modelgate contract (YAML/JSON), a Frictionless Table Schema, a Great Expectations suite, a JSON Schema for records, or an MLflow `MLmodel` file. Required unless `infer-to` is set.',
  },
  {
    name: 'schema-format',
    kind: 'string',
    default: 'auto',
    description: 'Format of `schema`: `auto` (detected from the content), `modelgate`, `frictionless`, `great-expectations`, `json-schema` or `mlflow`.',
  },
  {
    name: 'baseline',
    kind: 'string',
    description: 'Reference data file (e.g. last accepted training set) to compare null rates and row count with.',
  },
  {
    name: 'null-rate-increase',
    kind: 'number',
    default: '0.10',
    description: "With `baseline`: largest allowed rise of a column's share of missing cells, as a fraction (0.10 = 10 percentage points).",
  },
  {
    name: 'row-count-change',
    kind: 'number',
    description: 'With `baseline`: largest allowed relative change of the row count, e.g. `0.5` allows 50% fewer or more rows. Not checked when unset.',
  },
  {
    name: 'baseline-severity',
    kind: 'string',
    default: 'warn',
    description: 'What a baseline rule that does not hold does: `warn` or `error` (fails the gate).',
  },
  {
    name: 'infer-to',
    kind: 'string',
    description:
      'Write a modelgate contract inferred from the (first) `data` file to this path: types, nullability, min/max, categories, uniqueness. Without `schema` the gate only infers and passes.',
    notInPolicy: true,
  },
  {
    name: 'max-examples',
    kind: 'number',
    default: '5',
    description: 'How many offending rows and values to keep per rule in the report.',
  },
  {
    name: 'max-annotations',
    kind: 'number',
    default: '10',
    description: 'Most file annotations to emit on the data file (GitHub shows 10 per level per step).',
  },
];

export const outputs: OutputSpec[] = [
  { name: 'violations', description: 'Number of rules that do not hold (failing or warning).' },
  { name: 'rows', description: 'Rows read from the data file(s).' },
];

const optionalString = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).optional());
const optionalNumber = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().min(0).optional());

export const schema = z.object({
  data: z.string({ error: 'data is required: the data file or glob to validate' }).min(1, 'data is required: the data file or glob to validate'),
  schema: optionalString,
  'schema-format': z.enum(SCHEMA_FORMATS).default('auto'),
  baseline: optionalString,
  'null-rate-increase': z.coerce.number().min(0).max(1).default(0.1),
  'row-count-change': optionalNumber,
  'baseline-severity': z.enum(['warn', 'error']).default('warn'),
  'infer-to': optionalString,
  'max-examples': z.coerce.number().int().min(0).max(1000).default(5),
  'max-annotations': z.coerce.number().int().min(0).max(1000).default(10),
});

export type ValidateSchemaInputs = z.infer<typeof schema>;

/**
 * Contract columns whose rules read the cells' text as written: a declared
 * string or category column with a pattern or length rule (allowed values
 * of a number column compare by value instead).
 * If the reader made such a column a number column (zip codes, "01"-style
 * categories), its text ("01234", not 1234) is needed: the file is then read
 * again with `keepText`. Keeping the text of every number column up front
 * would triple the read time of a large file (measured: 9.7 s → 32 s for
 * 1M rows × 20 columns), so it is done only when such a column shows up.
 */
function columnsNeedingText(contract: Contract | undefined): Set<string> {
  const names = new Set<string>();
  if (!contract) return names;
  for (const c of contract.columns) {
    // A field read by its own reader (a Frictionless format, decimalChar, …) reads the text as written.
    if (c.reader?.needsText) {
      names.add(c.name);
      continue;
    }
    if (c.type !== undefined && c.type !== 'string' && c.type !== 'category') continue;
    if (c.rules.some((r) => r.kind === 'pattern' || r.kind === 'min-length' || r.kind === 'max-length')) names.add(c.name);
  }
  return names;
}

function summarise(checks: RuleCheck[], rows: number, inferredOnly: boolean, inferTo?: string): string {
  const bad = checks.filter((c) => c.verdict !== 'pass');
  const fails = bad.filter((c) => c.verdict === 'fail');
  if (inferredOnly && bad.length === 0) return `pass: inferred a contract from ${rows} rows into ${inferTo}`;
  if (bad.length === 0) return `pass: ${checks.length} rules hold over ${rows} rows`;
  const worst = fails[0] ?? bad[0];
  const verdict = fails.length ? 'fail' : 'warn';
  const what = typeof worst.value === 'number' && worst.rows.length ? `${worst.value} rows` : worst.message ?? '';
  return `${verdict}: ${bad.length} of ${checks.length} rules violated (${worst.id}: ${what})`;
}

export async function runValidateSchema(inputs: ValidateSchemaInputs, ctx: GateContext): Promise<GateResult> {
  const inferTo = inputs['infer-to'];
  if (!inputs.schema && !inferTo) {
    throw new UserError('no contract: set `schema` to a contract file, or `infer-to` to infer one from the data', { field: 'input schema' });
  }
  const files = await expandPaths(inputs.data, ctx.cwd);
  const loaded: LoadedContract | undefined = inputs.schema ? await loadContract(inputs.schema, ctx.cwd, inputs['schema-format']) : undefined;
  const contract = loaded?.kind === 'table' ? loaded.contract : undefined;
  const maxExamples = inputs['max-examples'];
  const textColumns = columnsNeedingText(contract);
  const tables = new Map<string, Table>();
  // Short CSV records are read with their missing cells empty and reported as a check, not a refused file.
  const shortRows = new Map<string, ShortRow[]>();
  const read = async (file: string): Promise<Table> => {
    let t: Table | undefined = tables.get(file);
    if (!t) {
      const readFile = async (keepText: boolean) => {
        const short: ShortRow[] = [];
        // Only a table contract reports them; inferring or a record schema still refuses a ragged file.
        const shortRow = contract ? (row: number, fields: number) => short.push({ row, fields }) : undefined;
        const table = await readTable(file, { cwd: ctx.cwd, keepText, progress: (p: Progress) => ctx.progress(p), shortRow });
        shortRows.set(file, short);
        return table;
      };
      t = await readFile(false);
      if (t.columns.some((c) => c.kind === 'number' && textColumns.has(c.name) && c.text === undefined)) {
        ctx.log.debug(`validate-schema: re-reading ${file} to keep the text of numeric-looking text columns`);
        t = await readFile(true);
      }
      tables.set(file, t);
    }
    return t;
  };

  if (inferTo) {
    const first = await read(files[0]);
    const yaml = inferredContractYaml(first, inferContract(first));
    const target = resolve(ctx.cwd, inferTo);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, yaml);
    ctx.log.info(`validate-schema: wrote the inferred contract to ${inferTo}`);
  }

  const baseline = inputs.baseline ? await readTable(inputs.baseline, { cwd: ctx.cwd, progress: (p: Progress) => ctx.progress(p) }) : undefined;
  const checks: RuleCheck[] = [];
  const fileSummaries: { file: string; rows: number; columns: number }[] = [];
  for (const file of files) {
    let fileChecks: RuleCheck[] = [];
    let rows: number;
    let columns: number;
    if (loaded?.kind === 'records') {
      const textCells = /\.(csv|tsv|txt)(\.gz)?$/i.test(file);
      const result = await validateRecords(readRecords(file, { cwd: ctx.cwd }), loaded.validator, file, maxExamples, textCells);
      fileChecks = result.checks;
      rows = result.rows;
      columns = result.columns;
      if (baseline) {
        const table = await read(file);
        columns = table.columns.length;
        fileChecks.push(...baselineChecks(table, baseline, inputs));
      }
    } else {
      const table = await read(file);
      rows = table.rowCount;
      columns = table.columns.length;
      if (contract) fileChecks = evaluateContract(table, contract, { maxExamples, shortRows: shortRows.get(file) });
      if (baseline) fileChecks.push(...baselineChecks(table, baseline, inputs, contract?.missingValues));
    }
    tables.delete(file);
    fileSummaries.push({ file, rows, columns });
    if (files.length > 1) for (const c of fileChecks) c.id = `${file}#${c.id}`;
    checks.push(...fileChecks);
  }

  const rows = fileSummaries.reduce((s, f) => s + f.rows, 0);
  const violations = checks.filter((c) => c.verdict === 'fail' || c.verdict === 'warn').length;
  const contractInfo = loaded ? { path: inputs.schema as string, format: loaded.kind === 'table' ? loaded.contract.format : loaded.format } : undefined;
  const report = makeReport({
    gate: 'validate-schema',
    inputs: { ...inputs },
    checks,
    summary: summarise(checks, rows, !loaded, inferTo),
    sections: {
      files: fileSummaries,
      ...(contractInfo ? { contract: contractInfo } : {}),
      ...(inferTo ? { inferred: inferTo } : {}),
    },
  });
  return {
    report,
    outputs: { violations: String(violations), rows: String(rows) },
    markdown: renderMarkdown({ checks, files: fileSummaries, contract: contractInfo, inferredTo: inferTo, multiFile: files.length > 1 }),
    annotations: buildAnnotations(checks, inputs['max-annotations']),
  };
}

function baselineChecks(table: Table, baseline: Table, inputs: ValidateSchemaInputs, missingValues?: string[]): RuleCheck[] {
  return compareToBaseline(table, baseline, {
    nullRateIncrease: inputs['null-rate-increase'],
    rowCountChange: inputs['row-count-change'],
    severity: inputs['baseline-severity'] === 'error' ? 'error' : 'warn',
    missingValues,
  });
}

export default defineGate<ValidateSchemaInputs>({
  name: 'validate-schema',
  title: 'Schema validation',
  description: 'Validate data files against a data contract (modelgate, Frictionless, Great Expectations, JSON Schema or MLflow signature) before training or serving.',
  inputs,
  outputs,
  schema: schema as unknown as z.ZodType<ValidateSchemaInputs>,
  run: runValidateSchema,
  schemas: () => ({ contract: contractJsonSchema() }),
  reportSections,
});
