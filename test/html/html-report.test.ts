/**
 * The HTML report without a browser: every gate's page on its bundled
 * example is one self-contained file (no script, no external resource, a
 * CSP that allows neither), every chart is an SVG with a title and two
 * titled axes, hostile values from a file are escaped wherever they land,
 * the page's size does not grow with the rows, and `html-report` decides
 * where (or whether) it is written. chromium.test.ts opens the same pages in
 * a browser.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlReportPath } from '../../src/run/run-gate.js';
import { cli, EXAMPLE_GATES, runExamples, type ExampleGate, type ExampleRun } from './example-reports.js';

/** Every element name the report's markup uses; anything else (script, img, iframe, object, link, …) is a failure. */
const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'nav', 'section', 'footer', 'p', 'h1', 'h2', 'h3', 'a', 'span', 'code', 'div',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary',
  'svg', 'defs', 'clippath', 'g', 'rect', 'line', 'path', 'circle', 'text',
]);

function tagsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => m[1].toLowerCase()));
}

/** Attributes of every tag: no event handler, no URL but a same-page fragment. */
function attributeProblems(html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.matchAll(/<[A-Za-z][^>]*>/g)) {
    for (const attr of tag[0].matchAll(/\s([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      const name = attr[1].toLowerCase();
      const value = attr[2].replace(/^["']|["']$/g, '');
      if (name.startsWith('on')) problems.push(`event handler ${tag[0].slice(0, 80)}`);
      if ((name === 'href' || name === 'src' || name.endsWith(':href')) && !value.startsWith('#')) problems.push(`link ${tag[0].slice(0, 80)}`);
    }
  }
  return problems;
}

describe('the HTML report of every gate on its example', () => {
  let out: string;
  let runs: Map<ExampleGate, ExampleRun>;
  let cleanup: () => void;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'modelgate-html-'));
    ({ runs, cleanup } = await runExamples(out));
  }, 120_000);
  afterAll(() => {
    cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  for (const gate of EXAMPLE_GATES) {
    it(`${gate}: self-contained, no script, charts with titles and axes`, () => {
      const { html, report } = runs.get(gate)!;
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect([...tagsOf(html)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
      expect(attributeProblems(html)).toEqual([]);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
      expect(html).toContain('prefers-color-scheme:dark');
      expect(html).not.toMatch(/url\((?!#)/); // no CSS fetch (fonts, images)
      // The verdict and the summary, escaped.
      expect(html).toContain(`<span class="badge v-${report.verdict}">${report.verdict}</span>`);
      const charts = [...html.matchAll(/<svg class="chart"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      expect(charts.length).toBeGreaterThan(0);
      for (const svg of charts) {
        expect(svg).toMatch(/<title id="c\d+-title">[^<]+<\/title>/);
        expect(svg).toContain('<g class="axis x-axis">');
        expect(svg).toContain('<g class="axis y-axis">');
        expect([...svg.matchAll(/class="axis-title"[^>]*>([^<]*)</g)].length).toBe(2);
      }
    });
  }

  it('each gate page draws what its issue names', () => {
    const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const titles = (gate: ExampleGate) => [...runs.get(gate)!.html.matchAll(/<title id="c\d+-title">([^<]+)<\/title>/g)].map((m) => decode(m[1]));
    expect(titles('drift-check')).toEqual(expect.arrayContaining(['p-values: drift below the threshold mark', expect.stringMatching(/^age: ks p = /), expect.stringMatching(/^plan: chisquare/), 'Missing cells: reference vs current share']));
    expect(titles('performance-gate')).toEqual(expect.arrayContaining(['ROC curve', 'Precision–recall curve', 'Reliability (calibration) curve, 10 bins', 'Latency against its budget', expect.stringMatching(/^roc_auc: Δ /)]));
    expect(titles('fairness-gate')).toEqual(expect.arrayContaining(['race: selection rate by group', 'race: true and false positive rates by group', 'Intersectional groups by size', expect.stringMatching(/^disparate_impact \(passes >= 0\.8\)/)]));
    expect(titles('canary-decision')).toEqual(expect.arrayContaining([expect.stringMatching(/^Canary score /), expect.stringMatching(/^Shift of each metric/), expect.stringMatching(/^latency_ms: shift/), 'Weight history (sequential looks)']));
    expect(titles('validate-schema')).toEqual(expect.arrayContaining(['Offending rows per rule that does not hold', 'Missing cells per column against the contract', 'Observed value range against the contract']));
    expect(titles('register-model')).toEqual(["The version's files by size"]);
  });
});

describe('hostile values', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'modelgate-html-hostile-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a column name, categories and a file name with markup are escaped everywhere in the page', async () => {
    const evil = '<script>alert(1)</script>';
    const attr = '"><img src=x onerror=alert(2)>';
    const header = `id,"${evil}","${attr.replace(/"/g, '""')}",x`;
    const row = (i: number, drift: boolean) => `${i},${drift ? (i % 2 ? '</svg><script>b()</script>' : "'onload='c()") : i % 3 ? 'a' : 'b'},${drift ? i * 5 : i},${(i % 7) + (drift ? 3 : 0)}`;
    writeFileSync(join(dir, 'ref.csv'), [header, ...Array.from({ length: 200 }, (_, i) => row(i, false))].join('\n') + '\n');
    writeFileSync(join(dir, `cur<b>&.csv`), [header, ...Array.from({ length: 200 }, (_, i) => row(i, true))].join('\n') + '\n');
    const html = join(dir, 'r.html');
    const r = await cli(['drift-check', '--reference', 'ref.csv', '--current', 'cur<b>&.csv', '--report-path', 'r.json', '--html', html], dir);
    expect(r.code, r.stderr).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect([...tagsOf(page)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(attributeProblems(page)).toEqual([]);
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('cur&lt;b&gt;&amp;.csv');
    // The drifted column's categories made it into the chart, escaped.
    expect(page).toContain('&lt;/svg&gt;&lt;script&gt;b()&lt;/script&gt;');
  });
});

describe('size does not grow with the rows', () => {
  it('a 20× larger drift-check writes a page of about the same size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-html-size-'));
    try {
      const write = (name: string, rows: number, shift: number) =>
        writeFileSync(join(dir, name), ['a,b,c', ...Array.from({ length: rows }, (_, i) => `${((i * 7919) % 1000) / 10 + shift},${(i * 31) % 97},${['x', 'y', 'z'][(i + shift) % 3]}`)].join('\n') + '\n');
      const sizes: number[] = [];
      for (const rows of [2_000, 40_000]) {
        write(`ref${rows}.csv`, rows, 0);
        write(`cur${rows}.csv`, rows, 5);
        const html = join(dir, `${rows}.html`);
        await cli(['drift-check', '--reference', `ref${rows}.csv`, '--current', `cur${rows}.csv`, '--report-path', `${rows}.json`, '--html', html], dir);
        sizes.push(readFileSync(html).length);
      }
      // Only digits of numbers and counts differ (a few bytes each); no part of the page is per row.
      expect(Math.abs(sizes[1] - sizes[0]) / sizes[0]).toBeLessThan(0.05);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('html-report decides where the page goes', () => {
  it('beside the JSON report by default in the action, nowhere by default in the CLI, or the path given', () => {
    expect(htmlReportPath(undefined, true, '/t/modelgate-drift-check.json', '/w')).toBe('/t/modelgate-drift-check.html');
    expect(htmlReportPath('true', false, '/t/out/report.json', '/w')).toBe('/t/out/report.html');
    expect(htmlReportPath(undefined, false, '/t/r.json', '/w')).toBeUndefined();
    expect(htmlReportPath('false', true, '/t/r.json', '/w')).toBeUndefined();
    expect(htmlReportPath('reports/drift.html', true, '/t/r.json', '/w')).toBe('/w/reports/drift.html');
  });
});
