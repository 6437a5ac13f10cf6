/**
 * register-model's page: the version acted on (name, version, tag, stage,
 * manifest hash), its files by size, the tags written, and for `show` the
 * registry's versions with their stages and recorded verdicts.
 */
import type { Report } from '../../core/report.js';
import { esc } from '../escape.js';
import { groupThousands } from '../format.js';
import { badge, figure, figures, note, pairs, paragraph, table, type Cell, type Section } from '../page.js';
import { bandBars, labels } from '../svg/layers.js';
import { plot } from '../svg/plot.js';
import { arrayOf, capped } from './common.js';

interface Registration {
  name: string;
  version: string | null;
  tag: string | null;
  sha256: string | null;
  stage: string | null;
  files: { path: string; sha256: string; bytes: number }[];
}

interface Artifact {
  name: string;
  deprecated: boolean;
  latest: string | null;
  stages: Record<string, string[]>;
  versions: { version: string; active: boolean; registeredAt: string | null; stages: string[]; sha256: string | null; verdicts: Record<string, string> }[];
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

function filesChart(files: Registration['files']): string {
  const sorted = [...files].sort((a, b) => b.bytes - a.bytes);
  const { shown } = capped(sorted, 40);
  const top = Math.max(...shown.map((f) => f.bytes), 1);
  return plot({
    title: "The version's files by size",
    x: { type: 'linear', title: 'size (bytes)', domain: [0, top * 1.25], format: (v) => (v >= 1024 ? bytes(v) : String(v)) },
    y: { type: 'band', title: 'file', labels: shown.map((f) => f.path) },
    layers: [
      bandBars(
        shown.map((f) => f.bytes),
        's1',
      ),
      labels(shown.map((f, i) => ({ x: f.bytes, y: i, text: bytes(f.bytes), dx: 4, dy: 4 }))),
    ],
  });
}

export function registerModelSections(report: Report): Section[] {
  const sections: Section[] = [];
  const reg = report.registration as Registration | undefined;
  const command = String(report.command ?? '');
  if (reg) {
    const rows: [string, Cell][] = [
      ['Command', `${command} (${String(report.backend ?? '')} backend)`],
      ['Model', reg.name || '–'],
      ['Version', reg.version ?? '–'],
      ['Tag', reg.tag ?? '–'],
      ['Stage', reg.stage ?? '–'],
      ['Manifest SHA-256', reg.sha256 ?? '–'],
      ...(typeof report.existing === 'boolean' ? [['Already registered', report.existing ? 'yes: the same files, no new version' : 'no'] as [string, Cell]] : []),
    ];
    const written = arrayOf<string>(report.written);
    sections.push({
      id: 'registration',
      title: 'Registration',
      html: pairs(rows) + (written.length ? paragraph(`Written: ${written.join(', ')}.`) : ''),
    });
    // What the version was registered with (the step's inputs): reports of other gates, data, metadata.
    const inputs = report.inputs ?? {};
    const lineage: [string, Cell][] = [];
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);
    if (list(inputs.reports).length) lineage.push(['Gate reports', list(inputs.reports).join(', ')]);
    if (list(inputs.data).length) lineage.push(['Data', list(inputs.data).join(', ')]);
    const metadata = inputs.metadata && typeof inputs.metadata === 'object' ? Object.entries(inputs.metadata as Record<string, unknown>) : [];
    for (const [k, v] of metadata.slice(0, 50)) lineage.push([k, typeof v === 'string' ? v : JSON.stringify(v)]);
    if (lineage.length && command === 'register') sections.push({ id: 'lineage', title: 'Recorded with the version', html: pairs(lineage) });
    if (reg.files.length) {
      const total = reg.files.reduce((s, f) => s + f.bytes, 0);
      sections.push({
        id: 'files',
        title: `Files (${reg.files.length}, ${bytes(total)})`,
        html:
          figures([figure(filesChart(reg.files))]) +
          table(['File', 'Bytes', 'SHA-256'], reg.files.slice(0, 300).map((f): Cell[] => [f.path, f.bytes, f.sha256]), 'lrl') +
          (reg.files.length > 300 ? note(`${reg.files.length - 300} more files are in the JSON report.`) : ''),
      });
    }
  }
  const registry = arrayOf<Artifact>(report.registry);
  for (const a of registry.slice(0, 20)) {
    const stages = Object.entries(a.stages).map(([s, vs]) => `${s}: ${vs.join(', ')}`);
    sections.push({
      id: `registry-${a.name.replace(/[^A-Za-z0-9_-]/g, '-')}`,
      title: `${a.name}${a.deprecated ? ' (deprecated)' : ''}`,
      html:
        paragraph(`Latest: ${a.latest ?? 'none'}. ${stages.length ? `Stages: ${stages.join('; ')}.` : 'No stage assigned.'}`) +
        table(
          ['Version', 'Active', 'Registered', 'Stages', 'Verdicts recorded'],
          a.versions.slice(0, 200).map((v): Cell[] => [
            v.version,
            v.active ? 'yes' : 'no',
            v.registeredAt ?? '–',
            v.stages.join(', ') || '–',
            { html: Object.entries(v.verdicts).map(([g, verdict]) => `${badge(verdict).html} ${esc(g)}`).join(' ') || '–' },
          ]),
        ),
    });
  }
  if (sections.length === 0) sections.push({ id: 'registry', title: 'Registry', html: paragraph(`${groupThousands(0)} versions.`) });
  return sections;
}
