/**
 * Scales of the report's charts: a value in data units to a position in SVG
 * units, with the ticks its axis shows.
 *
 * Linear ticks are "nice" numbers: steps of 1, 2 or 5 times a power of ten,
 * chosen so that about `count` ticks cover the domain (the rule of
 * Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990, as d3
 * uses it). A log scale ticks at powers of ten. A band scale places
 * categories in equal bands with padding between them.
 */
import { fmt } from '../format.js';

export interface NumericScale {
  kind: 'linear' | 'log';
  domain: [number, number];
  range: [number, number];
  (value: number): number;
  ticks(count?: number): number[];
  tickFormat(value: number): string;
}

export interface BandScale {
  kind: 'band';
  labels: string[];
  range: [number, number];
  /** Start of band i. */
  (index: number): number;
  bandwidth: number;
}

export type Scale = NumericScale | BandScale;

/** The nice step for about `count` ticks over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(count, 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const factor = norm >= 7.5 ? 10 : norm >= 3.5 ? 5 : norm >= 1.5 ? 2 : 1;
  return factor * magnitude;
}

/** Decimals needed to write multiples of `step` exactly. */
function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** A domain widened to nice numbers around [lo, hi]; a single value gets a unit around it. */
export function niceDomain(lo: number, hi: number, count = 5): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceDomain(lo - pad, hi + pad, count);
  }
  const step = niceStep(hi - lo, count);
  return [Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step];
}

export function linearScale(domain: [number, number], range: [number, number]): NumericScale {
  const [d0, d1] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const [r0, r1] = range;
  const scale = ((v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)) as NumericScale;
  scale.kind = 'linear';
  scale.domain = [d0, d1];
  scale.range = range;
  scale.ticks = (count = 5) => {
    const step = niceStep(d1 - d0, count);
    const decimals = decimalsOf(step);
    const out: number[] = [];
    for (let k = Math.ceil(d0 / step - 1e-9); k * step <= d1 + step * 1e-9; k++) out.push(Number((k * step).toFixed(decimals)));
    return out;
  };
  scale.tickFormat = (v: number) => {
    const step = niceStep(d1 - d0, 5);
    if (Math.abs(v) >= 1e6 || (step < 1e-4 && v !== 0)) return fmt(v, 3);
    const s = v.toFixed(decimalsOf(step));
    return Math.abs(v) >= 1e4 ? fmt(Number(s), 6) : s.replace(/^-/, '−');
  };
  return scale;
}

/** A base-10 log scale; values at or below 0 are clamped to the domain's low end. */
export function logScale(domain: [number, number], range: [number, number]): NumericScale {
  const lo = Math.log10(Math.max(domain[0], Number.MIN_VALUE));
  const hi = Math.log10(Math.max(domain[1], Number.MIN_VALUE));
  const [l0, l1] = lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  const [r0, r1] = range;
  const scale = ((v: number) => {
    const l = v > 0 ? Math.min(Math.max(Math.log10(v), l0), l1) : l0;
    return r0 + ((l - l0) / (l1 - l0)) * (r1 - r0);
  }) as NumericScale;
  scale.kind = 'log';
  scale.domain = [10 ** l0, 10 ** l1];
  scale.range = range;
  scale.ticks = (count = 6) => {
    const first = Math.ceil(l0 - 1e-9);
    const last = Math.floor(l1 + 1e-9);
    const every = Math.max(1, Math.ceil((last - first + 1) / count));
    const out: number[] = [];
    for (let e = last; e >= first; e -= every) out.unshift(10 ** e);
    return out;
  };
  scale.tickFormat = (v: number) => {
    const e = Math.round(Math.log10(v));
    return e >= -2 && e <= 3 ? String(Number(v.toPrecision(1))) : `1e${e}`.replace('-', '−');
  };
  return scale;
}

export function bandScale(labels: string[], range: [number, number], padding = 0.2): BandScale {
  const [r0, r1] = range;
  const n = Math.max(labels.length, 1);
  const step = (r1 - r0) / n;
  const scale = ((i: number) => r0 + i * step + (step * padding) / 2) as BandScale;
  scale.kind = 'band';
  scale.labels = labels;
  scale.range = range;
  scale.bandwidth = step * (1 - padding);
  return scale;
}
