// The due reports a reporting requirement generates. Each report is due on the last day of the
// period it covers; the periods follow each other without gap: the first covers one interval
// (but starts no earlier than the project), each next one starts the day after the previous one
// ends. A one-off report (a final report) covers the whole project up to its due date.

export const MAX_REPORTS = 60;

const DAY = 86_400_000;

/** The same day `months` later (or earlier), on the month's last day when it has no such day. */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

/** Whether a date is the last day of its month: a series due on month ends stays on month ends. */
const isMonthEnd = (date: Date) => new Date(date.getTime() + DAY).getUTCDate() === 1;

export interface Requirement {
  everyMonths: number | null;
  firstDueOn: Date;
  lastDueOn: Date | null;
}

export interface ScheduledReport {
  dueOn: Date;
  periodStart: Date;
  periodEnd: Date;
}

/** The due dates from the first to the last (the project's end when none is given). */
export function dueDates(requirement: Requirement, projectEndsOn: Date | null): Date[] {
  const { everyMonths, firstDueOn } = requirement;
  if (!everyMonths) return [firstDueOn];
  const until = requirement.lastDueOn ?? projectEndsOn ?? firstDueOn;
  const monthEnds = isMonthEnd(firstDueOn);
  const dates: Date[] = [];
  for (let i = 0; dates.length <= MAX_REPORTS; i++) {
    let due = addMonths(firstDueOn, i * everyMonths);
    if (monthEnds) due = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0));
    if (due > until) break;
    dates.push(due);
  }
  return dates;
}

/** The first day of the interval that ends on `dueOn` (whole months when it is a month's end). */
function intervalBefore(dueOn: Date, everyMonths: number | null): Date | null {
  if (!everyMonths) return null;
  if (isMonthEnd(dueOn)) return new Date(Date.UTC(dueOn.getUTCFullYear(), dueOn.getUTCMonth() - everyMonths + 1, 1));
  return new Date(addMonths(dueOn, -everyMonths).getTime() + DAY);
}

export function schedule(requirement: Requirement, project: { startsOn: Date | null; endsOn: Date | null }): ScheduledReport[] {
  const dates = dueDates(requirement, project.endsOn);
  return dates.map((dueOn, i) => {
    const interval = intervalBefore(dueOn, requirement.everyMonths);
    const first = [interval, project.startsOn].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? dueOn;
    const periodStart = i === 0 ? first : new Date(dates[i - 1].getTime() + DAY);
    return { dueOn, periodStart: periodStart > dueOn ? dueOn : periodStart, periodEnd: dueOn };
  });
}
