/**
 * State carried from run to run in sequential mode: per metric the running
 * always-valid p-value and the sample sizes it was computed on, plus the
 * number of looks and the traffic weight. It is a small JSON file the
 * workflow keeps between runs (actions/cache or an artifact).
 *
 * Each run is handed all the data collected since the canary started; if a
 * metric has fewer values than at the previous look, the canary was
 * restarted and that metric's p-value starts again from 1.
 */
import { z } from 'zod';
import { UserError } from '../../core/errors.js';

/** One look of the canary, kept for the visual report's weight history (optional: older state files lack it). */
const lookSchema = z.object({
  look: z.number().int().min(1),
  weight: z.number().min(0).max(100),
  score: z.number(),
  decision: z.enum(['promote', 'continue', 'rollback']),
});

/** Looks kept in `history` (the newest). */
export const HISTORY_LIMIT = 200;

const stateSchema = z.object({
  version: z.literal(1),
  looks: z.number().int().min(0),
  weight: z.number().min(0).max(100).nullable(),
  history: z.array(lookSchema).optional(),
  metrics: z.record(
    z.string(),
    z.object({ pValue: z.number().min(0).max(1), nCanary: z.number().int().min(0), nBaseline: z.number().int().min(0) }),
  ),
});

export type SequentialState = z.infer<typeof stateSchema>;
export type Look = z.infer<typeof lookSchema>;

export function emptyState(): SequentialState {
  return { version: 1, looks: 0, weight: null, metrics: {} };
}

export function parseSequentialState(text: string, file: string): SequentialState {
  if (text.trim() === '') return emptyState();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UserError(`state file is not JSON: ${(err as Error).message}`, { file });
  }
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`not a canary-decision state file: ${issue.message}`, { file, field: issue.path.map(String).join('.') || undefined });
  }
  return parsed.data;
}

/** The p-value a metric starts this look from. */
export function previousPValue(state: SequentialState | null, metric: string, nCanary: number, nBaseline: number): number {
  const prev = state?.metrics[metric];
  if (!prev) return 1;
  if (nCanary < prev.nCanary || nBaseline < prev.nBaseline) return 1;
  return prev.pValue;
}
