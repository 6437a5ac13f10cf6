/**
 * What charts draw inside the frame of plot.ts, as layers: functions of the
 * x and y scales returning SVG markup. Numbers outside a scale's domain are
 * clipped by the frame; non-finite values are skipped.
 */
import { esc } from '../escape.js';
import type { Layer } from './plot.js';
import type { BandScale, NumericScale, Scale } from './scale.js';

const r = (v: number) => Math.round(v * 10) / 10;
const finite = (...vs: number[]) => vs.every((v) => Number.isFinite(v));

/** Position of a value on a scale: a numeric value, or the centre of band `value`. */
function at(scale: Scale, value: number): number {
  return scale.kind === 'band' ? scale(value) + scale.bandwidth / 2 : scale(value);
}

/** Bars over numeric bins: bin i spans [edges[i], edges[i+1]] with height values[i]. */
export function binBars(edges: number[], values: number[], className: string): Layer {
  return (x, y) => {
    if (x.kind === 'band' || y.kind === 'band') return '';
    const base = y(Math.max(y.domain[0], 0));
    return values
      .map((v, i) => {
        const x0 = x(edges[i]);
        const x1 = x(edges[i + 1]);
        const top = y(v);
        if (!finite(x0, x1, top)) return '';
        return `<rect class="${className}" x="${r(x0)}" y="${r(Math.min(top, base))}" width="${r(Math.max(x1 - x0, 0.5))}" height="${r(Math.abs(base - top))}"/>`;
      })
      .join('');
  };
}

/**
 * Bars on a band axis: value i at band i. With `slot`/`slots` several series
 * share a band side by side. Vertical when the band axis is x, horizontal
 * when it is y. `classOf` may colour each bar (e.g. by verdict).
 */
export function bandBars(values: (number | null)[], className: string | ((i: number) => string), options: { slot?: number; slots?: number; from?: number } = {}): Layer {
  const slot = options.slot ?? 0;
  const slots = options.slots ?? 1;
  return (x, y) => {
    const band = x.kind === 'band' ? x : y.kind === 'band' ? y : undefined;
    const value = band === x ? y : x;
    if (!band || value.kind === 'band') return '';
    const width = band.bandwidth / slots;
    const from = value(options.from ?? Math.max(value.domain[0], 0));
    return values
      .map((v, i) => {
        if (v === null || !Number.isFinite(v)) return '';
        const cls = typeof className === 'function' ? className(i) : className;
        const p = band(i) + slot * width;
        const q = value(v);
        if (band === x) return `<rect class="${cls}" x="${r(p)}" y="${r(Math.min(q, from))}" width="${r(width)}" height="${r(Math.max(Math.abs(from - q), 0.5))}"/>`;
        return `<rect class="${cls}" x="${r(Math.min(q, from))}" y="${r(p)}" width="${r(Math.max(Math.abs(q - from), 0.5))}" height="${r(width)}"/>`;
      })
      .join('');
  };
}

/** A line through points (x, y) in data units; `step` draws a staircase (post). */
export function line(points: [number, number][], className: string, options: { dashed?: boolean; step?: boolean } = {}): Layer {
  return (x, y) => {
    const pts = points.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b)).map(([a, b]) => [at(x, a), at(y, b)]);
    if (pts.length < 2) return '';
    const path: string[] = [];
    pts.forEach(([px, py], i) => {
      if (i === 0) path.push(`M${r(px)},${r(py)}`);
      else if (options.step) path.push(`H${r(px)}V${r(py)}`);
      else path.push(`L${r(px)},${r(py)}`);
    });
    return `<path class="${className} line${options.dashed ? ' dashed' : ''}" d="${path.join('')}"/>`;
  };
}

/** Dots at points (x, y); `title` gives each a tooltip. */
export function dots(points: { x: number; y: number; className: string; title?: string; radius?: number }[]): Layer {
  return (xs, ys) =>
    points
      .map((p) => {
        const cx = at(xs, p.x);
        const cy = at(ys, p.y);
        if (!finite(cx, cy)) return '';
        return `<circle class="${p.className}" cx="${r(cx)}" cy="${r(cy)}" r="${p.radius ?? 3.5}">${p.title ? `<title>${esc(p.title)}</title>` : ''}</circle>`;
      })
      .join('');
}

/**
 * The band axis and the value axis of a plot with one band scale, either way
 * round (horizontal when the bands are on y); undefined for any other plot.
 */
function bandAndValue(x: Scale, y: Scale): { horizontal: boolean; band: BandScale; value: NumericScale } | undefined {
  if (y.kind === 'band' && x.kind !== 'band') return { horizontal: true, band: y, value: x };
  if (x.kind === 'band' && y.kind !== 'band') return { horizontal: false, band: x, value: y };
  return undefined;
}

/**
 * Intervals with their estimate, one per band: a whisker from `low` to
 * `high` with end caps and a dot at `estimate`. Horizontal when the band axis
 * is y, vertical when it is x. Null ends draw the estimate alone.
 */
export function intervals(
  rows: { band: number; estimate: number | null; low: number | null; high: number | null; className: string; title?: string; offset?: number }[],
): Layer {
  return (x, y) => {
    const axes = bandAndValue(x, y);
    if (!axes) return '';
    const { horizontal, band, value } = axes;
    return rows
      .map((row) => {
        const c = band(row.band) + band.bandwidth / 2 + (row.offset ?? 0) * band.bandwidth;
        const cap = Math.min(band.bandwidth / 3, 5);
        const parts: string[] = [];
        if (row.low !== null && row.high !== null && Number.isFinite(row.low) && Number.isFinite(row.high)) {
          const a = value(row.low);
          const b = value(row.high);
          parts.push(
            horizontal
              ? `<path class="${row.className} whisker" d="M${r(a)},${r(c - cap)}V${r(c + cap)}M${r(a)},${r(c)}H${r(b)}M${r(b)},${r(c - cap)}V${r(c + cap)}"/>`
              : `<path class="${row.className} whisker" d="M${r(c - cap)},${r(a)}H${r(c + cap)}M${r(c)},${r(a)}V${r(b)}M${r(c - cap)},${r(b)}H${r(c + cap)}"/>`,
          );
        }
        if (row.estimate !== null && Number.isFinite(row.estimate)) {
          const e = value(row.estimate);
          parts.push(`<circle class="${row.className}" cx="${r(horizontal ? e : c)}" cy="${r(horizontal ? c : e)}" r="4">${row.title ? `<title>${esc(row.title)}</title>` : ''}</circle>`);
        }
        return parts.join('');
      })
      .join('');
  };
}

/**
 * A reference line at a value of one axis (a threshold, a margin), with an
 * optional label near its end.
 */
export function rule(axis: 'x' | 'y', value: number, className: string, label?: string): Layer {
  return (x, y) => {
    if (!Number.isFinite(value)) return '';
    if (axis === 'x') {
      if (x.kind === 'band') return '';
      const px = x(value);
      const [y0, y1] = y.range;
      const topY = Math.min(y0, y1);
      return `<line class="${className} rule" x1="${r(px)}" x2="${r(px)}" y1="${r(y0)}" y2="${r(y1)}"/>${label ? `<text class="rule-label" x="${r(px + 3)}" y="${r(topY + 11)}">${esc(label)}</text>` : ''}`;
    }
    if (y.kind === 'band') return '';
    const py = y(value);
    const [x0, x1] = x.range;
    return `<line class="${className} rule" x1="${r(x0)}" x2="${r(x1)}" y1="${r(py)}" y2="${r(py)}"/>${label ? `<text class="rule-label" text-anchor="end" x="${r(Math.max(x0, x1) - 3)}" y="${r(py - 4)}">${esc(label)}</text>` : ''}`;
  };
}

/** A shaded region between two values of one axis (an allowed band, a margin), across the whole plot. */
export function region(axis: 'x' | 'y', from: number, to: number, className: string): Layer {
  return (x, y) => {
    const scale = axis === 'x' ? x : y;
    const other = axis === 'x' ? y : x;
    if (scale.kind === 'band') return '';
    const a = scale(Number.isFinite(from) ? from : from > 0 ? scale.domain[1] : scale.domain[0]);
    const b = scale(Number.isFinite(to) ? to : to > 0 ? scale.domain[1] : scale.domain[0]);
    const [o0, o1] = other.range;
    if (axis === 'x') return `<rect class="${className} region" x="${r(Math.min(a, b))}" y="${r(Math.min(o0, o1))}" width="${r(Math.abs(b - a))}" height="${r(Math.abs(o1 - o0))}"/>`;
    return `<rect class="${className} region" x="${r(Math.min(o0, o1))}" y="${r(Math.min(a, b))}" width="${r(Math.abs(o1 - o0))}" height="${r(Math.abs(b - a))}"/>`;
  };
}

/** Per-band shaded spans on the value axis (e.g. a contract's allowed range per column). */
export function bandSpans(rows: { band: number; from: number; to: number; className: string }[]): Layer {
  return (x, y) => {
    const axes = bandAndValue(x, y);
    if (!axes) return '';
    const { horizontal, band, value } = axes;
    return rows
      .map((row) => {
        const lo = Number.isFinite(row.from) ? value(row.from) : row.from > 0 ? value.range[1] : value.range[0];
        const hi = Number.isFinite(row.to) ? value(row.to) : row.to > 0 ? value.range[1] : value.range[0];
        const p = band(row.band) - band.bandwidth * 0.1;
        const w = band.bandwidth * 1.2;
        return horizontal
          ? `<rect class="${row.className} region" x="${r(Math.min(lo, hi))}" y="${r(p)}" width="${r(Math.abs(hi - lo))}" height="${r(w)}"/>`
          : `<rect class="${row.className} region" x="${r(p)}" y="${r(Math.min(lo, hi))}" width="${r(w)}" height="${r(Math.abs(hi - lo))}"/>`;
      })
      .join('');
  };
}

/** Short text labels at data positions (e.g. a value at the end of a bar). */
export function labels(items: { x: number; y: number; text: string; anchor?: 'start' | 'middle' | 'end'; dx?: number; dy?: number }[]): Layer {
  return (xs, ys) =>
    items
      .map((it) => {
        const px = at(xs, it.x) + (it.dx ?? 0);
        const py = at(ys, it.y) + (it.dy ?? 0);
        if (!finite(px, py)) return '';
        return `<text class="value-label" text-anchor="${it.anchor ?? 'start'}" x="${r(px)}" y="${r(py)}">${esc(it.text)}</text>`;
      })
      .join('');
}

/** Short marks across each band at a value (a per-row threshold). */
export function bandMarks(rows: { band: number; value: number; className: string; title?: string }[]): Layer {
  return (x, y) => {
    const axes = bandAndValue(x, y);
    if (!axes) return '';
    const { horizontal, band, value } = axes;
    return rows
      .map((row) => {
        if (!Number.isFinite(row.value)) return '';
        const v = value(row.value);
        const a = band(row.band) - 2;
        const b = band(row.band) + band.bandwidth + 2;
        const t = row.title ? `<title>${esc(row.title)}</title>` : '';
        return horizontal
          ? `<line class="${row.className} mark" x1="${r(v)}" x2="${r(v)}" y1="${r(a)}" y2="${r(b)}">${t}</line>`
          : `<line class="${row.className} mark" x1="${r(a)}" x2="${r(b)}" y1="${r(v)}" y2="${r(v)}">${t}</line>`;
      })
      .join('');
  };
}
