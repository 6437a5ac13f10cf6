/**
 * One finding per fact (issue #12). A biased model shows up in many
 * disparity rows at once: group C's low selection rate is the demographic
 * parity ratio, the disparate impact and the selection-rate disparity of
 * race, and again in every intersection that contains C (F × C, C × < 30,
 * …). This groups the rows by their cause, a rate compared between two
 * groups (disparity causes from evaluate.ts), so the comment says the fact
 * once and lists the metrics that see it.
 *
 * - Rates that are complements are one fact: FNR = 1 − TPR, TNR = 1 − FPR.
 * - A row of an intersection (sex × race) whose two groups differ, on an
 *   attribute of its own (race), by the same pair as a finding of that
 *   attribute (C and A) is the same fact, seen in an intersection.
 */
import type { CheckVerdict } from '../../core/verdict.js';
import type { RateName } from '../../stats/fairness/group-rates.js';
import type { DisparityCause, FairnessEvaluation } from './evaluate.js';
import type { DisparityRow } from './report-types.js';

export interface FairnessFinding {
  /** The attribute where the fact shows (the coarsest); null for a metric of all rows. */
  attribute: string | null;
  /** The two groups compared, lower rate first as the lead row has them. */
  groups: [string, string] | null;
  /** The rate compared (the lead row's own, e.g. fnr for an FNR disparity). */
  rate: RateName | null;
  /** The worst verdict of its rows: the finding's icon. */
  verdict: CheckVerdict;
  /** The row shown: the worst, then the first in the order of the metrics. */
  lead: DisparityRow;
  /** Every row that sees the fact, the lead's attribute first. */
  rows: DisparityRow[];
  /** How many of the rows come from intersections of the attribute with others. */
  intersections: number;
}

const RANK: Record<CheckVerdict, number> = { pass: 0, insufficient: 1, warn: 2, fail: 3 };

const FAMILY: Record<RateName, RateName> = {
  selectionRate: 'selectionRate',
  tpr: 'tpr',
  fnr: 'tpr',
  fpr: 'fpr',
  tnr: 'fpr',
  precision: 'precision',
  npv: 'npv',
  accuracy: 'accuracy',
};

const SEP = ' × ';

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

interface Draft {
  attribute: string | null;
  cause: DisparityCause | null;
  rows: DisparityRow[];
  intersections: number;
}

/**
 * The non-passing disparity rows (and insufficient ones) grouped into
 * findings, worst first; within a verdict, in the order of the rows (the
 * order of the metrics).
 */
export function fairnessFindings(ev: FairnessEvaluation): FairnessFinding[] {
  const drafts = new Map<string, Draft>();
  const order: string[] = [];
  const bad = ev.disparities.map((row, i) => ({ row, cause: ev.causes[i] ?? null })).filter((x) => x.row.verdict !== 'pass');
  // Coarse attributes first, so that an intersection finds the fact it belongs to.
  const parts = (a: string | null) => (a === null ? 0 : a.split(SEP).length);
  const sorted = bad.map((x, i) => ({ ...x, i })).sort((a, b) => parts(a.row.attribute) - parts(b.row.attribute) || a.i - b.i);
  for (const { row, cause } of sorted) {
    let key: string | undefined;
    if (row.value === null) {
      // Not judged (a group too small, no reference): one finding per attribute says so.
      key = `unjudged|${row.attribute}`;
    } else if (cause && row.attribute !== null) {
      const family = FAMILY[cause.rate];
      const attrs = row.attribute.split(SEP);
      const g0 = cause.groups[0].split(SEP);
      const g1 = cause.groups[1].split(SEP);
      // The same fact on a coarser attribute: the groups differ there by the same pair.
      if (attrs.length > 1 && g0.length === attrs.length && g1.length === attrs.length) {
        for (let k = 0; k < attrs.length && !key; k++) {
          const candidate = `${family}|${attrs[k]}|${pairKey(g0[k], g1[k])}`;
          if (g0[k] !== g1[k] && drafts.has(candidate)) key = candidate;
        }
        if (key) {
          drafts.get(key)!.rows.push(row);
          drafts.get(key)!.intersections++;
          continue;
        }
      }
      key = `${family}|${row.attribute}|${pairKey(cause.groups[0], cause.groups[1])}`;
    } else {
      key = `${row.metric}|${row.attribute}`;
    }
    const d = drafts.get(key);
    if (d) d.rows.push(row);
    else {
      drafts.set(key, { attribute: row.attribute, cause, rows: [row], intersections: 0 });
      order.push(key);
    }
  }
  const rowIndex = new Map(ev.disparities.map((r, i) => [r, i]));
  const findings = order.map((key): FairnessFinding => {
    const d = drafts.get(key)!;
    const own = d.rows.filter((r) => r.attribute === d.attribute);
    const verdict = d.rows.reduce<CheckVerdict>((w, r) => (RANK[r.verdict] > RANK[w] ? r.verdict : w), 'pass');
    const ownWorst = own.reduce<CheckVerdict>((w, r) => (RANK[r.verdict] > RANK[w] ? r.verdict : w), 'pass');
    const lead = own.find((r) => r.verdict === ownWorst && r.value !== null) ?? own[0];
    const leadCause = ev.causes[rowIndex.get(lead)!] ?? d.cause;
    return {
      attribute: d.attribute,
      groups: leadCause ? leadCause.groups : null,
      rate: leadCause ? leadCause.rate : null,
      verdict,
      lead,
      rows: d.rows,
      intersections: d.intersections,
    };
  });
  const first = new Map(findings.map((f, i) => [f, i]));
  return findings.sort((a, b) => RANK[b.verdict] - RANK[a.verdict] || first.get(a)! - first.get(b)!);
}
