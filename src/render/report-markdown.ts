/**
 * The frame every gate's Markdown shares (issue #12), the same for the PR
 * comment, the job summary, the check run and (as plain text) the terminal:
 *
 *     ### ❌ Fairness: FAIL                      ← the verdict
 *     Group C's selection rate is 61% of …       ← the one reason
 *     **Next:** retrain with …                   ← the next action
 *     Compared: `biased.csv`, 3,600 rows …       ← what was compared
 *     (the gate's body: at most five findings, the rest in <details>)
 *     <sub>run · JSON report · modelgate x.y.z</sub>   ← links (the run line)
 *
 * Everything but the run line is a function of the report alone, so an
 * unchanged verdict renders to the same text. The run line holds what
 * changes from run to run (the run's link, the previous comment's verdict)
 * and a hidden state marker; the sticky comment compares bodies without it
 * (`comparableBody`), so a new run with the same report does not edit the
 * comment.
 */
import { basename } from 'node:path';
import type { Gate, GateResult, RunContext } from '../core/gate.js';
import type { Conclusion, Verdict } from '../core/verdict.js';
import { VERSION } from '../core/version.js';
import { code, icon, text } from './markdown.js';

export interface RenderContext {
  /** The CI run: its link and commit (absent on a laptop). */
  run?: Pick<RunContext, 'runUrl' | 'runId' | 'sha'>;
  /** Where the JSON report was written: its file name is shown. */
  reportPath?: string;
  /** Links to the reports uploaded as artifacts of the run (src/artifacts/upload-reports.ts), when there are. */
  links?: ReportLinks;
}

/** URLs of the uploaded reports. */
export interface ReportLinks {
  html?: string;
  json?: string;
}

const STATE_MARK = '<!-- modelgate-state';
const STATE_RE = /<!-- modelgate-state verdict=(pass|warn|fail)(?: sha=([0-9a-f]{7,40}))? -->/;

/** The reason as the report wrote it: the summary without its leading "<verdict>: ". */
export function reportReason(summary: string, verdict: string): string {
  return summary.startsWith(`${verdict}: `) ? summary.slice(verdict.length + 2) : summary;
}

export function renderReport(gate: Pick<Gate, 'name' | 'title'>, result: GateResult, conclusion: Conclusion, context: RenderContext = {}): string {
  const { report } = result;
  const head = `### ${icon(report.verdict)} ${gate.title}: **${report.verdict.toUpperCase()}**${conclusionNote(report.verdict, conclusion)}`;
  const h = result.headline;
  const reason = h?.reason ?? text(reportReason(report.summary, report.verdict));
  const next = h?.next ?? (report.verdict === 'pass' ? 'nothing to do.' : 'see the findings below.');
  const lines = [head, '', reason, '', `**Next:** ${next}`, ''];
  if (h?.compared) lines.push(`**Compared:** ${h.compared}`, '');
  const body = result.markdown.trim();
  if (body) lines.push(body, '');
  lines.push(runLine(gate.name, report.verdict, context), '');
  return lines.join('\n');
}

/** Said only when the job's outcome is not what the verdict alone suggests. */
function conclusionNote(verdict: string, conclusion: Conclusion): string {
  if (conclusion === 'failure' && verdict !== 'fail') return ' (fails the job: `fail-on: warn`)';
  if (conclusion !== 'failure' && verdict === 'fail') return ' (report only: `fail-on: never`)';
  return '';
}

/** The last line: links, the version, and the hidden state the next run compares with. */
function runLine(gateName: string, verdict: Verdict, context: RenderContext): string {
  const parts: string[] = [];
  const run = context.run;
  const runUrl = safeUrl(run?.runUrl);
  if (runUrl) parts.push(`[${run?.runId ? `run ${text(run.runId)}` : 'run'}](${runUrl})`);
  // Artifact links are run-specific, so they live here, in the line left out
  // when telling whether a sticky comment changed.
  const htmlUrl = safeUrl(context.links?.html);
  if (htmlUrl) parts.push(`📊 [Visual report (HTML)](${htmlUrl})`);
  const reportUrl = safeUrl(context.links?.json);
  if (reportUrl) parts.push(`[JSON report](${reportUrl})`);
  else if (context.reportPath) parts.push(`JSON report ${code(basename(context.reportPath))}`);
  parts.push(`modelgate ${VERSION} \`${gateName}\``);
  const sha = run?.sha && /^[0-9a-f]{7,40}$/i.test(run.sha) ? ` sha=${run.sha.slice(0, 7).toLowerCase()}` : '';
  return `<sub>${parts.join(' · ')}</sub> ${STATE_MARK} verdict=${verdict}${sha} -->`;
}

/** A URL fit for a Markdown link target: http(s), nothing that ends the link early. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? url : undefined;
}

/** The body without its run line: what decides whether a sticky comment changed. */
export function comparableBody(body: string): string {
  return body
    .split('\n')
    .filter((line) => !line.includes(STATE_MARK))
    .join('\n');
}

/**
 * The rendered Markdown with the previous comment's verdict in its run line
 * ("was ❌ fail on a1b2c3d, now ✅ pass"), read from the previous body's
 * hidden state. Only the verdict word and a hex commit are taken from the
 * previous body, so nothing else in it can reach the new one.
 */
export function withPreviousVerdict(markdown: string, previousBody: string | undefined): string {
  const before = previousBody ? STATE_RE.exec(previousBody) : null;
  const now = STATE_RE.exec(markdown);
  if (!before || !now) return markdown;
  const was = before[1] as Verdict;
  const verdict = now[1] as Verdict;
  const on = before[2] ? ` on ${before[2].slice(0, 7)}` : '';
  const note = was === verdict ? `previously also ${icon(was)} ${was}${on}` : `was ${icon(was)} ${was}${on}, now ${icon(verdict)} ${verdict}`;
  return markdown
    .split('\n')
    .map((line) => (line.includes(STATE_MARK) && line.startsWith('<sub>') ? `<sub>${note} · ${line.slice(5)}` : line))
    .join('\n');
}

/** Cut Markdown to at most `limit` characters at a line boundary, saying so. */
export function truncateMarkdown(markdown: string, limit: number, note: string): string {
  if (markdown.length <= limit) return markdown;
  const room = limit - note.length - 2;
  const cut = markdown.lastIndexOf('\n', room);
  return `${markdown.slice(0, cut > 0 ? cut : room)}\n\n${note}`;
}
