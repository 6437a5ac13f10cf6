/**
 * The frame every gate's Markdown shares: a heading with the verdict, the
 * one-line summary, the gate's own body, and a footer. The same text goes to
 * the job summary, the PR comment and the terminal.
 */
import type { Gate, GateResult } from '../core/gate.js';
import type { Conclusion } from '../core/verdict.js';
import { VERSION } from '../core/version.js';
import { icon, text } from './markdown.js';

// Nothing run-specific (run links, times) goes in: an unchanged verdict must
// render to the same text, so that the sticky comment is not re-posted.
export function renderReport(gate: Pick<Gate, 'name' | 'title'>, result: GateResult, conclusion: Conclusion, links?: ReportLinks): string {
  const { report } = result;
  const head = `## ${icon(report.verdict)} ${gate.title}: **${report.verdict.toUpperCase()}**${conclusionNote(report.verdict, conclusion)}`;
  const footer = `<sub>modelgate ${VERSION} · \`${gate.name}\` · full details in the JSON report</sub>`;
  return [head, '', text(report.summary), '', result.markdown.trim(), '', ...linkLines(links), footer, ''].join('\n');
}

// ---- Links to the run's uploaded report artifacts (src/artifacts/upload-reports.ts).
// Given only after an upload in Actions: a link is run-specific, so a comment
// with links changes from run to run (and is updated in place).

/** URLs of the uploaded reports. */
export interface ReportLinks {
  html?: string;
  json?: string;
}

function linkLines(links: ReportLinks | undefined): string[] {
  const parts = [
    ...(links?.html ? [`📊 [Visual report (HTML)](${links.html})`] : []),
    ...(links?.json ? [`[JSON report](${links.json})`] : []),
  ];
  return parts.length ? [parts.join(' · '), ''] : [];
}

/** Said only when the job's outcome is not what the verdict alone suggests. */
function conclusionNote(verdict: string, conclusion: Conclusion): string {
  if (conclusion === 'failure' && verdict !== 'fail') return ' (fails the job: `fail-on: warn`)';
  if (conclusion !== 'failure' && verdict === 'fail') return ' (report only: `fail-on: never`)';
  return '';
}

/** Cut Markdown to at most `limit` characters at a line boundary, saying so. */
export function truncateMarkdown(markdown: string, limit: number, note: string): string {
  if (markdown.length <= limit) return markdown;
  const room = limit - note.length - 2;
  const cut = markdown.lastIndexOf('\n', room);
  return `${markdown.slice(0, cut > 0 ? cut : room)}\n\n${note}`;
}
