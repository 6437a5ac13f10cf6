// Writes the drift-check example data: a reference (training-like) file and
// two current files, one from the same process and one drifted. Deterministic:
// run `node examples/drift-check/generate.mjs` to rebuild identical files.
import { writeFileSync } from 'node:fs';

/** mulberry32: a small seeded generator, enough for example data. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(r) {
  const u = 1 - r();
  const v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function pick(r, items, weights) {
  let x = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((x -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

function rows(seed, n, drift) {
  const r = rng(seed);
  const out = ['customer_id,age,income,tenure_months,plan,region,support_calls,churned,churn_score'];
  for (let i = 0; i < n; i++) {
    const age = Math.round(Math.max(18, 41 + (drift ? 6 : 0) + 11 * normal(r)));
    const income = Math.round(Math.exp(10.6 + (drift ? 0.25 : 0) + 0.45 * normal(r)));
    const tenure = Math.max(0, Math.round(30 + 18 * normal(r)));
    const plan = drift
      ? pick(r, ['basic', 'plus', 'pro', 'trial'], [0.35, 0.3, 0.15, 0.2])
      : pick(r, ['basic', 'plus', 'pro'], [0.5, 0.35, 0.15]);
    const region = pick(r, ['north', 'south', 'east', 'west'], [0.3, 0.25, 0.25, 0.2]);
    const calls = Math.floor(-Math.log(1 - r()) * (drift ? 2.2 : 1.5));
    const logit = -2 + 0.04 * (40 - tenure) / 2 + 0.35 * calls + (plan === 'basic' ? 0.4 : 0);
    const p = 1 / (1 + Math.exp(-logit));
    const churned = r() < p ? 1 : 0;
    const score = Math.min(1, Math.max(0, p + 0.05 * normal(r)));
    // Missing incomes: 2% normally, 12% in the drifted batch (a broken upstream join).
    const incomeCell = r() < (drift ? 0.12 : 0.02) ? '' : String(income);
    out.push([`C${seed}-${i}`, age, incomeCell, tenure, plan, region, calls, churned, score.toFixed(4)].join(','));
  }
  return out.join('\n') + '\n';
}

const here = new URL('.', import.meta.url);
writeFileSync(new URL('reference.csv', here), rows(1, 800, false));
writeFileSync(new URL('current-stable.csv', here), rows(4, 500, false));
writeFileSync(new URL('current-drifted.csv', here), rows(3, 500, true));
