import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { approveAssessmentAction, decideMatchAction } from "@/lib/diligence/actions";
import type { PartnerDiligence } from "@/lib/diligence/queries";
import { NEEDS_ASSESSMENT, type Standing } from "@/lib/diligence/standing";
import { MATCH_THRESHOLD } from "@/lib/sanctions/screen";
import { isoDate, today } from "@/lib/domain/format";
import { useFormats } from "@/lib/i18n/use-formats";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "@/lib/policy";
import { AssessmentForm } from "./assessment-form";

const STANDING_TONES: Record<Standing, Tone> = { CURRENT: "green", DO_NOT_ENGAGE: "red", AWAITING_APPROVAL: "amber", EXPIRED: "red", NONE: "grey" };
const MATCH_TONES: Record<"UNRESOLVED" | "TRUE_MATCH" | "FALSE_MATCH", Tone> = { UNRESOLVED: "amber", TRUE_MATCH: "red", FALSE_MATCH: "green" };

/** The partner page's due diligence (staff only): standing, assessments, sanctions matches, and the forms to act on them. */
export function DiligenceSection({ viewer, organisationId, kind, diligence }: { viewer: Viewer; organisationId: string; kind: OrganisationKind; diligence: PartnerDiligence }) {
  const t = useTranslations("diligence");
  const tCodes = useTranslations("codes");
  const f = useFormats();
  const { standing, assessments, matches } = diligence;
  const required = NEEDS_ASSESSMENT.includes(kind);
  return (
    <section id="due-diligence" aria-labelledby="due-diligence-heading" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="due-diligence-heading" className="text-base font-semibold text-slate-900">
          {t("section.title")}
        </h2>
        <Badge tone={STANDING_TONES[standing]}>{t(`standing.${standing}`)}</Badge>
      </div>
      <p className="mb-4 text-sm text-slate-600">
        {t(required ? "section.required" : "section.optional")} {t("section.internal")}
      </p>

      {assessments.length > 0 && (
        <ul className="mb-4 divide-y divide-slate-100" aria-label={t("section.assessments")}>
          {assessments.map((a) => (
            <li key={a.id} className="space-y-1 py-3 text-sm">
              <p className="font-medium text-slate-800">
                {f.date(a.assessedOn)} · {tCodes(`riskRatings.${a.risk}`)} · {tCodes(`diligenceDecisions.${a.decision}`)}{" "}
                {a.approvedAt ? <Badge tone="green">{t("section.approved")}</Badge> : <Badge tone="amber">{t("section.awaiting")}</Badge>}
              </p>
              <p className="text-slate-700">{a.findings}</p>
              {a.mitigations && (
                <ul className="list-disc ps-5 text-slate-700" aria-label={t("section.mitigations")}>
                  {a.mitigations.split("\n").filter(Boolean).map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
              <p className="text-xs text-slate-600">
                {[
                  t("section.checked", { sources: a.sourcesChecked.join(", "), assessor: a.assessor.name }),
                  a.approvedBy && t("section.approvedBy", { name: a.approvedBy.name, date: f.date(a.approvedAt) }),
                  t("section.validUntil", { date: f.date(a.validUntil) }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {!a.approvedAt && can(viewer, "update", "DueDiligence") && a.assessor.id !== viewer.userId && (
                <ActionForm action={approveAssessmentAction}>
                  <input type="hidden" name="id" value={a.id} />
                  <input type="hidden" name="version" value={a.version} />
                  <input type="hidden" name="organisationId" value={organisationId} />
                  <Button type="submit" className="mt-1 px-3 py-1 text-xs">
                    {t("section.approve")}
                    <span className="sr-only"> {t("section.approveWhich", { date: f.date(a.assessedOn) })}</span>
                  </Button>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3 className="text-sm font-semibold text-slate-900">{t("section.screening")}</h3>
      {matches.length === 0 ? (
        <p className="mb-4 text-sm text-slate-600">{t("section.noMatch", { threshold: MATCH_THRESHOLD * 100 })}</p>
      ) : (
        <ul className="mb-4 divide-y divide-slate-100" aria-label={t("section.matches")}>
          {matches.map((m) => {
            return (
              <li key={m.id} className="space-y-1 py-3 text-sm">
                <p>
                  <span className="font-medium">{m.partnerName}</span> ~ <span className="font-medium">{m.listedName}</span> ({m.entity.reference}, {Math.round(m.score * 100)}%){" "}
                  <Badge tone={MATCH_TONES[m.state]}>{t(`section.match.${m.state}`)}</Badge>
                </p>
                {m.note && (
                  <p className="text-xs text-slate-600">
                    {m.note} · {m.decidedBy?.name}, {f.date(m.decidedAt)}
                  </p>
                )}
                {m.state === "UNRESOLVED" && can(viewer, "update", "SanctionsMatch") && (
                  <ActionForm action={decideMatchAction} className="space-y-2">
                    <input type="hidden" name="id" value={m.id} />
                    <input type="hidden" name="version" value={m.version} />
                    <input type="hidden" name="organisationId" value={organisationId} />
                    <label className="block text-xs font-medium text-slate-700" htmlFor={`note-${m.id}`}>
                      {t("section.howDecided")}
                    </label>
                    <textarea id={`note-${m.id}`} name="note" rows={2} className={inputClass} />
                    <div className="flex flex-wrap gap-2">
                      <Button type="submit" name="state" value="FALSE_MATCH" variant="secondary" className="px-3 py-1 text-xs">
                        {t("section.falseMatch")}
                      </Button>
                      <Button type="submit" name="state" value="TRUE_MATCH" variant="danger" className="px-3 py-1 text-xs">
                        {t("section.trueMatch")}
                      </Button>
                    </div>
                  </ActionForm>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {can(viewer, "create", "DueDiligence") && (
        <details className="rounded-md border border-slate-200 p-3" open={assessments.length === 0}>
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("section.record")}</summary>
          <div className="mt-3">
            <AssessmentForm organisationId={organisationId} sources={diligence.sources} validityYears={diligence.validityYears} today={isoDate(today())!} />
          </div>
        </details>
      )}
    </section>
  );
}
