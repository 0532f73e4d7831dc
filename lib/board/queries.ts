// Boards: agreements (or projects) as columns by status (lifecycle) or by a "one of a list" custom
// field, each column with its count, its first cards, and for agreements the money committed under
// them per currency. The board reads the list's own filters, through the list's `where`.
import { agreementWhere } from "@/lib/agreements/queries";
import type { AgreementFilters } from "@/lib/agreements/filters";
import { visibleCustomFields } from "@/lib/custom-fields/queries";
import type { FieldDefinition } from "@/lib/custom-fields/values";
import { db } from "@/lib/db";
import { today } from "@/lib/domain/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { AgreementStatus, ProjectLifecycle } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "@/lib/policy";
import { projectWhere, type ProjectFilters } from "@/lib/projects/queries";

/** Cards shown per column; the rest are counted and opened as the list filtered to the column. */
export const CARDS_PER_COLUMN = 50;

/** What a board groups by: its record's status, or a custom field of one of a list. */
export type Grouping = { kind: "status" } | { kind: "field"; field: FieldDefinition };

/** The groupings a board offers: status first, then each "one of a list" field in use. */
export async function groupingsOf(viewer: Viewer, entity: "AGREEMENT" | "PROJECT") {
  return (await visibleCustomFields(viewer, entity)).filter((f) => f.type === "ONE_OF");
}

function groupingOf(fields: FieldDefinition[], by: string | undefined): Grouping {
  const field = fields.find((f) => f.key === by);
  return field ? { kind: "field", field } : { kind: "status" };
}

/** The values a grouping's columns stand for (a status, an option's id, "" for none), and each one's `where`. */
function columnsOf<Where>(grouping: Grouping, statuses: readonly string[], statusWhere: (s: string) => Where) {
  if (grouping.kind === "status") return statuses.map((s) => ({ value: s, where: statusWhere(s) }));
  const { field } = grouping;
  const path = [field.key];
  return [
    ...field.options.map((o) => ({ value: o.id, where: { customValues: { path, equals: o.id } } as Where })),
    // No value (a missing key is SQL NULL, which no comparison matches), or an option since removed.
    { value: "", where: { OR: [{ customValues: { path, equals: Prisma.AnyNull } }, { NOT: { OR: field.options.map((o) => ({ customValues: { path, equals: o.id } })) } }] } as Where },
  ];
}

const agreementCard = {
  id: true,
  version: true,
  reference: true,
  title: true,
  status: true,
  expiresOn: true,
  clearance: true,
  officeId: true,
  parties: { select: { organisation: { select: { name: true, acronym: true } } }, orderBy: { organisation: { name: "asc" } } },
} satisfies Prisma.AgreementSelect;

export type AgreementCard = Prisma.AgreementGetPayload<{ select: typeof agreementCard }>;

/** The agreements board; null for those who may not read agreements' lists (partners). */
export async function agreementBoard(viewer: Viewer, filters: AgreementFilters, by?: string) {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Agreement")) return null;
  const fields = await groupingsOf(viewer, "AGREEMENT");
  const grouping = groupingOf(fields, by);
  // The column decides the status (or the field's value): the list's own filter for it is set aside.
  const base = await agreementWhere(viewer, grouping.kind === "status" ? { ...filters, status: undefined } : filters, today());
  const money = can(viewer, "read", "Commitment");
  const columns = await Promise.all(
    columnsOf<Prisma.AgreementWhereInput>(grouping, Object.values(AgreementStatus), (status) => ({ status: status as AgreementStatus })).map(async (column) => {
      const where = { AND: [base, column.where] };
      const [count, cards, sums] = await Promise.all([
        db().agreement.count({ where }),
        db().agreement.findMany({ where, orderBy: [{ expiresOn: { sort: "asc", nulls: "last" } }, { title: "asc" }], take: CARDS_PER_COLUMN, select: agreementCard }),
        money ? db().commitment.groupBy({ by: ["currency"], where: { archived: false, agreement: where }, _sum: { amount: true }, orderBy: { currency: "asc" } }) : [],
      ]);
      return { value: column.value, count, cards, money: sums.map((s) => ({ currency: s.currency, amount: s._sum.amount?.toFixed(2) ?? "0.00" })) };
    }),
  );
  return { grouping, fields, columns, mayMove: can(viewer, "update", "Agreement") };
}

const projectCard = {
  id: true,
  version: true,
  code: true,
  title: true,
  lifecycle: true,
  endsOn: true,
  officeId: true,
  agreement: { select: { title: true } },
} satisfies Prisma.ProjectSelect;

export type ProjectCard = Prisma.ProjectGetPayload<{ select: typeof projectCard }>;

/** The projects board; null for those who may not read projects' lists (partners). */
export async function projectBoard(viewer: Viewer, filters: ProjectFilters, by?: string) {
  if (viewer.role === "PARTNER" || !can(viewer, "read", "Project")) return null;
  const fields = await groupingsOf(viewer, "PROJECT");
  const grouping = groupingOf(fields, by);
  const base = await projectWhere(viewer, grouping.kind === "status" ? { ...filters, lifecycle: undefined } : filters);
  const columns = await Promise.all(
    columnsOf<Prisma.ProjectWhereInput>(grouping, Object.values(ProjectLifecycle), (lifecycle) => ({ lifecycle: lifecycle as ProjectLifecycle })).map(async (column) => {
      const where = { AND: [base, column.where] };
      const [count, cards] = await Promise.all([
        db().project.count({ where }),
        db().project.findMany({ where, orderBy: [{ endsOn: { sort: "asc", nulls: "last" } }, { code: "asc" }], take: CARDS_PER_COLUMN, select: projectCard }),
      ]);
      return { value: column.value, count, cards, money: [] };
    }),
  );
  return { grouping, fields, columns, mayMove: can(viewer, "update", "Project") };
}
