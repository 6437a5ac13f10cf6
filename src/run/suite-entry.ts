/**
 * One gate's part of a suite run: it ran (with its outcome), could not run
 * (with the error), or was skipped (with why), and what the suite's outputs
 * and combined report read off it.
 */
import type { GateName } from '../core/report.js';
import type { Conclusion, Verdict } from '../core/verdict.js';
import type { GateOutcome } from './run-gate.js';

export interface EntryBase {
  gate: GateName;
  /** The gate's title, e.g. "Schema validation". */
  title: string;
}

export interface RanEntry extends EntryBase {
  status: 'ran';
  outcome: GateOutcome;
}

export interface ErrorEntry extends EntryBase {
  status: 'error';
  /** One line (redacted): what stopped the gate. */
  error: string;
}

export interface SkippedEntry extends EntryBase {
  status: 'skipped';
  reason: string;
}

export type SuiteEntry = RanEntry | ErrorEntry | SkippedEntry;

export type SuiteVerdict = Verdict | 'error' | 'skipped';

/** The verdict of an entry, as the `verdicts` output writes it. */
export function entryVerdict(entry: SuiteEntry): SuiteVerdict {
  return entry.status === 'ran' ? entry.outcome.result.report.verdict : entry.status;
}

/** The one reason of an entry: its report's summary without the verdict, the error, or why it was skipped. */
export function entryReason(entry: SuiteEntry): string {
  if (entry.status === 'error') return entry.error;
  if (entry.status === 'skipped') return entry.reason;
  const { summary, verdict } = entry.outcome.result.report;
  return summary.startsWith(`${verdict}: `) ? summary.slice(verdict.length + 2) : summary;
}

/** Whether the entry fails the run: its conclusion is failure, or it errored. */
export function entryFails(entry: SuiteEntry): boolean {
  return entry.status === 'error' || (entry.status === 'ran' && entry.outcome.conclusion === 'failure');
}

/** What the combined report reads: the entries and the suite's verdict, conclusion and summary. */
export interface SuiteResult {
  /** In the order the gates ran. */
  entries: SuiteEntry[];
  /** The worst verdict of the gates that ran; a gate that errored counts as a failure. */
  verdict: Verdict;
  /** How the run ends: failure when a gate's conclusion is failure or a gate errored. */
  conclusion: Conclusion;
  /** One line: the verdict and the gates that did not pass, with their reasons. */
  summary: string;
}
