// Writes the demo portfolio and demo users into an empty database, in one transaction.
import crypto from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { HOLDS_NO_RECORDS } from "@/lib/database/empty";
import { isoDate } from "@/lib/domain/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { schedule } from "@/lib/reporting/schedule";
import { AGREEMENTS, COMMITMENTS, EXCHANGE_RATES, OFFICE_OF, OFFICES, ORGANISATIONS, PROJECTS } from "./demo-data";
import { ACTION_ITEM_NOTES, RESULTS, type DemoResults } from "./demo-results";
import { seedDiligence } from "./demo-diligence";
import { seedCustomFields, seedSavedViews } from "./demo-custom-fields";
import { THEMES } from "./themes";
import { seedPipeline } from "./demo-pipeline";
import { demoDocumentFiles, seedDocuments } from "./demo-documents";
import { ROOT_OFFICE } from "@/lib/offices/tree";

// One demo account reads the interface in French out of the box (the others follow the browser).
export const DEMO_USERS: { email: string; name: string; role: Role; organisation?: string; locale?: Locale }[] = [
  { email: "admin@example.org", name: "Ada Admin", role: "ADMIN" },
  { email: "officer@example.org", name: "Olivia Officer", role: "OFFICER" },
  { email: "officer2@example.org", name: "Omar Officer", role: "OFFICER", locale: "fr" },
  { email: "manager@example.org", name: "Maya Manager", role: "MANAGER" },
  { email: "manager2@example.org", name: "Mira Manager", role: "MANAGER" },
  { email: "asean@example.org", name: "ASEAN Secretariat (demo)", role: "PARTNER", organisation: "asean" },
  { email: "adb@example.org", name: "ADB liaison (demo)", role: "PARTNER", organisation: "adb" },
  { email: "japan@example.org", name: "Government of Japan (demo)", role: "PARTNER", organisation: "japan" },
];

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export function randomDemoPassword(): string {
  return crypto.randomBytes(15).toString("base64url");
}

export async function isEmpty(client: PrismaClient): Promise<boolean> {
  const [{ empty }] = await client.$queryRawUnsafe<{ empty: boolean }[]>(HOLDS_NO_RECORDS);
  return empty;
}

/** `adminTotpSecret`: the demo administrator's authenticator-app secret, sealed (scripts/seed-demo.ts). */
export async function seedDemoData(client: PrismaClient, password: string, adminTotpSecret: string | null = null): Promise<void> {
  const passwordHash = await hashPassword(password);
  const documents = await demoDocumentFiles();
  await client.$transaction(
    async (tx) => {
      const themeId = new Map<string, string>();
      for (const [i, theme] of THEMES.entries()) {
        const row = await tx.theme.create({ data: { ...theme, sortOrder: i } });
        themeId.set(theme.code, row.id);
      }

      const orgId = new Map<string, string>();
      for (const { key, contact, ...org } of ORGANISATIONS) {
        const row = await tx.organisation.create({ data: { ...org, contacts: contact ? { create: contact } : undefined } });
        orgId.set(key, row.id);
      }
      const org = (key: string) => {
        const id = orgId.get(key);
        if (!id) throw new Error(`Demo data names an unknown organisation: ${key}`);
        return id;
      };

      const officeId = new Map<string, string>();
      for (const { key, parent, ...office } of OFFICES) {
        const data = { ...office, parentId: parent ? officeId.get(parent)! : null };
        const row = parent ? await tx.office.create({ data }) : await tx.office.update({ where: { id: ROOT_OFFICE }, data });
        officeId.set(key, row.id);
      }
      const officeOf = (kind: keyof typeof OFFICE_OF, key: string) => officeId.get(OFFICE_OF[kind][key] ?? "regional")!;

      const userId = new Map<string, string>();
      for (const user of DEMO_USERS) {
        const row = await tx.user.create({
          data: {
            email: user.email,
            name: user.name,
            role: user.role,
            passwordHash,
            locale: user.locale ?? null,
            organisationId: user.organisation ? org(user.organisation) : null,
            officeId: user.role === "PARTNER" ? null : officeOf("users", user.email),
            ...(user.role === "ADMIN" && adminTotpSecret && { totpSecret: adminTotpSecret, totpConfirmedAt: new Date() }),
          },
        });
        userId.set(user.email, row.id);
      }
      const officers = [userId.get("officer@example.org")!, userId.get("officer2@example.org")!];

      const agreementId = new Map<string, string>();
      const meetingsToCreate: { agreementId: string; meeting: NonNullable<(typeof AGREEMENTS)[number]["meetings"]>[number] }[] = [];
      for (const [i, a] of AGREEMENTS.entries()) {
        const row = await tx.agreement.create({
          data: {
            reference: a.reference,
            title: a.title,
            instrument: a.instrument,
            modality: a.modality,
            status: a.status,
            signedOn: day(a.signedOn),
            effectiveOn: day(a.signedOn),
            expiresOn: day(a.expiresOn),
            meetingCycleMonths: a.meetingCycleMonths,
            countries: a.countries,
            contributionAmount: a.contribution?.[0],
            contributionCurrency: a.contribution?.[1],
            summary: a.summary,
            clearance: a.clearance ?? (["DRAFT", "UNDER_NEGOTIATION"].includes(a.status) ? "NOT_SUBMITTED" : "CLEARED"),
            responsibleOfficerId: officers[i % 2],
            officeId: officeOf("agreements", a.key),
            parties: { create: a.parties.map(([key, role]) => ({ organisationId: org(key), role })) },
            themes: { create: a.themes.map((code) => ({ themeId: themeId.get(code)! })) },
          },
        });
        agreementId.set(a.key, row.id);
        for (const [n, amendment] of (a.amendments ?? []).entries()) {
          await tx.amendment.create({
            data: {
              agreementId: row.id,
              number: n + 1,
              kind: amendment.kind,
              signedOn: day(amendment.signedOn)!,
              summary: amendment.summary,
              changes: amendment.expiresOn ? { expiresOn: amendment.expiresOn } : {},
              createdById: officers[i % 2],
            },
          });
        }
        for (const meeting of a.meetings ?? []) meetingsToCreate.push({ agreementId: row.id, meeting });
      }
      for (const a of AGREEMENTS) {
        if (a.renewedBy) {
          await tx.agreement.update({ where: { id: agreementId.get(a.key)! }, data: { renewedById: agreementId.get(a.renewedBy)! } });
        }
      }

      const projectId = new Map<string, string>();
      for (const [i, p] of PROJECTS.entries()) {
        const row = await tx.project.create({
          data: {
            code: p.code,
            title: p.title,
            agreementId: agreementId.get(p.agreement)!,
            lifecycle: p.lifecycle,
            countries: p.countries,
            budgetAmount: p.budget?.[0],
            budgetCurrency: p.budget?.[1],
            startsOn: day(p.startsOn),
            endsOn: day(p.endsOn),
            responsibleOfficerId: officers[i % 2],
            officeId: officeOf("projects", p.code),
            partners: { create: p.partners.map(([key, role]) => ({ organisationId: org(key), role })) },
            themes: { create: p.themes.map((code) => ({ themeId: themeId.get(code)! })) },
            statusReports: {
              create: p.reports.map((r) => ({ ...r, reportedOn: day(r.reportedOn)!, authorId: officers[i % 2] })),
            },
          },
        });
        projectId.set(p.code, row.id);
      }

      for (const { agreementId: id, meeting } of meetingsToCreate) {
        const { actionItems = [], participants = [], heldOn, ...fields } = meeting;
        await tx.meeting.create({
          data: {
            ...fields,
            agreementId: id,
            kind: "ANNUAL_REVIEW",
            heldOn: day(heldOn)!,
            online: fields.location === "Online",
            participants: { create: participants.map((name) => ({ name })) },
            actionItems: {
              create: actionItems.map((item) => ({
                description: item.description,
                ownerOrganisationId: org(item.owner),
                dueOn: day(item.dueOn),
                status: item.status,
                projectId: item.project ? projectId.get(item.project) : undefined,
              })),
            },
          },
        });
      }

      for (const c of COMMITMENTS) {
        await tx.commitment.create({
          data: {
            agreementId: agreementId.get(c.agreement)!,
            organisationId: org(c.funder),
            projectId: c.project ? projectId.get(c.project)! : null,
            amount: c.amount,
            currency: c.currency,
            committedOn: day(c.committedOn),
            description: c.description,
            instalments: {
              create: c.instalments.map(({ receipts = [], ...i }) => ({
                ...i,
                dueOn: day(i.dueOn)!,
                receipts: { create: receipts.map((r) => ({ ...r, receivedOn: day(r.receivedOn)!, recordedById: officers[0] })) },
              })),
            },
          },
        });
      }

      const today = new Date();
      const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
      await tx.exchangeRate.createMany({ data: EXCHANGE_RATES.map((rate) => ({ ...rate, month })) });

      for (const { item, by, status, on, body } of ACTION_ITEM_NOTES) {
        const { id } = await tx.actionItem.findFirstOrThrow({ where: { description: item } });
        await tx.actionItemComment.create({ data: { actionItemId: id, authorId: userId.get(by)!, status, body, createdAt: day(on)! } });
      }

      const partnerUser = (orgKey: string) => userId.get(DEMO_USERS.find((u) => u.organisation === orgKey)?.email ?? "");
      for (const r of RESULTS) await seedResults(tx, r, { project: projectId.get(r.project)!, org, officer: officers[0], partnerUser });
      await seedDiligence(tx, { org, officer: officers[0], manager: userId.get("manager@example.org")!, admin: userId.get("admin@example.org")! });
      await seedCustomFields(tx, { agreement: (key) => agreementId.get(key)!, organisation: org, project: (code) => projectId.get(code)! });
      await seedSavedViews(tx, userId.get("officer@example.org")!);
      await seedPipeline(tx, { org, officer: officers[0], themeIds: [...themeId.values()] });
      await seedDocuments(tx, documents, { agreement: (key) => agreementId.get(key)!, officer: officers[0] });

      await tx.auditEvent.create({
        data: { action: "seed", entityType: "Database", entityId: "demo", changes: { note: "Demo data loaded" } },
      });
    },
    { timeout: 120_000 },
  );
}

/** One project's results framework and reporting, as lib/results and lib/reporting would have written them. */
async function seedResults(
  tx: Prisma.TransactionClient,
  demo: DemoResults,
  ids: { project: string; org: (key: string) => string; officer: string; partnerUser: (orgKey: string) => string | undefined },
) {
  const project = await tx.project.findUniqueOrThrow({ where: { id: ids.project }, select: { startsOn: true, endsOn: true } });
  const indicatorId = new Map<string, string>();
  const periods: { indicatorId: string; periodStart: Date; periodEnd: Date; target?: string; actual?: string; comment?: string }[] = [];
  for (const result of demo.results) {
    const { id: resultId } = await tx.result.create({ data: { projectId: ids.project, type: result.type, title: result.title } });
    for (const i of result.indicators) {
      const { id } = await tx.indicator.create({
        data: { resultId, title: i.title, measure: i.measure, ascending: i.ascending ?? true, baselineYear: i.baseline?.[0], baselineValue: i.baseline?.[1] },
      });
      indicatorId.set(i.title, id);
      let start = day(i.from)!;
      for (const p of i.periods) {
        const end = day(p.end)!;
        periods.push({ indicatorId: id, periodStart: start, periodEnd: end, target: p.target, actual: p.actual, comment: p.comment });
        start = new Date(end.getTime() + 86_400_000);
      }
    }
  }
  const accepted = new Map<number, string>(); // period end -> accepted report
  for (const r of demo.requirements) {
    const organisationId = ids.org(r.organisation);
    const requirement = { everyMonths: r.everyMonths, firstDueOn: day(r.firstDueOn)!, lastDueOn: null };
    const { id: requirementId } = await tx.reportingRequirement.create({ data: { projectId: ids.project, organisationId, kind: r.kind, ...requirement } });
    for (const due of schedule(requirement, project)) {
      const done = r.reports[isoDate(due.dueOn)!];
      const partner = ids.partnerUser(r.organisation);
      const report = await tx.partnerReport.create({
        data: {
          ...due,
          requirementId,
          projectId: ids.project,
          organisationId,
          kind: r.kind,
          ...(done && {
            state: done.state,
            narrative: done.narrative,
            health: done.health,
            progressPercent: done.progressPercent,
            submittedAt: day(done.submittedOn),
            submittedById: partner,
            decidedAt: day(done.decidedOn ?? null),
            decidedById: done.decidedOn ? ids.officer : null,
            decisionComment: done.comment,
          }),
        },
      });
      for (const [title, value] of Object.entries(done?.actuals ?? {})) {
        await tx.reportActual.create({ data: { reportId: report.id, indicatorId: indicatorId.get(title)!, value } });
      }
      if (done?.state !== "ACCEPTED") continue;
      accepted.set(due.periodEnd.getTime(), report.id);
      if (done.health && done.progressPercent !== undefined) {
        const status = await tx.statusReport.create({
          data: { projectId: ids.project, reportedOn: day(done.submittedOn)!, health: done.health, progressPercent: done.progressPercent, summary: done.narrative, authorId: partner },
        });
        await tx.partnerReport.update({ where: { id: report.id }, data: { statusReportId: status.id } });
      }
    }
  }
  await tx.indicatorPeriod.createMany({
    data: periods.map((p) => ({ ...p, reportId: p.actual !== undefined ? accepted.get(p.periodEnd.getTime()) : undefined })),
  });
}
