/**
 * The combined report of a suite run (the root action's sticky comment and
 * job summary, `modelgate run`'s output): a heading with the overall
 * verdict, a table with one row per gate (its verdict, its one reason, a link
 * to its section), then each gate's own report in a collapsible section,
 * open when the gate failed the run.
 *
 * Like a gate's report, nothing run-specific goes in, so that an unchanged
 * result renders to the same text and the comment is not re-posted.
 */
import { entryFails, entryReason, entryVerdict, type SuiteEntry, type SuiteResult } from '../run/suite-entry.js';
import { VERSION } from '../core/version.js';
import { details, icon, table, text } from './markdown.js';
import { truncateMarkdown } from './report-markdown.js';

const STATUS_ICON: Record<string, string> = { error: '❗', skipped: '⏭️' };

function verdictCell(entry: SuiteEntry): string {
  const verdict = entryVerdict(entry);
  const mark = verdict === 'pass' || verdict === 'warn' || verdict === 'fail' ? icon(verdict) : STATUS_ICON[verdict];
  return `${mark} ${verdict}`;
}

/** The anchor of a gate's section; GitHub prefixes ids with `user-content-` and resolves `#` links to them. */
export function sectionAnchor(gate: string): string {
  return `modelgate-${gate}`;
}

/** The gate's headings one level down, under the suite's own (fenced code left alone). */
function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

function sectionBody(entry: SuiteEntry, room: number | undefined): string {
  if (entry.status === 'error') return `**Could not run:** ${text(entry.error)}`;
  if (entry.status === 'skipped') return `Skipped: ${text(entry.reason)}.`;
  const body = demoteHeadings(entry.outcome.markdown.trim());
  if (room === undefined) return body;
  if (room <= 0) return '_Left out to fit; the job summary and the JSON report have it._';
  return truncateMarkdown(body, room, '_Cut to fit; the job summary and the JSON report have everything._');
}

function section(entry: SuiteEntry, room: number | undefined): string {
  const summary = `${verdictCell(entry)} · <b>${text(entry.title)}</b> (<code>${entry.gate}</code>)`;
  return `<a id="${sectionAnchor(entry.gate)}"></a>\n\n${details(summary, sectionBody(entry, room), entryFails(entry))}`;
}

/** "3 passed, 1 failed, 1 could not run": the rows of the table, counted. */
function tally(entries: SuiteEntry[]): string {
  const words: [string, string][] = [['pass', 'passed'], ['warn', 'warned'], ['fail', 'failed'], ['error', 'could not run'], ['skipped', 'skipped']];
  const parts = words.flatMap(([verdict, word]) => {
    const n = entries.filter((e) => entryVerdict(e) === verdict).length;
    return n ? [`${n} ${word}`] : [];
  });
  return `${entries.length} gate${entries.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

function frame(outcome: SuiteResult, sections: string[]): string {
  const { entries, verdict, conclusion } = outcome;
  const note = conclusion === 'failure' && verdict !== 'fail' ? ' (fails the job: `fail-on: warn`)' : conclusion !== 'failure' && verdict === 'fail' ? ' (report only: `fail-on: never`)' : '';
  const rows = entries.map((e) => [`[${text(e.title)}](#${sectionAnchor(e.gate)})`, verdictCell(e), text(entryReason(e))]);
  return [
    `## ${icon(verdict)} modelgate: **${verdict.toUpperCase()}**${note}`,
    '',
    tally(entries),
    '',
    table(['gate', 'verdict', 'reason'], rows),
    '',
    ...sections.flatMap((s) => [s, '']),
    `<sub>modelgate ${VERSION} · ${entries.length} gate${entries.length === 1 ? '' : 's'} · one JSON report per gate in the report folder</sub>`,
    '',
  ].join('\n');
}

/**
 * The combined Markdown, within `limit` characters when given: past it, the
 * sections of the gates that did not fail the run are left out first, then
 * the others are cut, each to an equal share of the room left.
 */
export function renderSuiteMarkdown(outcome: SuiteResult, limit?: number): string {
  const full = frame(outcome, outcome.entries.map((e) => section(e, undefined)));
  if (limit === undefined || full.length <= limit) return full;
  const failing = outcome.entries.filter(entryFails);
  const empty = frame(outcome, outcome.entries.map((e) => section(e, 0)));
  // Room for the failing sections' bodies, shared equally; a margin for the notes.
  const share = failing.length ? Math.floor((limit - empty.length - 200 * failing.length) / failing.length) : 0;
  const fitted = frame(outcome, outcome.entries.map((e) => section(e, entryFails(e) ? share : 0)));
  return truncateMarkdown(fitted, limit, '_Cut to fit; the job summary and the JSON reports have everything._');
}
