// The amendment form's schema, in the browser and on the server. What an amendment changes on
// the agreement depends on its kind: an extension gives the new expiry, a budget revision the new
// contribution; the other kinds record what changed in their summary.
import { z } from "zod";
import { AmendmentKind } from "@/lib/generated/prisma/enums";
import { optionalAmount, optionalCurrency, optionalDate, requiredDate, requiredText } from "@/lib/domain/validation";

export const amendmentSchema = z
  .object({
    kind: z.enum(AmendmentKind, "Choose the kind of amendment."),
    signedOn: requiredDate("Enter the date the amendment was signed."),
    summary: requiredText(2000, "Say what the amendment changes."),
    newExpiresOn: optionalDate,
    newContributionAmount: optionalAmount,
    newContributionCurrency: optionalCurrency,
  })
  .superRefine((a, ctx) => {
    if (a.kind === "NO_COST_EXTENSION" && !a.newExpiresOn) {
      ctx.addIssue({ code: "custom", path: ["newExpiresOn"], message: "Give the new expiry date." });
    }
    if (a.kind === "BUDGET_REVISION") {
      if (!a.newContributionAmount) ctx.addIssue({ code: "custom", path: ["newContributionAmount"], message: "Give the revised contribution." });
      if (!a.newContributionCurrency) ctx.addIssue({ code: "custom", path: ["newContributionCurrency"], message: "Give the contribution's currency." });
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
