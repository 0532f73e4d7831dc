"use server";
// Server Actions for the pipeline's forms and its board (Next.js checks each request's Origin against the host).
import { redirect } from "next/navigation";
import { customFormValues } from "@/lib/custom-fields/values";
import { refused, type ActionResult } from "@/lib/domain/action-result";
import { archiveRecord, formOf, saveAndStay, saveRecord, writeAs, writeAtVersion, NO_VERSION, type FormState } from "@/lib/domain/form-actions";
import { version } from "@/lib/domain/validation";
import { OpportunityStage } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import { convertOpportunity } from "./convert";
import { moveOpportunity } from "./move";
import { createOpportunity, setOpportunityArchived, setStageProbabilities, updateOpportunity } from "./mutations";
import { conversionFormValues, opportunityFormValues, type ConversionFormValues, type OpportunityFormValues } from "./schema";

export type OpportunityFormState = FormState<OpportunityFormValues>;
export type ConversionFormState = FormState<ConversionFormValues>;

export async function saveOpportunityAction(previous: OpportunityFormState, input: unknown): Promise<OpportunityFormState> {
  const form = formOf(input);
  return saveRecord(previous, form, { values: opportunityFormValues, create: (viewer, values) => createOpportunity(viewer, values), update: (viewer, id, readVersion, values) => updateOpportunity(viewer, id, readVersion, values), path: "/pipeline" });
}

export async function archiveOpportunityAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  return archiveRecord(formOf(input), setOpportunityArchived);
}

export async function moveOpportunityAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const to = String(form.get("to") ?? "");
  if (!Object.hasOwn(OpportunityStage, to)) return refused(msg("problems.chooseFromList"));
  return writeAtVersion(form, (viewer, id, readVersion) => moveOpportunity(viewer, id, readVersion, to as OpportunityStage), { path: "/pipeline/board" });
}

/** Creates the draft agreement of a won opportunity, then opens it. */
export async function convertOpportunityAction(previous: ConversionFormState, input: unknown): Promise<ConversionFormState> {
  const form = formOf(input);
  const values = conversionFormValues(form);
  const id = String(form.get("id") ?? "");
  const readVersion = version.safeParse(form.get("version"));
  const state = await saveAndStay(previous, values, (viewer) => (readVersion.success ? convertOpportunity(viewer, id, readVersion.data, { ...values, custom: customFormValues(form) }) : Promise.resolve(NO_VERSION)), () => `/pipeline/${id}`);
  if (state.result?.ok) redirect(`/agreements/${state.result.id}`);
  return state;
}

export async function setStageProbabilitiesAction(_previous: ActionResult | null, input: unknown): Promise<ActionResult> {
  const form = formOf(input);
  const values = Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)]));
  return writeAs((viewer) => setStageProbabilities(viewer, values), { path: "/admin/pipeline" });
}
