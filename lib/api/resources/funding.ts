// GET /api/v1/commitments and /api/v1/receipts: the money. A partner's token sees its own
// organisation's commitments on its own agreements, and the receipts against them; nobody else's.
import { z } from "zod";
import { db } from "@/lib/db";
import { commitmentScope } from "@/lib/funding/queries";
import { endpoint } from "../endpoint";
import { after, day, dayParam, decimal, id, idParam, timestamp, toDay, toDayOrNull, toDecimal } from "./fields";

const moneyFilters = {
  agreement: idParam.optional().describe("An agreement's id."),
  partner: idParam.optional().describe("The committing organisation's id."),
  currency: z.string().regex(/^[A-Za-z]{3}$/).transform((v) => v.toUpperCase()).optional().describe("ISO 4217"),
};

const commitmentWhere = (query: { agreement?: string; partner?: string; currency?: string }) => ({
  ...(query.agreement && { agreementId: query.agreement }),
  ...(query.partner && { organisationId: query.partner }),
  ...(query.currency && { currency: query.currency }),
});

export const commitments = endpoint({
  path: "/commitments",
  name: "Commitment",
  summary: "Commitments with their instalments",
  description: "What each funding party pledged, in id order, with its instalments and the amount received against each.",
  query: z.object(moneyFilters),
  item: z.object({
    id,
    agreement_id: id,
    organisation: z.object({ id, name: z.string() }),
    project_id: id.nullable(),
    amount: decimal,
    currency: z.string().length(3),
    committed_on: day.nullable(),
    description: z.string().nullable(),
    instalments: z.array(z.object({ id, due_on: day, amount: decimal, received: decimal, condition: z.string().nullable() })),
    updated_at: timestamp,
  }),
  async list(viewer, query, page) {
    const live = { archived: false } as const;
    const rows = await db().commitment.findMany({
      where: { AND: [commitmentScope(viewer), commitmentWhere(query), after(page)] },
      orderBy: { id: "asc" },
      take: page.take,
      include: {
        organisation: { select: { id: true, name: true } },
        instalments: { where: live, orderBy: [{ dueOn: "asc" }, { id: "asc" }], include: { receipts: { where: live, select: { amount: true } } } },
      },
    });
    return rows.map((c) => ({
      id: c.id,
      agreement_id: c.agreementId,
      organisation: c.organisation,
      project_id: c.projectId,
      amount: toDecimal(c.amount),
      currency: c.currency,
      committed_on: toDayOrNull(c.committedOn),
      description: c.description,
      instalments: c.instalments.map((i) => ({
        id: i.id,
        due_on: toDay(i.dueOn),
        amount: toDecimal(i.amount),
        received: toDecimal(i.receipts.reduce((sum, r) => sum.add(r.amount), i.amount.mul(0))),
        condition: i.condition,
      })),
      updated_at: c.updatedAt.toISOString(),
    }));
  },
});

export const receipts = endpoint({
  path: "/receipts",
  name: "Receipt",
  summary: "Receipts",
  description: "Money received against instalments, in id order, in its commitment's currency.",
  query: z.object({
    ...moneyFilters,
    from: dayParam.optional().describe("Received on or after this day."),
    to: dayParam.optional().describe("Received on or before this day."),
  }),
  item: z.object({
    id,
    commitment_id: id,
    instalment_id: id,
    agreement_id: id,
    organisation_id: id,
    amount: decimal,
    currency: z.string().length(3),
    received_on: day,
    reference: z.string().nullable(),
    updated_at: timestamp,
  }),
  async list(viewer, query, page) {
    const received = { ...(query.from && { gte: query.from }), ...(query.to && { lte: query.to }) };
    const rows = await db().receipt.findMany({
      where: {
        AND: [
          { archived: false, instalment: { archived: false, commitment: { AND: [commitmentScope(viewer), commitmentWhere(query)] } } },
          query.from || query.to ? { receivedOn: received } : {},
          after(page),
        ],
      },
      orderBy: { id: "asc" },
      take: page.take,
      include: { instalment: { select: { commitment: { select: { id: true, agreementId: true, organisationId: true, currency: true } } } } },
    });
    return rows.map((r) => {
      const c = r.instalment.commitment;
      return {
        id: r.id,
        commitment_id: c.id,
        instalment_id: r.instalmentId,
        agreement_id: c.agreementId,
        organisation_id: c.organisationId,
        amount: toDecimal(r.amount),
        currency: c.currency,
        received_on: toDay(r.receivedOn),
        reference: r.reference,
        updated_at: r.updatedAt.toISOString(),
      };
    });
  },
});
