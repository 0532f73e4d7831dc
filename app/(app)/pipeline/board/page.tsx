import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Board } from "@/components/board/board";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { getFormats } from "@/lib/i18n/server";
import { moveOpportunityAction } from "@/lib/pipeline/actions";
import { pipelineBoard, type OpportunityCard } from "@/lib/pipeline/board";
import { parsePipelineFilters, pipelineQuery } from "@/lib/pipeline/filters";
import { stageTargets } from "@/lib/pipeline/stages";
import { can } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("pipelineTitle") };
}

export default async function PipelineBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const filters = parsePipelineFilters(await searchParams);
  const board = await pipelineBoard(viewer, filters, today());
  if (!board) notFound();
  const [t, tCodes, tPipeline, f] = await Promise.all([getTranslations("board"), getTranslations("codes"), getTranslations("pipeline.page"), getFormats()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("pipelineTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{board.mayMove ? t("pipelineIntro") : t("introReadOnly")}</p>
        </div>
        <Link href={`/pipeline${pipelineQuery({ ...filters, stage: undefined }, { page: undefined })}`} className="text-sm text-brand-600 hover:underline">
          {t("asList")}
        </Link>
      </div>
      <Board
        caption={t("pipelineTitle")}
        by="stage"
        money="sought"
        columns={board.columns.map((c) => ({ ...c, label: tCodes(`opportunityStages.${c.value}`), more: `/pipeline${pipelineQuery({ ...filters, stage: c.value as never }, { page: undefined })}` }))}
        mayMove={(card: OpportunityCard) => can(viewer, "update", "Opportunity", { officeId: card.officeId })}
        targets={(card) => stageTargets(card.stage, card.agreementId !== null)}
        move={moveOpportunityAction}
        render={(card) => (
          <>
            <Link href={`/pipeline/${card.id}`} className="font-medium text-brand-700 hover:underline">
              {card.title}
            </Link>
            <p className="text-xs text-slate-600">
              {card.organisation.acronym ?? card.organisation.name} · {f.money(card.amount, card.currency)}
            </p>
            <p className="mt-1 text-xs text-slate-600">
              {card.stage === "WON" && !card.agreementId ? (
                <Link href={`/pipeline/${card.id}#convert`} className="text-brand-700 hover:underline">
                  {tPipeline("convertTitle")}
                </Link>
              ) : (
                card.expectedDecisionOn && tPipeline("decisionOn", { date: f.date(card.expectedDecisionOn) })
              )}
            </p>
          </>
        )}
      />
    </div>
  );
}
