/**
 * Every gate's HTML report on its bundled example, opened in headless
 * Chromium (Debian's `chromium`, driven over the DevTools protocol by
 * chromium.ts): it loads with no console message, no exception, no error in
 * the browser's log (a CSP violation lands there) and no network request but
 * the page itself; it has no script; every chart is an SVG of real size with
 * a title and two titled axes with ticks; the dark scheme applies under
 * `prefers-color-scheme: dark`; on a phone-sized screen nothing overflows
 * sideways. A screenshot per gate is taken each run; with
 * MODELGATE_UPDATE_SCREENSHOTS=1 they are written to docs/images/ (the
 * README shows them), else to a temporary directory.
 *
 * Chromium is required, not optional: .ci/run installs it, and without it
 * this test fails saying so (MODELGATE_CHROMIUM names another binary).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/run-action.js';
import { Browser, CHROMIUM, chromiumAvailable } from './chromium.js';
import { EXAMPLE_GATES, runExamples, type ExampleGate, type ExampleRun } from './example-reports.js';

const UPDATE = process.env.MODELGATE_UPDATE_SCREENSHOTS === '1';
const SHOT_WIDTH = 1000;
const SHOT_HEIGHT = 1500;

interface ChartFacts {
  title: string;
  width: number;
  height: number;
  xTitle: string;
  yTitle: string;
  xTicks: number;
  yTicks: number;
}

describe('the HTML reports in Chromium', () => {
  let out: string;
  let shots: string;
  let runs: Map<ExampleGate, ExampleRun>;
  let cleanup: () => void;
  let browser: Browser;

  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium), or set MODELGATE_CHROMIUM`);
    out = mkdtempSync(join(tmpdir(), 'modelgate-chromium-pages-'));
    shots = UPDATE ? join(REPO_ROOT, 'docs', 'images') : join(out, 'shots');
    mkdirSync(shots, { recursive: true });
    ({ runs, cleanup } = await runExamples(out));
    browser = await Browser.launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    cleanup?.();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const gate of EXAMPLE_GATES) {
    it(`${gate}: loads clean, draws titled charts with axes, dark and phone layouts hold`, async () => {
      const { htmlPath } = runs.get(gate)!;
      const url = pathToFileURL(htmlPath).href;

      const page = await browser.newPage({ width: SHOT_WIDTH, height: 900 });
      await page.open(url);
      expect(page.events.console).toEqual([]);
      expect(page.events.exceptions).toEqual([]);
      expect(page.events.log.filter((l) => l.level === 'error' || l.level === 'warning')).toEqual([]);
      expect(page.events.requests).toEqual([url]);
      expect(await page.evaluate<number>('document.scripts.length')).toBe(0);
      expect(await page.evaluate<number>("document.querySelectorAll('script,iframe,object,embed,img,link,video,audio,form').length")).toBe(0);
      const charts = await page.evaluate<ChartFacts[]>(`[...document.querySelectorAll('svg.chart')].map((svg) => {
        const r = svg.getBoundingClientRect();
        const text = (sel) => (svg.querySelector(sel)?.textContent ?? '').trim();
        return {
          title: (svg.querySelector(':scope > title')?.textContent ?? '').trim(),
          width: r.width,
          height: r.height,
          xTitle: text('.x-axis .axis-title'),
          yTitle: text('.y-axis .axis-title'),
          xTicks: svg.querySelectorAll('.x-axis .tick').length,
          yTicks: svg.querySelectorAll('.y-axis .tick').length,
        };
      })`);
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.title, JSON.stringify(c)).not.toBe('');
        expect(c.xTitle, c.title).not.toBe('');
        expect(c.yTitle, c.title).not.toBe('');
        expect(c.xTicks + c.yTicks, c.title).toBeGreaterThanOrEqual(3);
        // Drawn at a readable size (hidden charts in closed <details> have none and are not counted here).
        if (c.width > 0) expect(c.width, c.title).toBeGreaterThan(300);
      }
      const light = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
      const png = await page.screenshot(SHOT_WIDTH, SHOT_HEIGHT);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      writeFileSync(join(shots, `html-${gate}.png`), png);
      await page.close();

      const dark = await browser.newPage({ width: SHOT_WIDTH, height: 900, dark: true });
      await dark.open(url);
      expect(await dark.evaluate<string>('getComputedStyle(document.body).backgroundColor')).not.toBe(light);
      expect(dark.events.console).toEqual([]);
      await dark.close();

      const phone = await browser.newPage({ width: 390, height: 844, mobile: true });
      await phone.open(url);
      // Wide tables scroll inside their box; the page itself never scrolls sideways.
      expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      expect(phone.events.requests).toEqual([url]);
      await phone.close();
    });
  }
});
