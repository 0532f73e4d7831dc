import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Board } from "@/components/board/board";
import { GroupBy } from "@/components/board/group-by";
import { requireViewer } from "@/lib/auth/viewer";
import { moveProjectAction } from "@/lib/board/actions";
import { projectBoard } from "@/lib/board/queries";
import { labelIn } from "@/lib/custom-fields/values";
import { listQuery } from "@/lib/domain/list-query";
import { getFormats } from "@/lib/i18n/server";
import { can } from "@/lib/policy";
import { parseProjectFilters } from "@/lib/projects/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("projectsTitle") };
}

export default async function ProjectsBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const by = typeof params.by === "string" ? params.by : undefined;
  const board = await projectBoard(viewer, parseProjectFilters(params), by);
  if (!board) notFound();
  const [t, tCodes, tList, locale, f] = await Promise.all([getTranslations("board"), getTranslations("codes"), getTranslations("projects.list"), getLocale(), getFormats()]);
  const grouping = board.grouping;
  const key = grouping.kind === "status" ? "status" : grouping.field.key;
  const label = (value: string) =>
    grouping.kind === "status" ? tCodes(`projectLifecycles.${value}`) : value ? (grouping.field.options.find((o) => o.id === value)?.label ?? value) : t("noValue");
  const link = listQuery(params);
  // The list of a column's every record (none for "no value", which no filter names).
  const more = (value: string) => (grouping.kind === "status" ? link("/projects", { lifecycle: value, by: undefined }) : value ? link("/projects", { [`cf.${key}`]: value, by: undefined }) : undefined);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("projectsTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{board.mayMove ? t("intro") : t("introReadOnly")}</p>
        </div>
        <Link href={link("/projects", { by: undefined, lifecycle: grouping.kind === "status" ? undefined : (params.lifecycle as string | undefined) })} className="text-sm text-brand-600 hover:underline">
          {t("asList")}
        </Link>
      </div>
      <GroupBy action="/projects/board" params={params} current={key} fields={board.fields.map((field) => ({ key: field.key, label: labelIn(field, locale) }))} />
      <Board
        caption={t("projectsTitle")}
        by={key}
        columns={board.columns.map((c) => ({ ...c, label: label(c.value), more: more(c.value) }))}
        mayMove={(card) => can(viewer, "update", "Project", { officeId: card.officeId })}
        move={moveProjectAction}
        render={(card) => (
          <>
            <Link href={`/projects/${card.id}`} className="font-medium text-brand-700 hover:underline">
              {card.title}
            </Link>
            <p className="text-xs text-slate-600">
              <span dir="ltr">{card.code}</span>
              {card.agreement && ` · ${card.agreement.title}`}
            </p>
            <p className="mt-1 text-xs text-slate-600">
              {grouping.kind === "field" && `${tCodes(`projectLifecycles.${card.lifecycle}`)} · `}
              {f.date(card.endsOn, tList("open"))}
            </p>
          </>
        )}
      />
    </div>
  );
}
