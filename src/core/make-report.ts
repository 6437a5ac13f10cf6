import { REPORT_SCHEMA_VERSION, type Check, type GateName, type Report } from './report.js';
import { worstVerdict, type Verdict } from './verdict.js';
import { VERSION } from './version.js';

// scheme://user:password@host — credentials a URL input may carry (an MLflow
// tracking URI, a Prometheus URL) must not reach a report that is uploaded
// and commented.
const URL_CREDENTIALS = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]+@/i;

/** The inputs as the report records them: URL credentials replaced by "***". */
export function reportInputs(inputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const redact = (v: unknown): unknown => (typeof v === 'string' ? v.replace(URL_CREDENTIALS, '$1***@') : Array.isArray(v) ? v.map(redact) : v);
  for (const [k, v] of Object.entries(inputs)) out[k] = redact(v);
  return out;
}

/**
 * Assemble a report. The verdict defaults to the worst check verdict; a gate
 * whose verdict is not a plain aggregate (canary-decision) passes its own.
 */
export function makeReport(parts: {
  gate: GateName;
  inputs: Record<string, unknown>;
  checks: Check[];
  summary: string;
  verdict?: Verdict;
  sections?: Record<string, unknown>;
}): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    gate: parts.gate,
    verdict: parts.verdict ?? worstVerdict(parts.checks.map((c) => c.verdict)),
    summary: parts.summary,
    tool: { name: 'modelgate', version: VERSION },
    createdAt: new Date().toISOString(),
    inputs: reportInputs(parts.inputs),
    checks: parts.checks,
    ...parts.sections,
  };
}
