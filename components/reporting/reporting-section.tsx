// A project's reporting: what each partner must report (staff), and the reports due, waiting,
// returned or accepted.
import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import type { Formats } from "@/lib/i18n/format";
import { useFormats } from "@/lib/i18n/use-formats";
import type { reportingOf } from "@/lib/reporting/queries";
import { dueDates, type Requirement } from "@/lib/reporting/schedule";
import { ReportsTable } from "./reports-table";

type Reporting = Awaited<ReturnType<typeof reportingOf>>;

/**
 * When a requirement's reports fall due, in words, from the dates it generates: a series that
 * ends before its second report reads as the one report it is, and a series reads to its last
 * due date (not to the last day asked for, which may fall between two).
 */
export function whenDue(requirement: Requirement, t: (key: "once" | "series", values: Record<string, string | number>) => string, f: Formats): string {
  const { everyMonths, firstDueOn, lastDueOn } = requirement;
  const dates = everyMonths && lastDueOn ? dueDates(requirement, null) : null;
  if (!everyMonths || dates?.length === 1) return t("once", { date: f.date(firstDueOn) });
  return t("series", { months: everyMonths, from: f.date(firstDueOn), until: dates ? f.date(dates.at(-1)) : "projectEnd" });
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
  const t = useTranslations();
  const tWhen = useTranslations("reports.whenDue");
  const f = useFormats();
  return (
    <Section title={t("reports.reporting")}>
      {reporting.requirements.length > 0 && (
        <ul className="mb-4 space-y-1 text-sm" aria-label={t("reports.requirements")}>
          {reporting.requirements.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2">
              <span>
                {t("reports.requirement", {
                  organisation: r.organisation.name,
                  kind: t(`codes.reportKinds.${r.kind}`).toLocaleLowerCase(f.locale),
                  when: whenDue(r, tWhen, f),
                })}
              </span>
              {requirementActions && <span className="ms-auto">{requirementActions(r)}</span>}
            </li>
          ))}
        </ul>
      )}
      <ReportsTable reports={reporting.reports} href={reportHref} today={today} />
      {form && (
        <details className="mt-4 border-t border-slate-100 pt-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("reports.setRequirement")}</summary>
          <div className="mt-3">{form}</div>
        </details>
      )}
    </Section>
  );
}
