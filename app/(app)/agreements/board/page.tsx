import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { Board } from "@/components/board/board";
import { GroupBy } from "@/components/board/group-by";
import { filtersQuery, parseAgreementFilters } from "@/lib/agreements/filters";
import { STATUS_TRANSITIONS } from "@/lib/agreements/lifecycle";
import { requireViewer } from "@/lib/auth/viewer";
import { moveAgreementAction } from "@/lib/board/actions";
import { agreementBoard, type AgreementCard } from "@/lib/board/queries";
import { labelIn } from "@/lib/custom-fields/values";
import { getFormats } from "@/lib/i18n/server";
import { can } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("agreementsTitle") };
}

/** Where a card may go by status: the lifecycle's next statuses; active only once cleared; nowhere while clearance is pending. */
const statusTargets = (card: AgreementCard) =>
  card.clearance === "SUBMITTED" ? [] : STATUS_TRANSITIONS[card.status].filter((status) => status !== "ACTIVE" || card.clearance === "CLEARED");

export default async function AgreementsBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const filters = parseAgreementFilters(params);
  const by = typeof params.by === "string" ? params.by : undefined;
  const board = await agreementBoard(viewer, filters, by);
  if (!board) notFound();
  const [t, tCodes, tAgreements, locale, f] = await Promise.all([getTranslations("board"), getTranslations("codes"), getTranslations("agreements"), getLocale(), getFormats()]);
  const grouping = board.grouping;
  const label = (value: string) =>
    grouping.kind === "status" ? tCodes(`agreementStatuses.${value}`) : value ? (grouping.field.options.find((o) => o.id === value)?.label ?? value) : t("noValue");
  // The list of a column's every record (none for "no value", which no filter names).
  const more = (value: string) =>
    grouping.kind === "status"
      ? `/agreements${filtersQuery({ ...filters, status: value as never }, { page: undefined })}`
      : value
        ? `/agreements${filtersQuery({ ...filters, custom: { ...filters.custom, [grouping.field.key]: value } }, { page: undefined })}`
        : undefined;
  const list = filtersQuery({ ...filters, status: grouping.kind === "status" ? undefined : filters.status }, { page: undefined });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("agreementsTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{board.mayMove ? t("intro") : t("introReadOnly")}</p>
        </div>
        <Link href={`/agreements${list}`} className="text-sm text-brand-600 hover:underline">
          {t("asList")}
        </Link>
      </div>
      <GroupBy action="/agreements/board" params={params} current={grouping.kind === "status" ? "status" : grouping.field.key} fields={board.fields.map((field) => ({ key: field.key, label: labelIn(field, locale) }))} />
      <Board
        caption={t("agreementsTitle")}
        by={grouping.kind === "status" ? "status" : grouping.field.key}
        columns={board.columns.map((c) => ({ ...c, label: label(c.value), more: more(c.value) }))}
        mayMove={(card) => can(viewer, "update", "Agreement", { officeId: card.officeId })}
        targets={grouping.kind === "status" ? statusTargets : undefined}
        move={moveAgreementAction}
        render={(card) => (
          <>
            <Link href={`/agreements/${card.id}`} className="font-medium text-brand-700 hover:underline">
              {card.title}
            </Link>
            <p className="text-xs text-slate-600">
              <span dir="ltr">{card.reference}</span> · {[...new Set(card.parties.filter((p) => p.organisation.acronym !== "ILO").map((p) => p.organisation.acronym ?? p.organisation.name))].join(", ")}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
              {grouping.kind === "field" && <AgreementStatusBadge status={card.status} expiresOn={card.expiresOn} />}
              {f.date(card.expiresOn, tAgreements("openEnded"))}
            </p>
          </>
        )}
      />
    </div>
  );
}
