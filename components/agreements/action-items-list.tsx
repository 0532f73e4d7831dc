import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { useFormats } from "@/lib/i18n/use-formats";

/** The cooperation activities agreed at the agreement's meetings, open ones first. */
export function ActionItemsList({ agreement, meetingBasePath, today }: { agreement: AgreementDetail; meetingBasePath: string; today: Date }) {
  const t = useTranslations();
  const f = useFormats();
  const items = agreement.meetings
    .flatMap((m) => m.actionItems.map((item) => ({ ...item, meeting: m })))
    .sort((a, b) => Number(["DONE", "CANCELLED"].includes(a.status)) - Number(["DONE", "CANCELLED"].includes(b.status)) || (a.dueOn?.getTime() ?? Infinity) - (b.dueOn?.getTime() ?? Infinity));
  if (items.length === 0) return <p className="text-sm text-slate-500">{t("agreements.actionItems.none")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => {
        const overdue = item.dueOn && item.dueOn < today && (item.status === "OPEN" || item.status === "IN_PROGRESS");
        return (
          <li key={item.id} className="flex flex-wrap items-start justify-between gap-4 py-2 text-sm">
            <span>
              {item.description}
              <span className="block text-xs text-slate-500">
                {item.ownerOrganisation?.acronym ?? item.ownerOrganisation?.name ?? t("agreements.actionItems.notAssigned")} ·{" "}
                <Link href={`${meetingBasePath}/${item.meeting.id}`} className="hover:underline">
                  {item.meeting.title}
                </Link>
              </span>
              {item.comments[0] && (
                <span className="mt-0.5 block text-xs text-slate-600">
                  {t("agreements.actionItems.comment", {
                    status: t(`codes.actionItemStatuses.${item.comments[0].status!}`),
                    author: item.comments[0].author.name,
                    date: f.date(item.comments[0].createdAt),
                    body: item.comments[0].body,
                    hasBody: item.comments[0].body ? "yes" : "no",
                  })}
                </span>
              )}
            </span>
            <span className={`whitespace-nowrap ${overdue ? "font-medium text-red-700" : "text-slate-600"}`}>
              {f.date(item.dueOn, t("agreements.actionItems.noDueDate"))} · {overdue ? t("agreements.actionItems.overdue") : t(`codes.actionItemStatuses.${item.status}`)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
