import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toCsv, toXlsx } from "@/lib/domain/table-export";
import { previewImport, runImport } from "@/lib/import/import";
import type { Viewer } from "@/lib/policy";
import { makeUser, viewerOf } from "../support/factories";
import { english, inEnglish } from "../support/english";
import { say } from "@/lib/i18n/say";

let officer: Viewer;
let manager: Viewer;

beforeAll(async () => {
  officer = viewerOf(await makeUser("OFFICER"));
  manager = viewerOf(await makeUser("MANAGER"));
  await db().organisation.create({ data: { name: "International Labour Organization", acronym: "ILO", kind: "UN_MULTILATERAL" } });
  await db().theme.create({ data: { code: "osh", label: "Occupational safety and health" } });
});

const csv = (rows: string[][]) => ({ name: "sheet.csv", bytes: new Uint8Array(Buffer.from(toCsv(rows[0], rows.slice(1)))) });

const PARTNERS = [
  ["Name", "Acronym", "Type", "Country", "Contact name", "Contact email"],
  ["Ministère du Travail, Cambodge", "MoLVT", "Government", "KH", "Sok Dara", "dara@example.org"],
  ["Asian Development Bank", "ADB", "Development bank or IFI", "Regional", "", ""],
];

describe("importing partners", () => {
  it("checks every row, then imports them all with their contacts and audit events", async () => {
    const preview = await previewImport(officer, "organisations", csv(PARTNERS));
    expect(preview).toMatchObject({ ok: true, preview: { invalid: 0, rows: [{ line: 2, errors: [] }, { line: 3, errors: [] }] } });
    expect(await runImport(officer, "organisations", csv(PARTNERS))).toEqual({ ok: true, imported: 2 });
    const adb = await db().organisation.findFirstOrThrow({ where: { acronym: "ADB" } });
    expect(adb).toMatchObject({ kind: "DEVELOPMENT_BANK", country: null });
    expect(await db().contact.count({ where: { name: "Sok Dara" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityType: "Organisation", action: "create" } })).toBe(2);
  });

  it("refuses a second import of the same names, row by row", async () => {
    const result = await previewImport(officer, "organisations", csv(PARTNERS));
    expect(inEnglish(result.ok && result.preview.rows.map((r) => r.errors))).toEqual([["Name: already recorded."], ["Name: already recorded."]]);
  });
});

describe("column headings", () => {
  it("are read in any of our languages, and a row's problems name the column in the reader's", async () => {
    const french = [["Référence", "Titre", "Instrument", "Modalité", "Signé le", "Parties"], ["RUP/FR/2026-01", "Accord-cadre", "MOU", "Bilateral", "2026-02-30", "ILO (Signatory)"]];
    const preview = await previewImport(officer, "agreements", csv(french));
    if (!preview.ok) throw new Error(english(preview.message));
    expect(preview.preview.rows[0].errors.map((e) => say("fr", e))).toEqual(["Signé le\u00a0: Saisissez une date au format AAAA-MM-JJ.", "Parties\u00a0: Un accord compte au moins deux parties."]);
    const arabic = [["الاسم", "الاختصار", "النوع"], ["وزارة العمل", "MoL", "Government"]];
    expect(await previewImport(officer, "organisations", csv(arabic))).toMatchObject({ ok: true, preview: { invalid: 0 } });
    const missing = await previewImport(officer, "agreements", csv([["Référence", "Titre"], ["X", "Y"]]));
    expect(!missing.ok && say("es", missing.message)).toContain("Instrumento, Modalidad y Partes");
  });
});

describe("importing agreements", () => {
  const header = ["Reference", "Title", "Instrument", "Modality", "Status", "Signed", "Expires", "Countries", "Themes", "Contribution", "Currency", "Parties"];
  const good = ["RUP/KHM/2026-01", "ILO/Cambodia MOU", "Memorandum of understanding", "Bilateral", "Active", "2026-01-15", "2030-01-14", "KH", "Occupational safety and health", "250000", "USD", "ILO (Signatory); MoLVT (Beneficiary)"];
  const bad = ["RUP/ADB/2026-02", "", "MOU", "Galactic", "Active", "2026-13-01", "", "XX", "Astrology", "12.345", "", "ILO; Nobody Inc (Signatory)"];

  it("shows each bad row's problems by line, and imports nothing while one row is wrong", async () => {
    const file = csv([header, good, bad]);
    const preview = await previewImport(officer, "agreements", file);
    if (!preview.ok) throw new Error(english(preview.message));
    expect(preview.preview.invalid).toBe(1);
    expect(preview.preview.rows[0]).toMatchObject({ line: 2, errors: [] });
    expect(preview.preview.rows[1].line).toBe(3);
    expect(inEnglish(preview.preview.rows[1].errors)).toEqual(
      expect.arrayContaining([
        'Parties: no partner named "Nobody Inc". Import the organisations first, or correct the name.',
        'Themes: "Astrology" is not one of the thematic areas.',
        "Title: Give the agreement a title.",
        "Modality: Choose the modality.",
        "Signed: Enter a date as YYYY-MM-DD.",
        "Countries: Not ISO 3166-1 country codes: XX.",
      ]),
    );
    const before = await db().agreement.count();
    const run = await runImport(officer, "agreements", file);
    expect(inEnglish(run)).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was imported") });
    expect(await db().agreement.count()).toBe(before);
  });

  it("imports an Excel workbook of valid rows, with parties, themes and exact money", async () => {
    const bytes = new Uint8Array(await toXlsx(header, [good]));
    expect(await runImport(officer, "agreements", { name: "agreements.xlsx", bytes })).toEqual({ ok: true, imported: 1 });
    const agreement = await db().agreement.findUniqueOrThrow({ where: { reference: "RUP/KHM/2026-01" }, include: { parties: true, themes: true } });
    expect(agreement).toMatchObject({ instrument: "MOU", modality: "BILATERAL", status: "ACTIVE", countries: ["KH"] });
    expect(agreement.contributionAmount?.toFixed(2)).toBe("250000.00");
    expect(agreement.parties.map((p) => p.role).sort()).toEqual(["BENEFICIARY", "SIGNATORY"]);
    expect(agreement.themes).toHaveLength(1);
  });

  it("names a missing column, refuses files that are not spreadsheets, and refuses managers", async () => {
    expect(inEnglish(await previewImport(officer, "agreements", csv([["Reference", "Title"], ["X", "Y"]])))).toMatchObject({
      ok: false,
      message: expect.stringContaining("no column for: Instrument, Modality, and Parties"),
    });
    expect(inEnglish(await previewImport(officer, "agreements", { name: "x.csv", bytes: new Uint8Array(Buffer.from("%PDF-1.4")) }))).toMatchObject({
      ok: false,
      message: "Import a CSV file (UTF-8) or an Excel workbook (.xlsx).",
    });
    expect(inEnglish(await previewImport(officer, "agreements", { name: "x.csv", bytes: new Uint8Array(21 * 1024 * 1024).fill(0x41) }))).toMatchObject({
      ok: false,
      message: "The files come to 21.0 MB; the limit is 20 MB. Nothing was stored.",
    });
    expect(inEnglish(await runImport(manager, "agreements", csv([header, good])))).toMatchObject({ ok: false, message: "You may not import agreements." });
  });
});

describe("importing instalments and receipts", () => {
  const header = ["Agreement", "Funding party", "Currency", "Due", "Amount", "Condition", "Received on", "Received amount", "Receipt reference"];
  let commitmentId: string;

  beforeAll(async () => {
    const donor = await db().organisation.create({ data: { name: "Government of Japan", kind: "GOVERNMENT", country: "JP" } });
    const agreement = await db().agreement.create({
      data: { reference: "RUP/JPN/IMPORT", title: "Funded", instrument: "PARTNERSHIP_AGREEMENT", modality: "BILATERAL", status: "ACTIVE", parties: { create: [{ organisationId: donor.id, role: "FUNDING" }] } },
    });
    commitmentId = (await db().commitment.create({ data: { agreementId: agreement.id, organisationId: donor.id, amount: "300000000", currency: "JPY" } })).id;
    await db().instalment.create({ data: { commitmentId, dueOn: new Date("2026-04-30T00:00:00Z"), amount: "100000000" } });
  });

  const paid = ["RUP/JPN/IMPORT", "Government of Japan", "JPY", "2026-04-30", "100,000,000", "", "2026-05-08", "100000000", "JPN-2026-009"];
  const scheduled = ["rup/jpn/import", "government of japan", "jpy", "2027-04-30", "200000000", "On receipt of the 2026 report", "", "", ""];

  it("pays a recorded instalment and schedules a new one, exactly, all or nothing, with audit events", async () => {
    const wrong = ["RUP/JPN/IMPORT", "Government of Japan", "USD", "2026-13-01", "0", "", "2099-01-01", "x", ""];
    const refused = await previewImport(officer, "funding", csv([header, paid, wrong]));
    if (!refused.ok) throw new Error(english(refused.message));
    expect(inEnglish(refused.preview.rows[1].errors)).toEqual(
      expect.arrayContaining([
        'Commitment: no USD commitment of "Government of Japan" under agreement "RUP/JPN/IMPORT". Record the commitment first.',
        "Due: Enter a date as YYYY-MM-DD.",
        "Amount: The amount must be more than zero.",
        "Received on: A receipt cannot be dated in the future.",
      ]),
    );
    expect((await runImport(officer, "funding", csv([header, paid, wrong]))).ok).toBe(false);
    expect(await db().receipt.count()).toBe(0);

    expect(await runImport(officer, "funding", csv([header, paid, scheduled]))).toEqual({ ok: true, imported: 2 });
    const instalments = await db().instalment.findMany({ where: { commitmentId }, orderBy: { dueOn: "asc" }, include: { receipts: true } });
    expect(instalments.map((i) => [i.amount.toFixed(2), i.receipts.map((r) => [r.amount.toFixed(2), r.reference])])).toEqual([
      ["100000000.00", [["100000000.00", "JPN-2026-009"]]],
      ["200000000.00", []],
    ]);
    expect(await db().auditEvent.count({ where: { entityType: { in: ["Instalment", "Receipt"] }, reason: "by import" } })).toBe(2);
  });

  it("refuses the same sheet a second time, and rows repeated in one file", async () => {
    const again = await previewImport(officer, "funding", csv([header, paid, scheduled]));
    expect(inEnglish(again.ok && again.preview.rows.map((r) => r.errors))).toEqual([["Receipt: already recorded."], ["Instalment: already recorded, and the row has no receipt to add."]]);
    const twice = ["RUP/JPN/IMPORT", "Government of Japan", "JPY", "2027-04-30", "200000000", "", "2026-11-02", "50000000", "JPN-2026-020"];
    const repeated = await previewImport(officer, "funding", csv([header, twice, twice]));
    expect(inEnglish(repeated.ok && repeated.preview.rows[1].errors)).toEqual(["Row: appears twice in the file."]);
  });

  it("is refused to managers", async () => {
    expect(inEnglish(await previewImport(manager, "funding", csv([header, paid])))).toMatchObject({ ok: false, denied: true });
  });
});
