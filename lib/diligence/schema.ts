// The due-diligence assessment form: what was checked, found and decided.
import { z } from "zod";
import { DiligenceDecision, RiskRating } from "@/lib/generated/prisma/enums";
import { optionalDate, optionalText, requiredDate, requiredText } from "@/lib/domain/validation";

export const assessmentSchema = z
  .object({
    assessedOn: requiredDate("problems.giveDayAssessment"),
    sourcesChecked: z.array(z.string().trim().min(1).max(200)).min(1, "problems.tickSourcesYouChecked").max(50),
    findings: requiredText(5000, "problems.sayWhatChecksFound"),
    risk: z.enum(RiskRating, "problems.chooseRiskRating"),
    decision: z.enum(DiligenceDecision, "problems.chooseDecision"),
    mitigations: optionalText(3000),
    validUntil: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "ENGAGE_WITH_MITIGATION" && !v.mitigations) ctx.addIssue({ code: "custom", path: ["mitigations"], message: "problems.listMitigationMeasuresOne" });
    if (v.validUntil && v.validUntil <= v.assessedOn) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "problems.mustStayValidPast" });
  });

export type AssessmentInput = z.input<typeof assessmentSchema>;

export function assessmentFormValues(form: FormData): AssessmentInput {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    assessedOn: text("assessedOn"),
    sourcesChecked: form.getAll("sourcesChecked").map(String),
    findings: text("findings"),
    risk: text("risk") as AssessmentInput["risk"],
    decision: text("decision") as AssessmentInput["decision"],
    mitigations: text("mitigations"),
    validUntil: text("validUntil"),
  };
}
