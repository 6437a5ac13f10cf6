// Writes the README demo data: loans.csv (a small, realistic loan-application
// training set) and broken.csv (the same rows with five injected problems).
// Deterministic (seeded PRNG), so re-running it reproduces the committed files:
//   node examples/validate-schema/generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// mulberry32: a tiny seeded generator; quality is plenty for demo data.
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
const rand = rng(20240601);
const between = (lo, hi) => lo + (hi - lo) * rand();
const int = (lo, hi) => Math.floor(between(lo, hi + 1));
const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const pick = (items, weights) => {
  let u = rand() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < items.length; i++) if ((u -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
};

const PURPOSES = ['debt_consolidation', 'home_improvement', 'car', 'education', 'medical', 'small_business'];
const WEIGHTS = [40, 18, 15, 10, 9, 8];
const header = ['loan_id', 'application_date', 'age', 'annual_income', 'loan_amount', 'term_months', 'purpose', 'employment_years', 'credit_score', 'defaulted'];
const rows = [];
const start = Date.UTC(2024, 0, 1);
for (let i = 0; i < 300; i++) {
  const age = Math.min(75, Math.max(18, Math.round(41 + 12 * normal())));
  const income = Math.round(Math.min(250000, Math.max(12000, Math.exp(10.9 + 0.45 * normal()))) / 100) * 100;
  const amount = Math.round(Math.min(50000, Math.max(1000, income * between(0.05, 0.4))) / 50) * 50;
  const term = rand() < 0.7 ? 36 : 60;
  const years = Math.min(age - 18, Math.max(0, Math.round(between(0, 1) * (age - 18))));
  const score = Math.min(850, Math.max(300, Math.round(690 + 60 * normal())));
  const risk = 0.08 + (score < 620 ? 0.2 : 0) + (amount / income > 0.3 ? 0.1 : 0);
  const date = new Date(start + int(0, 180) * 86400000).toISOString().slice(0, 10);
  rows.push([
    10001 + i,
    date,
    age,
    income.toFixed(2),
    amount,
    term,
    pick(PURPOSES, WEIGHTS),
    rand() < 0.04 ? '' : years, // employment length is sometimes not reported
    score,
    rand() < risk ? 'true' : 'false',
  ]);
}
const csv = (rs) => [header.join(','), ...rs.map((r) => r.join(','))].join('\n') + '\n';
writeFileSync(join(here, 'loans.csv'), csv(rows));

// broken.csv: the same data with one instance of each common problem.
const broken = rows.map((r) => [...r]);
broken[11][8] = ''; // a missing credit score (credit_score is not nullable)
broken[41][2] = 117; // an age out of range
broken[77][6] = 'vacation'; // a purpose outside the categories
broken[120][0] = broken[119][0]; // a duplicated loan_id
broken[205][3] = '52k'; // a malformed income
writeFileSync(join(here, 'broken.csv'), csv(broken));
