/**
 * k-sample Anderson–Darling test, as `scipy.stats.anderson_ksamp(samples)`
 * (midrank version, scipy 1.10).
 *
 * Definition (Scholz & Stephens 1987, eq. 7, for discrete or tied data):
 * with the N pooled values, the distinct values z*_j, l_j the multiplicity
 * of z*_j, B_j = #{pooled < z*_j} + l_j/2, and M_ij = #{sample i < z*_j} +
 * (#{sample i = z*_j})/2,
 *   A²_akN = (N − 1)/N · Σᵢ 1/nᵢ Σⱼ l_j/N · (N·M_ij − B_j·nᵢ)² / (B_j(N − B_j) − N·l_j/4).
 * The reported statistic is standardised: (A²_akN − (k − 1)) / σ_N, with σ_N²
 * the finite-sample variance of Scholz & Stephens (eq. 4).
 *
 * p-value: scipy interpolates: a quadratic in the critical values
 * (b₀ + b₁/√m + b₂/m, m = k − 1, at significance 0.25 … 0.001) is fitted by
 * least squares to log(significance), and evaluated at the statistic. The
 * result is CAPPED to [0.001, 0.25]: beyond the table scipy returns 0.25 or
 * 0.001 (with a warning). So this p-value never exceeds 0.25 — a threshold of
 * 0.05 still works, one above 0.25 would flag every column.
 *
 * References:
 * - F. W. Scholz, M. A. Stephens, J. Am. Stat. Assoc. 82(399) (1987) 918–924.
 * - scipy.stats.anderson_ksamp, https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.anderson_ksamp.html
 */

export interface AndersonResult {
  statistic: number;
  pValue: number;
}

const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const SIG = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];

/** Least-squares quadratic fit y ≈ c₂x² + c₁x + c₀ (numpy.polyfit deg 2), by Householder QR. */
function quadraticFit(x: number[], y: number[]): [number, number, number] {
  const n = x.length;
  // Columns scaled to unit norm as numpy.polyfit does, for conditioning.
  const A = x.map((xi) => [xi * xi, xi, 1]);
  const scale = [0, 1, 2].map((j) => Math.sqrt(A.reduce((s, row) => s + row[j] * row[j], 0)));
  for (const row of A) for (let j = 0; j < 3; j++) row[j] /= scale[j];
  const b = y.slice();
  for (let k = 0; k < 3; k++) {
    let norm = 0;
    for (let i = k; i < n; i++) norm += A[i][k] * A[i][k];
    norm = Math.sqrt(norm);
    const alpha = A[k][k] > 0 ? -norm : norm;
    const v = new Array<number>(n).fill(0);
    for (let i = k; i < n; i++) v[i] = A[i][k];
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < n; i++) vv += v[i] * v[i];
    if (vv === 0) continue;
    for (let j = k; j < 3; j++) {
      let dot = 0;
      for (let i = k; i < n; i++) dot += v[i] * A[i][j];
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) A[i][j] -= f * v[i];
    }
    let dot = 0;
    for (let i = k; i < n; i++) dot += v[i] * b[i];
    const f = (2 * dot) / vv;
    for (let i = k; i < n; i++) b[i] -= f * v[i];
  }
  const c = [0, 0, 0];
  for (let k = 2; k >= 0; k--) {
    let s = b[k];
    for (let j = k + 1; j < 3; j++) s -= A[k][j] * c[j];
    c[k] = s / A[k][k];
  }
  return [c[0] / scale[0], c[1] / scale[1], c[2] / scale[2]];
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Samples without NaN. Fewer than two samples, an empty sample, or fewer
 * than two distinct pooled values make the test undefined (scipy raises): NaN.
 */
export function andersonDarlingKSample(samples: ArrayLike<number>[]): AndersonResult {
  const k = samples.length;
  if (k < 2 || samples.some((s) => s.length === 0)) return { statistic: NaN, pValue: NaN };
  const sorted = samples.map((s) => Float64Array.from(s).sort());
  const N = sorted.reduce((a, s) => a + s.length, 0);
  const Z = new Float64Array(N);
  let off = 0;
  for (const s of sorted) {
    Z.set(s, off);
    off += s.length;
  }
  Z.sort();
  const distinct: number[] = [];
  for (let i = 0; i < N; i++) if (i === 0 || Z[i] !== Z[i - 1]) distinct.push(Z[i]);
  if (distinct.length < 2) return { statistic: NaN, pValue: NaN };
  const L = distinct.length;
  const lj = new Float64Array(L);
  const Bj = new Float64Array(L);
  for (let j = 0; j < L; j++) {
    const left = lowerBound(Z, distinct[j]);
    lj[j] = N === L ? 1 : upperBound(Z, distinct[j]) - left;
    Bj[j] = left + lj[j] / 2;
  }
  let A2 = 0;
  for (let i = 0; i < k; i++) {
    const s = sorted[i];
    const ni = s.length;
    let inner = 0;
    for (let j = 0; j < L; j++) {
      const right = upperBound(s, distinct[j]);
      const fij = right - lowerBound(s, distinct[j]);
      const Mij = right - fij / 2;
      const num = N * Mij - Bj[j] * ni;
      inner += ((lj[j] / N) * num * num) / (Bj[j] * (N - Bj[j]) - (N * lj[j]) / 4);
    }
    A2 += inner / ni;
  }
  A2 *= (N - 1) / N;

  let H = 0;
  for (const s of sorted) H += 1 / s.length;
  // hs_cs = cumsum(1/(N−1), 1/(N−2), …, 1/2); h = hs_cs[-1] + 1; g = Σ hs_cs[i]/(i+2)
  let cum = 0;
  let g = 0;
  for (let i = 0, d = N - 1; d > 1; i++, d--) {
    cum += 1 / d;
    g += cum / (i + 2);
  }
  const h = cum + 1;
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k * k - 4 * h * k;
  const sigmasq = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
  const m = k - 1;
  const statistic = (A2 - m) / Math.sqrt(sigmasq);

  const critical = B0.map((b0, i) => b0 + B1[i] / Math.sqrt(m) + B2[i] / m);
  let p: number;
  if (statistic < Math.min(...critical)) p = 0.25;
  else if (statistic > Math.max(...critical)) p = 0.001;
  else {
    const [c2, c1, c0] = quadraticFit(critical, SIG.map(Math.log));
    p = Math.exp((c2 * statistic + c1) * statistic + c0);
  }
  return { statistic, pValue: p };
}
