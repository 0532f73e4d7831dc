// A partner's documents found in steps through ids (policy's partnerReach, used by document search)
// must be exactly the documents the policy's scope gives the partner: on the demo portfolio with a
// document of every kind (shared or not, archived or not) on every agreement, meeting, project and
// report, some of those records archived, and an organisation that is only a project's partner.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { partnerDocumentIds } from "@/lib/documents/queries";
import { scope, type Viewer } from "@/lib/policy";
import { seedDemoData } from "@/prisma/seed/seed";
import { makeOrganisation, makeUser, viewerOf } from "../support/factories";

const SHA = "0".repeat(64);
let partners: Viewer[];

const partnerOf = (organisationId: string): Viewer => ({ userId: "u", sessionId: "s", name: "p", email: "p@example.org", role: "PARTNER", organisationId });

beforeAll(async () => {
  await seedDemoData(db(), "demo-password-for-tests");
  // An organisation that is a partner of one project only, not a party to its agreement.
  const onlyProject = await makeOrganisation("Project-only partner");
  const project = await db().project.findFirstOrThrow({ where: { agreementId: { not: null } }, orderBy: { code: "asc" } });
  await db().projectPartner.create({ data: { projectId: project.id, organisationId: onlyProject.id, role: "FUNDING" } });

  const [agreements, meetings, projects, reports] = await Promise.all([
    db().agreement.findMany({ select: { id: true } }),
    db().meeting.findMany({ select: { id: true } }),
    db().project.findMany({ select: { id: true } }),
    db().partnerReport.findMany({ select: { id: true, projectId: true } }),
  ]);
  const parents = [
    ...agreements.map((a) => ({ agreementId: a.id })),
    ...meetings.map((m) => ({ meetingId: m.id })),
    ...projects.map((p) => ({ projectId: p.id })),
    ...reports.map((r) => ({ projectId: r.projectId, reportId: r.id })),
  ];
  await db().document.createMany({
    data: parents.flatMap((parent, i) =>
      [false, true].flatMap((sharedWithPartners) =>
        [false, true].map((archived) => ({ ...parent, sharedWithPartners, archived, filename: `d${i}.pdf`, mediaType: "application/pdf", sizeBytes: 1, sha256: SHA })),
      ),
    ),
  });
  // Archived records: every third agreement, meeting and project (their documents are not).
  const everyThird = <T extends { id: string }>(rows: T[]) => rows.filter((_, i) => i % 3 === 1).map((r) => r.id);
  await db().agreement.updateMany({ where: { id: { in: everyThird(agreements) } }, data: { archived: true } });
  await db().meeting.updateMany({ where: { id: { in: everyThird(meetings) } }, data: { archived: true } });
  await db().project.updateMany({ where: { id: { in: everyThird(projects) } }, data: { archived: true } });

  partners = (await db().organisation.findMany({ select: { id: true } })).map((o) => partnerOf(o.id));
}, 120_000);

const byScope = async (viewer: Viewer) =>
  (await db().document.findMany({ where: { AND: [scope(viewer).document, { archived: false }] }, select: { id: true } })).map((d) => d.id).sort();

it("gives every organisation exactly the documents the policy's scope gives it", async () => {
  let seen = 0;
  for (const partner of partners) {
    const expected = await byScope(partner);
    expect((await partnerDocumentIds(partner)).sort()).toEqual(expected);
    seen += expected.length;
  }
  // Not a comparison of empty lists: the fixture gives partners documents through every path.
  expect(seen).toBeGreaterThan(50);
  const reached = await db().document.findMany({
    where: { OR: await Promise.all(partners.map(async (p) => ({ id: { in: await byScope(p) } }))) },
    select: { agreementId: true, meetingId: true, reportId: true, projectId: true },
  });
  expect(reached.some((d) => d.agreementId)).toBe(true);
  expect(reached.some((d) => d.meetingId)).toBe(true);
  expect(reached.some((d) => d.reportId)).toBe(true);
  expect(reached.some((d) => d.projectId && !d.reportId)).toBe(true);
});

it("gives the organisation that is only a project's partner that project's shared documents, not its agreement's", async () => {
  const onlyProject = await db().organisation.findFirstOrThrow({ where: { name: "Project-only partner" } });
  const ids = await partnerDocumentIds(partnerOf(onlyProject.id));
  const documents = await db().document.findMany({ where: { id: { in: ids } }, select: { projectId: true, agreementId: true, sharedWithPartners: true } });
  expect(documents.length).toBeGreaterThan(0);
  expect(documents.every((d) => d.projectId && !d.agreementId && d.sharedWithPartners)).toBe(true);
});

it("gives staff and a partner user without an organisation none", async () => {
  expect(await partnerDocumentIds(viewerOf(await makeUser("OFFICER")))).toEqual([]);
  expect(await partnerDocumentIds({ ...partnerOf("x"), organisationId: null })).toEqual([]);
});
