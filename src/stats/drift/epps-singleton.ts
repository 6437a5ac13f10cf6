/**
 * The Epps–Singleton two-sample test on the empirical characteristic
 * function, as `scipy.stats.epps_singleton_2samp(x, y, t=(0.4, 0.8))`
 * (scipy 1.10), which Evidently's `es` stat test calls.
 *
 * Definition, for samples x (size n₁) and y (size n₂), n = n₁ + n₂:
 * - σ = IQR/2 of the pooled sample (numpy's linear percentiles 25 and 75);
 *   the points tⱼ/σ for t = (0.4, 0.8);
 * - g(v) = (cos(t₁v/σ), cos(t₂v/σ), sin(t₁v/σ), sin(t₂v/σ));
 * - Σ₁, Σ₂ the biased (÷ nᵢ) covariance matrices of g over each sample,
 *   Σ = (n/n₁)Σ₁ + (n/n₂)Σ₂, Σ⁺ its pseudo-inverse (eigenvalues at most
 *   1e-15 × the largest are dropped, as numpy.linalg.pinv) and r its rank;
 * - W = n · dᵀ Σ⁺ d, d the difference of the means of g;
 * - when max(n₁, n₂) < 25, W is multiplied by
 *   1/(1 + n^−0.45 + 10.1(n₁^−1.7 + n₂^−1.7));
 * - p = P(χ²_r > W).
 * Undefined (NaN) with fewer than 5 values in a sample, a pooled IQR of 0
 * (scipy divides by it; Evidently refuses it), or two samples that are each
 * constant (Σ = 0: scipy's pinv then inverts rounding noise).
 *
 * Σ is symmetric, so its pseudo-inverse comes from a Jacobi eigen-
 * decomposition (cyclic, to convergence) instead of numpy's SVD: the same
 * matrix to rounding.
 *
 * References:
 * - T. W. Epps, K. J. Singleton, "An omnibus test for the two-sample problem
 *   using the empirical characteristic function", J. Stat. Comput. Simul.
 *   26 (1986) 177–203.
 * - S. J. Goerg, J. Kaiser, "Nonparametric testing of distributions — the
 *   Epps–Singleton two-sample test using the empirical characteristic
 *   function", Stata J. 9(3) (2009) 454–465.
 * - scipy.stats.epps_singleton_2samp, https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.epps_singleton_2samp.html
 * - G. H. Golub, C. F. Van Loan, "Matrix Computations", 4th ed., §8.5 (Jacobi).
 */
import { chiSquareSf } from '../distributions/chi-square.js';

const T = [0.4, 0.8];

/** numpy.percentile(sorted, q, method='linear') of an ascending sample (numpy's _lerp). */
function percentileSorted(sorted: ArrayLike<number>, q: number): number {
  const index = (sorted.length - 1) * (q / 100);
  const lo = Math.floor(index);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const t = index - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** Means and biased covariance of g over a sample. */
function moments(values: ArrayLike<number>, ts: number[]): { mean: number[]; cov: number[][] } {
  const n = values.length;
  const k = 2 * ts.length;
  const g = (v: number, out: number[]) => {
    for (let j = 0; j < ts.length; j++) {
      out[j] = Math.cos(ts[j] * v);
      out[ts.length + j] = Math.sin(ts[j] * v);
    }
  };
  const row = new Array<number>(k).fill(0);
  const mean = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    g(values[i], row);
    for (let a = 0; a < k; a++) mean[a] += row[a];
  }
  for (let a = 0; a < k; a++) mean[a] /= n;
  const cov = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < n; i++) {
    g(values[i], row);
    for (let a = 0; a < k; a++) {
      const da = row[a] - mean[a];
      for (let b = a; b < k; b++) cov[a][b] += da * (row[b] - mean[b]);
    }
  }
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      cov[a][b] /= n;
      cov[b][a] = cov[a][b];
    }
  }
  return { mean, cov };
}

/** Eigenvalues and eigenvectors (columns of v) of a symmetric matrix, by cyclic Jacobi rotations. */
function symmetricEigen(m: number[][]): { values: number[]; vectors: number[][] } {
  const k = m.length;
  const a = m.map((r) => [...r]);
  const v = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j): number => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p][q] * a[p][q];
    if (off === 0) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r][p];
          const arq = a[r][q];
          a[r][p] = c * arp - s * arq;
          a[r][q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p][r];
          const aqr = a[q][r];
          a[p][r] = c * apr - s * aqr;
          a[q][r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r][p];
          const vrq = v[r][q];
          v[r][p] = c * vrp - s * vrq;
          v[r][q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: a.map((r, i) => r[i]), vectors: v };
}

function isConstant(a: ArrayLike<number>): boolean {
  for (let i = 1; i < a.length; i++) if (a[i] !== a[0]) return false;
  return true;
}

export function eppsSingleton(x: ArrayLike<number>, y: ArrayLike<number>): { statistic: number; pValue: number; df: number } {
  const nx = x.length;
  const ny = y.length;
  const undefinedResult = { statistic: NaN, pValue: NaN, df: NaN };
  if (nx < 5 || ny < 5) return undefinedResult;
  const n = nx + ny;
  if (isConstant(x) && isConstant(y)) return undefinedResult;
  const pooled = new Float64Array(n);
  pooled.set(x as ArrayLike<number>);
  pooled.set(y as ArrayLike<number>, nx);
  pooled.sort();
  const sigma = (percentileSorted(pooled, 75) - percentileSorted(pooled, 25)) / 2;
  if (!(sigma > 0) || !Number.isFinite(sigma)) return undefinedResult;
  const ts = T.map((t) => t / sigma);
  const mx = moments(x, ts);
  const my = moments(y, ts);
  const k = 2 * T.length;
  const cov = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => (n / nx) * mx.cov[a][b] + (n / ny) * my.cov[a][b]));
  const { values, vectors } = symmetricEigen(cov);
  const largest = Math.max(...values.map(Math.abs));
  const kept = values.map((v) => Math.abs(v) > 1e-15 * largest);
  const rank = kept.filter(Boolean).length;
  const diff = mx.mean.map((m, a) => m - my.mean[a]);
  // W = n · Σ over kept eigenpairs (vᵢ·d)² / λᵢ.
  let w = 0;
  for (let i = 0; i < k; i++) {
    if (!kept[i]) continue;
    let proj = 0;
    for (let a = 0; a < k; a++) proj += vectors[a][i] * diff[a];
    w += (proj * proj) / values[i];
  }
  w *= n;
  if (Math.max(nx, ny) < 25) w *= 1.0 / (1.0 + n ** -0.45 + 10.1 * (nx ** -1.7 + ny ** -1.7));
  return { statistic: w, pValue: chiSquareSf(w, rank), df: rank };
}
