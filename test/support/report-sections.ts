/**
 * Checking a gate's own report sections against its `reportSections` schema
 * (test/gates/<gate>/report-sections.test.ts): the report as the JSON file
 * holds it, less the common fields every report has (core/report.ts).
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import { reportSchema } from '../../src/core/report.js';

const COMMON = Object.keys(reportSchema.shape);

/** The gate's own sections of a report; every common field must be there, and is left out. */
export function ownSections(report: Record<string, unknown>): Record<string, unknown> {
  const own = { ...report };
  for (const key of COMMON) {
    expect(report, `common field ${key}`).toHaveProperty(key);
    delete own[key];
  }
  return own;
}

/** The report's own sections parsed with the gate's schema, closed at the top; throws naming every problem. */
export function parseSections<S extends z.ZodObject>(schema: S, report: Record<string, unknown>): z.infer<S> {
  const parsed = schema.strict().safeParse(ownSections(report));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data as z.infer<S>;
}
