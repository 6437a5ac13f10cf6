/**
 * Exact null distribution of the Mann–Whitney U statistic, for samples of
 * sizes m and n without ties: P(U ≤ k).
 *
 * Definition: under H0 every one of the C(m+n, m) ways to choose which
 * ranks belong to the first sample is equally likely; U counts the pairs
 * (x, y) with x > y. The number of arrangements giving U = k is the
 * coefficient of q^k in the Gaussian binomial coefficient
 *   [m+n choose m]_q = Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i)
 * (Andrews, "The Theory of Partitions", 1976, Thm 3.1; Di Bucchianico 1999,
 * Thm 2.5 gives the equivalent recurrence scipy uses). Multiplying by each
 * (1 − q^{n+i}) and dividing by each (1 − q^i) in turn is O(min(m,n) · k):
 * only coefficients up to k are needed, because each step reads lower
 * coefficients only.
 *
 * References:
 * - H. B. Mann, D. R. Whitney, "On a test of whether one of two random
 *   variables is stochastically larger than the other", Ann. Math. Statist.
 *   18 (1947) 50–60.
 * - A. Di Bucchianico, "Combinatorics, computer algebra, and the
 *   Wilcoxon–Mann–Whitney test", J. Statist. Plann. Inference 79 (1999) 349–364.
 */
export function mannWhitneyExactCdf(k: number, m: number, n: number): number {
  const mn = m * n;
  if (k < 0) return 0;
  if (k >= mn) return 1;
  k = Math.floor(k);
  // The distribution is symmetric about mn/2: sum the shorter side.
  if (k > mn / 2) return 1 - mannWhitneyExactCdf(mn - k - 1, m, n);
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  const c = new Float64Array(k + 1);
  c[0] = 1;
  for (let i = 1; i <= small; i++) {
    const drop = large + i;
    for (let j = k; j >= drop; j--) c[j] -= c[j - drop];
    for (let j = i; j <= k; j++) c[j] += c[j - i];
  }
  let count = 0;
  for (let j = 0; j <= k; j++) count += c[j];
  // C(m+n, m) as a running product keeps full relative precision.
  let total = 1;
  for (let i = 1; i <= small; i++) total = (total * (large + i)) / i;
  return Math.min(1, count / total);
}
