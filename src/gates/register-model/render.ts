/**
 * register-model's Markdown: the checks that decided (one finding per fact:
 * the promotion's own summary check is left out when a policy check already
 * says why it failed), passing checks collapsed, and the model card embedded
 * with its headings demoted below the comment's own. Every value from the
 * registry or the inputs goes through text()/code().
 */
import type { Check } from '../../core/report.js';
import { findingsTable, plural } from '../../render/findings.js';
import { code, details, icon, table, text } from '../../render/markdown.js';

function rows(checks: Check[]): string[][] {
  return checks.map((c) => [icon(c.verdict), text(c.name), text(c.value ?? '–'), text(c.threshold ?? '–'), text(c.message ?? '')]);
}

const HEADER = ['', 'Check', 'Value', 'Required', 'Detail'];

/** Failing checks in the open (without a summary check that repeats another's reason), passing ones collapsed. */
export function checksMarkdown(checks: Check[], summaryId?: string): string {
  const bad = checks.filter((c) => c.verdict !== 'pass');
  const shownBad = bad.length > 1 && summaryId ? bad.filter((c) => c.id !== summaryId) : bad;
  const good = checks.filter((c) => c.verdict === 'pass' && c.id !== summaryId);
  const out: string[] = [];
  if (shownBad.length) out.push(findingsTable(HEADER, rows(shownBad)));
  if (good.length) out.push(details(`${plural(good.length, 'passing check')}`, table(HEADER, rows(good))));
  return out.join('\n\n');
}

/**
 * A Markdown document shown inside the comment (the model card): its
 * headings are demoted to level 4 and below, so that none is larger than the
 * comment's own heading (level 3).
 */
export function embedDocument(markdown: string): string {
  let fence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fence = !fence;
      if (fence) return line;
      const m = /^(#{1,6})\s+(.*)$/.exec(line);
      if (!m) return line;
      return `${'#'.repeat(Math.min(6, m[1].length + 3))} ${m[2]}`;
    })
    .join('\n');
}

/** "`churn` `v0.0.1`" */
export function versionName(name: string, version: string | null): string {
  return version ? `${code(name)} ${code(version)}` : code(name);
}

/** What a failed promotion needs next, from the check that failed it. */
export function promotionNext(failed: Check, version: string, stage: string, stages: string[]): string {
  if (failed.id === 'policy.stage-order') {
    const before = stages[stages.indexOf(stage) - 1];
    return before ? `promote ${code(version)} to ${code(before)} first.` : `promote ${code(version)} through the earlier stages first.`;
  }
  if (failed.id.startsWith('policy.verdict.')) {
    const gate = failed.subject ?? '';
    return `register a version whose ${code(gate)} report passes (this one ${failed.value === null ? 'has none' : `recorded ${text(failed.value)}`}), or change \`require-verdicts\`.`;
  }
  if (failed.id.startsWith('policy.check-run.')) return `wait until the check run ${code(failed.subject ?? '')} succeeds on the version's commit, then promote again.`;
  return 'fix what the check below names, then promote again.';
}
