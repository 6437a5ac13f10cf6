/**
 * The chart frame every figure of the HTML report is drawn in: an SVG with a
 * title (a visible heading and a <title> for screen readers), two axes with
 * ticks and axis titles carrying the units, light grid lines, an optional
 * legend, and the chart's layers drawn over it.
 *
 * Colours come from CSS classes (page.ts defines them for light and dark
 * schemes); every text from data is escaped. Layers are functions of the
 * two scales returning SVG markup (layers.ts).
 */
import { esc, escShort } from '../escape.js';
import { bandScale, linearScale, logScale, niceDomain, type BandScale, type NumericScale, type Scale } from './scale.js';

export interface AxisSpec {
  type: 'linear' | 'log' | 'band';
  /** The axis title, with its unit: "share of rows", "age (years)". */
  title: string;
  /** Numeric axes: the data range; widened to nice numbers unless `exact`. */
  domain?: [number, number];
  exact?: boolean;
  /** Band axes: the categories, in order. */
  labels?: string[];
  /** Tick labels of a numeric axis (default: the scale's). */
  format?: (value: number) => string;
  ticks?: number;
  /** Only whole-number ticks (counts). */
  integer?: boolean;
}

export interface LegendItem {
  label: string;
  /** CSS class of the swatch (e.g. "s1", "s2", "fail"). */
  className: string;
  shape?: 'box' | 'line' | 'dash' | 'dot';
}

export type Layer = (x: Scale, y: Scale) => string;

export interface PlotSpec {
  title: string;
  x: AxisSpec;
  y: AxisSpec;
  layers: Layer[];
  legend?: LegendItem[];
  /** Width in SVG units (the page scales it to the screen). */
  width?: number;
  /** Height of the plotting area; band axes on y default to 20 units a row. */
  plotHeight?: number;
}

const FONT = 12;
/** Average width of a character of the report's sans-serif font at FONT px. */
const CHAR = 6.6;

let counter = 0;

/** A fresh id for aria references within one page (reset per page). */
export function resetIds(): void {
  counter = 0;
}

function numericScale(spec: AxisSpec, range: [number, number]): NumericScale {
  const [lo, hi] = spec.domain ?? [0, 1];
  if (spec.type === 'log') return logScale([lo, hi], range);
  return linearScale(spec.exact ? [lo, hi] : niceDomain(lo, hi, spec.ticks ?? 5), range);
}

function makeScale(spec: AxisSpec, range: [number, number]): Scale {
  return spec.type === 'band' ? bandScale(spec.labels ?? [], range) : numericScale(spec, range);
}

function tickLabels(scale: NumericScale, spec: AxisSpec): { at: number; text: string }[] {
  const ticks = scale.ticks(spec.ticks).filter((t) => !spec.integer || Number.isInteger(t));
  return ticks.map((t) => ({ at: t, text: spec.format ? spec.format(t) : spec.integer ? String(t) : scale.tickFormat(t) }));
}

function legendMarkup(items: LegendItem[], x0: number, y: number, width: number): { svg: string; height: number } {
  let x = x0;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const w = 22 + Math.min(item.label.length, 40) * CHAR + 14;
    if (x + w > width && x > x0) {
      x = x0;
      row++;
    }
    const cy = y + row * 18;
    const shape = item.shape ?? 'box';
    const swatch =
      shape === 'box'
        ? `<rect class="${item.className} swatch" x="${x}" y="${cy - 9}" width="14" height="10" rx="2"/>`
        : shape === 'dot'
          ? `<circle class="${item.className}" cx="${x + 7}" cy="${cy - 4}" r="4"/>`
          : `<line class="${item.className}${shape === 'dash' ? ' dashed' : ''}" x1="${x}" x2="${x + 16}" y1="${cy - 4}" y2="${cy - 4}"/>`;
    parts.push(`<g class="legend-item">${swatch}<text x="${x + 20}" y="${cy}">${escShort(item.label, 40)}</text></g>`);
    x += w;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * 18 };
}

/** One chart as an inline SVG element. */
export function plot(spec: PlotSpec): string {
  const id = `c${++counter}`;
  const width = spec.width ?? 500;
  const yBandLabels = spec.y.type === 'band' ? (spec.y.labels ?? []) : [];
  const yTickWidth =
    spec.y.type === 'band'
      ? Math.min(Math.max(...yBandLabels.map((l) => Math.min(l.length, 28)), 4) * CHAR + 10, 200)
      : 52;
  const left = yTickWidth + (spec.y.type === 'band' ? 8 : 22);
  const right = 16;
  const titleHeight = 24;
  const legend = spec.legend?.length ? legendMarkup(spec.legend, left, titleHeight + 14, width - right) : undefined;
  // A band axis on y writes its title above the plot: room for it under the legend.
  const top = titleHeight + (legend ? legend.height + 8 : 6) + (spec.y.type === 'band' ? 12 : 0);
  const xBand = spec.x.type === 'band' ? (spec.x.labels ?? []) : [];
  const rotate = xBand.length > 6 || xBand.some((l) => l.length > 10);
  const bottom = 40 + (rotate ? Math.min(Math.max(...xBand.map((l) => Math.min(l.length, 18))) * CHAR * 0.7, 110) : 0);
  const plotHeight = spec.plotHeight ?? (spec.y.type === 'band' ? Math.max(yBandLabels.length * 20, 40) : 220);
  const height = top + plotHeight + bottom;
  const x = makeScale(spec.x, [left, width - right]);
  const y = makeScale(spec.y, spec.y.type === 'band' ? [top, top + plotHeight] : [top + plotHeight, top]);

  const grid: string[] = [];
  const axes: string[] = [];
  // x axis
  const xAxisY = top + plotHeight;
  const xAxis: string[] = [`<line class="axis-line" x1="${left}" x2="${width - right}" y1="${xAxisY}" y2="${xAxisY}"/>`];
  if (x.kind === 'band') {
    x.labels.forEach((label, i) => {
      const cx = x(i) + x.bandwidth / 2;
      xAxis.push(
        rotate
          ? `<text class="tick" text-anchor="end" transform="translate(${cx + 4},${xAxisY + 12}) rotate(-40)">${escShort(label, 18)}<title>${esc(label)}</title></text>`
          : `<text class="tick" text-anchor="middle" x="${cx}" y="${xAxisY + 16}">${escShort(label, 14)}<title>${esc(label)}</title></text>`,
      );
    });
  } else {
    for (const t of tickLabels(x, spec.x)) {
      const px = x(t.at);
      grid.push(`<line class="grid" x1="${px}" x2="${px}" y1="${top}" y2="${xAxisY}"/>`);
      xAxis.push(`<line class="tick-mark" x1="${px}" x2="${px}" y1="${xAxisY}" y2="${xAxisY + 4}"/><text class="tick" text-anchor="middle" x="${px}" y="${xAxisY + 16}">${esc(t.text)}</text>`);
    }
  }
  xAxis.push(`<text class="axis-title" text-anchor="middle" x="${(left + width - right) / 2}" y="${height - 6}">${esc(spec.x.title)}</text>`);
  axes.push(`<g class="axis x-axis">${xAxis.join('')}</g>`);
  // y axis
  const yAxis: string[] = [`<line class="axis-line" x1="${left}" x2="${left}" y1="${top}" y2="${xAxisY}"/>`];
  if (y.kind === 'band') {
    y.labels.forEach((label, i) => {
      const cy = y(i) + y.bandwidth / 2;
      yAxis.push(`<text class="tick" text-anchor="end" x="${left - 6}" y="${cy + 4}">${escShort(label, 28)}<title>${esc(label)}</title></text>`);
    });
    yAxis.push(`<text class="axis-title" text-anchor="start" x="4" y="${top - 6}">${esc(spec.y.title)}</text>`);
  } else {
    for (const t of tickLabels(y, spec.y)) {
      const py = y(t.at);
      grid.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${py}" y2="${py}"/>`);
      yAxis.push(`<line class="tick-mark" x1="${left - 4}" x2="${left}" y1="${py}" y2="${py}"/><text class="tick" text-anchor="end" x="${left - 6}" y="${py + 4}">${esc(t.text)}</text>`);
    }
    yAxis.push(`<text class="axis-title" text-anchor="middle" transform="translate(12,${top + plotHeight / 2}) rotate(-90)">${esc(spec.y.title)}</text>`);
  }
  axes.push(`<g class="axis y-axis">${yAxis.join('')}</g>`);

  // A little room beyond the axes, so that a dot on the edge is drawn whole.
  const clip = `<clipPath id="${id}-clip"><rect x="${left - 8}" y="${top - 8}" width="${width - right - left + 16}" height="${plotHeight + 16}"/></clipPath>`;
  const body = spec.layers.map((layer) => layer(x, y)).join('');
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" font-size="${FONT}">` +
    `<title id="${id}-title">${esc(spec.title)}</title>` +
    `<defs>${clip}</defs>` +
    `<text class="chart-title" x="10" y="17">${escShort(spec.title, Math.floor((width - 20) / 7.4))}</text>` +
    (legend ? legend.svg : '') +
    `<g class="grid-lines">${grid.join('')}</g>` +
    `<g class="layers" clip-path="url(#${id}-clip)">${body}</g>` +
    axes.join('') +
    `</svg>`
  );
}

export type { BandScale, NumericScale, Scale };
