/**
 * The canary's next traffic weight (percent), as Flagger steps it:
 * promote → current + step-weight, capped at max-weight; once the current
 * weight has reached max-weight, promotion means full traffic (100).
 * continue → unchanged; rollback → 0.
 */
import type { Decision } from './decide.js';

export function nextWeight(decision: Decision, current: number, step: number, max: number): number {
  if (decision === 'rollback') return 0;
  if (decision === 'continue') return current;
  if (current >= max) return 100;
  return Math.min(max, current + step);
}
