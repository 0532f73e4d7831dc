// The amendment form's schema, in the browser and on the server. What an amendment changes on
// the agreement depends on its kind: an extension gives the new expiry, a budget revision the new
// contribution; the other kinds record what changed in their summary.
import { z } from "zod";
import { AmendmentKind } from "@/lib/generated/prisma/enums";
import { optionalAmount, optionalCurrency, optionalDate, requiredDate, requiredText } from "@/lib/domain/validation";

export const amendmentSchema = z
  .object({
    kind: z.enum(AmendmentKind, "problems.chooseKindAmendment"),
    signedOn: requiredDate("problems.enterDateAmendmentSigned"),
    summary: requiredText(2000, "problems.sayWhatAmendmentChanges"),
    newExpiresOn: optionalDate,
    newContributionAmount: optionalAmount,
    newContributionCurrency: optionalCurrency,
  })
  .superRefine((a, ctx) => {
    if (a.kind === "NO_COST_EXTENSION" && !a.newExpiresOn) {
      ctx.addIssue({ code: "custom", path: ["newExpiresOn"], message: "problems.giveNewExpiryDate" });
    }
    if (a.kind === "BUDGET_REVISION") {
      if (!a.newContributionAmount) ctx.addIssue({ code: "custom", path: ["newContributionAmount"], message: "problems.giveRevisedContribution" });
      if (!a.newContributionCurrency) ctx.addIssue({ code: "custom", path: ["newContributionCurrency"], message: "problems.giveContributionsCurrency" });
    }
  });

export type AmendmentInput = z.infer<typeof amendmentSchema>;
export type AmendmentFormValues = z.input<typeof amendmentSchema>;

export function amendmentFormValues(form: FormData): AmendmentFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    kind: text("kind") as AmendmentFormValues["kind"],
    signedOn: text("signedOn"),
    summary: text("summary"),
    newExpiresOn: text("newExpiresOn"),
    newContributionAmount: text("newContributionAmount"),
    newContributionCurrency: text("newContributionCurrency"),
  };
}
