/**
 * The suite: several gates in one step (the root action `modelgate/modelgate`
 * and `modelgate run`). Each gate runs through the same path as alone
 * (runGate), in dependency order, with its settings from the policy file and
 * from the suite's input named after it. The suite adds what one step of
 * several gates needs:
 *
 * - one read of a file two gates name (table-cache.ts);
 * - a gate that cannot run (a missing file, a bad setting) is recorded with
 *   its error and the other gates still run; the run then fails;
 * - register-model runs last of the model gates and records their reports,
 *   and is skipped when one of them failed;
 * - one JSON report per gate in one folder, one combined Markdown report,
 *   and one verdict: the worst.
 *
 * Adapters (adapters/action/run-suite-action.ts, the CLI's `run`) move the
 * outcome out; they read `conclusion` and never decide again.
 */
import { rm } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describeError, isUserError, UserError } from '../core/errors.js';
import type { GateContext, Logger } from '../core/gate.js';
import { COMMON_INPUTS, type InputSpec } from '../core/inputs.js';
import type { GateName } from '../core/report.js';
import { closest } from '../core/suggest.js';
import { worstVerdict, type Conclusion, type Verdict } from '../core/verdict.js';
import { availableGates } from '../gates/index.js';
import { renderSuiteMarkdown } from '../render/suite-markdown.js';
import type { Policy } from './policy.js';
import { Redactor } from './redact.js';
import { resolveGateInputs } from './resolve-inputs.js';
import { readPolicy, resolveGate, runGate } from './run-gate.js';
import { SUITE_INPUTS, SUITE_ORDER, type SuiteInputs } from './suite-inputs.js';
import { entryFails, entryReason, entryVerdict, type RanEntry, type SuiteEntry, type SuiteResult, type SuiteVerdict } from './suite-entry.js';
import { SharedTables } from './table-cache.js';

/** Common inputs a gate's own settings may set in a suite; the others belong to the whole run. */
const PER_GATE_COMMON = new Set(['fail-on']);

export interface SuiteOutcome extends SuiteResult {
  /** Gate → verdict (`error`, `skipped` for a gate that could not run or was not run). */
  verdicts: Record<string, SuiteVerdict>;
  /** The folder holding `<gate>.json` for each gate that ran. */
  reportDir: string;
  /** The suite's inputs, redacted except for the token, which goes out only to authenticate. */
  inputs: SuiteInputs;
  /** Files read whole once for several gates, and the requests served from them. */
  sharedReads: { reads: number; served: number };
  redact: (text: string) => string;
}

export type SuiteContext = GateContext & {
  defaultReportDir: string;
  /** Marks where each gate's log lines start and end (the runner's log groups). */
  group?: { start(title: string): void; end(): void };
};

/** The gates to run, in SUITE_ORDER: the `gates` input, else the policy file's sections and the gates given settings. */
function gatesToRun(inputs: SuiteInputs, policy: Policy | undefined, settings: Map<GateName, string>): GateName[] {
  const known = availableGates();
  const named = inputs.gates.length > 0 ? inputs.gates : [...(policy?.sections.keys() ?? [])].filter((k) => k !== 'defaults').concat([...settings.keys()]);
  for (const name of named) {
    if (!(known as string[]).includes(name)) {
      const hint = closest(name, known);
      throw new UserError(`unknown gate "${name}"${hint ? `; did you mean "${hint}"?` : ''} (gates: ${known.join(', ')})`, { field: 'input gates' });
    }
  }
  if (inputs.gates.length > 0) {
    for (const gate of settings.keys()) {
      if (!named.includes(gate)) throw new UserError(`${gate} is not among the gates to run (${named.join(', ')})`, { field: `input ${gate}` });
    }
  }
  const order = SUITE_ORDER.filter((g) => named.includes(g));
  if (order.length === 0) {
    throw new UserError('no gates to run: list them in `gates` (e.g. `gates: validate-schema, drift-check`) or give each a section in the policy file', {
      field: 'input gates',
    });
  }
  return order;
}

/** A value of a gate's settings map as its step input: the string a `with:` value would be. */
function asStepInput(gate: string, spec: InputSpec, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && spec.kind === 'list') {
    const items = value.map((v) => (v === null || typeof v === 'object' ? undefined : String(v)));
    const bad = items.findIndex((v) => v === undefined || /[,\n]/.test(v));
    if (bad >= 0) throw new UserError(`item ${bad + 1} of ${spec.name} must be a single value without commas`, { field: `input ${gate}` });
    return items.join('\n');
  }
  // A map (or a list for a YAML input): JSON is YAML, which such inputs read.
  return JSON.stringify(value);
}

/** A gate's settings for this run (its suite input): its own inputs and `fail-on`, as step inputs. */
export function parseGateSettings(gate: { name: string; inputs: { specs: InputSpec[] } }, text: string | undefined): Record<string, string> {
  if (text === undefined || text.trim() === '') return {};
  const field = `input ${gate.name}`;
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new UserError(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { field });
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new UserError(`expected a map of ${gate.name}'s inputs, e.g. "name: value" lines`, { field });
  const specs = new Map([...gate.inputs.specs, ...COMMON_INPUTS.filter((s) => PER_GATE_COMMON.has(s.name))].map((s) => [s.name, s]));
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const spec = specs.get(key);
    if (!spec) {
      if (COMMON_INPUTS.some((s) => s.name === key)) throw new UserError(`"${key}" is an input of the whole run, not of one gate`, { field });
      const hint = closest(key, [...specs.keys()]);
      throw new UserError(`${gate.name} has no input "${key}"${hint ? `; did you mean "${hint}"?` : ''}`, { field });
    }
    if (v === null || v === undefined) continue;
    out[key] = asStepInput(gate.name, spec, v);
  }
  return out;
}

/** Every string an input value holds (paths among them), for finding the files two gates share. */
function stringsIn(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value.trim());
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

function prefixed(log: Logger, gate: string): Logger {
  return { info: (m) => log.info(`${gate}: ${m}`), warn: (m) => log.warn(`${gate}: ${m}`), debug: (m) => log.debug(`${gate}: ${m}`) };
}

/** One line naming what went wrong; an internal error's stack goes to the debug log. */
function errorLine(err: unknown, log: Logger): string {
  if (isUserError(err)) return err.format();
  log.debug(describeError(err));
  return err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
}

function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ');
}

function suiteSummary(verdict: Verdict, entries: SuiteEntry[]): string {
  const word: Record<string, string> = { fail: 'failed', warn: 'warned', error: 'could not run', skipped: 'skipped' };
  const parts = entries.filter((e) => entryVerdict(e) !== 'pass').map((e) => `${e.gate} ${word[entryVerdict(e)]} (${oneLine(entryReason(e))})`);
  const passed = entries.filter((e) => entryVerdict(e) === 'pass').map((e) => e.gate);
  if (passed.length) parts.push(`${passed.join(', ')} passed`);
  return `${verdict}: ${parts.join('; ')}`;
}

export async function runSuite(explicit: Record<string, string>, ctx: SuiteContext): Promise<SuiteOutcome> {
  const redactor = new Redactor((s) => ctx.secret?.(s));
  redactor.add(explicit['github-token']);
  redactor.addFromValue(explicit);
  redactor.addFromEnv(ctx.env);
  const log: Logger = {
    info: (m) => ctx.log.info(redactor.redact(m)),
    warn: (m) => ctx.log.warn(redactor.redact(m)),
    debug: (m) => ctx.log.debug(redactor.redact(m)),
  };
  try {
    const { inputs: resolved } = resolveGateInputs({ name: 'modelgate run', inputs: SUITE_INPUTS }, explicit, undefined);
    const inputs: SuiteInputs = { ...redactor.redactDeep(resolved), 'github-token': resolved['github-token'] };
    const settings = new Map<GateName, string>();
    for (const gate of SUITE_ORDER) if (resolved[gate] !== undefined && resolved[gate].trim() !== '') settings.set(gate, resolved[gate]);

    // Read once for every gate. When it cannot be read and the gates are named
    // anyway, each gate reports the problem as its own error.
    let policy: Policy | undefined;
    let policyError: unknown;
    try {
      policy = await readPolicy(explicit, ctx.cwd);
    } catch (err) {
      if (resolved.gates.length === 0) throw err;
      policyError = err;
    }
    const order = gatesToRun(resolved, policy, settings);

    const id = resolved['comment-id'];
    const given = resolved['report-path'];
    const reportDir = given ? (isAbsolute(given) ? given : resolve(ctx.cwd, given)) : join(ctx.defaultReportDir, `modelgate-reports${id ? `-${id}` : ''}`);

    // Each gate's step inputs, or the error that keeps it from running.
    const gates = await Promise.all(order.map((name) => resolveGate(name)));
    const stepInputs = new Map<GateName, Record<string, string> | Error>();
    for (const gate of gates) {
      try {
        const own = parseGateSettings(gate, settings.get(gate.name));
        const failOn = own['fail-on'] ?? resolved['fail-on'];
        stepInputs.set(gate.name, {
          ...own,
          ...(explicit.policy ? { policy: explicit.policy } : {}),
          ...(failOn ? { 'fail-on': failOn } : {}),
          comment: 'never',
          'report-path': join(reportDir, `${gate.name}.json`),
          ...(resolved['github-token'] ? { 'github-token': resolved['github-token'] } : {}),
        });
      } catch (err) {
        stepInputs.set(gate.name, err as Error);
      }
    }

    // The files two gates name (as far as their inputs resolve now).
    const namedBy = new Map<string, Set<string>>();
    for (const gate of gates) {
      const step = stepInputs.get(gate.name);
      if (!step || step instanceof Error || policyError) continue;
      try {
        for (const s of stringsIn(resolveGateInputs(gate, step, policy).effective, [])) {
          if (!s || s.includes('\n')) continue;
          const path = resolve(ctx.cwd, s);
          if (!namedBy.has(path)) namedBy.set(path, new Set());
          namedBy.get(path)!.add(gate.name);
        }
      } catch {
        // The gate's own run reports its inputs' problem.
      }
    }
    const tables = new SharedTables(namedBy);
    for (const path of tables.sharedPaths()) log.debug(`read once for ${[...namedBy.get(path)!].join(', ')}: ${path}`);

    const entries: SuiteEntry[] = [];
    for (const gate of gates) {
      const base = { gate: gate.name, title: gate.title };
      const step = stepInputs.get(gate.name)!;
      const failedBefore = entries.filter(entryFails).map((e) => e.gate);
      if (gate.name === 'register-model' && failedBefore.length > 0) {
        entries.push({ ...base, status: 'skipped', reason: `not registered: ${failedBefore.join(', ')} failed` });
        await rm(join(reportDir, `${gate.name}.json`), { force: true });
        tables.release(gate.name);
        continue;
      }
      ctx.group?.start(`${gate.name}`);
      try {
        if (step instanceof Error) throw step;
        const own: Record<string, string> = { ...step };
        // register-model records the verdicts of the gates before it, unless told which reports.
        if (gate.name === 'register-model' && own.reports === undefined) {
          const reports = entries.flatMap((e) => (e.status === 'ran' ? [e.outcome.reportPath] : []));
          if (reports.length) own.reports = reports.join('\n');
        }
        const gateCtx: SuiteContext = { ...ctx, log: prefixed(log, gate.name) };
        const outcome = await tables.run(() => runGate(gate.name, own, gateCtx, policyError ? {} : { policy }));
        entries.push({ ...base, status: 'ran', outcome });
        log.info(`${gate.name}: ${outcome.result.report.summary}`);
      } catch (err) {
        const error = redactor.redact(errorLine(err, log));
        entries.push({ ...base, status: 'error', error });
        log.warn(`${gate.name}: ${error}`);
        // A report left by an earlier run must not pass for this run's.
        await rm(join(reportDir, `${gate.name}.json`), { force: true });
      } finally {
        tables.release(gate.name);
        ctx.group?.end();
      }
    }

    const ran = entries.filter((e): e is RanEntry => e.status === 'ran');
    const errored = entries.some((e) => e.status === 'error');
    const verdict: Verdict = errored || ran.length === 0 ? 'fail' : worstVerdict(ran.map((e) => e.outcome.result.report.verdict));
    const conclusion: Conclusion = entries.some(entryFails) ? 'failure' : ran.some((e) => e.outcome.conclusion === 'neutral') ? 'neutral' : 'success';
    const verdicts = Object.fromEntries(entries.map((e) => [e.gate, entryVerdict(e)]));
    const summary = redactor.redact(suiteSummary(verdict, entries));
    return {
      entries,
      verdict,
      verdicts,
      conclusion,
      summary,
      reportDir,
      inputs,
      sharedReads: { ...tables.stats },
      redact: (t) => redactor.redact(t),
    };
  } catch (err) {
    if (isUserError(err)) {
      const { file, line, field } = err.location;
      throw new UserError(redactor.redact(err.message), {
        ...(file !== undefined ? { file: redactor.redact(file) } : {}),
        ...(line !== undefined ? { line } : {}),
        ...(field !== undefined ? { field } : {}),
      });
    }
    throw err;
  }
}

/** The combined Markdown of a suite's outcome (render/suite-markdown.ts), within `limit` characters. */
export function suiteMarkdown(outcome: SuiteOutcome, limit?: number): string {
  return outcome.redact(renderSuiteMarkdown(outcome, limit));
}
