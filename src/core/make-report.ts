import { REPORT_SCHEMA_VERSION, type Check, type GateName, type Report } from './report.js';
import { worstVerdict, type Verdict } from './verdict.js';
import { VERSION } from './version.js';

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
    inputs: parts.inputs,
    checks: parts.checks,
    ...parts.sections,
  };
}
