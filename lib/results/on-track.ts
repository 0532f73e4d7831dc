// The one definition of "on track" for an indicator, used by the project page, the dashboard and
// the portal (the README quotes it):
//
//   Take the indicator's latest period with an actual value. The target it is judged against is
//   the target of that period or, if that period has none, of the latest earlier period that has
//   one. The indicator is ON TRACK when the actual has covered at least 90% of the way from the
//   baseline (0 when none is recorded) to that target, in the indicator's direction (ascending:
//   higher is better; descending: lower is better), or has reached the target; otherwise BEHIND.
//   Without an actual, or without a target to judge it against, it has NO DATA. Qualitative
//   indicators have no numbers to judge: they are QUALITATIVE and not counted.

export const ON_TRACK_SHARE = 0.9;

export type Standing = "on-track" | "behind" | "no-data" | "qualitative";

/** What the rule needs of an indicator: numbers as numbers (display precision is not at stake). */
export interface JudgedIndicator {
  measure: string;
  ascending: boolean;
  baselineValue: number | null;
  periods: readonly { periodEnd: Date; target: number | null; actual: number | null }[];
}

export function standingOf(indicator: JudgedIndicator): Standing {
  if (indicator.measure === "QUALITATIVE") return "qualitative";
  const periods = [...indicator.periods].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
  const latest = periods.findLast((p) => p.actual !== null);
  if (!latest) return "no-data";
  const target = periods.findLast((p) => p.target !== null && p.periodEnd <= latest.periodEnd)?.target ?? null;
  if (target === null) return "no-data";
  const actual = latest.actual!;
  const baseline = indicator.baselineValue ?? 0;
  const threshold = baseline + ON_TRACK_SHARE * (target - baseline);
  const onTrack = indicator.ascending ? actual >= Math.min(threshold, target) : actual <= Math.max(threshold, target);
  return onTrack ? "on-track" : "behind";
}
