// A project's reporting: what each partner must report (staff), and the reports due, waiting,
// returned or accepted.
import { Section } from "@/components/ui/section";
import { reportKinds } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
import type { reportingOf } from "@/lib/reporting/queries";
import { dueDates, type Requirement } from "@/lib/reporting/schedule";
import { ReportsTable } from "./reports-table";

type Reporting = Awaited<ReturnType<typeof reportingOf>>;

/**
 * When a requirement's reports fall due, in words, from the dates it generates: a series that
 * ends before its second report reads as the one report it is, and a series reads to its last
 * due date (not to the last day asked for, which may fall between two).
 */
export function whenDue(requirement: Requirement): string {
  const { everyMonths, firstDueOn, lastDueOn } = requirement;
  const dates = everyMonths && lastDueOn ? dueDates(requirement, null) : null;
  if (!everyMonths || dates?.length === 1) return `once, due ${displayDate(firstDueOn)}`;
  const every = everyMonths === 1 ? "every month" : everyMonths === 12 ? "every year" : `every ${everyMonths} months`;
  const to = dates ? ` to ${displayDate(dates.at(-1))}` : " to the project's end";
  return `${every} from ${displayDate(firstDueOn)}${to}`;
}

export function ReportingSection({
  reporting,
  reportHref,
  today,
  requirementActions,
  form,
}: {
  reporting: Reporting;
  reportHref: (id: string) => string;
  today: Date;
  requirementActions?: (requirement: Reporting["requirements"][number]) => React.ReactNode;
  form?: React.ReactNode;
}) {
  return (
    <Section title="Reporting">
      {reporting.requirements.length > 0 && (
        <ul className="mb-4 space-y-1 text-sm" aria-label="Reporting requirements">
          {reporting.requirements.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2">
              <span>
                {r.organisation.name}: {reportKinds[r.kind].label.toLowerCase()} {whenDue(r)}
              </span>
              {requirementActions && <span className="ms-auto">{requirementActions(r)}</span>}
            </li>
          ))}
        </ul>
      )}
      <ReportsTable reports={reporting.reports} href={reportHref} today={today} />
      {form && (
        <details className="mt-4 border-t border-slate-100 pt-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Set a reporting requirement</summary>
          <div className="mt-3">{form}</div>
        </details>
      )}
    </Section>
  );
}
