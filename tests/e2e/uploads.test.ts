// The upload limit (DOCUMENT_MAX_MB, 20 MB here) over HTTP and in the browser: files up to the limit
// are taken by every route that takes files; just over, the action refuses them naming the limit;
// far over, the server refuses the request before reading it; none of it stores anything. In the
// browser, a file too large is named with the limit as soon as it is chosen, and nothing is sent.
import { beforeAll, describe, expect, it } from "vitest";
import { actionId, callAction, signInCookie } from "@/scripts/http";
import { adminCookie } from "./admin-session";
import { DEMO_PASSWORD } from "./app";
import { browserPerFile, url } from "./browser";
import { inEnglish } from "../support/english";

const MB = 1024 * 1024;
const LIMIT = 20 * MB;
const { pageAs } = browserPerFile();

/** A PDF of exactly `bytes` bytes (its content is judged by its first bytes). */
const pdf = (name: string, bytes: number) => new File([Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(bytes - 9, 0x20)])], name, { type: "application/pdf" });
/** The action's answer as an English reader sees it, as one string to search. */
const inWords = (answer: unknown) => JSON.stringify(inEnglish(answer));

let officer: string;
let agreementId: string;

beforeAll(async () => {
  officer = await signInCookie(url(""), "officer@example.org", DEMO_PASSWORD);
  const list = await (await fetch(url(`/agreements?q=${encodeURIComponent("Korea Partnership")}`), { headers: { cookie: officer } })).text();
  agreementId = list.match(/href="\/agreements\/(c\w+)"[^>]*>ILO\/Korea Partnership Programme</)![1];
});

const agreementPage = async () => (await fetch(url(`/agreements/${agreementId}`), { headers: { cookie: officer } })).text();
const attach = (file: File) =>
  callAction(url(""), officer, actionId("uploadDocumentAction"), `/agreements/${agreementId}`, { parentType: "agreement", parentId: agreementId, file });

describe("a document attached to an agreement", () => {
  it("of exactly the limit is stored; one byte over is refused by the action, naming the limit; far over, the request is refused before the action reads it", async () => {
    const atLimit = await attach(pdf("at-the-limit.pdf", LIMIT));
    expect(atLimit.status).toBe(200);
    expect(atLimit.answer).toMatchObject({ ok: true });

    const justOver = await attach(pdf("just-over.pdf", LIMIT + 1));
    const refusal = "just-over.pdf is just over 20 MB; the limit is 20 MB. Nothing was stored.";
    expect(inEnglish(justOver.answer)).toMatchObject({ ok: false, message: refusal, fieldErrors: { file: refusal } });

    const farOver = await attach(pdf("far-over.pdf", 30 * MB));
    expect(farOver.status).toBe(413);
    expect(farOver.text).toBe("The request comes to 30.0 MB; the limit is 20 MB. Nothing was stored.");

    const page = await agreementPage();
    expect(page).toContain("at-the-limit.pdf");
    expect(page).not.toContain("just-over.pdf");
    expect(page).not.toContain("far-over.pdf");
  });
});

describe("a partner's report", () => {
  it("takes attachments coming to the limit; refuses them together over it, and far over before the action reads them", async () => {
    // A one-off financial report ASEAN owes on its project, set by the officer.
    const projects = await (await fetch(url("/projects?q=ASEAN"), { headers: { cookie: officer } })).text();
    const projectId = projects.match(/href="\/projects\/(c\w+)"[^>]*>Social protection for ASEAN workers</)![1];
    const project = await (await fetch(url(`/projects/${projectId}`), { headers: { cookie: officer } })).text();
    const asean = project.match(/<option value="(\w+)"[^>]*>Association of Southeast Asian Nations</)![1];
    const required = await callAction(url(""), officer, actionId("saveRequirementAction"), `/projects/${projectId}`, {
      projectId,
      organisationId: asean,
      kind: "FINANCIAL",
      everyMonths: "",
      firstDueOn: "2027-03-31",
      lastDueOn: "",
    });
    expect(required.answer).toMatchObject({ result: { ok: true } });

    const partner = await signInCookie(url(""), "asean@example.org", DEMO_PASSWORD);
    const portal = await (await fetch(url("/portal"), { headers: { cookie: partner } })).text();
    let reportId = "";
    let version = "";
    for (const [, id] of portal.matchAll(/href="\/portal\/reports\/(c\w+)"/g)) {
      const page = await (await fetch(url(`/portal/reports/${id}`), { headers: { cookie: partner } })).text();
      if (page.includes("31 Mar 2027") && page.includes('name="version"')) {
        reportId = id;
        version = page.match(/name="version" value="(\d+)"/)![1];
        break;
      }
    }
    expect(reportId).not.toBe("");
    const submit = (attachments: File[]) =>
      callAction(url(""), partner, actionId("submitReportAction"), `/portal/reports/${reportId}`, { id: reportId, version, kind: "FINANCIAL", narrative: "Spent as planned.", attachments });

    const tooMuch = await submit([pdf("ledger.pdf", 11 * MB), pdf("receipts.pdf", 10 * MB)]);
    // Over the limit with the form's own fields: refused before the action reads a byte.
    expect(tooMuch.status).toBe(413);
    expect(tooMuch.text).toBe("The request comes to 21.0 MB; the limit is 20 MB. Nothing was stored.");
    const farOver = await submit([pdf("scan.pdf", 26 * MB)]);
    expect(farOver.status).toBe(413);

    const fits = await submit([pdf("ledger.pdf", 10 * MB), pdf("receipts.pdf", 10 * MB)]);
    expect(fits.answer).toMatchObject({ result: { ok: true } });
    const submitted = await (await fetch(url(`/portal/reports/${reportId}`), { headers: { cookie: partner } })).text();
    expect(submitted).toContain("ledger.pdf");
    expect(submitted).not.toContain("scan.pdf");
  });
});

describe("the other routes that take files", () => {
  it("refuse an import and a sanctions list over the limit, naming it", async () => {
    const justOver = new File([Buffer.alloc(LIMIT + 1, 0x41)], "partners.csv", { type: "text/csv" });
    const imported = await callAction(url(""), officer, actionId("importAction"), "/import", { kind: "organisations", file: justOver });
    expect(inWords(imported.answer)).toContain("The files come to just over 20 MB; the limit is 20 MB. Nothing was stored.");

    const admin = await adminCookie();
    const list = await callAction(url(""), admin, actionId("importSanctionsAction"), "/admin/due-diligence", { file: new File([Buffer.alloc(LIMIT + 1, 0x20)], "consolidated.xml") });
    expect(inWords(list.answer)).toContain("The files come to just over 20 MB; the limit is 20 MB. Nothing was stored.");
    const farOver = await callAction(url(""), admin, actionId("importSanctionsAction"), "/admin/due-diligence", { file: new File([Buffer.alloc(40 * MB, 0x20)], "consolidated.xml") });
    expect(farOver.status).toBe(413);
  });
});

describe("in the browser", () => {
  it("names the limit as soon as a file too large is chosen, and sends nothing", async () => {
    const page = await pageAs("officer@example.org");
    await page.goto(url(`/agreements/${agreementId}`));
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    const field = page.getByLabel("File", { exact: true });
    await field.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * MB, 0x20) });
    await page.getByText("The files come to 21.0 MB; the limit is 20 MB. Nothing was sent.").waitFor();
    await page.getByRole("button", { name: "Attach" }).click();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(posts).toEqual([]);

    // A file that fits clears the message and is sent.
    await field.setInputFiles({ name: "small.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "Attach" }).click();
    await page.locator("form [role=status]").getByText("The file was attached.").waitFor();
    expect(posts.length).toBe(1);
    await page.context().close();
  });
});
