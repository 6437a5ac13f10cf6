/**
 * The report on a terminal. The CLI prints the same Markdown the job summary
 * gets; on a terminal, the escapes that Markdown needs (\_, &lt;, <details>,
 * <sub>, zero-width spaces) only get in the way, so they are turned back into
 * plain text and headings are made bold. Piped output stays Markdown.
 */
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

export function markdownForTerminal(markdown: string, color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  // A section that held only charts (fenced for GitHub's renderer, with their
  // legends) has nothing to show here: the section goes too.
  const withoutCharts = markdown
    .replace(/^```[^\n]*\n[\s\S]*?\n```[ \t]*(?:\n🟦 bars: [^\n]*)?(?:\n|$)/gm, '')
    .replace(/<details( open)?><summary>[^\n]*?<\/summary>\s*<\/details>\n?/g, '');
  let inFence = false;
  let afterFence = false;
  const out: string[] = [];
  for (const raw of withoutCharts.split('\n')) {
    if (/^\s*```/.test(raw)) {
      inFence = !inFence;
      afterFence = !inFence;
      continue;
    }
    if (inFence) {
      // Mermaid and other fenced blocks are for GitHub's renderer.
      continue;
    }
    // A chart's legend (src/render/charts.ts) goes with the chart.
    const legend = afterFence && raw.startsWith('🟦 bars: ');
    afterFence = false;
    if (legend) continue;
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
