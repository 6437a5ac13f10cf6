/**
 * Measuring a rendered report without rendering it (issue #12): what a
 * reviewer sees before opening any <details>, and the Mermaid charts in it.
 */

/** The Markdown with every <details>…</details> block removed, its <summary> line kept (it shows). */
export function outsideDetails(markdown: string): string {
  let out = '';
  let depth = 0;
  const re = /<details( open)?>\s*<summary>([\s\S]*?)<\/summary>|<\/details>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(markdown))) {
    if (depth === 0) out += markdown.slice(last, m.index);
    if (m[0] === '</details>') depth = Math.max(0, depth - 1);
    else {
      if (depth === 0) out += `<details><summary>${m[2]}</summary>`;
      depth++;
    }
    last = m.index + m[0].length;
  }
  if (depth === 0) out += markdown.slice(last);
  return out;
}

/** The lines a reader sees first: non-empty, in order. */
export function firstLines(markdown: string, n: number): string[] {
  return markdown
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, n);
}

export interface MermaidBlock {
  text: string;
  /** Whether it sits inside a <details> (collapsed unless `open`). */
  collapsed: boolean;
}

/** Every ```mermaid block, and whether a <details> holds it. */
export function mermaidBlocks(markdown: string): MermaidBlock[] {
  const blocks: MermaidBlock[] = [];
  const re = /```mermaid\n([\s\S]*?)```/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(markdown))) {
    const before = markdown.slice(0, m.index);
    const opened = (before.match(/<details>/g) ?? []).length;
    const closed = (before.match(/<\/details>/g) ?? []).length;
    blocks.push({ text: m[1], collapsed: opened > closed });
  }
  return blocks;
}

/** What is wrong with a Mermaid xychart under issue #12's rules (empty when nothing is). */
export function chartProblems(chart: string): string[] {
  const problems: string[] = [];
  const lines = chart.split('\n').map((l) => l.trim());
  if (!lines.includes('xychart-beta')) return problems;
  const bars = lines.filter((l) => /^bar\s*\[/.test(l));
  if (bars.length !== 1) problems.push(`${bars.length} bar series (one allowed: xychart draws them on top of each other)`);
  const barValues = bars[0] ? bars[0].replace(/^bar\s*\[|\]$/g, '').split(',').map(Number) : [];
  if (barValues.length < 3) problems.push(`only ${barValues.length} bars: a table, not a chart`);
  if (barValues.some((v) => !(v >= 0))) problems.push('a negative or missing bar value');
  const title = lines.find((l) => l.startsWith('title '));
  if (!title || title.length < 12) problems.push('no title saying what a bar is');
  const yAxis = lines.find((l) => l.startsWith('y-axis'));
  const range = yAxis ? /(-?[\d.]+)\s*-->\s*(-?[\d.]+)\s*$/.exec(yAxis) : null;
  if (!range) problems.push('the value axis has no explicit range');
  else if (Number(range[1]) !== 0 && !/axis from/.test(yAxis!)) problems.push(`the value axis starts at ${range[1]}, not 0, and does not say so`);
  if (range && barValues.some((v) => v > Number(range[2]))) problems.push('a bar above the top of the axis');
  if (/&(lt|gt|amp|quot|#\d+);/.test(chart)) problems.push('an HTML entity in a label (Mermaid shows it as text)');
  if (/</.test(chart)) problems.push('a "<" in a label (Mermaid shows it as &lt;)');
  return problems;
}
