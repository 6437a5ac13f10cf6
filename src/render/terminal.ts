/**
 * The report on a terminal. The CLI prints the same Markdown the job summary
 * gets; on a terminal, the escapes that Markdown needs (\_, &lt;, <details>,
 * <sub>, zero-width spaces) only get in the way, so they are turned back into
 * plain text and headings are made bold. Piped output stays Markdown.
 */
import { LEGEND_START } from './charts.js';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

const FENCE = '```';
/** A fenced block at a line start and the legend line under it, if any (charts.ts). */
const CHART_WITH_LEGEND = new RegExp(`^${FENCE}[^\\n]*\\n[\\s\\S]*?\\n${FENCE}[ \\t]*(?:\\n${LEGEND_START}[^\\n]*)?(?:\\n|$)`, 'gm');

export function markdownForTerminal(markdown: string, color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  // A section that held only charts (fenced for GitHub's renderer, with their
  // legends) has nothing to show here: the section goes too.
  const withoutCharts = markdown
    .replace(CHART_WITH_LEGEND, '')
    .replace(/<details( open)?><summary>[^\n]*?<\/summary>\s*<\/details>\n?/g, '');
  let inFence = false;
  const out: string[] = [];
  for (const raw of withoutCharts.split('\n')) {
    if (/^\s*```/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      // Any other fenced block (an indented one) is for GitHub's renderer too.
      continue;
    }
    let line = raw
      .replace(/<details( open)?><summary>(.*?)<\/summary>/g, (_, _o, s: string) => bold(`${s}:`))
      .replace(/<\/details>/g, '')
      // Hidden state for the next sticky comment (report-markdown.ts) is not for a reader.
      .replace(/\s*<!--.*?-->/g, '')
      .replace(/<sub>(.*?)<\/sub>/g, (_, s: string) => dim(s))
      .replace(/<\/?(code|b|strong|br ?\/?)>/g, '')
      .replace(/\*\*(.+?)\*\*/g, (_, s: string) => bold(s))
      // A code span's backticks are Markdown's; its text is shown as it is.
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\\([\\`*_[\]|<>&~$#])/g, '$1')
      .replace(/&(lt|gt|amp|quot|#39);/g, (m) => ENTITIES[m])
      .replace(/\u200b/g, '');
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) line = bold(heading[2]);
    out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
