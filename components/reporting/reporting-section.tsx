// A project's reporting: what each partner must report (staff), and the reports due, waiting,
// returned or accepted.
import { Section } from "@/components/ui/section";
import { reportKinds } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
import type { reportingOf } from "@/lib/reporting/queries";
import { ReportsTable } from "./reports-table";

type Reporting = Awaited<ReturnType<typeof reportingOf>>;

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
                {r.organisation.name}: {reportKinds[r.kind].label.toLowerCase()} {r.everyMonths ? `every ${r.everyMonths} months from ${displayDate(r.firstDueOn)}` : `once, due ${displayDate(r.firstDueOn)}`}
                {r.lastDueOn && ` to ${displayDate(r.lastDueOn)}`}
              </span>
              {requirementActions && <span className="ml-auto">{requirementActions(r)}</span>}
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
