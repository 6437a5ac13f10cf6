/**
 * Two-sample Cramér–von Mises test, as `scipy.stats.cramervonmises_2samp(x, y)`
 * (method 'auto', scipy 1.10).
 *
 * Definition (Anderson 1962): with the pooled sample ranked (average ranks
 * for ties), rᵢ the ranks of the sorted x and sⱼ those of the sorted y,
 *   U = n_x Σᵢ (rᵢ − i)² + n_y Σⱼ (sⱼ − j)²,
 *   T = U / (n_x n_y N) − (4 n_x n_y − 1) / (6N),   N = n_x + n_y.
 *
 * p-value:
 * - exact when max(n_x, n_y) ≤ 20: the share of the C(N, n_x) rank
 *   arrangements with U at least as large, by the frequency-table recursion
 *   of Xiao, Gordon & Yakovlev (2006);
 * - otherwise asymptotic: T is standardised with its finite-sample mean and
 *   variance, t' = 1/6 + (T − E T)/√(45 Var T), and p = 1 − F∞(t') with F∞ the
 *   limiting distribution (cramer-von-mises-limit.ts); p = 1 when t' < 0.003.
 * Fewer than two values in either sample: NaN (scipy raises).
 *
 * References:
 * - T. W. Anderson, Ann. Math. Statist. 33(3) (1962) 1148–1159.
 * - Y. Xiao, A. Gordon, A. Yakovlev, J. Stat. Softw. 17(8) (2006).
 * - scipy.stats.cramervonmises_2samp, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.cramervonmises_2samp.html
 */
import { cramerVonMisesLimitCdf } from '../distributions/cramer-von-mises-limit.js';

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** P(U' ≥ u) over all arrangements (Xiao et al. 2006, Algorithm 1). */
function exactPValue(s: number, m: number, n: number): number {
  const lcm = (m / gcd(m, n)) * n;
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = Math.floor((lcm * lcm * (m + n) * (6 * s - mn * (4 * mn - 1))) / (6 * mn * mn));
  let gs: Map<number, number>[] = [new Map([[0, 1]])];
  for (let v = 0; v < m; v++) gs.push(new Map());
  for (let u = 0; u <= n; u++) {
    const next: Map<number, number>[] = [];
    let tmp = new Map<number, number>();
    for (let v = 0; v <= m; v++) {
      const merged = new Map(tmp);
      for (const [val, f] of gs[v]) merged.set(val, (merged.get(val) ?? 0) + f);
      const shift = (a * v - b * u) ** 2;
      tmp = new Map();
      for (const [val, f] of merged) tmp.set(val + shift, f);
      next.push(tmp);
    }
    gs = next;
  }
  let count = 0;
  for (const [val, f] of gs[m]) if (val >= zeta) count += f;
  return count / binomial(m + n, m);
}

export function cramerVonMises(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { method?: 'auto' | 'exact' | 'asymptotic' } = {},
): { statistic: number; pValue: number; method: 'exact' | 'asymptotic' } {
  const nx = x.length;
  const ny = y.length;
  let method = options.method ?? 'auto';
  if (method === 'auto') method = Math.max(nx, ny) > 20 ? 'asymptotic' : 'exact';
  if (nx <= 1 || ny <= 1) return { statistic: NaN, pValue: NaN, method };
  const xs = Float64Array.from(x).sort();
  const ys = Float64Array.from(y).sort();
  let i = 0;
  let j = 0;
  let pos = 0;
  let sx = 0;
  let sy = 0;
  while (i < nx || j < ny) {
    const v = i < nx && (j >= ny || xs[i] <= ys[j]) ? xs[i] : ys[j];
    let cx = 0;
    while (i + cx < nx && xs[i + cx] === v) cx++;
    let cy = 0;
    while (j + cy < ny && ys[j + cy] === v) cy++;
    const r = pos + (cx + cy + 1) / 2;
    for (let t = 0; t < cx; t++) sx += (r - (i + t + 1)) ** 2;
    for (let t = 0; t < cy; t++) sy += (r - (j + t + 1)) ** 2;
    i += cx;
    j += cy;
    pos += cx + cy;
  }
  const u = nx * sx + ny * sy;
  const k = nx * ny;
  const N = nx + ny;
  const statistic = u / (k * N) - (4 * k - 1) / (6 * N);
  let pValue: number;
  if (method === 'exact') pValue = exactPValue(u, nx, ny);
  else {
    const et = (1 + 1 / N) / 6;
    let vt = (N + 1) * (4 * k * N - 3 * (nx * nx + ny * ny) - 2 * k);
    vt = vt / (45 * N * N * 4 * k);
    const tn = 1 / 6 + (statistic - et) / Math.sqrt(45 * vt);
    pValue = tn < 0.003 ? 1 : Math.max(0, 1 - cramerVonMisesLimitCdf(tn));
  }
  return { statistic, pValue, method };
}
