// Writes the example samples of canary-decision: a healthy, a degraded and a
// starved canary next to the same baseline. Deterministic (fixed seeds):
//   node examples/canary-decision/generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
}

function normal(u) {
  return Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** One row per request: latency (log-normal), error (0/1), converted (0/1). */
function requests(n, { latencyMs, errorRate, conversion }, seed) {
  const u = rng(seed);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const latency = latencyMs * Math.exp(0.35 * normal(u) - 0.06);
    rows.push([latency.toFixed(1), u() < errorRate ? 1 : 0, u() < conversion ? 1 : 0]);
  }
  return rows;
}

function write(name, canary, baseline) {
  const lines = ['variant,latency_ms,error,converted'];
  for (const r of canary) lines.push(`canary,${r.join(',')}`);
  for (const r of baseline) lines.push(`baseline,${r.join(',')}`);
  writeFileSync(join(here, name), `${lines.join('\n')}\n`);
}

const baseline = { latencyMs: 120, errorRate: 0.01, conversion: 0.1 };
const base = requests(1500, baseline, 1);
write('healthy.csv', requests(1500, { latencyMs: 119, errorRate: 0.01, conversion: 0.13 }, 2), base);
write('degraded.csv', requests(1500, { latencyMs: 150, errorRate: 0.04, conversion: 0.1 }, 3), base);
write('starved.csv', requests(8, { latencyMs: 120, errorRate: 0.01, conversion: 0.1 }, 4), base);
