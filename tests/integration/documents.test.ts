import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setDocumentArchived, uploadDocument } from "@/lib/documents/mutations";
import { documentForDownload, documentsOf } from "@/lib/documents/queries";
import { createMeeting } from "@/lib/meetings/mutations";
import type { Viewer } from "@/lib/policy";
import { makeAgreement, makeOrganisation, makeUser, viewerOf } from "../support/factories";
import { inEnglish } from "../support/english";

const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"));
let officer: Viewer;
let manager: Viewer;
let aseanPartner: Viewer;
let adbPartner: Viewer;
let agreementId: string;

beforeAll(async () => {
  const ilo = (await makeOrganisation("ILO")).id;
  const asean = (await makeOrganisation("ASEAN")).id;
  const adb = (await makeOrganisation("ADB")).id;
  agreementId = (await makeAgreement([ilo, asean])).id;
  officer = viewerOf(await makeUser("OFFICER"));
  manager = viewerOf(await makeUser("MANAGER"));
  aseanPartner = viewerOf(await makeUser("PARTNER", { organisationId: asean }));
  adbPartner = viewerOf(await makeUser("PARTNER", { organisationId: adb }));
});

describe("attaching documents", () => {
  it("stores the signed PDF with its size, type, checksum and uploader, and an audit event", async () => {
    const result = await uploadDocument(officer, { agreementId }, { name: "MOU signed.pdf", bytes: PDF }, true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db().document.findUniqueOrThrow({ where: { id: result.id }, include: { content: true } });
    expect(stored).toMatchObject({ filename: "MOU signed.pdf", mediaType: "application/pdf", sizeBytes: PDF.length, uploadedById: officer.userId });
    expect(stored.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(Buffer.from(stored.content!.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect(await db().auditEvent.count({ where: { entityType: "Document", entityId: result.id } })).toBe(1);
  });

  it("refuses a wrong type and a file over the limit, with the reason, storing nothing", async () => {
    const before = await db().document.count();
    const exe = await uploadDocument(officer, { agreementId }, { name: "signed.pdf", bytes: new Uint8Array(Buffer.from("MZ\x90\x00program")) }, false);
    expect(inEnglish(exe)).toMatchObject({ ok: false, message: expect.stringContaining("whatever its name says") });
    const big = await uploadDocument(officer, { agreementId }, { name: "big.pdf", bytes: new Uint8Array(3 * 1048576).fill(0x20).map((b, i) => (i < 5 ? PDF[i] : b)) }, false, 2 * 1048576);
    expect(inEnglish(big)).toMatchObject({ ok: false, message: expect.stringContaining("the limit is 2 MB") });
    expect(inEnglish(await uploadDocument(manager, { agreementId }, { name: "m.pdf", bytes: PDF }, false))).toMatchObject({ ok: false });
    expect(inEnglish(await uploadDocument(aseanPartner, { agreementId }, { name: "p.pdf", bytes: PDF }, true))).toMatchObject({ ok: false });
    expect(await db().document.count()).toBe(before);
    expect(await db().documentContent.count()).toBe(before);
  });
});

describe("a file whose name says another type", () => {
  it("is kept under its real type and a safe name, and the person is told what it was stored as and why", async () => {
    const page = await uploadDocument(officer, { agreementId }, { name: "page.pdf", bytes: new TextEncoder().encode("<html><script>alert(1)</script></html>") }, false);
    expect(page).toMatchObject({ ok: true, renamed: "“page.pdf” was stored as “page.txt”: its content is text, whatever the name “page.pdf” says." });
    if (!page.ok) return;
    expect(await db().document.findUniqueOrThrow({ where: { id: page.id } })).toMatchObject({ filename: "page.txt", mediaType: "text/plain" });

    const odd = await uploadDocument(officer, { agreementId }, { name: "minutes: draft?.pdf", bytes: PDF }, false);
    expect(odd).toMatchObject({ ok: true, renamed: "“minutes: draft?.pdf” was stored as “minutes draft.pdf”: characters a file name cannot hold were left out." });
    expect(await uploadDocument(officer, { agreementId }, { name: "minutes.pdf", bytes: PDF }, false)).toMatchObject({ ok: true, renamed: null });
  });
});

describe("who sees which document", () => {
  it("partners see shared documents of their own records only; staff see all", async () => {
    const shared = await uploadDocument(officer, { agreementId }, { name: "shared.pdf", bytes: PDF }, true);
    const internal = await uploadDocument(officer, { agreementId }, { name: "internal.pdf", bytes: PDF }, false);
    if (!shared.ok || !internal.ok) throw new Error("upload failed");
    const names = async (viewer: Viewer) => (await documentsOf(viewer, { agreementId })).map((d) => d.filename);
    expect(await names(aseanPartner)).toContain("shared.pdf");
    expect(await names(aseanPartner)).not.toContain("internal.pdf");
    expect(await names(adbPartner)).toEqual([]);
    expect(await names(manager)).toEqual(expect.arrayContaining(["shared.pdf", "internal.pdf"]));
    expect(await documentForDownload(aseanPartner, internal.id)).toBeNull();
    expect(await documentForDownload(adbPartner, shared.id)).toBeNull();
    expect((await documentForDownload(aseanPartner, shared.id))?.filename).toBe("shared.pdf");
  });

  it("a shared document on an unshared meeting's page is still the partner's (the document's own flag decides)", async () => {
    const meeting = await createMeeting(officer, {
      agreementId,
      kind: "ANNUAL_REVIEW",
      title: "Review",
      heldOn: "2026-05-01",
      status: "HELD",
      location: "",
      online: true,
      agenda: "",
      minutes: "",
      decisions: "",
      minutesShared: false,
      participants: [],
      actionItems: [],
    });
    if (!meeting.ok) throw new Error("meeting");
    const doc = await uploadDocument(officer, { meetingId: meeting.id }, { name: "presentation.pdf", bytes: PDF }, true);
    if (!doc.ok) throw new Error("upload");
    expect((await documentForDownload(aseanPartner, doc.id))?.filename).toBe("presentation.pdf");
    expect(await documentForDownload(adbPartner, doc.id)).toBeNull();
  });

  it("an archived document disappears for partners; staff keep it", async () => {
    const doc = await uploadDocument(officer, { agreementId }, { name: "old.pdf", bytes: PDF }, true);
    if (!doc.ok) throw new Error("upload");
    expect((await setDocumentArchived(officer, doc.id, 1, true)).ok).toBe(true);
    expect(await documentForDownload(aseanPartner, doc.id)).toBeNull();
    expect((await documentForDownload(manager, doc.id))?.filename).toBe("old.pdf");
  });
});
