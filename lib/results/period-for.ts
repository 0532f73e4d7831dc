// Which of an indicator's periods a partner report's actual goes to. A report's period need not be
// one of the indicator's (a half-yearly report against yearly targets): the actual goes to the
// indicator's period that holds the report's last day, else to the latest one the report overlaps;
// only when it overlaps none does the report's own period become a new one. So accepting a report
// never adds a period that overlaps those already set, and the partner sees the target it counts
// toward before sending.

export interface Span {
  periodStart: Date;
  periodEnd: Date;
}

export function periodFor<P extends Span>(periods: P[], report: Span): P | null {
  const holding = periods.find((p) => p.periodStart <= report.periodEnd && report.periodEnd <= p.periodEnd);
  if (holding) return holding;
  const overlapping = periods.filter((p) => p.periodStart <= report.periodEnd && report.periodStart <= p.periodEnd);
  return overlapping.sort((a, b) => b.periodEnd.getTime() - a.periodEnd.getTime())[0] ?? null;
}
