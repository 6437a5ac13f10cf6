/**
 * Verdicts. A gate's verdict is the worst verdict of its checks; a check may
 * also be `insufficient` (too little data to judge), which never passes
 * silently: it counts as a warning in the gate verdict.
 */
export const VERDICTS = ['pass', 'warn', 'fail'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const CHECK_VERDICTS = ['pass', 'warn', 'fail', 'insufficient'] as const;
export type CheckVerdict = (typeof CHECK_VERDICTS)[number];

const RANK: Record<CheckVerdict, number> = { pass: 0, insufficient: 1, warn: 1, fail: 2 };

/** The gate verdict that a list of check verdicts adds up to. */
export function worstVerdict(verdicts: Iterable<CheckVerdict>): Verdict {
  let worst = 0;
  for (const v of verdicts) worst = Math.max(worst, RANK[v]);
  return VERDICTS[worst];
}

/** `fail-on`: which verdict makes the job fail. */
export type FailOn = 'fail' | 'warn' | 'never';

export function failsJob(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warn') return verdict !== 'pass';
  return verdict === 'fail';
}

export const VERDICT_ICON: Record<CheckVerdict, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  insufficient: '❔',
};

/**
 * How the run ends, decided once from the verdict and `fail-on`: the CLI's
 * exit code, the action's failure, the check run's conclusion and every
 * heading read this and never decide again.
 *
 * - `failure` when `fail-on` makes the verdict fail the job;
 * - otherwise `neutral` when the gate asked for it (canary-decision's
 *   `continue`) or when `fail-on: never` made the run report-only while the
 *   verdict is not a pass;
 * - otherwise `success`.
 *
 * Neutral satisfies a required status check on GitHub, as success does.
 */
export type Conclusion = 'success' | 'failure' | 'neutral';

export function conclusionOf(verdict: Verdict, failOn: FailOn, gateAsksNeutral = false): Conclusion {
  if (failsJob(verdict, failOn)) return 'failure';
  if (gateAsksNeutral) return 'neutral';
  if (failOn === 'never' && verdict !== 'pass') return 'neutral';
  return 'success';
}
