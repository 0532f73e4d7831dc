// The pipeline's table: the list page's and a partner page's.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { Sorting } from "@/lib/domain/list-query";
import { useFormats } from "@/lib/i18n/use-formats";
import type { OpportunityRow } from "@/lib/pipeline/queries";
import { probabilityOf, type StageProbabilities } from "@/lib/pipeline/stages";
import { StageBadge } from "./stage-badge";

export function OpportunityTable({ rows, probabilities, sorting, today }: { rows: OpportunityRow[]; probabilities: StageProbabilities; sorting?: Sorting; today: Date }) {
  const t = useTranslations("pipeline.list");
  const f = useFormats();
  return (
    <DataTable
      caption={t("caption")}
      rows={rows}
      rowKey={(o) => o.id}
      sorting={sorting}
      empty={t("empty")}
      columns={[
        {
          label: t("opportunity"),
          sort: "title",
          cell: (o) => (
            <>
              <Link href={`/pipeline/${o.id}`} className="font-medium text-brand-700 hover:underline">
                {o.title}
              </Link>
              <div className="text-xs text-slate-600">{o.organisation.acronym ?? o.organisation.name}</div>
            </>
          ),
        },
        { label: t("stage"), sort: "stage", cell: (o) => <StageBadge stage={o.stage} /> },
        { label: t("amount"), sort: "amount", numeric: true, cell: (o) => f.money(o.amount, o.currency) },
        { label: t("probability"), numeric: true, cell: (o) => t("percent", { percent: probabilityOf(o, probabilities) }) },
        { label: t("decision"), sort: "decision", cell: (o) => f.date(o.expectedDecisionOn, "—") },
        {
          label: t("nextStep"),
          sort: "step",
          wrap: true,
          cell: (o) =>
            o.nextStep ? (
              <>
                {o.nextStep}
                {o.nextStepDueOn && (
                  <span className={`block text-xs ${o.nextStepDueOn < today ? "font-medium text-red-700" : "text-slate-600"}`}>
                    {t(o.nextStepDueOn < today ? "overdueSince" : "due", { date: f.date(o.nextStepDueOn) })}
                  </span>
                )}
              </>
            ) : (
              "—"
            ),
        },
        { label: t("officer"), cell: (o) => o.responsibleOfficer?.name ?? "—" },
      ]}
    />
  );
}
