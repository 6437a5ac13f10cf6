#!/usr/bin/env node
// Writes the performance-gate example data next to this script, the same
// bytes on every run (seeded generator, fixed rounding):
//
//   node examples/performance-gate/generate.mjs
//
// A binary churn model scored on 2,000 customers. baseline.csv is the
// champion; the three challengers are clearly better, equal up to noise
// (same model quality, different noise), and clearly worse. The models
// share a per-row difficulty term, as real models on the same rows do,
// which is what makes paired statistics sharper than unpaired ones.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const N = 2000;

// mulberry32: a small, well-known 32-bit generator (Tommy Ettinger, 2017).
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// Standard normal by Box–Muller.
function normal(rand) {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const rand = mulberry32(20261126);
const regions = ['north', 'south', 'east', 'west'];
const rows = [];
for (let i = 0; i < N; i++) {
  const region = regions[Math.floor(rand() * 4)];
  const label = rand() < 0.35 ? 1 : 0;
  const difficulty = normal(rand);
  rows.push({ id: `c${String(i + 1).padStart(5, '0')}`, region, label, difficulty });
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));
function model(strength, seed) {
  const r = mulberry32(seed);
  return rows.map((row) => {
    const logit = strength * (2 * row.label - 1) + 0.9 * row.difficulty + 0.7 * normal(r) - 0.3;
    return Math.round(sigmoid(logit) * 10000) / 10000;
  });
}

function write(file, scores) {
  const lines = ['id,region,label,score,prediction'];
  rows.forEach((row, i) => lines.push(`${row.id},${row.region},${row.label},${scores[i].toFixed(4)},${scores[i] >= 0.5 ? 1 : 0}`));
  writeFileSync(join(here, file), `${lines.join('\n')}\n`);
}

write('baseline.csv', model(1.3, 1));
write('challenger-better.csv', model(1.75, 2));
write('challenger-equal.csv', model(1.3, 10));
write('challenger-worse.csv', model(0.9, 4));

// Serving latency of the challenger in ms: log-normal, median about 40 ms.
const lr = mulberry32(5);
const latency = ['latency_ms'];
for (let i = 0; i < 500; i++) latency.push((Math.exp(Math.log(40) + 0.35 * normal(lr))).toFixed(2));
writeFileSync(join(here, 'latency.csv'), `${latency.join('\n')}\n`);
