/**
 * The visual report: one self-contained HTML page per gate run, drawn from
 * the JSON report alone (summaries the gates put there, never rows), so the
 * same page can be made again from a report file. Loaded lazily by the run
 * path, only when an HTML report is written (src/run/run-gate.ts).
 */
import type { Gate } from '../core/gate.js';
import type { Report } from '../core/report.js';
import type { Conclusion } from '../core/verdict.js';
import { canarySections } from './gates/canary-decision.js';
import { driftSections } from './gates/drift-check.js';
import { fairnessSections } from './gates/fairness-gate.js';
import { performanceSections } from './gates/performance-gate.js';
import { registerModelSections } from './gates/register-model.js';
import { validateSchemaSections } from './gates/validate-schema.js';
import { page, type Section } from './page.js';
import { resetIds } from './svg/plot.js';

const SECTIONS: Record<string, (report: Report) => Section[]> = {
  'validate-schema': validateSchemaSections,
  'drift-check': driftSections,
  'performance-gate': performanceSections,
  'fairness-gate': fairnessSections,
  'register-model': registerModelSections,
  'canary-decision': canarySections,
};

export function renderHtmlReport(gate: Pick<Gate, 'name' | 'title'>, report: Report, conclusion: Conclusion): string {
  resetIds();
  const sections = SECTIONS[gate.name]?.(report) ?? [];
  return page({ gate: gate.name, title: gate.title, report, conclusion, sections });
}
