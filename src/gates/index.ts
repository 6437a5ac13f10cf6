/**
 * The gate registry. Each gate is imported lazily so that an action loads
 * only its own gate's code (and its dependencies) at start-up.
 */
import type { Gate } from '../core/gate.js';
import type { GateName } from '../core/report.js';

// Each gate keeps its own input type; the registry holds them as gates of any inputs.
type Loader = () => Promise<Gate<any>>;

export const GATES: Partial<Record<GateName, Loader>> = {
  'drift-check': async () => (await import('./drift-check/gate.js')).default,
  'canary-decision': async () => (await import('./canary-decision/gate.js')).default,
  'fairness-gate': async () => (await import('./fairness-gate/gate.js')).default,
  'performance-gate': async () => (await import('./performance-gate/gate.js')).default,
  'register-model': async () => (await import('./register-model/gate.js')).default,
  'validate-schema': async () => (await import('./validate-schema/gate.js')).default,
};

export function availableGates(): GateName[] {
  return Object.keys(GATES) as GateName[];
}

export async function loadGate(name: string): Promise<Gate<any> | undefined> {
  const load = GATES[name as GateName];
  return load ? load() : undefined;
}
