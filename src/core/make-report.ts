import { REPORT_SCHEMA_VERSION, type Check, type GateName, type Report } from './report.js';
import { worstVerdict, type Verdict } from './verdict.js';
import { VERSION } from './version.js';

/**
 * Assemble a report. The verdict is decided here, once: the worst check
 * verdict, unless a gate whose verdict is not a plain aggregate
 * (canary-decision) passes its own. The summary line is that verdict followed
 * by the gate's reason, which may depend on the verdict; nothing else writes
 * a verdict word into the summary.
 *
 * The inputs recorded here are replaced by the run path with the effective
 * inputs, redacted of secrets (src/run/run-gate.ts).
 */
export function makeReport(parts: {
  gate: GateName;
  inputs: Record<string, unknown>;
  checks: Check[];
  /** The one reason in plain words, without the verdict. */
  reason: string | ((verdict: Verdict) => string);
  verdict?: Verdict;
  sections?: Record<string, unknown>;
}): Report {
  const verdict = parts.verdict ?? worstVerdict(parts.checks.map((c) => c.verdict));
  const reason = typeof parts.reason === 'function' ? parts.reason(verdict) : parts.reason;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    gate: parts.gate,
    verdict,
    summary: `${verdict}: ${reason}`,
    tool: { name: 'modelgate', version: VERSION },
    createdAt: new Date().toISOString(),
    inputs: parts.inputs,
    checks: parts.checks,
    ...parts.sections,
  };
}
