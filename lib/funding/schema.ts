// The funding forms' schemas (commitment, instalment, receipt), used in the browser and on the
// server alike. Money stays a decimal string from the form to the database; amounts are positive.
// Field names differ between the forms because all three sit on the agreement page at once.
import { z } from "zod";
import { amountCents, fromCents } from "@/lib/domain/money";
import { optionalAmount, optionalDate, optionalText, requiredCurrency, requiredDate } from "@/lib/domain/validation";

/** A positive amount with at most two decimals, as an exact decimal string. */
const amount = (message: string) =>
  optionalAmount
    .refine((v): v is string => v !== null, message)
    .transform((v) => v as string)
    .refine((v) => /[1-9]/.test(v), "problems.amountAboveZero");

const choice = (message: string) => z.string().trim().min(1, message).max(64, message);

/** One expected payment typed with its commitment. */
const scheduleRow = z.object({
  dueOn: requiredDate("problems.enterDateInstalmentExpected"),
  amount: amount("problems.enterInstalmentsAmount"),
  condition: optionalText(500),
});

export const MAX_SCHEDULE_ROWS = 60;

export const commitmentSchema = z
  .object({
    organisationId: choice("problems.chooseFundingParty"),
    projectId: z.string().trim().max(64).transform((v) => v || null),
    amount: amount("problems.enterAmountCommitted"),
    currency: requiredCurrency("problems.enterIso4217Currency"),
    committedOn: optionalDate,
    description: optionalText(1000),
    /** Its instalments, typed with it: they may add up to less (the rest scheduled later), not more. */
    schedule: z.array(scheduleRow).max(MAX_SCHEDULE_ROWS, "problems.atMostInstalments").default([]),
  })
  .superRefine((c, ctx) => {
    // Compared only once every amount is one (the fields' own messages say what is wrong otherwise).
    const total = amountCents(c.amount);
    const rows = c.schedule.map((row) => amountCents(row.amount));
    if (total === null || rows.includes(null)) return;
    const over = rows.reduce<bigint>((sum, cents) => sum + cents!, 0n) - total;
    if (over > 0n) {
      ctx.addIssue({ code: "custom", path: ["schedule"], message: "problems.instalmentsExceedCommitment", params: { over: fromCents(over) } });
    }
  });

export const instalmentSchema = z.object({
  commitmentId: choice("problems.chooseCommitmentInstalmentBelongs"),
  dueOn: requiredDate("problems.enterDateInstalmentExpected2"),
  instalmentAmount: amount("problems.enterInstalmentsAmount2"),
  condition: optionalText(500),
});

/** `today` bounds the receipt's date: money cannot have arrived tomorrow. */
export function receiptSchema(today: Date) {
  return z.object({
    instalmentId: choice("problems.chooseInstalmentMoneyReceived"),
    receivedOn: requiredDate("problems.enterDateMoneyReceived").refine((d) => d <= today, "problems.receiptInFuture"),
    receiptAmount: amount("problems.enterAmountReceived"),
    reference: optionalText(200),
  });
}

export type CommitmentFormValues = z.input<typeof commitmentSchema>;
export type InstalmentFormValues = z.input<typeof instalmentSchema>;
export type ReceiptFormValues = z.input<ReturnType<typeof receiptSchema>>;

const reader = (form: FormData) => (name: string) => String(form.get(name) ?? "");

export function commitmentFormValues(form: FormData): CommitmentFormValues {
  const text = reader(form);
  return {
    organisationId: text("organisationId"),
    projectId: text("projectId"),
    amount: text("amount"),
    currency: text("currency"),
    committedOn: text("committedOn"),
    description: text("description"),
    schedule: scheduleFromForm(form),
  };
}

/** The schedule's rows as the editor posts them (scheduleDueOn/Amount/Condition), leaving out empty ones. */
function scheduleFromForm(form: FormData): CommitmentFormValues["schedule"] {
  const all = (name: string) => form.getAll(name).map(String);
  const [dueOn, amounts, conditions] = [all("scheduleDueOn"), all("scheduleAmount"), all("scheduleCondition")];
  return dueOn
    .map((day, i) => ({ dueOn: day, amount: amounts[i] ?? "", condition: conditions[i] ?? "" }))
    .filter((row) => row.dueOn.trim() || row.amount.trim() || row.condition.trim());
}

export function instalmentFormValues(form: FormData): InstalmentFormValues {
  const text = reader(form);
  return { commitmentId: text("commitmentId"), dueOn: text("dueOn"), instalmentAmount: text("instalmentAmount"), condition: text("condition") };
}

export function receiptFormValues(form: FormData): ReceiptFormValues {
  const text = reader(form);
  return { instalmentId: text("instalmentId"), receivedOn: text("receivedOn"), receiptAmount: text("receiptAmount"), reference: text("reference") };
}
