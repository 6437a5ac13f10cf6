/**
 * File annotations for the first violations. GitHub shows at most ten
 * annotations of each level per step, so the budget is spread round-robin
 * over the failing rules: every rule's first offending row before any
 * rule's second.
 */
import type { Annotation } from '../../core/gate.js';
import type { RuleCheck } from './evaluate.js';

export function buildAnnotations(checks: RuleCheck[], max: number): Annotation[] {
  const failing = checks.filter((c) => c.verdict === 'fail' || c.verdict === 'warn');
  // Errors first: they are what a reviewer must fix.
  failing.sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'fail' ? -1 : 1));
  const out: Annotation[] = [];
  for (let k = 0; out.length < max; k++) {
    let added = false;
    for (const c of failing) {
      if (out.length >= max) break;
      const lines = c.lines;
      const hasRow = k < c.rows.length;
      // A rule without offending rows (a missing column, the row count) is annotated once, at the file.
      if (!hasRow && !(k === 0 && c.rows.length === 0)) continue;
      added = true;
      const line = hasRow && lines ? lines[k] : undefined;
      const example = hasRow && c.examples[k] !== undefined ? ` Value: "${c.examples[k]}".` : '';
      const row = hasRow ? ` Row ${c.rows[k]}.` : '';
      out.push({
        level: c.verdict === 'fail' ? 'error' : 'warning',
        file: c.file,
        ...(line !== undefined ? { line } : {}),
        title: `${c.id} (${c.threshold ?? ''})`,
        message: `${c.message ?? c.name}${row}${example}`,
      });
    }
    if (!added) break;
  }
  return out;
}
