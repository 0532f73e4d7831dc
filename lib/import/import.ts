// Importing the unit's existing spreadsheet: organisations, agreements with their parties, or
// instalments and receipts against recorded commitments (funding-rows.ts).
// Every row is checked with the same rules as the forms; nothing is written unless every row is
// valid, and then all rows are written in one transaction, each with its audit event.
import { insertAgreement, validateAgreement } from "@/lib/agreements/mutations";
import type { AgreementFormValues } from "@/lib/agreements/schema";
import { db } from "@/lib/db";
import { type ActionResult, denied, refused } from "@/lib/domain/action-result";
import { agreementStatuses, instruments, modalities, organisationKinds, partyRoles } from "@/lib/domain/codelists";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertPartner, validatePartner } from "@/lib/partners/mutations";
import type { PartnerFormValues } from "@/lib/partners/schema";
import { can, type Viewer } from "@/lib/policy";
import { checkFundingRow, FUNDING_COLUMNS, fundingLookups } from "./funding-rows";
import { readTable, UnreadableFile, type Table } from "./read-table";
import { fieldProblems } from "./row-problems";
import { customFieldsOf } from "@/lib/custom-fields/queries";
import { customCells, customColumnIndex } from "@/lib/custom-fields/import";
import { LOCALES } from "@/lib/i18n/locales";
import { msg, type Message } from "@/lib/i18n/message";
import { say } from "@/lib/i18n/say";

export const IMPORT_KINDS = ["organisations", "agreements", "funding"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportRow {
  line: number;
  label: string;
  errors: Message[];
}

export interface ImportPreview {
  kind: ImportKind;
  rows: ImportRow[];
  invalid: number;
}

/** Column headings as spreadsheets write them: compared without case, accents or punctuation, in any script. */
const normalise = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

type Columns = Record<string, { required?: boolean; aliases: string[] }>;

export const COLUMNS = {
  organisations: {
    name: { required: true, aliases: ["name", "organisation", "organization", "partner"] },
    acronym: { aliases: ["acronym", "short name"] },
    kind: { required: true, aliases: ["kind", "type", "organisation type"] },
    country: { aliases: ["country"] },
    website: { aliases: ["website", "web site", "url"] },
    internalNotes: { aliases: ["internal notes", "notes"] },
    contactName: { aliases: ["contact name", "contact"] },
    contactTitle: { aliases: ["contact title"] },
    contactEmail: { aliases: ["contact email", "email"] },
    contactPhone: { aliases: ["contact phone", "phone"] },
  },
  agreements: {
    reference: { required: true, aliases: ["reference", "ref", "code"] },
    title: { required: true, aliases: ["title"] },
    instrument: { required: true, aliases: ["instrument", "type"] },
    modality: { required: true, aliases: ["modality"] },
    status: { aliases: ["status"] },
    signedOn: { aliases: ["signed", "signed on", "date signed"] },
    effectiveOn: { aliases: ["effective", "effective on", "start"] },
    expiresOn: { aliases: ["expires", "expires on", "expiry", "end"] },
    meetingCycleMonths: { aliases: ["meetings every months", "meeting cycle", "meeting cycle months"] },
    countries: { aliases: ["countries", "countries covered"] },
    themes: { aliases: ["themes", "thematic areas"] },
    contributionAmount: { aliases: ["contribution", "amount", "contribution amount"] },
    contributionCurrency: { aliases: ["currency", "contribution currency"] },
    summary: { aliases: ["summary", "description"] },
    parties: { required: true, aliases: ["parties", "partners"] },
  },
  funding: FUNDING_COLUMNS,
} satisfies Record<ImportKind, Columns>;

/** The headings a field's column may have: its heading in each of our languages, and the English aliases. */
const headingsOf = (field: string, aliases: string[]) => new Set([...aliases, ...LOCALES.map((locale) => normalise(say(locale, msg(`forms.importColumns.${field}`))))]);

/** Which spreadsheet column holds which field; the required fields' columns must all be there. */
function mapColumns(kind: ImportKind, header: string[]) {
  const spec: Columns = COLUMNS[kind];
  const headings = Object.entries(spec).map(([field, { aliases }]) => [field, headingsOf(field, aliases)] as const);
  const index: Record<string, number> = {};
  header.forEach((heading, i) => {
    const name = normalise(heading);
    for (const [field, accepted] of headings) {
      if (index[field] === undefined && accepted.has(name)) index[field] = i;
    }
  });
  const missing = Object.entries(spec)
    .filter(([field, { required }]) => required && index[field] === undefined)
    .map(([field]) => msg(`forms.importColumns.${field}`));
  return { index, missing };
}

/** A code from our lists, written either as the code (MOU) or as its label (Memorandum of understanding). */
function codeOf(entries: Record<string, { label: string }>, text: string): string {
  const wanted = normalise(text);
  for (const [code, { label }] of Object.entries(entries)) {
    if (normalise(code) === wanted || normalise(label) === wanted) return code;
  }
  return text; // left as typed: the schema refuses it with the field's message
}

interface Lookups {
  organisations: Map<string, string>;
  themes: Map<string, string>;
}

async function lookups(): Promise<Lookups> {
  const [organisations, themes] = await Promise.all([
    db().organisation.findMany({ where: { archived: false }, select: { id: true, name: true, acronym: true } }),
    db().theme.findMany({ select: { id: true, code: true, label: true } }),
  ]);
  const orgs = new Map<string, string>();
  for (const o of organisations) {
    orgs.set(normalise(o.name), o.id);
    if (o.acronym) orgs.set(normalise(o.acronym), o.id);
  }
  const themeIds = new Map<string, string>();
  for (const t of themes) {
    themeIds.set(normalise(t.label), t.id);
    themeIds.set(normalise(t.code), t.id);
  }
  return { organisations: orgs, themes: themeIds };
}

const list = (cell: string) => cell.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);

function agreementValues(get: (field: string) => string, found: Lookups, errors: Message[]): AgreementFormValues {
  const parties = list(get("parties")).map((entry) => {
    const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(entry);
    const name = (match ? match[1] : entry).trim();
    const organisationId = found.organisations.get(normalise(name));
    if (!organisationId) errors.push(msg("problems.rowNoPartner", { name }));
    return { organisationId: organisationId ?? "", role: codeOf(partyRoles, match ? match[2] : "Signatory") as never };
  });
  const themeIds = list(get("themes")).map((theme) => {
    const id = found.themes.get(normalise(theme));
    if (!id) errors.push(msg("problems.rowNoTheme", { theme }));
    return id ?? "";
  });
  return {
    reference: get("reference"),
    title: get("title"),
    instrument: codeOf(instruments, get("instrument")) as never,
    modality: codeOf(modalities, get("modality")) as never,
    status: (get("status") ? codeOf(agreementStatuses, get("status")) : "DRAFT") as never,
    signedOn: get("signedOn"),
    effectiveOn: get("effectiveOn"),
    expiresOn: get("expiresOn"),
    meetingCycleMonths: get("meetingCycleMonths"),
    countries: get("countries"),
    themeIds: themeIds.filter(Boolean),
    contributionAmount: get("contributionAmount"),
    contributionCurrency: get("contributionCurrency"),
    summary: get("summary"),
    responsibleOfficerId: "",
    parties: parties.filter((p) => p.organisationId),
    renewsId: "",
  };
}

function partnerValues(get: (field: string) => string): PartnerFormValues {
  const country = get("country");
  const contact = { id: "", name: get("contactName"), title: get("contactTitle"), email: get("contactEmail"), phone: get("contactPhone") };
  return {
    name: get("name"),
    acronym: get("acronym"),
    kind: codeOf(organisationKinds, get("kind")) as never,
    country: normalise(country) === "regional" ? "" : country,
    website: get("website"),
    internalNotes: get("internalNotes"),
    contacts: Object.values(contact).some(Boolean) ? [contact] : [],
  };
}


/** A row's write; `made` is shared by the rows of one import (funding rows that pay one new instalment). */
type Checked = { line: number; label: string; errors: Message[]; write?: (tx: Prisma.TransactionClient, made: Map<string, string>) => Promise<string> };

async function checkRows(viewer: Viewer, kind: ImportKind, table: Table): Promise<Checked[] | { missing: Message[] }> {
  const { index, missing } = mapColumns(kind, table.header);
  if (missing.length) return { missing };
  if (kind === "funding") return checkFunding(viewer, table, index);
  const found = await lookups();
  const customFields = await customFieldsOf(kind === "agreements" ? "AGREEMENT" : "ORGANISATION");
  const customIndex = customColumnIndex(customFields, table.header, normalise);
  const labels = Object.fromEntries(customFields.map((f) => [f.key, f.label]));
  const seen = new Set<string>();
  const existing = new Set(
    kind === "agreements"
      ? (await db().agreement.findMany({ select: { reference: true } })).map((a) => normalise(a.reference))
      : (await db().organisation.findMany({ select: { name: true } })).map((o) => normalise(o.name)),
  );
  const checked: Checked[] = [];
  for (const { line, cells } of table.rows) {
    const get = (field: string) => (index[field] === undefined ? "" : (cells[index[field]] ?? "").trim());
    const custom = customCells(customFields, (key) => (customIndex[key] === undefined ? "" : (cells[customIndex[key]] ?? "")), normalise);
    const errors: Message[] = [];
    const key = normalise(kind === "agreements" ? get("reference") : get("name"));
    if (key && seen.has(key)) errors.push(msg("problems.rowTwice", { kind }));
    if (key && existing.has(key)) errors.push(msg("problems.rowRecorded", { kind }));
    seen.add(key);
    if (kind === "agreements") {
      const values = agreementValues(get, found, errors);
      const result = await validateAgreement({ ...values, custom });
      if ("errors" in result) errors.push(...fieldProblems(result.errors, labels));
      const label = `${get("reference")} ${get("title")}`.trim();
      checked.push({ line, label, errors, write: "input" in result ? (tx) => insertAgreement(tx, viewer, result.input) : undefined });
    } else {
      const result = await validatePartner({ ...partnerValues(get), custom });
      if ("errors" in result) errors.push(...fieldProblems(result.errors, labels));
      checked.push({ line, label: get("name"), errors, write: "input" in result ? (tx) => insertPartner(tx, viewer, result.input) : undefined });
    }
  }
  return checked;
}

async function checkFunding(viewer: Viewer, table: Table, index: Record<string, number>): Promise<Checked[]> {
  const commitments = await fundingLookups(normalise);
  const seen = new Set<string>();
  return table.rows.map(({ line, cells }) => {
    const get = (field: string) => (index[field] === undefined ? "" : (cells[index[field]] ?? "").trim());
    const row = checkFundingRow(viewer, get, commitments, normalise);
    const key = cells.map((c) => normalise(c ?? "")).join("|");
    if (seen.has(key)) row.errors.push(msg("problems.rowRepeated"));
    seen.add(key);
    const label = `${get("agreement")} · ${get("fundingParty")} · ${get("currency")} ${get("amount")} due ${get("dueOn")}${get("receivedAmount") ? ` · received ${get("receivedAmount")}` : ""}`;
    return { line, label, errors: row.errors, write: row.errors.length ? undefined : row.write };
  });
}

/** May the viewer import this kind of row? */
function mayImport(viewer: Viewer, kind: ImportKind): boolean {
  if (kind === "funding") return can(viewer, "create", "Instalment") && can(viewer, "create", "Receipt");
  return can(viewer, "create", kind === "agreements" ? "Agreement" : "Organisation");
}

async function check(viewer: Viewer, kind: ImportKind, file: { name: string; bytes: Uint8Array }) {
  if (!mayImport(viewer, kind)) return denied(msg("problems.mayNotImport", { kind }));
  let table: Table;
  try {
    table = await readTable(file);
  } catch (error) {
    if (error instanceof UnreadableFile) return refused(error.why);
    throw error;
  }
  const checked = await checkRows(viewer, kind, table);
  if ("missing" in checked) return refused(msg("problems.missingColumns", { columns: { list: checked.missing } }));
  return { ok: true as const, checked };
}

/** Every row with what is wrong with it, before anything is written. */
export async function previewImport(viewer: Viewer, kind: ImportKind, file: { name: string; bytes: Uint8Array }): Promise<ActionResult<{ preview: ImportPreview }>> {
  const result = await check(viewer, kind, file);
  if (!result.ok) return result;
  const rows = result.checked.map(({ line, label, errors }) => ({ line, label, errors }));
  return { ok: true, preview: { kind, rows, invalid: rows.filter((r) => r.errors.length).length } };
}

/** Writes every row, or none: refused while any row has an error. */
export async function runImport(viewer: Viewer, kind: ImportKind, file: { name: string; bytes: Uint8Array }): Promise<ActionResult<{ imported: number }>> {
  const result = await check(viewer, kind, file);
  if (!result.ok) return result;
  const invalid = result.checked.filter((r) => r.errors.length || !r.write);
  if (invalid.length) {
    return refused(msg("problems.rowsHaveErrors", { invalid: invalid.length, total: result.checked.length, lines: invalid.map((r) => r.line).slice(0, 20).join(", ") }));
  }
  await db().$transaction(
    async (tx) => {
      const made = new Map<string, string>();
      for (const row of result.checked) await row.write!(tx, made);
    },
    { timeout: 300_000 },
  );
  return { ok: true, imported: result.checked.length };
}
