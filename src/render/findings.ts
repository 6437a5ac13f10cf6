/**
 * One finding per fact (issue #12): a gate groups its failing checks by their
 * cause (one column, one group's rate, one metric) before rendering, shows at
 * most five, and puts the rest in a collapsed <details>.
 */
import type { CheckVerdict } from '../core/verdict.js';
import { details, table } from './markdown.js';
import { groupDigits } from './numbers.js';

/** Shown in the open; the rest is collapsed. */
export const SHOWN_FINDINGS = 5;

const RANK: Record<CheckVerdict, number> = { pass: 0, insufficient: 1, warn: 2, fail: 3 };

/** The worst of some check verdicts: the icon of a finding that stands for several checks. */
export function worstOf(verdicts: Iterable<CheckVerdict>): CheckVerdict {
  let worst: CheckVerdict = 'pass';
  for (const v of verdicts) if (RANK[v] > RANK[worst]) worst = v;
  return worst;
}

/** Sorts findings worst first, keeping the gate's order among equals. */
export function byVerdict<T>(items: readonly T[], verdict: (t: T) => CheckVerdict): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => RANK[verdict(b.item)] - RANK[verdict(a.item)] || a.i - b.i)
    .map((x) => x.item);
}

/**
 * A findings table: the first `shown` rows in the open, the rest in a
 * collapsed section titled `more(n)`. Cells must already be escaped.
 */
export function findingsTable(
  header: string[],
  rows: string[][],
  options: { align?: ('l' | 'r' | 'c')[]; shown?: number; more?: (n: number) => string } = {},
): string {
  const shown = options.shown ?? SHOWN_FINDINGS;
  const open = table(header, rows.slice(0, shown), options.align);
  if (rows.length <= shown) return open;
  const n = rows.length - shown;
  const title = options.more?.(n) ?? `${n} more finding${n === 1 ? '' : 's'}`;
  return `${open}\n\n${details(title, table(header, rows.slice(shown), options.align))}`;
}

/** "1 rule" / "2 rules". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${groupDigits(n)} ${n === 1 ? word : many}`;
}

/** A collapsed part of a report: its <summary> (HTML, see htmlText) and its Markdown. */
export interface Section {
  title: string;
  body: string;
}

/**
 * The collapsed part of a report: one <details> per section, or on a pass
 * all of them in one, so that a passing report is its headline and one
 * collapsed block (issue #12).
 */
export function collapsedSections(sections: Section[], passing: boolean, passTitle: string): string {
  const list = sections.filter((s) => s.body.trim());
  if (!list.length) return '';
  if (passing && list.length > 1) return details(passTitle, list.map((s) => `**${s.title}**\n\n${s.body}`).join('\n\n'));
  return list.map((s) => details(s.title, s.body)).join('\n\n');
}
