"use server";
// Server Actions of due diligence (the partner page) and of its setup (administrators).
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { formOf, saveAndStay, writeAs, writeAtVersion, type FormState } from "@/lib/domain/form-actions";
import type { Viewer } from "@/lib/policy";
import { decideMatch, importSanctionsList } from "@/lib/sanctions/mutations";
import { addSource, approveAssessment, recordAssessment, removeSource, setValidityYears } from "./mutations";
import { assessmentFormValues, type AssessmentInput } from "./schema";
import { msg } from "@/lib/i18n/message";

export type AssessmentFormState = FormState<AssessmentInput>;

const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const partnerPage = (form: FormData) => ({ path: `/partners/${field(form, "organisationId")}` });

export async function recordAssessmentAction(previous: AssessmentFormState, input: unknown): Promise<AssessmentFormState> {
  const form = formOf(input);
  const values = assessmentFormValues(form);
  const organisationId = field(form, "organisationId");
  return saveAndStay(previous, values, (viewer) => recordAssessment(viewer, organisationId, values), () => `/partners/${organisationId}`);
}

export async function approveAssessmentAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return writeAtVersion(form, (viewer, id, readVersion) => approveAssessment(viewer, id, readVersion), partnerPage(form));
}

export async function decideMatchAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const state = field(form, "state") as "TRUE_MATCH" | "FALSE_MATCH";
  return writeAtVersion(form, (viewer, id, readVersion) => decideMatch(viewer, id, readVersion, state, field(form, "note")), partnerPage(form));
}

/** An administrators' setup write, refreshing the setup page. */
const setup = <T extends { id: string }>(write: (viewer: Viewer) => Promise<ActionResult<T>>) => writeAs(write, { path: "/admin/due-diligence" });

export async function addSourceAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return setup((viewer) => addSource(viewer, field(form, "label")));
}

export async function removeSourceAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return setup((viewer) => removeSource(viewer, field(form, "id")));
}

export async function setValidityAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  return setup((viewer) => setValidityYears(viewer, field(form, "years")));
}

export type ImportResult = ActionResult<{ id: string; entities: number; delisted: number; toReview: number }>;

export async function importSanctionsAction(_previous: ImportResult | null, input: unknown): Promise<ImportResult> {
  const form = formOf(input);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return setup(async (): Promise<ImportResult> => refused(msg("problems.chooseListsXmlFile"), { file: msg("problems.chooseListsXmlFile") }));
  const bytes = new Uint8Array(await file.arrayBuffer());
  return setup((viewer) => importSanctionsList(viewer, { name: file.name, bytes }));
}
