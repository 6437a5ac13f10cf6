/**
 * A model card in Markdown, written from the registration record (after
 * Mitchell et al., "Model Cards for Model Reporting", FAT* 2019: details,
 * intended use and owners from the metadata, evaluation from the gates).
 */
import { code, table, text } from '../render/markdown.js';
import { VERDICT_ICON, type CheckVerdict } from '../core/verdict.js';
import type { ModelRecord } from './record.js';

function human(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${bytes} B` : `${v.toFixed(1)} ${units[i]}`;
}

function value(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'object') return code(JSON.stringify(v));
  return text(v);
}

export function modelCard(r: ModelRecord, extra: { tag?: string; stage?: string | null; uri?: string } = {}): string {
  const out: string[] = [];
  out.push(`# Model card: ${text(r.name)} ${text(r.version)}`, '');
  const details: string[][] = [
    ['Name', code(r.name)],
    ['Version', code(r.version)],
    ['Registered', text(r.time)],
    ['Manifest SHA-256', code(r.sha256)],
    ['Size', `${text(human(r.bytes))} in ${r.files.length} file${r.files.length === 1 ? '' : 's'}`],
    ['Path', code(r.path)],
  ];
  if (extra.tag) details.push(['Tag', code(extra.tag)]);
  if (extra.stage) details.push(['Stage', code(extra.stage)]);
  if (extra.uri) details.push(['Model URI', code(extra.uri)]);
  if (r.git.commit) details.push(['Source commit', code(r.git.commit)]);
  if (r.git.ref) details.push(['Source ref', code(r.git.ref)]);
  if (r.run.actor) details.push(['Registered by', text(r.run.actor)]);
  if (r.run.url) details.push(['Workflow run', text(r.run.url)]);
  out.push('## Model details', '', table(['', ''], details), '');
  const meta = Object.entries(r.metadata ?? {});
  if (meta.length) {
    out.push('## Metadata', '', table(['Key', 'Value'], meta.map(([k, v]) => [text(k), value(v)])), '');
  }
  out.push('## Evaluation', '');
  if (r.gates.length === 0) {
    out.push('No gate reports were recorded with this version.', '');
  } else {
    out.push(
      table(
        ['Gate', 'Verdict', 'Summary'],
        r.gates.map((g) => [code(g.gate), `${VERDICT_ICON[g.verdict as CheckVerdict] ?? ''} ${text(g.verdict)}`, text(g.summary ?? '')]),
      ),
      '',
    );
    for (const g of r.gates) {
      const figs = Object.entries(g.figures ?? {});
      if (!figs.length) continue;
      out.push(`### ${text(g.gate)}`, '', table(['Check', 'Value'], figs.map(([k, v]) => [code(k), value(v)])), '');
    }
  }
  if (r.data.length) {
    out.push('## Training and evaluation data (lineage)', '');
    out.push(table(['Path', 'SHA-256', 'Size'], r.data.map((d) => [code(d.path), code(d.sha256), text(human(d.bytes))])), '');
  }
  out.push('## Files', '');
  out.push(table(['Path', 'SHA-256', 'Bytes'], r.files.map((f) => [code(f.path), code(f.sha256), text(f.bytes)]), ['l', 'l', 'r']), '');
  return out.join('\n');
}
