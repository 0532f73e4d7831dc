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
    .refine((v) => /[1-9]/.test(v), "The amount must be more than zero.");

const choice = (message: string) => z.string().trim().min(1, message).max(64, message);

/** One expected payment typed with its commitment. */
const scheduleRow = z.object({
  dueOn: requiredDate("Enter the date this instalment is expected."),
  amount: amount("Enter this instalment's amount."),
  condition: optionalText(500),
});

export const MAX_SCHEDULE_ROWS = 60;

export const commitmentSchema = z
  .object({
    organisationId: choice("Choose the funding party."),
    projectId: z.string().trim().max(64).transform((v) => v || null),
    amount: amount("Enter the amount committed."),
    currency: requiredCurrency("Enter an ISO 4217 currency code such as USD."),
    committedOn: optionalDate,
    description: optionalText(1000),
    /** Its instalments, typed with it: they may add up to less (the rest scheduled later), not more. */
    schedule: z.array(scheduleRow).max(MAX_SCHEDULE_ROWS, `At most ${MAX_SCHEDULE_ROWS} instalments at once.`).default([]),
  })
  .superRefine((c, ctx) => {
    // Compared only once every amount is one (the fields' own messages say what is wrong otherwise).
    const total = amountCents(c.amount);
    const rows = c.schedule.map((row) => amountCents(row.amount));
    if (total === null || rows.includes(null)) return;
    const over = rows.reduce<bigint>((sum, cents) => sum + cents!, 0n) - total;
    if (over > 0n) {
      ctx.addIssue({ code: "custom", path: ["schedule"], message: `The instalments add up to ${fromCents(over)} more than the commitment: lower one, or raise the commitment.` });
    }
  });

export const instalmentSchema = z.object({
  commitmentId: choice("Choose the commitment this instalment belongs to."),
  dueOn: requiredDate("Enter the date the instalment is expected."),
  instalmentAmount: amount("Enter the instalment's amount."),
  condition: optionalText(500),
});

/** `today` bounds the receipt's date: money cannot have arrived tomorrow. */
export function receiptSchema(today: Date) {
  return z.object({
    instalmentId: choice("Choose the instalment this money was received against."),
    receivedOn: requiredDate("Enter the date the money was received.").refine((d) => d <= today, "A receipt cannot be dated in the future."),
    receiptAmount: amount("Enter the amount received."),
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
