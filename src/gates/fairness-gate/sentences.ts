/**
 * One plain sentence per disparity, e.g. "selection rate for group B of sex
 * is 0.70 of group A's, below the 0.8 rule". Values from the data are not
 * escaped here: render.ts escapes the whole message.
 */
import type { CheckVerdict } from '../../core/verdict.js';
import type { RateName } from '../../stats/fairness/group-rates.js';
import type { MetricDef } from './metrics.js';
import type { FairnessOptions } from './options.js';
import type { DisparityRow } from './report-types.js';
import type { Threshold } from './thresholds.js';

export const RATE_LABEL: Record<RateName, string> = {
  selectionRate: 'selection rate',
  tpr: 'true positive rate',
  fpr: 'false positive rate',
  fnr: 'false negative rate',
  tnr: 'true negative rate',
  precision: 'precision',
  npv: 'negative predictive value',
  accuracy: 'accuracy',
};

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '−∞' : 'undefined';
  return x.toFixed(Math.abs(x) >= 10 ? 1 : 2);
}

function limitWords(t: Threshold): string {
  switch (t.op) {
    case '<=':
    case '<':
      return `above the limit ${t.value}`;
    case '>=':
    case '>':
      return `below the ${t.value} rule`;
    case 'in':
      return `outside the band [${Number(t.low.toPrecision(4))}, ${Number(t.high.toPrecision(4))}]`;
  }
}

export function disparitySentence(
  def: MetricDef,
  row: DisparityRow,
  threshold: Threshold | null,
  detail: { low?: string; high?: string; lowRate?: number; highRate?: number; rate?: RateName },
  options: Pick<FairnessOptions, 'confidence'>,
  verdict: CheckVerdict,
): string {
  const v = row.value as number;
  const ci =
    row.ciLow !== null && row.ciHigh !== null ? ` (${Math.round(options.confidence * 100)}% interval ${fmt(row.ciLow)} to ${fmt(row.ciHigh)})` : '';
  let core: string;
  if (def.kind === 'per-group' || def.name === 'disparate_impact') {
    const rate = RATE_LABEL[detail.rate ?? 'selectionRate'];
    const rel = threshold?.op === 'in' && v > 1 ? `${fmt(v)} times` : `${fmt(v)} of`;
    core = `${rate} for group ${row.group} of ${row.attribute} is ${rel} group ${row.reference}'s${ci}`;
  } else if (def.kind === 'reference') {
    core = `${def.label} for ${row.attribute} is ${fmt(v)}${ci}, group ${row.group} against group ${row.reference}`;
  } else if (def.kind === 'aggregate' && detail.low !== undefined && detail.rate) {
    const spread =
      detail.low === detail.high
        ? ''
        : `: ${RATE_LABEL[detail.rate]} ranges from ${fmt(detail.lowRate!)} (${detail.low}) to ${fmt(detail.highRate!)} (${detail.high})`;
    core = `${def.label} for ${row.attribute} is ${fmt(v)}${ci}${spread}`;
  } else {
    core = `${def.label}${row.attribute ? ` for ${row.attribute}` : ''} is ${fmt(v)}${ci}`;
  }
  if (!threshold) return `${core}; reported, not judged`;
  if (verdict === 'pass') return `${core}, within ${threshold.text}`;
  if (verdict === 'warn') return `${core}, ${limitWords(threshold)} on the estimate, but the interval still reaches allowed values: a warning, not a failure`;
  return `${core}, ${limitWords(threshold)}`;
}
