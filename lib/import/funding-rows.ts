// Importing a sheet of instalments and receipts (a finance system's export, say): each row names
// an agreement, a funding party and a currency, which must match exactly one recorded commitment;
// its instalment (due date, amount) is matched on that commitment or added to it, and a receipt on
// the row is recorded against it. Checked with the funding forms' rules; a receipt already
// recorded is refused, so importing the same sheet twice adds nothing.
import { db } from "@/lib/db";
import { isoDate, today } from "@/lib/domain/format";
import { insertInstalment, insertReceipt } from "@/lib/funding/mutations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { instalmentSchema, receiptSchema } from "@/lib/funding/schema";
import { can, type Viewer } from "@/lib/policy";
import { msg, type Message } from "@/lib/i18n/message";
import { messageOf } from "@/lib/domain/field-errors";
import { fieldProblem } from "./row-problems";

export const FUNDING_COLUMNS = {
  agreement: { required: true, aliases: ["agreement", "agreement reference", "reference"] },
  fundingParty: { required: true, aliases: ["funding party", "funder", "donor", "partner"] },
  currency: { required: true, aliases: ["currency"] },
  dueOn: { required: true, aliases: ["due", "due on", "instalment due", "expected on"] },
  amount: { required: true, aliases: ["amount", "instalment amount"] },
  condition: { aliases: ["condition"] },
  receivedOn: { aliases: ["received on", "date received"] },
  receivedAmount: { aliases: ["received amount", "amount received"] },
  receiptReference: { aliases: ["receipt reference", "bank reference"] },
};

type Normalise = (text: string) => string;
type Write = (tx: Prisma.TransactionClient, made: Map<string, string>) => Promise<string>;

/** What the rows need from the database, read once. */
export async function fundingLookups(normalise: Normalise) {
  const commitments = await db().commitment.findMany({
    where: { archived: false, agreement: { archived: false } },
    select: {
      id: true,
      currency: true,
      agreement: { select: { reference: true, officeId: true } },
      organisation: { select: { name: true, acronym: true } },
      instalments: {
        where: { archived: false },
        select: { id: true, dueOn: true, amount: true, receipts: { where: { archived: false }, select: { receivedOn: true, amount: true, reference: true } } },
      },
    },
  });
  const byKey = new Map<string, typeof commitments>();
  for (const c of commitments) {
    for (const party of [c.organisation.name, c.organisation.acronym].filter((p): p is string => Boolean(p))) {
      const key = [normalise(c.agreement.reference), normalise(party), c.currency].join("|");
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
  }
  return byKey;
}

/** One row's errors, and the write that records it once every row is valid. */
export function checkFundingRow(
  viewer: Viewer,
  get: (field: string) => string,
  commitments: Awaited<ReturnType<typeof fundingLookups>>,
  normalise: Normalise,
  on = today(),
): { errors: Message[]; write?: Write } {
  const errors: Message[] = [];
  const currency = get("currency").toUpperCase();
  const matches = commitments.get([normalise(get("agreement")), normalise(get("fundingParty")), currency].join("|")) ?? [];
  if (matches.length === 0) errors.push(msg("problems.rowNoCommitment", { currency: currency || "?", party: get("fundingParty"), agreement: get("agreement") }));
  if (matches.length > 1) errors.push(msg("problems.rowManyCommitments", { party: get("fundingParty"), n: matches.length, currency, agreement: get("agreement") }));
  const commitment = matches.length === 1 ? matches[0] : null;
  if (commitment && !can(viewer, "create", "Instalment", { officeId: commitment.agreement.officeId })) errors.push(msg("problems.rowNotYourOffice", { agreement: get("agreement") }));

  const instalment = instalmentSchema.safeParse({ commitmentId: commitment?.id ?? "-", dueOn: get("dueOn"), instalmentAmount: get("amount"), condition: get("condition") });
  if (!instalment.success) for (const issue of instalment.error.issues) errors.push(fieldProblem(String(issue.path[0]) === "instalmentAmount" ? "amount" : "dueOn", messageOf(issue)));

  const hasReceipt = Boolean(get("receivedOn") || get("receivedAmount"));
  const receipt = hasReceipt
    ? receiptSchema(on).safeParse({ instalmentId: "-", receivedOn: get("receivedOn"), receiptAmount: get("receivedAmount"), reference: get("receiptReference") })
    : null;
  if (receipt && !receipt.success) for (const issue of receipt.error.issues) errors.push(fieldProblem(String(issue.path[0]) === "receivedOn" ? "receivedOn" : "receivedAmount", messageOf(issue)));
  if (!commitment || !instalment.success || (receipt && !receipt.success)) return { errors };

  const { dueOn, instalmentAmount, condition } = instalment.data;
  const existing = commitment.instalments.find((i) => i.dueOn.getTime() === dueOn.getTime() && i.amount.eq(instalmentAmount));
  const paid = receipt?.success ? receipt.data : null;
  if (existing && paid && existing.receipts.some((r) => r.receivedOn.getTime() === paid.receivedOn.getTime() && r.amount.eq(paid.receiptAmount) && r.reference === paid.reference)) {
    errors.push(msg("problems.rowReceiptRecorded"));
  }
  if (existing && !paid) errors.push(msg("problems.rowInstalmentRecorded"));
  if (errors.length) return { errors };

  const key = `${commitment.id}|${isoDate(dueOn)}|${instalmentAmount}`;
  return {
    errors,
    // `made` holds the instalments this import created, so two rows paying one new instalment share it.
    write: async (tx, made) => {
      let instalmentId = existing?.id ?? made.get(key);
      if (!instalmentId) {
        instalmentId = await insertInstalment(tx, viewer, { commitmentId: commitment.id, dueOn, amount: instalmentAmount, condition, currency }, "by import");
        made.set(key, instalmentId);
      }
      if (paid) {
        await insertReceipt(tx, viewer, { instalmentId, receivedOn: paid.receivedOn, amount: paid.receiptAmount, reference: paid.reference, currency }, "by import");
      }
      return instalmentId;
    },
  };
}
